// An in-process timing harness for the server's hot paths (not a test; bundled by inprocess.mjs):
// indexes a benchmark corpus through the Workspace, then times, per phase, an edit of the edit target
// (analysis, index update, diagnostics, LSP conversion) and hovers on the shared figure.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { writeHeapSnapshot } from 'node:v8';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Workspace, type FileSystem, type FileType } from '../../server/src/workspace';
import { toLspDiagnostics, workspaceDiagnostics } from '../../server/src/features/diagnostics';
import { englishMessages } from '../../server/src/l10n';
import { hover } from '../../server/src/features/hover';
import { neverCancelled } from '../../server/src/core/cancellation';

const fileSystem: FileSystem = {
  async readFile(uri) {
    return readFileSync(fileURLToPath(uri));
  },
  async stat(uri) {
    try {
      const s = statSync(fileURLToPath(uri));
      return { type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
    } catch {
      return null;
    }
  },
  async readDirectory(uri) {
    return readdirSync(fileURLToPath(uri), { withFileTypes: true }).map((d) => [d.name, (d.isFile() ? 'file' : d.isDirectory() ? 'directory' : 'other') as FileType]);
  },
};

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

export async function run(dir: string, figure: { digit: { line: number; character: number }; original: string; hover: { line: number; character: number } }, iterations: number): Promise<void> {
  const workspace = new Workspace(fileSystem, { info: () => {}, warn: () => {} });
  const root = pathToFileURL(dir).href;
  workspace.setFolders([{ uri: root, name: 'bench' }]);
  const t = performance.now();
  await workspace.scanAll({ begin() {}, report() {}, end() {} });
  console.log(`index ${(performance.now() - t).toFixed(0)} ms; heapUsed ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  const uri = `${root}/edit-target.txt`;
  let text = readFileSync(join(dir, 'edit-target.txt'), 'utf8');
  workspace.setText(uri, text, true);
  await workspace.settle(neverCancelled);
  const found = workspace.entry(uri)!;
  const offset = (await workspace.loadDocument(found.corpus, found.entry))!.lines.offsetAt(figure.digit);
  const keys = found.corpus.index.keysOf(found.entry.path);
  const sizes = keys.map((key) => found.corpus.index.sortedObservations(key).length);
  console.log(`edit target: ${keys.length} keys, ${sizes.reduce((a, b) => a + b, 0)} observations of them (largest ${Math.max(...sizes)})`);
  {
    // The first pull after opening: every key's analysis was computed by the scan's notification.
    found.corpus.index.conflictTotal();
    const begin = performance.now();
    found.corpus.index.diagnostics(found.entry.path);
    const analyses = (found.corpus.index as unknown as { analyses: { analyse(key: string): { conflicts: unknown[] } } }).analyses;
    const pairs = keys.map((key) => analyses.analyse(key).conflicts.length);
    console.log(`first index diagnostics ${(performance.now() - begin).toFixed(1)} ms; conflicting class pairs of its keys ${pairs.reduce((a, b) => a + b, 0)} (largest ${Math.max(...pairs)})`);
  }
  const other = String((Number(figure.original) + 1) % 10);
  const phases: Record<string, number[]> = { setText: [], settle: [], diagnostics: [], json: [], total: [], hover: [] };
  let current = figure.original;
  // --profile-edits FILE: a CPU profile of the edit loop alone.
  const profileAt = process.argv.indexOf('--profile-edits');
  const session = profileAt >= 0 ? new Session() : undefined;
  const post = (method: string, params?: object) => new Promise<{ profile?: unknown }>((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as { profile?: unknown }))));
  if (session) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.start');
  }
  for (let i = 0; i < iterations + 4; i++) {
    current = current === figure.original ? other : figure.original;
    text = text.slice(0, offset) + current + text.slice(offset + 1);
    const t0 = performance.now();
    workspace.setText(uri, text, true);
    const t1 = performance.now();
    await workspace.settle(neverCancelled);
    const t2 = performance.now();
    const f = workspace.entry(uri)!;
    // The document's findings (the index's) rendered as LSP diagnostics, as a pull does; then the
    // response's JSON, as the connection writes it.
    const diagnostics = toLspDiagnostics(f.corpus, f.entry, neverCancelled);
    const t3 = performance.now();
    JSON.stringify({ kind: 'full', resultId: 'r', items: diagnostics });
    const t4 = performance.now();
    if (i < 4) continue;
    phases.setText!.push(t1 - t0);
    phases.settle!.push(t2 - t1);
    phases.diagnostics!.push(t3 - t2);
    phases.json!.push(t4 - t3);
    phases.total!.push(t4 - t0);
  }
  if (session) {
    const { profile } = await post('Profiler.stop');
    writeFileSync(process.argv[profileAt + 1]!, JSON.stringify(profile));
    session.disconnect();
  }
  {
    // A workspace pull after an edit renders again only the documents the edit analysed or affected (server.ts).
    let last: { changed: ReadonlySet<string>; affected: ReadonlySet<string> } | undefined;
    workspace.onDidUpdate((summary) => (last = summary));
    current = current === figure.original ? other : figure.original;
    workspace.setText(uri, (text = text.slice(0, offset) + current + text.slice(offset + 1)), true);
    await workspace.settle(neverCancelled);
    const before = workspaceDiagnostics(workspace, neverCancelled, englishMessages, new Map(), new Set(), () => undefined);
    let begin = performance.now();
    const every = workspaceDiagnostics(workspace, neverCancelled, englishMessages, before.resultIds, new Set(), () => undefined);
    const everyMs = performance.now() - begin;
    const stale = new Set([...(last?.changed ?? []), ...(last?.affected ?? [])]);
    begin = performance.now();
    workspaceDiagnostics(workspace, neverCancelled, englishMessages, before.resultIds, new Set(), (uri) => (stale.has(uri) ? undefined : before.resultIds.get(uri)));
    console.log(`workspace pull: every document ${everyMs.toFixed(0)} ms; after an edit, ${stale.size} of ${every.items.length} again ${(performance.now() - begin).toFixed(1)} ms`);
    current = current === figure.original ? other : figure.original;
    workspace.setText(uri, (text = text.slice(0, offset) + current + text.slice(offset + 1)), true);
    await workspace.settle(neverCancelled);
  }
  let hoverChars = 0;
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    const answer = await hover(workspace, uri, figure.hover, neverCancelled);
    phases.hover!.push(performance.now() - t0);
    hoverChars = JSON.stringify(answer).length;
  }
  for (const [name, values] of Object.entries(phases)) console.log(`${name.padEnd(18)} median ${pct(values, 0.5).toFixed(2).padStart(8)}  p95 ${pct(values, 0.95).toFixed(2).padStart(8)} ms`);
  console.log(`hover chars ${hoverChars}`);
  globalThis.gc?.();
  console.log(`after gc: heapUsed ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
}

/** Indexes a corpus and says where the memory goes: texts, line tables, facts, the rest of the heap. */
export async function memory(dir: string): Promise<void> {
  const workspace = new Workspace(fileSystem, { info: () => {}, warn: () => {} });
  const root = pathToFileURL(dir).href;
  workspace.setFolders([{ uri: root, name: 'bench' }]);
  const t = performance.now();
  await workspace.scanAll({ begin() {}, report() {}, end() {} });
  globalThis.gc?.();
  const usage = process.memoryUsage();
  let textUnits = 0;
  let lineEntries = 0;
  let factLines = 0;
  let mentions = 0;
  let claims = 0;
  let runs = 0;
  for (const corpus of workspace.allCorpora()) {
    for (const entry of corpus.entries.values()) {
      textUnits += entry.text?.length ?? 0;
      const facts = corpus.index.get(entry.path);
      if (entry.text !== null) lineEntries += facts?.lineStarts?.length ?? 0;
      factLines += facts?.lineStarts?.length ?? 0;
      mentions += facts?.mentions.length ?? 0;
      claims += facts?.claims.length ?? 0;
      runs += facts?.numericRuns.length ?? 0;
    }
  }
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  console.log(`indexed in ${((performance.now() - t) / 1000).toFixed(1)} s; ${workspace.documentCount()} documents`);
  console.log(`rss ${mb(usage.rss)} heapTotal ${mb(usage.heapTotal)} heapUsed ${mb(usage.heapUsed)} external ${mb(usage.external)} arrayBuffers ${mb(usage.arrayBuffers)}`);
  console.log(`text kept ${textUnits} UTF-16 units (<= ${mb(textUnits * 2)}); line indexes of kept texts ${lineEntries} + facts ${factLines} entries; mentions ${mentions}, claims ${claims}, numeric runs ${runs}`);
  // --heap-snapshot FILE: the indexed heap, for `node test/bench/heap-summary.mjs FILE`.
  const snapshotAt = process.argv.indexOf('--heap-snapshot');
  if (snapshotAt >= 0) writeHeapSnapshot(process.argv[snapshotAt + 1]!);
}
