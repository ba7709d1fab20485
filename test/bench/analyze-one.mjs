// Child process of the benchmark: analyses one file with the bundled core analyzer and prints the
// time it took and what it found, as JSON. Run: node analyze-one.mjs ANALYZER.cjs FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [bundle, file] = process.argv.slice(2);
const { createAnalyzer, defaultCorpusConfig } = createRequire(import.meta.url)(bundle);
const text = readFileSync(file, 'utf8');
const analyzer = createAnalyzer(defaultCorpusConfig);
// A warm-up on a small slice, so that the measurement is not mostly compilation.
analyzer.analyze('warm-up.txt', text.slice(0, 20_000));
const started = performance.now();
const facts = analyzer.analyze('adversarial.txt', text);
const seconds = (performance.now() - started) / 1000;
const count = (kind) => facts.mentions.filter((m) => m.kind === kind).length;
process.stdout.write(
  JSON.stringify({ seconds, figures: count('figure'), dates: count('date'), numericRuns: facts.numericRuns.length, claims: facts.claims.length }) + '\n',
);
