// The corpus-scale benchmark (npm run bench; the build runs first). Generates corpora of about 1, 10
// and 100 MB from seeds/ into .bench/, then measures in one run and prints one table:
//   - a cold `fincorpus check --format json` over each corpus (wall and CPU seconds, MB/s, peak RSS),
//     against `rg` scanning the same folder as the floor;
//   - the language server over a real stdio pipe on the larger corpora: time to index the workspace,
//     edit-to-diagnostics latency in a 20 KB document whose figure other documents share, hover round
//     trips, and the server's RSS once indexed;
//   - the core analyzer on one hostile line of 1 and 5 MB (it must stay linear);
//   - the peers in the same run: cspell and textlint (with textlint-rule-preset-ja-spacing), installed
//     into .bench/peers/ (never project dependencies), over the same corpora, with ratios and RSS;
//   - the anchor pass alone (core/anchors.ts) against a plain charCodeAt loop over the same text;
//   - how every figure grows with the corpus, and the targets beside the measurements.
// Every phase has a time limit and the whole run a budget, so a slow phase prints "timeout" instead
// of hanging. Results also go to .bench/results.json. Options: --sizes 1,10,100  --server-sizes 10,100
// --iterations 200  --no-server  --no-peers  --budget SECONDS  --server-profile (CPU profiles of the server sessions,
// summarised by `node test/bench/profile.mjs .bench/profile-server-10mb/*.cpuprofile`)  --stages (a CPU profile of
// the --jobs 1 check of the 10 MB corpus, or the largest below it, and its time per stage after the table).
// Per-phase medians and p95 of the edit path (analysis, index diagnostics, LSP conversion) and hovers,
// in process and without the transport: `node --expose-gc test/bench/inprocess.mjs --size 10`
// (--profile-edits FILE for a CPU profile of the edit loop alone, --memory for where the heap goes).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { adversarialLine, editTargetName, generateCorpus, projectRoot } from './generate.mjs';
import { chooseSharedFigure, cpuSecondsOf, median, memoryOf, serverSession } from './serverSession.mjs';

const benchDirectory = join(projectRoot, '.bench');
const cliMain = join(projectRoot, 'server', 'out', 'cli.js');
const serverMain = join(projectRoot, 'server', 'out', 'main.js');
const rusagePreload = join(projectRoot, 'test', 'bench', 'rusage.cjs');
const analyzeOne = join(projectRoot, 'test', 'bench', 'analyze-one.mjs');
const anchorPass = join(projectRoot, 'test', 'bench', 'anchor-pass.mjs');
const peersDirectory = join(benchDirectory, 'peers');
/** The peers, pinned: cspell 10 wants Node 22. */
const peerPackages = ['cspell@9.8.0', 'textlint@15.8.0', 'textlint-rule-preset-ja-spacing@3.0.3'];
const require = createRequire(join(projectRoot, 'package.json'));

// ---------------------------------------------------------------------------------------------
// Options and the time budget

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0 && process.argv[at + 1]) return process.argv[at + 1];
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
}

const sizes = option('sizes', '1,10,100').split(',').map(Number);
const serverSizes = process.argv.includes('--no-server') ? [] : option('server-sizes', '10,100').split(',').map(Number).filter((s) => sizes.includes(s));
const iterations = Number(option('iterations', '200'));
const started = performance.now();
/** The whole run must end within ten minutes; phases get what is left, minus a reserve for the rest. */
const budgetSeconds = Number(option('budget', '1500'));
const withPeers = !process.argv.includes('--no-peers');

function remainingSeconds() {
  return budgetSeconds - (performance.now() - started) / 1000;
}

/** A phase's time limit: its own, but never more than the budget leaves after `reserve` seconds. */
function limit(ownSeconds, reserve = 0) {
  return Math.max(5, Math.min(ownSeconds, remainingSeconds() - reserve));
}

