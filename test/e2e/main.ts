/**
 * The offline runner of the suites (built and started by test/e2e/run.mjs once the tools are
 * installed and the extension is built and packaged), with one Chromium throughout:
 *  - from the source folder, on one code-server with the smoke-test driver: the extension-host mocha
 *    suite (its extension host exits when the suite ends), then the UI suite in a new page load;
 *  - as a new user gets it, on a second code-server with a new profile: the packaged .vsix installed
 *    with `--install-extension`, a plain `?folder=` page load, and the same UI suite.
 * Each suite works on its own fresh copy of the corpus. Ends with `e2e: N passed, M failed` and a
 * matching exit code.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer';
import { runExtensionHostSuite, type SuiteCounts } from './extensionHostSuite';
import { runUiSuite } from './uiSuite';

type Suite = 'integration' | 'ui' | 'vsix';

interface Paths {
  root: string;
  node24Bin: string;
  codeServerEntry: string;
  integrationIndex: string;
  /** Screenshots and logs of the suites that load the extension from the source folder. */
  artifacts: string;
  /** Screenshots and logs of the suite that installs the .vsix. */
  vsixArtifacts: string;
  /** The package from test/e2e/package.mjs; unset when it could not be built (see vsixError). */
  vsix: string | undefined;
  vsixError: string | undefined;
}

interface Manifest {
  contributes?: {
    viewsContainers?: { activitybar?: { id: string; title: string }[] };
    views?: Record<string, { id: string }[]>;
    commands?: { command: string; title: string; category?: string }[];
  };
}

function environmentPath(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; start the suites with \`npm run test:e2e\``);
  return value;
}

function pathsFromEnvironment(): Paths {
  const root = environmentPath('FINCORPUS_ROOT');
  return {
    root,
    node24Bin: environmentPath('FINCORPUS_E2E_NODE24_BIN'),
    codeServerEntry: environmentPath('FINCORPUS_E2E_CODE_SERVER'),
    integrationIndex: join(root, '.e2e', 'out', 'integration', 'index.js'),
    artifacts: join(root, 'test-artifacts', 'e2e'),
    vsixArtifacts: join(root, 'test-artifacts', 'e2e-vsix'),
    vsix: process.env.FINCORPUS_E2E_VSIX || undefined,
    vsixError: process.env.FINCORPUS_E2E_VSIX_ERROR || undefined,
  };
}

/**
 * A corpus folder as a user has it: a copy of seeds/ opened as the workspace folder, with its
 * fincorpus.json (which also activates the extension); a default one when seeds/ has none.
 */
function copyCorpus(root: string, target: string): string {
  cpSync(join(root, 'seeds'), target, { recursive: true });
  const config = join(target, 'fincorpus.json');
  if (!existsSync(config)) writeFileSync(config, '{}\n');
  return target;
}

/** package.json's "%key%" strings in English, as the workbench shows them, from package.nls.json. */
function localise(root: string): (text: string) => string {
  const bundle = join(root, 'package.nls.json');
  const messages = existsSync(bundle) ? (JSON.parse(readFileSync(bundle, 'utf8')) as Record<string, string>) : {};
  return (text) => text.replace(/^%(.+)%$/, (placeholder, key: string) => messages[key] ?? placeholder);
}

/**
 * Where the metrics view lives and what the chart command is called, read from the package.json in
 * `root`: the project's for the source folder, the installed copy's for the .vsix.
 */
function uiNames(root: string): { container: { id: string; title: string }; chartCommandTitle: string } {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const english = localise(root);
  const views = manifest.contributes?.views ?? {};
  const containerId = Object.keys(views).find((id) => views[id]!.some((view) => view.id === 'fincorpus.metrics'));
  const container = manifest.contributes?.viewsContainers?.activitybar?.find((candidate) => candidate.id === containerId);
  const chart = manifest.contributes?.commands?.find((command) => command.command === 'fincorpus.metrics.showChart');
  return {
    container: container ? { id: container.id, title: english(container.title) } : { id: containerId ?? 'fincorpus', title: 'FinCorpus' },
    chartCommandTitle: chart
      ? `${chart.category ? `${english(chart.category)}: ` : ''}${english(chart.title)}`
      : 'FinCorpus: Show Metric Chart',
  };
}

