// An in-process timing harness for the server's hot paths (not a test; bundled by inprocess.mjs):
// indexes a benchmark corpus through the Workspace, then times, per phase, an edit of the edit target
// (analysis, index update, diagnostics, LSP conversion) and hovers on the shared figure.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Workspace, type FileSystem, type FileType } from '../../server/src/workspace';
import { toLspDiagnostics, resultIdOf } from '../../server/src/features/diagnostics';
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
  let t = performance.now();
  await workspace.runIndexing(() => workspace.scanAll({ begin() {}, report() {}, end() {} }));
  console.log(`index ${(performance.now() - t).toFixed(0)} ms; heapUsed ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  const uri = `${root}/edit-target.txt`;
  let text = readFileSync(join(dir, 'edit-target.txt'), 'utf8');
  workspace.setText(uri, text, true);
  await workspace.settle(neverCancelled);
  const found = workspace.entry(uri)!;
  const offset = found.entry.lines.offsetAt(figure.digit);
  const other = String((Number(figure.original) + 1) % 10);
  const phases: Record<string, number[]> = { setText: [], settle: [], indexDiagnostics: [], toLsp: [], resultId: [], total: [], hover: [] };
  let current = figure.original;
  for (let i = 0; i < iterations + 4; i++) {
    current = current === figure.original ? other : figure.original;
    text = text.slice(0, offset) + current + text.slice(offset + 1);
    const t0 = performance.now();
    workspace.setText(uri, text, true);
    const t1 = performance.now();
    await workspace.settle(neverCancelled);
    const t2 = performance.now();
    const f = workspace.entry(uri)!;
    f.corpus.index.diagnostics(f.entry.path);
    const t3 = performance.now();
    const diags = toLspDiagnostics(f.corpus, f.entry, neverCancelled);
    const t4 = performance.now();
    resultIdOf(diags);
    const t5 = performance.now();
    if (i < 4) continue;
    phases.setText!.push(t1 - t0);
    phases.settle!.push(t2 - t1);
    phases.indexDiagnostics!.push(t3 - t2);
    phases.toLsp!.push(t4 - t3);
    phases.resultId!.push(t5 - t4);
    phases.total!.push(t5 - t0);
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