function log(message) {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

function fixed(value, digits = 2) {
  if (value === undefined || value === null) return '-';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '-';
  return value.toFixed(digits);
}

const megabyte = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Processes

/**
 * Runs a command with stdout to a file (or nowhere) and a time limit; resolves with the wall time,
 * the exit status and the tail of stderr. A process past its limit is killed and marked timedOut.
 */
function runTimed(command, args, { timeoutSeconds, stdoutFile, env, cwd = projectRoot } = {}) {
  return new Promise((resolve) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
    const begin = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', out, 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let timedOut = false;
    let atTimeout = null;
    const timer = setTimeout(() => {
      timedOut = true;
      // What the process had used when it was stopped, for the table.
      atTimeout = { cpuSeconds: cpuSecondsOf(child.pid), ...memoryOf(child.pid) };
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      if (typeof out === 'number') closeSync(out);
      resolve({ seconds: (performance.now() - begin) / 1000, code: null, signal: null, timedOut, stderr: String(error), failed: true });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (typeof out === 'number') closeSync(out);
      resolve({ seconds: (performance.now() - begin) / 1000, code, signal, timedOut, atTimeout, stderr });
    });
  });
}

function which(command) {
  const found = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !found.error;
}

/** Makes sure ripgrep is there: installs it when missing and we are root; otherwise the floor is unavailable. */
function ensureRipgrep() {
  if (which('rg')) return true;
  if (process.getuid?.() !== 0) {
    log('rg is missing and we are not root: the rg floor is unavailable (install ripgrep to get it).');
    return false;
  }
  log('rg is missing; installing ripgrep with apt-get.');
  const update = spawnSync('apt-get', ['update'], { stdio: 'ignore', timeout: 120_000 });
  const install = update.error ? update : spawnSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'ignore', timeout: 180_000 });
  if (install.error || install.status !== 0 || !which('rg')) {
    log('could not install ripgrep: the rg floor is unavailable.');
    return false;
  }
  return true;
}


// ---------------------------------------------------------------------------------------------
// Cold check and the rg floor

async function coldCheck(size, dir, timeoutSeconds, jobs) {
  const suffix = jobs ? `-jobs${jobs}` : '';
  const rusageFile = join(benchDirectory, `rusage-${size}mb${suffix}.json`);
  const outputFile = join(benchDirectory, `check-${size}mb${suffix}.json`);
  rmSync(rusageFile, { force: true });
  const jobsFlag = jobs ? ['--jobs', String(jobs)] : [];
  const run = await runTimed(process.execPath, ['--require', rusagePreload, cliMain, 'check', relative(projectRoot, dir), '--format', 'json', ...jobsFlag], {
    timeoutSeconds,
    stdoutFile: outputFile,
    env: { FINCORPUS_BENCH_RUSAGE: rusageFile },
  });
  const usage = existsSync(rusageFile) ? JSON.parse(readFileSync(rusageFile, 'utf8')) : null;
  const outputBytes = existsSync(outputFile) ? statSync(outputFile).size : 0;
  // Exit code 1 means "errors found", which a mutated corpus has by design; an uncaught exception
  // also exits with 1, but leaves a stack trace and no report.
  const crashed = !run.timedOut && (outputBytes === 0 || /\n\s+at /.test(run.stderr));
  const ok = !run.timedOut && !crashed && (run.code === 0 || run.code === 1);
  const reason = run.stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? run.stderr.trim().split('\n').slice(-1)[0];
  if (!ok) log(`check ${size} MB ${run.timedOut ? 'timed out' : `failed (code ${run.code}, signal ${run.signal}): ${reason}`}`);
  return { ...run, ok, crashed, reason, usage, outputBytes, outputFile };
}

// ---------------------------------------------------------------------------------------------
// The peers: cspell and textlint, in a scratch folder of their own

