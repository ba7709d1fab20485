// Profiles a cold `fincorpus check` with `node --cpu-prof` and summarises where the time goes: self
// and inclusive time per function, mapped through the bundle's source map to the TypeScript file
// and line, self time per source file, and the time per stage of the check (reading, each stage of
// the analysis, the index, the report).
//
//   node test/bench/profile.mjs                      profile the check of .bench/corpus-10mb (generated if missing)
//   node test/bench/profile.mjs --size 1 --top 30    another corpus, more rows
//   node test/bench/profile.mjs --jobs 2             on two worker threads (a profile per thread; default 1, in-thread)
//   node test/bench/profile.mjs --bundle DIR         profile the bundles in DIR (a saved copy of server/out, for before/after)
//   node test/bench/profile.mjs --stages             print only the time per stage
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

/**
 * The stages of a check, by the functions that run them (name and source file). A sample belongs
 * to the deepest stage function on its stack, except that a sticky stage keeps what it calls (the
 * dates and figures the mojibake repair looks for are the repair's cost, not the recognisers').
 */
const stageRules = [
  // [stage, sticky, 'file:function' …]; a native entry has no file.
  ['read + decode', true, 'node/corpusFiles.ts:readCorpusFile'],
  ['document date', true, 'core/datesDocument.ts:detectDocumentDate'],
  ['language', true, 'core/entities.ts:detectLanguage'],
  ['mojibake', true, 'core/mojibake.ts:detectMojibake', 'core/analyze.ts:findHiddenMentions'],
  ['zones', false, 'core/zones.ts:findZonesAndNumericRuns', 'core/zones.ts:findZones', 'core/zones.ts:findNumericRuns', 'core/zoneMask.ts:ZoneMask'],
  ['dates', false, 'core/dates.ts:recogniseDates', 'core/datesScan.ts:scanDates'],
  ['products/entities', false, 'core/entities.ts:match'],
  ['figures', false, 'core/figures.ts:recogniseFigures'],
  ['claims', true, 'core/claims.ts:extractClaims'],
  ['line table', false, 'core/lines.ts:lineStartsOf'],
  ['analysis (rest)', false, 'core/analyze.ts:analyze', 'node/analysisTask.ts:runAnalysisTask'],
  ['corpus index: update', true, 'core/corpusIndex.ts:update'],
  ['corpus index: diagnostics', true, 'core/corpusIndex.ts:diagnostics', 'core/corpusIndex.ts:findings'],
  ['corpus index: series', true, 'core/corpusIndex.ts:series', 'core/corpusIndex.ts:seriesOf'],
  ['JSON report', false, 'cli/report.ts:finish', 'cli/report.ts:writeCheckReport', 'cli/documentJson.ts:documentReportText', 'cli.ts:flush'],
  ['worker messages', false, ':emitMessage'],
  ['garbage collector', false, ':(garbage collector)'],
  ['idle', false, ':(idle)'],
].flatMap(([stage, sticky, ...functions]) =>
  functions.map((entry) => {
    const [file, name] = entry.split(':');
    return { stage, sticky, file, name };
  }),
);

/** Milliseconds per stage of {@link stageRules}; what no rule claims is "other" (start-up, the event loop). */
function stagesOf(profile, keyOf, functions) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ruleOf = new Map();
  for (const node of profile.nodes) {
    const f = functions.get(keyOf.get(node.id));
    ruleOf.set(node.id, stageRules.find((rule) => rule.name === f.name && f.file.endsWith(rule.file)) ?? null);
  }
  const stageOfNode = new Map();
  const stageOf = (id) => {
    if (stageOfNode.has(id)) return stageOfNode.get(id);
    const path = [];
    for (let at = id; at !== undefined; at = parent.get(at)) path.push(at);
    let stage = null;
    for (let i = path.length - 1; i >= 0; i--) {
      const rule = ruleOf.get(path[i]);
      if (!rule) continue;
      stage = rule.stage;
      if (rule.sticky) break;
    }
    stageOfNode.set(id, stage ?? 'other (start-up, event loop)');
    return stageOfNode.get(id);
  };
  const stages = new Map();
  profile.samples.forEach((id, i) => {
    const stage = stageOf(id);
    stages.set(stage, (stages.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...stages.entries()].map(([stage, ms]) => ({ stage, ms })).sort((a, b) => b.ms - a.ms);
}

/** Self and inclusive milliseconds per function (name + file + line), self milliseconds per file, and per stage. */
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
  return { totalMs, functions: [...functions.values()], files: [...files.entries()].map(([file, self]) => ({ file, self })), stages: stagesOf(profile, keyOf, functions) };
}

function print(summary, top, stagesOnly) {
  const pct = (ms) => `${((ms * 100) / summary.totalMs).toFixed(1).padStart(5)}%`;
  const out = [`profile: ${(summary.totalMs / 1000).toFixed(2)} s sampled`, '', 'time per stage:'];
  for (const { stage, ms } of summary.stages) out.push(`${ms.toFixed(0).padStart(10)} ${pct(ms)}   ${stage}`);
  if (stagesOnly) {
    process.stdout.write(`${out.join('\n')}\n`);
    return;
  }
  out.push('', `top ${top} functions by self time:`);
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
  const stagesOnly = process.argv.includes('--stages');
  const source = option('bundle', join(projectRoot, 'server', 'out'));
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
    copyFileSync(join(source, 'cli.js'), cli);
    copyFileSync(join(source, 'cli.js.map'), `${cli}.map`);
    copyFileSync(join(source, 'analysisWorker.js'), join(bundleDir, 'analysisWorker.js'));
    copyFileSync(join(source, 'analysisWorker.js.map'), join(bundleDir, 'analysisWorker.js.map'));
    const jobs = option('jobs', '1');
    process.stderr.write(`profiling: node --cpu-prof ${relative(projectRoot, source) || source}/cli.js (a copy) check ${relative(projectRoot, dir)} --format json --jobs ${jobs}\n`);
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, cli, 'check', relative(projectRoot, dir), '--format', 'json', '--jobs', jobs], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 600_000,
    });
    if (run.error) throw run.error;
    const written = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    if (written.length === 0) throw new Error('no profile was written');
    for (const file of written.sort()) {
      process.stderr.write(`profile: ${relative(projectRoot, join(profileDir, file))}\n`);
      print(summarise(JSON.parse(readFileSync(join(profileDir, file), 'utf8'))), top, stagesOnly);
    }
    return;
  }
  print(summarise(JSON.parse(readFileSync(profileFile, 'utf8'))), top, stagesOnly);
}

main();
