// Profiles a cold `fincorpus check` with `node --cpu-prof` and summarises where the time goes: self
// and inclusive time per function, mapped through the bundle's source map to the TypeScript file
// and line, and self time per source file.
//
//   node test/bench/profile.mjs                      profile the check of .bench/corpus-10mb (generated if missing)
//   node test/bench/profile.mjs --size 1 --top 30    another corpus, more rows
//   node test/bench/profile.mjs FILE.cpuprofile      only summarise an existing profile
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, projectRoot } from './generate.mjs';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const sourceMaps = new Map();

/** The source map of a bundle next to it (bundle.js.map), parsed once; null when there is none. */
function sourceMapOf(url) {
  if (!sourceMaps.has(url)) {
    let map = null;
    try {
      const file = url.startsWith('file:') ? fileURLToPath(url) : url;
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    sourceMaps.set(url, map);
  }
  return sourceMaps.get(url);
}

/** Where a profiled function comes from: the original file and 1-based line when a source map knows it. */
function locate(callFrame) {
  const { url, lineNumber, columnNumber } = callFrame;
  if (!url) return { file: '(native)', line: 0 };
  const map = sourceMapOf(url);
  const entry = map && lineNumber >= 0 ? map.findEntry(lineNumber, columnNumber) : null;
  if (entry && entry.originalSource) {
    const original = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    // Sources are relative to the folder the bundle was built in; a copied bundle was built in server/out.
    const builtIn = url.includes('/.bench/profile/bundle/') ? join(projectRoot, 'server', 'out') : join(fileURLToPath(url), '..');
    const shown = original.includes('node_modules') ? original.slice(original.lastIndexOf('node_modules')) : relative(projectRoot, join(builtIn, original));
    return { file: shown, line: entry.originalLine + 1 };
  }
  const file = url.startsWith('file:') ? relative(projectRoot, fileURLToPath(url)) : url;
  return { file, line: lineNumber + 1 };
}

/** Self and inclusive milliseconds per function (name + file + line) and self milliseconds per file. */
export function summarise(profile) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = new Map();
  const functions = new Map();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const where = locate(node.callFrame);
    const name = functionName || (url ? '(anonymous)' : node.callFrame.functionName || '(program)');
    const key = `${name}\u0000${where.file}:${where.line}`;
    keyOf.set(node.id, key);
    if (!functions.has(key)) functions.set(key, { name, file: where.file, line: where.line, self: 0, total: 0 });
  }
  const files = new Map();
  let totalMs = 0;
  const stackKeys = new Map();
  const keysOnStack = (id) => {
    let keys = stackKeys.get(id);
    if (keys) return keys;
    keys = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) keys.add(keyOf.get(at));
    stackKeys.set(id, keys);
    return keys;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const own = functions.get(keyOf.get(id));
    own.self += ms;
    files.set(own.file, (files.get(own.file) ?? 0) + ms);
    for (const key of keysOnStack(id)) functions.get(key).total += ms;
  });
  return { totalMs, functions: [...functions.values()], files: [...files.entries()].map(([file, self]) => ({ file, self })) };
}

function print(summary, top) {
  const pct = (ms) => `${((ms * 100) / summary.totalMs).toFixed(1).padStart(5)}%`;
  const out = [`profile: ${(summary.totalMs / 1000).toFixed(2)} s sampled`, '', `top ${top} functions by self time:`];
  out.push('   self ms   self  |  total   function  (file:line)');
  for (const f of [...summary.functions].sort((a, b) => b.self - a.self).slice(0, top)) {
    out.push(`${f.self.toFixed(0).padStart(10)} ${pct(f.self)}  | ${pct(f.total)}   ${f.name}  (${f.file}:${f.line})`);
  }
  out.push('', `top ${top} functions by inclusive time (self + callees):`);
  for (const f of [...summary.functions].sort((a, b) => b.total - a.total).slice(0, top)) {
    out.push(`${f.total.toFixed(0).padStart(10)} ${pct(f.total)}   ${f.name}  (${f.file}:${f.line})`);
  }
  out.push('', 'self time by file:');
  for (const f of summary.files.sort((a, b) => b.self - a.self).slice(0, top)) out.push(`${f.self.toFixed(0).padStart(10)} ${pct(f.self)}   ${f.file}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function main() {
  const top = Number(option('top', '25'));
  const given = process.argv.slice(2).find((arg) => arg.endsWith('.cpuprofile'));
  let profileFile = given;
  if (!profileFile) {
    const size = Number(option('size', '10'));
    const dir = join(projectRoot, '.bench', `corpus-${size}mb`);
    generateCorpus(dir, size);
    const profileDir = join(projectRoot, '.bench', 'profile');
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
    // Other work may rebuild server/out while we profile; a private copy of the bundle and its map
    // keeps the profile's positions and the source map in step.
    const bundleDir = join(profileDir, 'bundle');
    mkdirSync(bundleDir, { recursive: true });
    const cli = join(bundleDir, 'cli.js');
    copyFileSync(join(projectRoot, 'server', 'out', 'cli.js'), cli);
    copyFileSync(join(projectRoot, 'server', 'out', 'cli.js.map'), `${cli}.map`);
    process.stderr.write(`profiling: node --cpu-prof server/out/cli.js (a copy) check ${relative(projectRoot, dir)} --format json\n`);
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, cli, 'check', relative(projectRoot, dir), '--format', 'json'], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 600_000,
    });
    if (run.error) throw run.error;
    const written = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    if (written.length === 0) throw new Error('no profile was written');
    profileFile = join(profileDir, written[0]);
    process.stderr.write(`profile: ${relative(projectRoot, profileFile)}\n`);
  }
  print(summarise(JSON.parse(readFileSync(profileFile, 'utf8'))), top);
}

main();