/** Installs the peers into .bench/peers/ when they are missing; resolves with their entry scripts, or null. */
function ensurePeers() {
  const entries = {
    cspell: join(peersDirectory, 'node_modules', 'cspell', 'bin.mjs'),
    textlint: join(peersDirectory, 'node_modules', 'textlint', 'bin', 'textlint.js'),
  };
  const preset = join(peersDirectory, 'node_modules', 'textlint-rule-preset-ja-spacing', 'package.json');
  if (!existsSync(entries.cspell) || !existsSync(entries.textlint) || !existsSync(preset)) {
    mkdirSync(peersDirectory, { recursive: true });
    writeFileSync(join(peersDirectory, 'package.json'), JSON.stringify({ name: 'fincorpus-bench-peers', private: true }, null, 2));
    log(`installing the peers into ${relative(projectRoot, peersDirectory)}/: ${peerPackages.join(' ')}`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', ...peerPackages], { cwd: peersDirectory, stdio: 'ignore', timeout: 600_000 });
    if (install.error || install.status !== 0 || !existsSync(entries.cspell) || !existsSync(entries.textlint)) {
      log('could not install the peers: their rows stay empty.');
      return null;
    }
  }
  writeFileSync(join(peersDirectory, '.textlintrc.json'), JSON.stringify({ rules: { 'preset-ja-spacing': true } }, null, 2));
  return entries;
}

/** One cold run of a peer over a corpus folder: wall and CPU seconds and peak RSS (exit 1 means "problems found"). */
async function peerRun(name, entry, size, dir, timeoutSeconds) {
  const rusageFile = join(benchDirectory, `rusage-${name}-${size}mb.json`);
  rmSync(rusageFile, { force: true });
  const args =
    name === 'cspell'
      ? [entry, 'lint', '--no-progress', '--no-cache', '--no-gitignore', '--root', dir, '**/*.txt']
      : [entry, '--config', join(peersDirectory, '.textlintrc.json'), `${dir}/**/*.txt`];
  const run = await runTimed(process.execPath, ['--require', rusagePreload, ...args], {
    timeoutSeconds,
    cwd: name === 'cspell' ? dir : peersDirectory,
    env: { FINCORPUS_BENCH_RUSAGE: rusageFile },
  });
  const usage = existsSync(rusageFile) ? JSON.parse(readFileSync(rusageFile, 'utf8')) : null;
  const ok = !run.timedOut && (run.code === 0 || run.code === 1);
  if (!ok) log(`${name} ${size} MB ${run.timedOut ? 'timed out' : `failed (code ${run.code}): ${run.stderr.trim().split('\n').slice(-1)[0]}`}`);
  return { ...run, ok, usage };
}

// ---------------------------------------------------------------------------------------------
// The anchor pass alone

async function anchorPassRun(bundle, dir, timeoutSeconds) {
  const outputFile = join(benchDirectory, 'anchor-pass.json');
  const run = await runTimed(process.execPath, [anchorPass, bundle, dir], { timeoutSeconds, stdoutFile: outputFile });
  if (run.timedOut || run.code !== 0) return { failed: run.timedOut ? 'timeout' : `exit ${run.code}: ${run.stderr.trim().split('\n').slice(-1)[0]}` };
  return JSON.parse(readFileSync(outputFile, 'utf8'));
}

async function ripgrepFloor(dir) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const run = await runTimed('rg', ['-c', '[0-9]+', dir], { timeoutSeconds: 60 });
    if (run.failed || run.timedOut || (run.code !== 0 && run.code !== 1)) return NaN;
    times.push(run.seconds);
  }
  return median(times);
}


// ---------------------------------------------------------------------------------------------
// The analyzer on hostile input

