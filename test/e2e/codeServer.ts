/**
 * code-server for the suites: loopback only, no authentication, a throwaway profile, and its own
 * HOME and TMPDIR inside the run folder so that nothing is written into the real home or /tmp.
 * It runs in its own process group, so stopping it stops its extension hosts and language servers too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface CodeServerOptions {
  node24Bin: string;
  entry: string;
  /** A folder for the profile, HOME and TMPDIR; removed by the caller. */
  runFolder: string;
  logFile: string;
  /** Variables for the extension hosts, which inherit code-server's environment. */
  extraEnv?: Record<string, string>;
}

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  /** A workbench URL that opens `folder` with the extension under development (and optionally a test suite). */
  workbenchUrl(folder: string, developmentPath: string, testsPath?: string): string;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and deterministic: no welcome page, updates, telemetry or AI. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'window.restoreWindows': 'none',
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function healthy(origin: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready; see ${logFile}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise<void>((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs} ms (last: ${last}); see ${logFile}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { runFolder } = options;
  const home = join(runFolder, 'home');
  const temp = join(runFolder, 'tmp');
  const userData = join(runFolder, 'user-data');
  const extensions = join(runFolder, 'extensions');
  for (const folder of [home, temp, join(userData, 'User'), extensions]) mkdirSync(folder, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  const config = join(runFolder, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile, 'a');
  const args = [
    options.entry,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userData,
    '--extensions-dir', extensions,
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(join(options.node24Bin, 'node'), args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...options.extraEnv,
      HOME: home,
      TMPDIR: temp,
      PATH: `${options.node24Bin}:${process.env.PATH ?? ''}`,
    },
  });
  const processGroup = child.pid;
  if (processGroup === undefined) throw new Error('code-server did not start (no process id)');

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = exited(child);
    try {
      process.kill(-processGroup, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-processGroup, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5_000);
    await gone;
    clearTimeout(timer);
  };

  try {
    await healthy(origin, child, options.logFile, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }

  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  return {
    port,
    origin,
    workbenchUrl(folder, developmentPath, testsPath) {
      const payload: [string, string][] = [['extensionDevelopmentPath', remote(developmentPath)]];
      if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
      return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    stop,
  };
}
