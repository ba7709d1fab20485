import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { neverCancelled } from '../../server/src/core/cancellation';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { Workspace, type FileSystem, type FileType } from '../../server/src/workspace';
import { parseCorpus, realisticConfig, realisticCorpus } from '../fixtures/realistic/corpus';

/** A finding as both front ends show it: file, range, code, severity and message. */
interface Shown {
  file: string;
  range: string;
  code: string;
  severity: string;
  message: string;
}

const root = 'file:///corpus';
const severityNames = ['', 'error', 'warning', 'information', 'hint'];

function byPosition(a: Shown, b: Shown): number {
  return a.file.localeCompare(b.file) || a.range.localeCompare(b.range, undefined, { numeric: true }) || a.code.localeCompare(b.code);
}

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
const rangeText = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** `fincorpus check --format json` on a folder. */
function fromCommandLine(folder: string): Shown[] {
  const result = spawnSync(process.execPath, [resolve('server', 'out', 'cli.js'), 'check', folder, '--format', 'json'], { encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  const report = JSON.parse(result.stdout) as { diagnostics: { path: string; range: Range; code: string; severity: string; message: string }[] };
  return report.diagnostics
    .map((d) => ({ file: d.path.slice(d.path.lastIndexOf('/') + 1), range: rangeText(d.range), code: d.code, severity: d.severity, message: d.message }))
    .sort(byPosition);
}

/** The server's pull diagnostics of every document of the same folder, read from memory. */
async function fromServer(files: ReadonlyMap<string, Uint8Array>): Promise<Shown[]> {
  const name = (uri: string) => uri.slice(root.length + 1);
  const fileSystem: FileSystem = {
    readFile: async (uri) => files.get(name(uri)) ?? Promise.reject(new Error(`ENOENT: ${uri}`)),
    stat: async (uri) => (uri === root ? { type: 'directory', size: 0 } : files.has(name(uri)) ? { type: 'file', size: files.get(name(uri))!.length } : null),
    readDirectory: async () => [...files.keys()].map((file): [string, FileType] => [file, 'file']),
  };
  const workspace = new Workspace(fileSystem, { info: () => undefined, warn: (message) => assert.fail(message) });
  workspace.setFolders([{ uri: root, name: 'corpus' }]);
  await workspace.scanAll({ begin: () => undefined, report: () => undefined, end: () => undefined });
  const corpus = workspace.corpora.get(root)!;
  return [...corpus.entries.values()]
    .flatMap((entry) =>
      toLspDiagnostics(corpus, entry, neverCancelled).map((d) => ({
        file: entry.path.slice(entry.path.lastIndexOf('/') + 1),
        range: rangeText(d.range),
        code: String(d.code),
        severity: severityNames[d.severity!]!,
        message: d.message,
      })),
    )
    .sort(byPosition);
}

function codesOf(shown: readonly Shown[]): string[] {
  return [...new Set(shown.map((s) => s.code))].sort();
}

describe('one findings pipeline: the command line and the server show the same findings', () => {
  it('for seeds/: code, range, severity and message of every finding', async function () {
    this.timeout(60_000);
    const files = new Map<string, Uint8Array>();
    for (const file of readdirSync('seeds').sort()) files.set(file, readFileSync(join('seeds', file)));
    const cli = fromCommandLine('seeds');
    assert.deepEqual(codesOf(cli), ['mojibake']);
    assert.equal(cli.length, 19);
    assert.deepEqual(await fromServer(files), cli);
  });

  it('for the realistic fixtures with a quoted unknown product: conflicts of every severity, decreases and hints', async function () {
    this.timeout(60_000);
    const folder = mkdtempSync(join(tmpdir(), 'fincorpus-findings-'));
    const files = new Map<string, Uint8Array>();
    const add = (file: string, text: string) => {
      writeFileSync(join(folder, file), text);
      files.set(file, new TextEncoder().encode(text));
    };
    add('fincorpus.json', JSON.stringify(realisticConfig));
    for (const document of parseCorpus(realisticCorpus)) add(document.path, document.text);
    add('note.txt', '瑞丰数字银行于2024年推出“星星贷”，面向个体工商户。\n');
    const cli = fromCommandLine(folder);
    assert.deepEqual(codesOf(cli), ['conflicting-figure', 'cumulative-decrease', 'unknown-product']);
    assert.deepEqual(new Set(cli.filter((s) => s.code === 'conflicting-figure').map((s) => s.severity)), new Set(['error', 'warning', 'information']));
    assert.deepEqual(
      cli.filter((s) => s.code === 'unknown-product'),
      [{ file: 'note.txt', range: '0:15-0:18', code: 'unknown-product', severity: 'hint', message: '“星星贷” looks like a product name but is not in the lexicon.' }],
    );
    assert.deepEqual(await fromServer(files), cli);
    rmSync(folder, { recursive: true, force: true });
  });
});
