/**
 * code-server for the suites: loopback only, no authentication, a throwaway profile, and its own
 * HOME and TMPDIR inside the run folder so that nothing is written into the real home or /tmp.
 * It runs in its own process group, so stopping it stops its extension hosts and language servers too.
 * Extensions come either from a source folder (the smoke-test driver's payload in the URL, see
 * `workbenchUrl`) or, as users get them, from a .vsix installed into the profile before the start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
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
  /** .vsix files to install into the profile before the start (`code-server --install-extension`). */
  install?: string[];
  /**
   * `--vscode-option enable-smoke-test-driver`, which `workbenchUrl`'s payload needs; off for a
   * workbench as users run it. Default: on.
   */
  smokeTestDriver?: boolean;
}

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  /** The folders of the extensions that `install` put into the profile, in the same order. */
  readonly installed: string[];
  /** A workbench URL that opens `folder` with the extension under development (and optionally a test suite). */
  workbenchUrl(folder: string, developmentPath: string, testsPath?: string): string;
  /** A plain workbench URL that opens `folder`, as a user's browser does: installed extensions only. */
  folderUrl(folder: string): string;
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

interface Profile {
  /** The arguments that name the profile: every code-server call on it starts with them. */
  args: string[];
  extensions: string;
  env: NodeJS.ProcessEnv;
}

/** The throwaway profile in the run folder: settings, extensions, and the process's own HOME and TMPDIR. */
function prepareProfile(options: CodeServerOptions): Profile {
  const { runFolder } = options;
  const home = join(runFolder, 'home');
  const temp = join(runFolder, 'tmp');
  const userData = join(runFolder, 'user-data');
  const extensions = join(runFolder, 'extensions');
  for (const folder of [home, temp, join(userData, 'User'), extensions]) mkdirSync(folder, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  const config = join(runFolder, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  return {
    args: [options.entry, '--config', config, '--user-data-dir', userData, '--extensions-dir', extensions],
    extensions,
    env: {
      ...process.env,
      ...options.extraEnv,
      HOME: home,
      TMPDIR: temp,
      PATH: `${options.node24Bin}:${process.env.PATH ?? ''}`,
    },
  };
}

interface InstalledEntry {
  identifier?: { id?: string };
  relativeLocation?: string;
  metadata?: { installedTimestamp?: number };
}

/** The profile's extensions.json: what is installed, where, and when. */
function installedEntries(profile: Profile): InstalledEntry[] {
  const index = join(profile.extensions, 'extensions.json');
  return existsSync(index) ? (JSON.parse(readFileSync(index, 'utf8')) as InstalledEntry[]) : [];
}

/**
 * `code-server --install-extension <vsix>` on the profile, as a user installs a downloaded package;
 * returns the folder it unpacked the extension into (the latest entry of the profile's extensions.json).
 */
function installExtension(options: CodeServerOptions, profile: Profile, vsix: string): string {
  const timeoutMs = 60_000;
  const result = spawnSync(join(options.node24Bin, 'node'), [...profile.args, '--install-extension', vsix], {
    env: profile.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
  });
  appendFileSync(options.logFile, `$ code-server --install-extension ${vsix}\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.signal) throw new Error(`code-server --install-extension ${vsix} did not finish within ${timeoutMs / 1000} s; see ${options.logFile}`);
  if (result.error) throw new Error(`code-server --install-extension could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} exited with ${result.status}; see ${options.logFile}`);
  const latest = installedEntries(profile)
    .filter((entry) => entry.relativeLocation)
    .sort((a, b) => (b.metadata?.installedTimestamp ?? 0) - (a.metadata?.installedTimestamp ?? 0))[0];
  const folder = latest?.relativeLocation ? join(profile.extensions, latest.relativeLocation) : undefined;
  if (!folder || !existsSync(join(folder, 'package.json'))) {
    throw new Error(`code-server --install-extension ${vsix} reported success but ${profile.extensions} holds no installed extension; see ${options.logFile}`);
  }
  return folder;
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const profile = prepareProfile(options);
  const installed = (options.install ?? []).map((vsix) => installExtension(options, profile, vsix));

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile, 'a');
  const args = [
    ...profile.args,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(options.smokeTestDriver === false ? [] : ['--vscode-option', 'enable-smoke-test-driver']),
  ];
  const child = spawn(join(options.node24Bin, 'node'), args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: profile.env,
  });
  closeSync(log);
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
    installed,
    workbenchUrl(folder, developmentPath, testsPath) {
      const payload: [string, string][] = [['extensionDevelopmentPath', remote(developmentPath)]];
      if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
      return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    folderUrl(folder) {
      return `${origin}/?folder=${encodeURIComponent(folder)}`;
    },
    stop,
  };
}
