// Child process of the benchmark: the anchor pass alone (core/anchors.ts, countAnchors) against a
// plain charCodeAt loop over the same texts, the .txt files below a folder. Prints JSON with the
// median of five rounds of each. Run: node anchor-pass.mjs ANALYZER.cjs FOLDER
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [bundle, folder] = process.argv.slice(2);
const { countAnchors } = createRequire(import.meta.url)(bundle);

function textsBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textsBelow(path);
    return name.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The floor: every code unit read once, and something done with it so that the loop is not dropped. */
function plainLoop(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

const texts = textsBelow(folder);
const bytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
const characters = texts.reduce((n, text) => n + text.length, 0);
const time = (fn) => {
  const started = performance.now();
  let sink = 0;
  for (const text of texts) {
    const result = fn(text);
    sink += typeof result === 'number' ? result : result.figure;
  }
  return { seconds: (performance.now() - started) / 1000, sink };
};
// A warm-up round of each, then five measured rounds, alternating so that load hits both alike.
time(plainLoop);
time(countAnchors);
const loop = [];
const anchors = [];
let counts;
for (let round = 0; round < 5; round++) {
  loop.push(time(plainLoop).seconds);
  anchors.push(time(countAnchors).seconds);
}
counts = texts.map(countAnchors).reduce((sum, c) => ({ figure: sum.figure + c.figure, mojibake: sum.mojibake + c.mojibake, dateMarker: sum.dateMarker + c.dateMarker, markup: sum.markup + c.markup }));
process.stdout.write(JSON.stringify({ bytes, characters, loopSeconds: median(loop), anchorSeconds: median(anchors), counts }) + '\n');
