// Builds the offline runner (test/e2e/*.ts) into .e2e/out/e2e/main.js and type-checks it against
// playwright-core from .e2e/, which therefore has to be installed first (test/e2e/install.mjs).
// playwright-core stays external: main.ts loads it from .e2e/ at run time.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const runnerOut = join(root, '.e2e', 'out', 'e2e', 'main.js');

export async function buildRunner() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const typecheck = spawnSync(process.execPath, [tsc, '-p', join(root, 'test', 'e2e', 'tsconfig.json'), '--noEmit'], {
    stdio: 'inherit',
  });
  if (typecheck.status !== 0) throw new Error('test/e2e does not type-check');
  await esbuild.build({
    entryPoints: [join(root, 'test', 'e2e', 'main.ts')],
    outfile: runnerOut,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['playwright-core'],
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildRunner();
}
