// Packages the extension as its users get it, for the .vsix suite: `npm run package` (vsce, which
// first runs the project's own `vscode:prepublish` production build) in a temporary copy of the
// project, so that neither the production build nor fincorpus.vsix lands in the working tree.
// The package is kept at .e2e/out/fincorpus.vsix (git-ignored), where it can be inspected.
//
//   node test/e2e/package.mjs          (also called by test/e2e/run.mjs)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const vsixOut = join(root, '.e2e', 'out', 'fincorpus.vsix');

/** The name the "package" script gives the package (its `--out`), inside the copy. */
const packagedName = 'fincorpus.vsix';

/** Top-level folders that are not sources of the package: tools, caches, tests, the corpus, history. */
const notSources = new Set(['node_modules', '.git', '.e2e', '.bench', 'test', 'test-artifacts', 'seeds']);

/** Whether `source` (an absolute path under the project) belongs in the copy. */
function isSource(source) {
  const path = relative(root, source);
  if (path === '') return true;
  const parts = path.split(sep);
  if (notSources.has(parts[0])) return false;
  // Earlier builds and packages: the copy builds its own, so a stale file cannot slip into the package.
  if (parts.includes('out') && statSync(source).isDirectory()) return false;
  return !basename(path).endsWith('.vsix');
}

export function packageExtension({ timeoutMs = 300_000 } = {}) {
  const started = Date.now();
  const copy = mkdtempSync(join(tmpdir(), 'fincorpus-vsix-'));
  try {
    cpSync(root, copy, { recursive: true, filter: isSource });
    // vsce and esbuild come from the project's own dependencies.
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // stdin closed: should vsce ever ask a question, it gets no answer instead of waiting for one.
    const result = spawnSync('npm', ['run', 'package'], { cwd: copy, stdio: ['ignore', 'inherit', 'inherit'], timeout: timeoutMs });
    if (result.error) throw new Error(`npm run package could not run: ${result.error.message}`);
    if (result.signal) throw new Error(`npm run package did not finish within ${timeoutMs / 1000} s`);
    if (result.status !== 0) throw new Error(`npm run package exited with ${result.status}`);
    const packaged = join(copy, packagedName);
    if (!existsSync(packaged)) throw new Error(`npm run package succeeded but wrote no ${packagedName}`);
    mkdirSync(dirname(vsixOut), { recursive: true });
    rmSync(vsixOut, { force: true });
    // Not a rename: the copy may be on another file system than the project.
    cpSync(packaged, vsixOut);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  console.log(`e2e: packaged ${relative(root, vsixOut)} (${Math.round(statSync(vsixOut).size / 1024)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return vsixOut;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    packageExtension();
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
