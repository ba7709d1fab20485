// Cuts a CPU profile down to the samples from the first one whose stack holds a given function on,
// so that the server's profile of a bench session (`server-index.mjs --edits --profile`) can be read
// for its edits and hovers alone, without the index that comes first:
//
//   node test/bench/profile-window.mjs FILE.cpuprofile [--from diagnosticsFor] [--out OUT.cpuprofile]
//   node test/bench/profile.mjs OUT.cpuprofile
import { readFileSync, writeFileSync } from 'node:fs';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const file = process.argv[2];
if (!file || file.startsWith('--')) throw new Error('usage: profile-window.mjs FILE.cpuprofile [--from FUNCTION] [--out OUT]');
const from = option('from', 'diagnosticsFor');
const out = option('out', file.replace(/\.cpuprofile$/, '') + '.window.cpuprofile');
const profile = JSON.parse(readFileSync(file, 'utf8'));

const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const holds = new Map();
/** Whether the function is on the stack of a node (memoised). */
const onStack = (id) => {
  if (holds.has(id)) return holds.get(id);
  const node = byId.get(id);
  const result = node.callFrame.functionName === from || (parentOf.has(id) && onStack(parentOf.get(id)));
  holds.set(id, result);
  return result;
};

const first = profile.samples.findIndex((id) => onStack(id));
if (first < 0) throw new Error(`no sample has ${from} on its stack`);
let startTime = profile.startTime;
for (let i = 0; i <= first; i++) startTime += profile.timeDeltas[i];
const samples = profile.samples.slice(first);
const timeDeltas = [0, ...profile.timeDeltas.slice(first + 1)];
writeFileSync(out, JSON.stringify({ ...profile, startTime, samples, timeDeltas }));
const ms = timeDeltas.reduce((a, b) => a + b, 0) / 1000;
process.stdout.write(`${out}: ${samples.length} of ${profile.samples.length} samples, ${ms.toFixed(0)} ms from the first with ${from}\n`);
