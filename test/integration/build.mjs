// Bundles the extension-host suite (test/integration) and the @vscode/test-electron runner
// (test/vscode) into .e2e/out/, apart from test/out, which `npm test` clears on every run.
// `mocha` and `vscode` stay external: the first resolves from the project's node_modules, the
// second is VS Code's own.
//
//   node test/integration/build.mjs        (npm run test:integration:build builds the extension first)
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const integrationOut = join(root, '.e2e', 'out', 'integration');
export const vscodeRunnerOut = join(root, '.e2e', 'out', 'vscode');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode', 'mocha'],
};

export async function buildIntegration() {
  const suite = join(root, 'test', 'integration');
  rmSync(integrationOut, { recursive: true, force: true });
  const entries = readdirSync(suite)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(suite, name));
  await esbuild.build({ ...common, entryPoints: entries, outdir: integrationOut });
  await esbuild.build({
    ...common,
    entryPoints: [join(root, 'test', 'vscode', 'run.ts')],
    outfile: join(vscodeRunnerOut, 'run.js'),
    external: [...common.external, '@vscode/test-electron'],
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildIntegration();
}
