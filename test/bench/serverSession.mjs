// The language server over a real stdio pipe, for the bench (bench.mjs) and for timing the first
// index alone (server-index.mjs): a session initialises the server on a corpus folder, waits for the
// index announcement that covers every document, then (given a figure) times edits and hovers.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { editTargetName, projectRoot } from './generate.mjs';

const require = createRequire(join(projectRoot, 'package.json'));
const benchDirectory = join(projectRoot, '.bench');
const defaultServerMain = join(projectRoot, 'server', 'out', 'main.js');

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** VmRSS and VmHWM of a live process, in MB (Linux only). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

/** CPU seconds (user + system) a live process has used so far (Linux only, 100 ticks per second). */
export function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

// ---------------------------------------------------------------------------------------------
// The figure to edit and hover: one of the edit target's figures that other documents also report

export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/**
 * Reads the 1 MB check's JSON and picks, among the exact figures of the edit target, the one that the
 * most other documents report with the same value: changing its last digit makes conflicts appear
 * (a bound such as 超50% would stay compatible with its copies).
 */
export function chooseSharedFigure(checkJson, text) {
  const report = JSON.parse(readFileSync(checkJson, 'utf8'));
  const starts = lineStarts(text);
  let best = null;
  for (const metric of report.metrics ?? []) {
    for (const own of metric.observations.filter((o) => o.path.endsWith(`/${editTargetName}`))) {
      if (!/[0-9]/.test(own.text) || own.qualifier !== 'exact') continue;
      const others = metric.observations.filter((o) => !o.path.endsWith(`/${editTargetName}`));
      const agreeing = others.filter((o) => o.value === own.value && o.low === own.low && o.high === own.high).length;
      // A figure that every other report agrees with toggles cleanly between no conflict and conflicts.
      const rank = (agreeing === others.length ? 1_000_000 : 0) + agreeing;
      if (!best || rank > best.rank) best = { metric, own, agreeing, others: others.length, rank };
    }
  }
  if (!best) return null;
  const start = starts[best.own.range.start.line] + best.own.range.start.character;
  const end = starts[best.own.range.end.line] + best.own.range.end.character;
  const figureText = text.slice(start, end);
  let digit = -1;
  for (let i = end - 1; i >= start; i--) if (text[i] >= '0' && text[i] <= '9') { digit = i; break; }
  if (digit < 0) return null;
  return {
    label: `${best.metric.subject} / ${best.metric.metric} = ${figureText}`,
    agreeing: best.agreeing,
    others: best.others,
    digit: positionAt(starts, digit),
    original: text[digit],
    hover: positionAt(starts, Math.floor((start + end) / 2)),
  };
}

// ---------------------------------------------------------------------------------------------
// The language server over stdio

/**
 * One session of the server at `serverMain` (server/out/main.js by default) on the corpus in `dir`
 * of `files` documents; `log` hears its progress. Without a figure it ends once the index is built.
 */
