import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnalysisPool, backgroundAnalysisOf } from '../../server/src/node/analysisPool';
import { Workspace, type BackgroundAnalysis, type FileSystem, type FileType } from '../../server/src/workspace';

const root = 'file:///corpus';

/** A flat folder in memory: the files of one directory, by name. */
function flatFolder(files: Map<string, Uint8Array>): FileSystem {
  const name = (uri: string) => uri.slice(root.length + 1);
  return {
    readFile: async (uri) => files.get(name(uri)) ?? Promise.reject(new Error(`ENOENT: ${uri}`)),
    stat: async (uri) => (uri === root ? { type: 'directory', size: 0 } : files.has(name(uri)) ? { type: 'file', size: files.get(name(uri))!.length } : null),
    readDirectory: async () => [...files.keys()].map((file): [string, FileType] => [file, 'file']),
  };
}

async function indexed(files: Map<string, Uint8Array>, background?: BackgroundAnalysis) {
  const infos: string[] = [];
  const warnings: string[] = [];
  const workspace = new Workspace(flatFolder(files), { info: (m) => infos.push(m), warn: (m) => warnings.push(m) }, background);
  workspace.setFolders([{ uri: root, name: 'corpus' }]);
  const reports: string[] = [];
  await workspace.scanAll({ begin: (total) => reports.push(`begin ${total}`), report: (done, total) => reports.push(`${done}/${total}`), end: () => reports.push('end') });
  const corpus = workspace.corpora.get(root)!;
  const entries = [...corpus.entries.values()].map((e) => ({ path: e.path, text: e.text, encoding: e.encoding, open: e.open, dirty: e.dirty }));
  const paths = corpus.index.paths();
  return {
    infos,
    warnings,
    reports,
    entries,
    paths,
    facts: paths.map((path) => corpus.index.get(path)),
    diagnostics: paths.map((path) => corpus.index.diagnostics(path)),
    series: corpus.index.series(),
  };
}

describe("the server's first index on worker threads", () => {
  it('indexes a folder as the in-thread scan does: texts, facts, findings, series, skips and progress', async function () {
    this.timeout(60_000);
    const files = new Map<string, Uint8Array>();
    for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort()) files.set(name, readFileSync(join('seeds', name)));
    files.set('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]));
    const pool = new AnalysisPool(2, resolve('server', 'out', 'analysisWorker.js'));
    try {
      const inThread = await indexed(files);
      const onWorkers = await indexed(files, backgroundAnalysisOf(pool));
      assert.deepEqual(onWorkers.warnings, []);
      assert.equal(onWorkers.paths.length, 5);
      assert.deepEqual(onWorkers.reports, ['begin 6', '1/6', '2/6', '3/6', '4/6', '5/6', '6/6', 'end']);
      assert.ok(onWorkers.entries.every((e) => !e.dirty && !e.open));
      assert.deepEqual(onWorkers.infos, ['Skipped image.txt: contains NUL bytes (29% of the first 14 bytes).']);
      assert.deepStrictEqual(onWorkers, inThread);
    } finally {
      await pool.close();
    }
  });
});

describe('closed documents after the first index', () => {
  it('keep no text, are read again with every fact when a feature asks, and again after a configuration change', async function () {
    this.timeout(60_000);
    const files = new Map<string, Uint8Array>();
    for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort()) files.set(name, readFileSync(join('seeds', name)));
    const workspace = new Workspace(flatFolder(files), { info: () => {}, warn: () => {} });
    workspace.setFolders([{ uri: root, name: 'corpus' }]);
    await workspace.scanAll({ begin() {}, report() {}, end() {} });
    const corpus = workspace.corpora.get(root)!;
    const entries = [...corpus.entries.values()];
    assert.ok(entries.length === 5 && entries.every((e) => e.text === null && !e.dirty));
    for (const entry of entries) {
      const text = new TextDecoder().decode(files.get(entry.path));
      const loaded = (await workspace.loadDocument(corpus, entry))!;
      const full = corpus.analyzer.analyze(entry.path, loaded.text);
      assert.deepEqual(loaded.facts, full);
      assert.equal(loaded.text.replace(/^\uFEFF/, ''), text.replace(/^\uFEFF/, ''));
      // The index keeps the claims and their figures as the full facts state them, without the parts.
      const kept = corpus.index.get(entry.path)!;
      assert.deepEqual(kept.claims, full.claims);
      for (const claim of full.claims) assert.deepEqual(kept.mentions[claim.mention], { ...full.mentions[claim.mention]!, parts: [] });
      assert.deepEqual(kept.mentions.filter((m) => m?.kind === 'product'), full.mentions.filter((m) => m.kind === 'product'));
      assert.deepEqual(entry.lines.rangeOf({ start: 0, end: text.length }), loaded.lines.rangeOf({ start: 0, end: text.length }));
    }
    const before = corpus.index.series();
    corpus.applyConfiguration();
    workspace.analyseDirtyDocuments();
    assert.ok([...corpus.entries.values()].every((e) => e.dirty), 'closed documents wait for their re-read');
    await workspace.reindexStale();
    assert.ok([...corpus.entries.values()].every((e) => !e.dirty && e.text === null));
    assert.deepEqual(corpus.index.series(), before);
  });
});
