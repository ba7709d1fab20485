// Bundles test/bench/inprocess.ts and runs it on a benchmark corpus: per-phase medians and p95 of the
// edit path and hovers, in process (no LSP transport). Usage:
//   node --expose-gc test/bench/inprocess.mjs [--size 10] [--iterations 100] [--profile-edits FILE] [--memory]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { projectRoot } from './generate.mjs';

const require = createRequire(join(projectRoot, 'package.json'));
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const size = option('size', '10');
const outfile = join(projectRoot, '.bench', 'inprocess.cjs');
await require('esbuild').build({ entryPoints: [join(projectRoot, 'test', 'bench', 'inprocess.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, sourcemap: true, logLevel: 'warning',
  // As in esbuild.mjs: jsonc-parser's UMD entry hides its requires from a bundler; its ES build bundles.
  alias: { 'jsonc-parser': join(projectRoot, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') } });
// The figure the stdio bench edits, from its last results (the 1 MB check picks it).
const results = JSON.parse(readFileSync(join(projectRoot, '.bench', 'results.json'), 'utf8'));
if (!results.figure) throw new Error('run the bench once first: .bench/results.json has no figure');
const corpusDir = join(projectRoot, '.bench', `corpus-${size}mb`);
if (process.argv.includes('--memory')) await require(outfile).memory(corpusDir);
else await require(outfile).run(corpusDir, results.figure, Number(option('iterations', '100')));