async function bundleAnalyzer() {
  const esbuild = require('esbuild');
  const outfile = join(benchDirectory, 'analyzer.cjs');
  await esbuild.build({
    stdin: {
      contents:
        "export { createAnalyzer } from './server/src/core/analyze';\nexport { defaultCorpusConfig } from './server/src/core/config';\nexport { countAnchors } from './server/src/core/anchors';\n",
      resolveDir: projectRoot,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    sourcemap: true,
    logLevel: 'warning',
    // As in esbuild.mjs: jsonc-parser's main entry is a UMD wrapper a bundler cannot follow (config.ts reads JSONC).
    alias: { 'jsonc-parser': join(projectRoot, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') },
  });
  return outfile;
}

async function adversarial(bundle, megabytes, timeoutSeconds) {
  const file = join(benchDirectory, `adversarial-${megabytes}mb.txt`);
  if (!existsSync(file)) writeFileSync(file, adversarialLine(megabytes));
  const outputFile = join(benchDirectory, `adversarial-${megabytes}mb.json`);
  const run = await runTimed(process.execPath, [analyzeOne, bundle, file], { timeoutSeconds, stdoutFile: outputFile });
  if (run.timedOut) return { timedOut: true, seconds: run.seconds };
  if (run.code !== 0) return { failed: `exit ${run.code} ${run.signal ?? ''}: ${run.stderr.trim().split('\n').slice(-2).join(' | ')}` };
  return JSON.parse(readFileSync(outputFile, 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// The table

function growth(values) {
  const parts = [];
  for (let i = 1; i < values.length; i++) {
    const [a, b] = [values[i - 1], values[i]];
    parts.push(Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `x${(b / a).toFixed(1)}` : '-');
  }
  return parts.join(' ');
}

function printTable(rows, header) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows.filter(Array.isArray)].map((row) => String(row[column] ?? '').length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? String(cell ?? '').padEnd(widths[column]) : String(cell ?? '').padStart(widths[column]))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const out = [line(header), rule];
  for (const row of rows) out.push(Array.isArray(row) ? line(row) : `${row}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  if (!existsSync(cliMain) || !existsSync(serverMain)) throw new Error('server/out is missing: run `npm run build` first (npm run bench does).');
  mkdirSync(benchDirectory, { recursive: true });
  const loadBefore = loadavg()[0];
  const haveRipgrep = ensureRipgrep();

  // Corpora (reused from an earlier run when the generator has not changed).
  const corpora = {};
  for (const size of sizes) {
    const dir = join(benchDirectory, `corpus-${size}mb`);
    const summary = generateCorpus(dir, size);
    corpora[size] = { dir, ...summary };
    log(`corpus ${size} MB: ${summary.files} files, ${(summary.bytes / megabyte).toFixed(1)} MB`);
  }

  // Cold checks, smallest first; the 1 MB output tells which figure the server benchmark edits.
  const checks = {};
  // What the later phases need: the remaining checks, the hostile lines, the server sessions.
  const reserveFor = (size) => (size === sizes[sizes.length - 1] ? 0 : 40) + 40 + serverSizes.length * 130;
  for (const size of sizes) {
    // Generous for a shared machine: a loaded one takes several times as long.
    const own = size <= 1 ? 60 : size <= 10 ? 180 : 480;
    log(`cold check ${size} MB (limit ${limit(own, reserveFor(size)).toFixed(0)} s)…`);
    checks[size] = await coldCheck(size, corpora[size].dir, limit(own, reserveFor(size)));
    checks[size].rg = haveRipgrep ? await ripgrepFloor(corpora[size].dir) : NaN;
    log(`cold check ${size} MB: ${checks[size].timedOut ? 'timeout' : `${checks[size].seconds.toFixed(1)} s`}; rg ${fixed(checks[size].rg, 3)} s`);
  }
  // The same check in one thread, on the 10 MB corpus (or the largest below it): what the worker threads add.
  const singleSize = [...sizes].reverse().find((size) => size <= 10);
  let singleThread = null;
  if (singleSize !== undefined) {
    log(`cold check ${singleSize} MB with --jobs 1…`);
    singleThread = await coldCheck(singleSize, corpora[singleSize].dir, limit(150, reserveFor(singleSize)), 1);
    rmSync(singleThread.outputFile, { force: true });
    log(`cold check ${singleSize} MB --jobs 1: ${singleThread.timedOut ? 'timeout' : `${singleThread.seconds.toFixed(1)} s`}`);
  }
  const smallest = sizes[0];
  let figure = null;
  if (checks[smallest]?.ok) {
    const text = readFileSync(join(corpora[smallest].dir, editTargetName), 'utf8');
    figure = chooseSharedFigure(checks[smallest].outputFile, text);
    if (figure) log(`edited figure: ${figure.label} (${figure.agreeing} of ${figure.others} other observations agree in the ${smallest} MB corpus)`);
  }
  // Large outputs are only counted; the 1 MB one stays for inspection.
  for (const size of sizes) if (size !== smallest) rmSync(checks[size].outputFile, { force: true });

  // The analyzer on hostile lines.
  const bundle = await bundleAnalyzer();
  const last0 = sizes[sizes.length - 1];
  // Two pairs of lines: 64 KB and 128 KB, then 1 MB and 5 MB. The small pair finishes even when the
  // analyzer is far from linear and shows the growth; the 5 MB line is skipped when the 1 MB one timed out.
  const hostile = {};
  for (const [megabytes, own] of [[0.0625, 20], [0.125, 40], [1, 25], [5, 60]]) {
    if (megabytes === 5 && hostile[1].timedOut) {
      hostile[5] = { skipped: true };
      log('adversarial 5 MB line: skipped, the 1 MB line timed out');
      continue;
    }
    hostile[megabytes] = await adversarial(bundle, megabytes, limit(own, serverSizes.length * 130));
    const h = hostile[megabytes];
    log(`adversarial ${megabytes} MB line: ${h.timedOut ? 'timeout' : h.failed ?? `${h.seconds.toFixed(2)} s`}`);
  }

  // The peers, then the anchor pass on the largest corpus.
  const peers = { cspell: {}, textlint: {} };
  const peerEntries = withPeers ? ensurePeers() : null;
  if (peerEntries) {
    for (const size of sizes) {
      for (const name of ['cspell', 'textlint']) {
        const own = size <= 1 ? 60 : size <= 10 ? 120 : 300;
        log(`${name} ${size} MB…`);
        peers[name][size] = await peerRun(name, peerEntries[name], size, corpora[size].dir, limit(own, serverSizes.length * 130));
        log(`${name} ${size} MB: ${peers[name][size].timedOut ? 'timeout' : `${peers[name][size].seconds.toFixed(1)} s`}`);
      }
    }
  }
  const anchors = await anchorPassRun(bundle, corpora[last0].dir, limit(120, serverSizes.length * 130));
  if (!anchors.failed) log(`anchor pass over ${(anchors.bytes / megabyte).toFixed(0)} MB: ${anchors.anchorSeconds.toFixed(3)} s; charCodeAt loop ${anchors.loopSeconds.toFixed(3)} s`);

  // Where the time of one check goes, stage by stage (test/bench/profile.mjs, in one thread).
  let stages = null;
  if (process.argv.includes('--stages') && singleSize !== undefined) {
    log(`profiling the ${singleSize} MB check with --jobs 1…`);
    const profiled = spawnSync(process.execPath, [join(projectRoot, 'test', 'bench', 'profile.mjs'), '--size', String(singleSize), '--top', '0'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: limit(240, serverSizes.length * 130) * 1000,
    });
    const block = /time per stage:\n([\s\S]*?)\n\n/.exec(profiled.stdout ?? '');
    stages = block ? { size: singleSize, sampled: /profile: (.*) sampled/.exec(profiled.stdout)?.[1], lines: block[1].split('\n') } : null;
    if (!stages) log(`the profile gave no stages: ${(profiled.stderr ?? String(profiled.error)).trim().split('\n').slice(-1)[0]}`);
  }

  // The language server.
  const servers = {};
  for (const size of serverSizes) {
    const last = size === serverSizes[serverSizes.length - 1];
    const indexSeconds = limit(size >= 100 ? 240 : 90, last ? 45 : 250);
    const loopSeconds = limit(size >= 100 ? 100 : 60, last ? 0 : 250);
    log(`server ${size} MB: indexing (limit ${indexSeconds.toFixed(0)} s)…`);
    servers[size] = await serverSession(size, corpora[size].dir, corpora[size].files, figure, { indexSeconds, loopSeconds, iterations, log, profile: process.argv.includes('--server-profile') });
  }

  // ------------------------------------------------------------------- the table
  const at = (fn) => sizes.map((size) => fn(size));
  const srv = (fn) => sizes.map((size) => (servers[size] ? fn(servers[size]) : undefined));
  // A crashed check still has its wall time, CPU and peak memory; rates and outputs it has not.
  const checkCell = (size, fn, onTimeout, measuredWhenCrashed = false) => {
    const c = checks[size];
    if (c.timedOut) return onTimeout && c.atTimeout ? onTimeout(c.atTimeout) : 'timeout';
    if (c.crashed) return measuredWhenCrashed && c.usage ? fn(c) : 'crash';
    if (!c.ok) return 'failed';
    return fn(c);
  };
  const numbers = (fn) => sizes.map((size) => (checks[size].ok ? fn(checks[size]) : NaN));
  const mb = (size) => corpora[size].bytes / megabyte;
  const cpu = (c) => (c.usage ? c.usage.userSeconds + c.usage.systemSeconds : NaN);
  const last = sizes[sizes.length - 1];
  const serverFailure = (s) => (s.indexTimedOut ? 'timeout' : s.indexSeconds === undefined ? 'failed' : undefined);

  const header = ['measure', ...sizes.map((s) => `${s} MB`), 'growth', 'target', 'met?'];
  const verdict = (ok) => (ok === undefined ? '' : ok ? 'yes' : 'NO');
  const rows = [];
  rows.push(['corpus: files', ...at((s) => String(corpora[s].files)), growth(at((s) => corpora[s].files)), '', '']);
  rows.push(['corpus: MB', ...at((s) => fixed(mb(s), 1)), growth(at(mb)), '', '']);
  rows.push(['check: wall s', ...at((s) => (checks[s].crashed ? `crash ${fixed(checks[s].seconds, 0)}` : checkCell(s, (c) => fixed(c.seconds), () => `timeout ${fixed(checks[s].seconds, 0)}`))), growth(numbers((c) => c.seconds)), 'linear', '']);
  rows.push(['check: CPU s (user+sys)', ...at((s) => checkCell(s, (c) => fixed(cpu(c)), (t) => `>${fixed(t.cpuSeconds, 0)}`, true)), growth(numbers(cpu)), 'linear', '']);
  const rate = (s) => (checks[s].ok ? mb(s) / checks[s].seconds : NaN);
  rows.push([
    'check: MB/s (wall)',
    ...at((s) => checkCell(s, () => fixed(rate(s), 1), () => `<${fixed(mb(s) / checks[s].seconds, 1)}`)),
    growth(at(rate)),
    `>= 30 at ${last} MB`,
    verdict(checks[last].ok ? rate(last) >= 30 : false),
  ]);
  rows.push(['check: MB/s (CPU)', ...at((s) => checkCell(s, (c) => fixed(mb(s) / cpu(c), 1), (t) => `<${fixed(mb(s) / t.cpuSeconds, 1)}`)), '', '', '']);
  const peak = (c) => (c.usage ? c.usage.maxRssKb / 1024 : NaN);
  rows.push(['check: peak RSS MB', ...at((s) => checkCell(s, (c) => fixed(peak(c), 0), (t) => `>${fixed(t.peak, 0)}`, true)), growth(numbers(peak)), `<= 400 at ${last} MB`, verdict(checks[last].ok ? peak(checks[last]) <= 400 : undefined)]);
  rows.push(['check: JSON output MB', ...at((s) => checkCell(s, (c) => fixed(c.outputBytes / megabyte, 1), () => '-')), growth(numbers((c) => c.outputBytes)), 'linear', '']);
  if (singleThread) {
    const cell = (fn) => sizes.map((size) => (size !== singleSize ? '' : singleThread.timedOut ? 'timeout' : !singleThread.ok ? 'failed' : fn(singleThread)));
    rows.push(['check --jobs 1: wall s', ...cell((c) => fixed(c.seconds)), '', '', '']);
    rows.push(['check --jobs 1: MB/s (wall)', ...cell((c) => fixed(mb(singleSize) / c.seconds, 1)), '', '', '']);
    rows.push(['check --jobs 1: peak RSS MB', ...cell((c) => fixed(peak(c), 0)), '', '', '']);
    rows.push(['threads: speed-up (wall)', ...cell((c) => (checks[singleSize].ok ? `x${fixed(c.seconds / checks[singleSize].seconds, 2)}` : '-')), '', '', '']);
  }
  rows.push(['rg floor: wall s', ...at((s) => fixed(checks[s].rg, 3)), growth(at((s) => checks[s].rg)), '', '']);
  const ratio = (s) => (checks[s].ok ? checks[s].seconds / checks[s].rg : NaN);
  rows.push([
    'check / rg (wall)',
    ...at((s) => checkCell(s, () => fixed(ratio(s), 0), () => `>${fixed(checks[s].seconds / checks[s].rg, 0)}`)),
    growth(at(ratio)),
    `<= 8x at ${last} MB`,
    verdict(checks[last].ok && Number.isFinite(checks[last].rg) ? ratio(last) <= 8 : false),
  ]);
  for (const [name, label] of [
    ['cspell', 'cspell 9.8.0'],
    ['textlint', 'textlint 15 + ja-spacing'],
  ]) {
    if (!peerEntries) break;
    const runs = peers[name];
    const peerCell = (size, fn) => {
      const run = runs[size];
      if (!run) return '-';
      if (run.timedOut) return `timeout ${fixed(run.seconds, 0)}`;
      return run.ok ? fn(run) : 'failed';
    };
    const peerNumbers = (fn) => sizes.map((size) => (runs[size]?.ok ? fn(runs[size]) : NaN));
    rows.push([`${label}: wall s`, ...at((s) => peerCell(s, (r) => fixed(r.seconds))), growth(peerNumbers((r) => r.seconds)), '', '']);
    rows.push([`${label}: MB/s (wall)`, ...at((s) => peerCell(s, (r) => fixed(mb(s) / r.seconds, 1))), '', '', '']);
    rows.push([`${label}: peak RSS MB`, ...at((s) => peerCell(s, (r) => fixed(r.usage ? r.usage.maxRssKb / 1024 : NaN, 0))), '', '', '']);
    rows.push([
      `check / ${name} (wall)`,
      ...at((s) => peerCell(s, (r) => (checks[s].ok ? `x${fixed(checks[s].seconds / r.seconds, 2)}` : '-'))),
      '',
      '< 1 is faster',
      verdict(runs[last]?.ok && checks[last].ok ? checks[last].seconds < runs[last].seconds : undefined),
    ]);
  }
  if (!anchors.failed) {
    const anchorRow = (label, value) => [label, ...sizes.map((size) => (size === last0 ? value : '')), '', '', ''];
    rows.push(anchorRow('anchor pass alone: MB/s', fixed(anchors.bytes / megabyte / anchors.anchorSeconds, 0)));
    rows.push(anchorRow('charCodeAt loop: MB/s', fixed(anchors.bytes / megabyte / anchors.loopSeconds, 0)));
    rows.push(anchorRow('anchor pass / loop (time)', `x${fixed(anchors.anchorSeconds / anchors.loopSeconds, 2)}`));
  }
  if (serverSizes.length) {
    const lastServer = serverSizes[serverSizes.length - 1];
    const cell = (fn) => srv((s) => serverFailure(s) ?? fn(s));
    const nums = (fn) => srv((s) => (serverFailure(s) ? NaN : fn(s))).filter((v) => v !== undefined);
    rows.push(['server: index wall s', ...cell((s) => fixed(s.indexSeconds)), growth(nums((s) => s.indexSeconds)), `<= 10 at ${lastServer} MB`, verdict(servers[lastServer]?.indexSeconds !== undefined ? servers[lastServer].indexSeconds <= 10 : undefined)]);
    rows.push(['server: index CPU s', ...cell((s) => fixed(s.indexCpuSeconds)), growth(nums((s) => s.indexCpuSeconds)), 'linear', '']);
    rows.push(['server: RSS after index MB', ...srv((s) => fixed(s.memory?.rss, 0)), growth(nums((s) => s.memory?.rss)), `<= 300 at ${lastServer} MB`, verdict(servers[lastServer]?.memory ? servers[lastServer].memory.rss <= 300 : undefined)]);
    rows.push(['server: peak RSS (VmHWM) MB', ...srv((s) => fixed(s.memoryAfter?.peak ?? s.memory?.peak, 0)), '', '', '']);
    rows.push(['server: first pull ms', ...cell((s) => fixed(s.firstPullMs, 1)), growth(nums((s) => s.firstPullMs)), '', '']);
    const editOk = (s, limitMs) => (s?.edit ? s.edit.p95 <= limitMs : s && serverFailure(s) ? false : undefined);
    rows.push(['edit->diagnostics median ms', ...cell((s) => fixed(s.edit?.median, 1)), growth(nums((s) => s.edit?.median)), '', '']);
    rows.push([
      'edit->diagnostics p95 ms',
      ...cell((s) => fixed(s.edit?.p95, 1)),
      growth(nums((s) => s.edit?.p95)),
      '<= 5 at 10, <= 10 at 100',
      verdict(serverSizes.every((size) => editOk(servers[size], size >= 100 ? 10 : 5) !== false) && serverSizes.some((size) => servers[size]?.edit)),
    ]);
    rows.push(['edits measured (n)', ...cell((s) => String(s.edit?.n ?? '-')), '', `>= ${iterations}`, '']);
    const conflictsCell = (s) => (s.agreeing && s.conflicted ? `${s.agreeing.conflicts}/${s.agreeing.related} -> ${s.conflicted.conflicts}/${s.conflicted.related}` : '-');
    rows.push(['edit: conflicts/related info', ...cell(conflictsCell), '', 'before -> after edit', '']);
    rows.push(['hover median ms', ...cell((s) => fixed(s.hover?.median, 2)), growth(nums((s) => s.hover?.median)), '', '']);
    rows.push([
      'hover p95 ms',
      ...cell((s) => fixed(s.hover?.p95, 2)),
      growth(nums((s) => s.hover?.p95)),
      '<= 1',
      verdict(serverSizes.some((size) => servers[size]?.hover) ? serverSizes.every((size) => servers[size]?.hover && servers[size].hover.p95 <= 1) : undefined),
    ]);
    rows.push(['hover answer KB', ...cell((s) => fixed((s.hover?.chars ?? NaN) / 1024, 1)), growth(nums((s) => (s.hover?.chars ?? NaN) / 1024)), '', '']);
  }
  // The hostile-input rows use the first two value columns for the smaller and the larger line.
  const hostileRow = (label, one, five, grew, target, met) => [label, one, five, ...Array(Math.max(0, sizes.length - 2)).fill(''), grew, target, met].slice(0, header.length);
  const hostileCell = (h) => (h.skipped ? 'skipped' : h.timedOut ? `timeout ${fixed(h.seconds, 0)}` : h.failed ? 'failed' : fixed(h.seconds));
  const found = (h) => (h.figures !== undefined ? `${h.figures}/${h.numericRuns}` : '-');
  for (const [small, large, label] of [
    [0.0625, 0.125, '64 KB -> 128 KB'],
    [1, 5, '1 MB -> 5 MB'],
  ]) {
    const [a, b] = [hostile[small], hostile[large]];
    const inputRatio = large / small;
    const timeRatio = a.seconds > 0 && b.seconds > 0 && !a.timedOut && !b.timedOut ? b.seconds / a.seconds : NaN;
    rows.push(hostileRow(`adversarial line ${label}`, 'smaller', 'larger', '', '', ''));
    rows.push(
      hostileRow(
        '  analyze s (one line)',
        hostileCell(a),
        hostileCell(b),
        Number.isFinite(timeRatio) ? `x${timeRatio.toFixed(1)}` : '-',
        `x${inputRatio} (linear)`,
        a.timedOut || b.timedOut ? 'NO' : verdict(Number.isFinite(timeRatio) ? timeRatio <= inputRatio * 1.5 : undefined),
      ),
    );
    rows.push(hostileRow('  figures/numeric runs found', found(a), found(b), '', '', ''));
  }

  process.stdout.write(
    `\nFinCorpus benchmark — node ${process.version}, ${cpus().length} CPU(s), ${(totalmem() / 1024 ** 3).toFixed(0)} GB; ` +
      `load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (wall times are inflated when it exceeds the CPU count)\n`,
  );
  if (figure) process.stdout.write(`Edited and hovered figure: ${figure.label} in ${editTargetName} (${figure.agreeing} of ${figure.others} other observations agree at ${smallest} MB); ${iterations} edits and hovers per corpus after a warm-up\n`);
  printTable(rows, header);
  if (stages) process.stdout.write(`\nTime per stage of the ${stages.size} MB check with --jobs 1 (CPU profile, ${stages.sampled} sampled):\n${stages.lines.join('\n')}\n`);
  for (const size of sizes) {
    const c = checks[size];
    if (c.crashed) process.stdout.write(`The ${size} MB check crashed after ${fixed(c.seconds, 0)} s: ${c.reason}\n`);
    if (c.timedOut) process.stdout.write(`The ${size} MB check was stopped at its ${fixed(c.seconds, 0)} s limit (">" cells: what it had used by then).\n`);
  }
  for (const size of serverSizes) if (servers[size]?.error) process.stdout.write(`The ${size} MB server session stopped early: ${servers[size].error}\n`);
  process.stdout.write(`Growth is each column over the one before it (corpus sizes grow by the ratios in "corpus: MB"); total bench time ${((performance.now() - started) / 1000).toFixed(0)} s.\n`);
  writeFileSync(join(benchDirectory, 'results.json'), JSON.stringify({ sizes, corpora, checks, singleThread, peers, anchors, figure, servers, hostile, stages, loadBefore, loadAfter: loadavg()[0] }, null, 2));
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
