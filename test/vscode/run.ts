/**
 * `npm run test:vscode`: the extension-host suite (test/integration) in a VS Code that
 * @vscode/test-electron downloads — the usual way for contributors whose machine reaches
 * update.code.visualstudio.com. Offline it stops with a clear message; `npm run test:e2e` runs the
 * same suite in code-server instead. Set VSCODE_EXECUTABLE to use a VS Code that is already installed,
 * VSCODE_VERSION to pick a version (default: the latest stable).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';

function projectRoot(): string {
  for (let folder = __dirname; folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'fincorpus') return folder;
  }
  throw new Error(`no fincorpus package.json above ${__dirname}`);
}

/** Errors that mean "VS Code could not be downloaded", as opposed to a failing test. */
function isDownloadFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as NodeJS.ErrnoException).code ?? ''}` : String(error);
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|download|fetch|socket|timed? ?out|status code/i.test(text);
}

async function main(): Promise<number> {
  const root = projectRoot();
  const extensionTestsPath = join(root, '.e2e', 'out', 'integration', 'index.js');
  if (!existsSync(extensionTestsPath)) {
    console.error(`test:vscode: ${extensionTestsPath} is missing; run \`npm run test:integration:build\` first`);
    return 1;
  }
  // The suite edits documents and settings: give it a copy of seeds/, never the originals.
  const workspace = mkdtempSync(join(tmpdir(), 'fincorpus-vscode-'));
  cpSync(join(root, 'seeds'), workspace, { recursive: true });
  if (!existsSync(join(workspace, 'fincorpus.json'))) writeFileSync(join(workspace, 'fincorpus.json'), '{}\n');
  try {
    const executable = process.env.VSCODE_EXECUTABLE;
    const exitCode = await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath,
      ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
      cachePath: join(root, '.e2e', 'vscode-test'),
      timeout: 20_000,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    return exitCode;
  } catch (error) {
    if (!process.env.VSCODE_EXECUTABLE && isDownloadFailure(error)) {
      console.error(
        [
          `test:vscode: could not download VS Code (${error instanceof Error ? error.message : String(error)}).`,
          'This runner needs https://update.code.visualstudio.com, or VSCODE_EXECUTABLE=<path of an installed VS Code>.',
          'Offline, `npm run test:e2e` runs the same extension-host suite in code-server with Debian\'s Chromium.',
        ].join('\n'),
      );
    } else console.error(`test:vscode: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    console.log(`test:vscode: ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