export async function serverSession(size, dir, files, figure, { indexSeconds, loopSeconds, iterations = 200, serverMain = defaultServerMain, log = () => {}, profile = false }) {
  const rpc = require('vscode-jsonrpc/node');
  // --server-profile: the server writes a CPU profile of the whole session to .bench/profile-server-<size>mb/.
  const profileFlags = profile ? ['--cpu-prof', '--cpu-prof-dir', join(benchDirectory, `profile-server-${size}mb`)] : [];
  const child = spawn(process.execPath, [...profileFlags, serverMain, '--stdio'], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const result = { size, files };
  const indexChanges = [];
  let progressEnd = NaN;
  connection.onUnhandledProgress((params) => {
    if (params.value?.kind === 'end') progressEnd = performance.now();
  });
  connection.onNotification('fincorpus/indexChanged', (params) => {
    indexChanges.push({ at: performance.now(), params });
  });
  connection.onNotification(() => {});
  connection.onRequest((method, params) => {
    if (method === 'workspace/configuration') return params.items.map(() => ({}));
    return null;
  });
  connection.onError(() => {});
  connection.listen();

  /** Resolves with the first announcement that covers every document, or null past the deadline. */
  const untilIndexed = (deadline) =>
    new Promise((resolve) => {
      const check = () => {
        const done = indexChanges.find((change) => change.params.documents >= files);
        if (done) resolve(done);
        else if (performance.now() > deadline || child.exitCode !== null) resolve(null);
        else setTimeout(check, 100);
      };
      check();
    });

  // No single request may hold the run: one that takes longer than this fails the session.
  const request = (method, params, seconds = 90) => {
    let timer;
    const expired = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method} took longer than ${seconds} s`)), seconds * 1000);
    });
    return Promise.race([connection.sendRequest(method, params), expired]).finally(() => clearTimeout(timer));
  };

  try {
    const folderUri = pathToFileURL(dir).href;
    await request('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: `corpus-${size}mb` }],
      // The index announcements (fincorpus/indexChanged) the session waits for go only to clients that ask.
      initializationOptions: { customNotifications: true },
      capabilities: {
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, diagnostic: { dynamicRegistration: false } },
        workspace: { configuration: true, workspaceFolders: true },
        window: { workDoneProgress: true },
      },
    });
    const cpuBefore = cpuSecondsOf(child.pid);
    const initialized = performance.now();
    await connection.sendNotification('initialized', {});
    const indexed = await untilIndexed(initialized + indexSeconds * 1000);
    if (!indexed) {
      result.indexTimedOut = child.exitCode === null;
      result.crashed = child.exitCode !== null ? `exit ${child.exitCode}: ${stderr.trim().split('\n').slice(-2).join(' | ')}` : undefined;
      result.memory = memoryOf(child.pid);
      log(`server ${size} MB: indexing ${result.indexTimedOut ? 'timed out' : 'failed'} after ${((performance.now() - initialized) / 1000).toFixed(1)} s`);
      return result;
    }
    result.indexSeconds = (indexed.at - initialized) / 1000;
    result.progressSeconds = (progressEnd - initialized) / 1000;
    result.indexCpuSeconds = cpuSecondsOf(child.pid) - cpuBefore;
    result.documents = indexed.params.documents;
    result.memory = memoryOf(child.pid);
    log(`server ${size} MB: indexed ${result.documents} documents in ${result.indexSeconds.toFixed(1)} s, RSS ${result.memory.rss.toFixed(0)} MB`);
    if (!figure) return result;

    // Open the edit target, then pull its diagnostics once (the first pull computes them cold).
    const uri = pathToFileURL(join(dir, editTargetName)).href;
    const text = readFileSync(join(dir, editTargetName), 'utf8');
    let version = 1;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
    let begin = performance.now();
    const first = await request('textDocument/diagnostic', { textDocument: { uri } });
    result.firstPullMs = performance.now() - begin;
    result.baseline = summariseReport(first);

    // Edits: the figure's last digit flips between its own value (agreeing with the copies) and
    // another one (conflicting with them), each edit followed by a pull.
    const other = String((Number(figure.original) + 1) % 10);
    const range = { start: figure.digit, end: { line: figure.digit.line, character: figure.digit.character + 1 } };
    let current = figure.original;
    const editOnce = async () => {
      current = current === figure.original ? other : figure.original;
      version++;
      const t0 = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: current }] });
      const report = await request('textDocument/diagnostic', { textDocument: { uri } });
      return { ms: performance.now() - t0, report };
    };
    for (let i = 0; i < 4; i++) await editOnce();
    const editLatencies = [];
    const loopDeadline = performance.now() + loopSeconds * 1000 * 0.75;
    for (let i = 0; i < iterations && performance.now() < loopDeadline; i++) {
      const { ms, report } = await editOnce();
      editLatencies.push(ms);
      if (current === other) result.conflicted = summariseReport(report);
      else result.agreeing = summariseReport(report);
    }
    result.edit = { n: editLatencies.length, median: median(editLatencies), p95: percentile(editLatencies, 0.95), max: Math.max(...editLatencies) };
    if (current !== figure.original) await editOnce();

    // Hovers on the figure.
    const hover = () => request('textDocument/hover', { textDocument: { uri }, position: figure.hover });
    const hoverDeadline = performance.now() + loopSeconds * 1000 * 0.25;
    for (let i = 0; i < 3 && performance.now() < hoverDeadline; i++) await hover();
    const hoverLatencies = [];
    let hoverChars = 0;
    for (let i = 0; i < iterations && (i === 0 || performance.now() < hoverDeadline); i++) {
      begin = performance.now();
      const answer = await hover();
      hoverLatencies.push(performance.now() - begin);
      hoverChars = JSON.stringify(answer ?? null).length;
    }
    result.hover = { n: hoverLatencies.length, median: median(hoverLatencies), p95: percentile(hoverLatencies, 0.95), chars: hoverChars };
    result.memoryAfter = memoryOf(child.pid);
    return result;
  } catch (error) {
    // What was measured before the failure stays in the table; the failure is logged.
    result.error = `${error instanceof Error ? error.message : String(error)} ${stderr.trim().split('\n').slice(-2).join(' | ')}`;
    log(`server ${size} MB: ${result.error}`);
    return result;
  } finally {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 5000))]);
      await connection.sendNotification('exit');
    } catch {
      // The server may be gone already.
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  }
}

export function summariseReport(report) {
  const items = report?.items ?? [];
  return {
    diagnostics: items.length,
    conflicts: items.filter((d) => d.code === 'conflicting-figure').length,
    related: items.reduce((n, d) => n + (d.relatedInformation?.length ?? 0), 0),
  };
}
