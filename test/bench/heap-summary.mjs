// Summarises a V8 heap snapshot (.heapsnapshot): self size and count per node type and constructor
// name, largest first; strings by length class. For seeing where an indexed corpus's memory goes:
//   node --expose-gc test/bench/inprocess.mjs --size 10 --memory --heap-snapshot .bench/index.heapsnapshot
//   node test/bench/heap-summary.mjs .bench/index.heapsnapshot [--top 40]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node test/bench/heap-summary.mjs FILE.heapsnapshot [--top N]');
const topAt = process.argv.indexOf('--top');
const top = topAt >= 0 ? Number(process.argv[topAt + 1]) : 40;
const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
const width = fields.length;
const at = (name) => fields.indexOf(name);
const [typeField, nameField, sizeField] = [at('type'), at('name'), at('self_size')];
const nodes = snapshot.nodes;
const groups = new Map();
let total = 0;
for (let i = 0; i < nodes.length; i += width) {
  const type = types[nodes[i + typeField]];
  const size = nodes[i + sizeField];
  total += size;
  let name = snapshot.strings[nodes[i + nameField]];
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = size > 1024 ? '> 1 KB' : size > 64 ? '65 B – 1 KB' : '<= 64 B';
  else if (type === 'code' || type === 'hidden' || type === 'array' || type === 'native') name = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  const key = `${type}: ${name}`;
  const group = groups.get(key) ?? { count: 0, size: 0 };
  group.count++;
  group.size += size;
  groups.set(key, group);
}
const mb = (n) => `${(n / 2 ** 20).toFixed(1).padStart(7)} MB`;
process.stdout.write(`${mb(total)} in ${nodes.length / width} nodes\n`);
for (const [key, { count, size }] of [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  process.stdout.write(`${mb(size)} ${String(count).padStart(9)}  ${key}\n`);
}
