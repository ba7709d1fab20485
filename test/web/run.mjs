// `node test/web/run.mjs`: FinCorpus's web build in VS Code's browser extension host, offline.
// code-server (from .e2e/, installed by test/e2e/install.mjs; this script installs nothing) serves the
// web workbench to Debian's Chromium; the smoke-test driver's payload loads the extension under
// development with extensionDevelopmentKind=web, so that the workbench runs it in the web-worker
// extension host on its "browser" entry, and runs test/web/suite.ts there. Prints the suite's lines,
// leaves a screenshot in test-artifacts/web/, and exits with the suite's code.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { chromiumPath, codeServerEntry, node24Bin, projectRoot, toolsFolder } from '../e2e/install.mjs';

const artifacts = join(projectRoot, 'test-artifacts', 'web');
// The suite must lie inside the extension's folder: the workbench runs a test file in the extension
// host of the extension that contains it.
const suiteOut = join(toolsFolder, 'out', 'web', 'suite.js');
const timeoutMs = 180_000;

function fail(message) {
  console.error(`web: ${message}`);
  process.exit(1);
}

// --host=node runs the same suite on the Node build in code-server's remote extension host, for comparison.
const host = process.argv.slice(2).find((argument) => argument.startsWith('--host='))?.slice('--host='.length) ?? 'web';
if (host !== 'web' && host !== 'node') fail(`--host must be web or node, not "${host}"`);

for (const [what, path] of [['code-server', codeServerEntry], ['Node 24', join(node24Bin, 'node')], ['Chromium', chromiumPath], ['playwright-core', join(toolsFolder, 'node_modules', 'playwright-core')]]) {
  if (!existsSync(path)) fail(`${what} is missing (${path}); install the tools with \`node test/e2e/install.mjs\``);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitHealthy(origin, child) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    const ok = await fetch(`${origin}/healthz`).then((response) => response.status === 200, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('code-server did not become healthy within 30 s');
}

// The bundles (the web ones included) and the suite, which the web extension host loads as one CommonJS file.
const build = spawn(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'inherit' });
if ((await new Promise((resolve) => build.once('exit', resolve))) !== 0) fail('the build failed');
await esbuild.build({
  entryPoints: [join(projectRoot, 'test', 'web', 'suite.ts')],
  outfile: suiteOut,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  define: { FINCORPUS_EXPECTED_HOST: JSON.stringify(host) },
  logLevel: 'warning',
});

mkdirSync(artifacts, { recursive: true });
const run = mkdtempSync(join(tmpdir(), 'fincorpus-web-'));
const home = join(run, 'home');
const temp = join(run, 'tmp');
const userData = join(run, 'user-data');
for (const folder of [home, temp, join(userData, 'User'), join(run, 'extensions')]) mkdirSync(folder, { recursive: true });
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'window.restoreWindows': 'none',
    // The payload's extensionDevelopmentKind is not read by the web workbench of code-server 4.139
    // (it looks for a property its browser environment service names differently); this setting is
    // how a user pins an extension to the web-worker extension host.
    ...(host === 'web' ? { 'remote.extensionKind': { 'fincorpus.fincorpus': ['web'] } } : {}),
  }),
);
writeFileSync(join(run, 'config.yaml'), 'auth: none\ncert: false\n');
const workspace = join(run, 'corpus');
cpSync(join(projectRoot, 'seeds'), workspace, { recursive: true });

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const log = openSync(join(artifacts, `${host}-code-server.log`), 'w');
const server = spawn(
  join(node24Bin, 'node'),
  [codeServerEntry, '--config', join(run, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userData,
    '--extensions-dir', join(run, 'extensions'), '--vscode-option', 'enable-smoke-test-driver'],
  { detached: true, stdio: ['ignore', log, log], env: { ...process.env, HOME: home, TMPDIR: temp, PATH: `${node24Bin}:${process.env.PATH}` } },
);

let browser;
let code = 1;
try {
  await waitHealthy(origin, server);
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(projectRoot)],
    ['extensionDevelopmentKind', 'web'],
    ['extensionTestsPath', remote(suiteOut)],
  ];
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  process.env.TMPDIR = temp;
  const { chromium } = createRequire(join(toolsFolder, 'package.json'))('playwright-core');
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: home, TMPDIR: temp },
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let exited;
  const exit = new Promise((resolve) => (exited = resolve));
  const lines = [];
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    lines.push(line);
    if (/fincorpus|FinCorpus|error|Error/.test(line)) console.log(`  ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (exitCode) => exited(exitCode));
  page.on('console', (message) => lines.push(`[page ${message.type()}] ${message.text()}`));
  await page.goto(url);
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const result = await Promise.race([exit, timedOut]);
  clearTimeout(timer);
  await page.screenshot({ path: join(artifacts, `${host}-extension-host.png`) }).catch(() => undefined);
  writeFileSync(join(artifacts, `${host}-workbench.log`), `${lines.join('\n')}\n`);
  if (result === 'timeout') console.log(`web: the suite did not finish within ${timeoutMs / 1000} s; see test-artifacts/web/`);
  else code = result;
  console.log(`web: the suite in the ${host === 'web' ? 'browser (web worker)' : 'Node'} extension host exited with ${code}`);
} catch (error) {
  console.log(`web: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser?.close().catch(() => undefined);
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  rmSync(run, { recursive: true, force: true });
}
process.exit(code);
