// Runs the real-editor suite: Debian's Neovim, headless, driven by test/editors/neovim.lua against the
// built server (server/out) on a temporary copy of seeds/. Installs the `neovim` package with apt-get
// when nvim is missing, and fails when it cannot: the suite is never skipped.
//
//   npm run test:editors          (builds first)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const serverMain = join(projectRoot, 'server', 'out', 'main.js');
/** The whole suite, from start to quit; the script's own waits are shorter and name what they awaited. */
const suiteTimeout = 180_000;

function log(message) {
  console.log(`editors: ${message}`);
}

function nvimVersion() {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

function installNeovim() {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = (...args) => (asRoot ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('nvim is missing: apt-get install neovim');
  for (const [command, args] of [aptGet('update', '-qq'), aptGet('install', '-y', '-qq', 'neovim')]) {
    const result = spawnSync(command, args, { stdio: 'inherit', env });
    if (result.error || result.status !== 0) {
      throw new Error(`could not install neovim with apt-get (${command} ${args.join(' ')}: ${result.error?.message ?? `exit ${result.status}`}); install it as root and run again`);
    }
  }
}

async function main() {
  if (!existsSync(serverMain)) throw new Error(`${serverMain} is missing: run npm run build first`);
  if (!nvimVersion()) installNeovim();
  const version = nvimVersion();
  if (!version) throw new Error('nvim is still not on PATH after installing neovim');
  log(version);

  const workspace = mkdtempSync(join(tmpdir(), 'fincorpus-neovim-'));
  cpSync(join(projectRoot, 'seeds'), join(workspace, 'seeds'), { recursive: true });
  // Neovim writes its state (shada, logs, swap) under XDG folders: keep them in the temporary folder too.
  const xdg = (name) => join(workspace, '.xdg', name);
  const env = {
    ...process.env,
    FINCORPUS_SERVER: serverMain,
    FINCORPUS_README: join(projectRoot, 'README.md'),
    XDG_CONFIG_HOME: xdg('config'),
    XDG_DATA_HOME: xdg('data'),
    XDG_STATE_HOME: xdg('state'),
    XDG_CACHE_HOME: xdg('cache'),
  };
  const script = join(projectRoot, 'test', 'editors', 'neovim.lua');
  try {
    const code = await new Promise((resolveExit, reject) => {
      const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${script}`], { cwd: workspace, env, stdio: ['ignore', 'inherit', 'inherit'] });
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`nvim did not finish within ${suiteTimeout / 1000} s`));
      }, suiteTimeout);
      child.on('error', reject);
      child.on('exit', (status, signal) => {
        clearTimeout(timer);
        resolveExit(status ?? (signal ? 1 : 0));
      });
    });
    if (code !== 0) throw new Error(`the Neovim suite failed (exit ${code})`);
    log('the Neovim suite passed');
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`editors: ${error.message}`);
  process.exit(1);
});
