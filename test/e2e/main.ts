/**
 * The offline runner of both suites (built and started by test/e2e/run.mjs once the tools are
 * installed and the extension is built): one code-server, one Chromium, two page loads —
 * the extension-host mocha suite first (its extension host exits when the suite ends), then the UI
 * suite on a fresh copy of the corpus. Ends with `e2e: N passed, M failed` and a matching exit code.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer } from './codeServer';
import { runExtensionHostSuite, type SuiteCounts } from './extensionHostSuite';
import { runUiSuite } from './uiSuite';

interface Paths {
  root: string;
  node24Bin: string;
  codeServerEntry: string;
  integrationIndex: string;
  artifacts: string;
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

/** Where the metrics view lives and what the chart command is called, read from package.json. */
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

async function main(): Promise<number> {
  const paths = pathsFromEnvironment();
  const only = process.env.FINCORPUS_E2E_ONLY; // "integration" or "ui", for working on one suite
  rmSync(paths.artifacts, { recursive: true, force: true });
  mkdirSync(paths.artifacts, { recursive: true });
  if (!existsSync(paths.integrationIndex)) throw new Error(`${paths.integrationIndex} is missing; the build step did not run`);

  const runFolder = mkdtempSync(join(tmpdir(), 'fincorpus-e2e-'));
  const totals: SuiteCounts = { passed: 0, failed: 0, skipped: 0 };
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    const started = Date.now();
    server = await startCodeServer({
      node24Bin: paths.node24Bin,
      entry: paths.codeServerEntry,
      runFolder,
      logFile: join(paths.artifacts, 'code-server.log'),
      extraEnv: process.env.FINCORPUS_INTEGRATION_GREP ? { FINCORPUS_INTEGRATION_GREP: process.env.FINCORPUS_INTEGRATION_GREP } : {},
    });
    console.log(`e2e: code-server ready on ${server.origin} in ${Date.now() - started} ms`);

    // playwright-core is one of the tools in .e2e/, not a dependency of the project.
    // Chromium's profile goes wherever os.tmpdir() points: into the run folder, like code-server's files.
    process.env.TMPDIR = join(runFolder, 'tmp');
    const requireTool = createRequire(join(paths.root, '.e2e', 'package.json'));
    const { chromium } = requireTool('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.FINCORPUS_E2E_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, HOME: join(runFolder, 'home'), TMPDIR: join(runFolder, 'tmp') },
    });

    const add = (counts: SuiteCounts): void => {
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
    };

    if (only !== 'ui') {
      console.log('\ne2e: suite 1 — the extension-host mocha suite (test/integration)');
      const workspace = copyCorpus(paths.root, join(runFolder, 'workspace-integration'));
      add(
        await runExtensionHostSuite(browser, server.workbenchUrl(workspace, paths.root, paths.integrationIndex), {
          timeoutMs: 240_000,
          screenshot: join(paths.artifacts, 'integration-timeout.png'),
          logFile: join(paths.artifacts, 'extension-host.log'),
        }),
      );
    }

    if (only !== 'integration') {
      console.log('\ne2e: suite 2 — the UI through Chromium (screenshots in test-artifacts/e2e/)');
      const workspace = copyCorpus(paths.root, join(runFolder, 'workspace-ui'));
      add(
        await runUiSuite(browser, {
          url: server.workbenchUrl(workspace, paths.root),
          artifacts: paths.artifacts,
          ...uiNames(paths.root),
        }),
      );
    }
  } catch (error) {
    totals.failed += 1;
    console.log(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
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