function emptyFolder(folder: string): string {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Runs one code-server's suites; an error that stops them counts as one failure, and the next group still runs. */
async function guarded(totals: SuiteCounts, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    totals.failed += 1;
    console.log(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<number> {
  const paths = pathsFromEnvironment();
  const only = process.env.FINCORPUS_E2E_ONLY as Suite | undefined; // one suite, when working on it
  const runs = (suite: Suite): boolean => only === undefined || only === suite;
  const fromSource = runs('integration') || runs('ui');
  if (fromSource) emptyFolder(paths.artifacts);
  if (runs('vsix')) emptyFolder(paths.vsixArtifacts);
  if (runs('integration') && !existsSync(paths.integrationIndex)) throw new Error(`${paths.integrationIndex} is missing; the build step did not run`);

  const runFolder = mkdtempSync(join(tmpdir(), 'fincorpus-e2e-'));
  const totals: SuiteCounts = { passed: 0, failed: 0, skipped: 0 };
  const add = (counts: SuiteCounts): void => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  };
  // One code-server at a time, stopped when its suites end: the next one gets the memory back.
  const withCodeServer = async (
    options: Omit<CodeServerOptions, 'node24Bin' | 'entry'>,
    use: (server: CodeServer) => Promise<void>,
  ): Promise<void> => {
    const started = Date.now();
    const server = await startCodeServer({ node24Bin: paths.node24Bin, entry: paths.codeServerEntry, ...options });
    try {
      console.log(`e2e: code-server ready on ${server.origin} in ${Date.now() - started} ms`);
      await use(server);
    } finally {
      await server.stop();
    }
  };
  let browser: Browser | undefined;
  try {
    // playwright-core is one of the tools in .e2e/, not a dependency of the project.
    // Chromium's profile goes wherever os.tmpdir() points: into the run folder, like code-server's files.
    const chromiumHome = join(runFolder, 'chromium', 'home');
    const chromiumTemp = join(runFolder, 'chromium', 'tmp');
    for (const folder of [chromiumHome, chromiumTemp]) mkdirSync(folder, { recursive: true });
    process.env.TMPDIR = chromiumTemp;
    const requireTool = createRequire(join(paths.root, '.e2e', 'package.json'));
    const { chromium } = requireTool('playwright-core') as typeof import('playwright-core');
    const launched = await chromium.launch({
      executablePath: process.env.FINCORPUS_E2E_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, HOME: chromiumHome, TMPDIR: chromiumTemp },
    });
    browser = launched;

    if (fromSource) {
      const grep = process.env.FINCORPUS_INTEGRATION_GREP;
      const fromSourceFolder = {
        runFolder: join(runFolder, 'source'),
        logFile: join(paths.artifacts, 'code-server.log'),
        extraEnv: grep ? { FINCORPUS_INTEGRATION_GREP: grep } : undefined,
      };
      await guarded(totals, () => withCodeServer(fromSourceFolder, async (server) => {
        if (runs('integration')) {
          console.log('\ne2e: suite 1 — the extension-host mocha suite (test/integration)');
          const workspace = copyCorpus(paths.root, join(runFolder, 'workspace-integration'));
          add(
            await runExtensionHostSuite(launched, server.workbenchUrl(workspace, paths.root, paths.integrationIndex), {
              timeoutMs: 240_000,
              screenshot: join(paths.artifacts, 'integration-timeout.png'),
              logFile: join(paths.artifacts, 'extension-host.log'),
            }),
          );
        }
        if (runs('ui')) {
          console.log('\ne2e: suite 2 — the UI through Chromium (screenshots in test-artifacts/e2e/)');
          const workspace = copyCorpus(paths.root, join(runFolder, 'workspace-ui'));
          add(
            await runUiSuite(launched, {
              url: server.workbenchUrl(workspace, paths.root),
              artifacts: paths.artifacts,
              ...uiNames(paths.root),
            }),
          );
        }
      }));
    }

    if (runs('vsix')) {
      console.log('\ne2e: suite 3 — the packaged .vsix as a new user gets it (screenshots in test-artifacts/e2e-vsix/)');
      await guarded(totals, async () => {
        const vsix = paths.vsix;
        if (!vsix) throw new Error(`no .vsix to install: ${paths.vsixError ?? 'FINCORPUS_E2E_VSIX is not set'}`);
        // A new profile and no smoke-test driver: nothing but the installed package can load the extension.
        const asUser = {
          runFolder: join(runFolder, 'vsix'),
          logFile: join(paths.vsixArtifacts, 'code-server.log'),
          install: [vsix],
          smokeTestDriver: false,
        };
        await withCodeServer(asUser, async (server) => {
          const installed = server.installed[0]!;
          console.log(`e2e: installed ${relative(paths.root, vsix)} as ${basename(installed)}`);
          const workspace = copyCorpus(paths.root, join(runFolder, 'workspace-vsix'));
          add(
            await runUiSuite(launched, {
              url: server.folderUrl(workspace),
              artifacts: paths.vsixArtifacts,
              ...uiNames(installed),
            }),
          );
        });
      });
    }
  } catch (error) {
    totals.failed += 1;
    console.log(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    rmSync(runFolder, { recursive: true, force: true });
  }
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`\ne2e: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
  return totals.failed === 0 && totals.passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.log('\ne2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
