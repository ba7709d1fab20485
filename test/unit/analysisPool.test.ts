import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultCorpusConfig } from '../../server/src/core/config';
import { AnalysisPool, createDocumentAnalysis, InThreadAnalysis } from '../../server/src/node/analysisPool';
import { analyseInOrder } from '../../server/src/orderedWork';
import type { AnalysisOutcome } from '../../server/src/node/analysisTask';

const workerFile = resolve('server', 'out', 'analysisWorker.js');
const cli = resolve('server', 'out', 'cli.js');
const seedFiles = readdirSync('seeds')
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => resolve('seeds', name));

describe('analysis on every core', () => {
  it('hands results over in the order of the items, whatever order they finish in', async () => {
    const settle: ((value: string) => void)[] = [];
    const accepted: string[] = [];
    const running = analyseInOrder(
      ['a', 'b', 'c', 'd'],
      3,
      (item) => new Promise<string>((resolveItem) => settle.push(() => resolveItem(item.toUpperCase()))),
      (result, item, index) => accepted.push(`${index}:${item}=${result}`),
    );
    // Three are in flight at once; the third finishes first, then the second, then the first.
    await Promise.resolve();
    assert.equal(settle.length, 3);
    settle[2]!('');
    settle[1]!('');
    await new Promise((done) => setImmediate(done));
    assert.deepEqual(accepted, [], 'nothing is handed over before the first item');
    settle[0]!('');
    await new Promise((done) => setImmediate(done));
    assert.deepEqual(accepted, ['0:a=A', '1:b=B', '2:c=C']);
    assert.equal(settle.length, 4, 'the fourth starts once the window has room');
    settle[3]!('');
    await running;
    assert.deepEqual(accepted, ['0:a=A', '1:b=B', '2:c=C', '3:d=D']);
  });

  it('rejects with the first failure', async () => {
    await assert.rejects(
      analyseInOrder([1, 2], 2, (n) => (n === 2 ? Promise.reject(new Error('broken 2')) : Promise.resolve(n)), () => {}),
      /broken 2/,
    );
  });

  it('worker threads return the same facts as the calling thread, for files and for bytes', async function () {
    this.timeout(60_000);
    const pool = createDocumentAnalysis(2, workerFile);
    assert.ok(pool instanceof AnalysisPool, 'the worker bundle is built');
    const inThread = new InThreadAnalysis();
    try {
      const files = seedFiles.slice(0, 6);
      const fromWorkers = await Promise.all(files.map((file) => pool.analyse(defaultCorpusConfig, { kind: 'file', file, path: file })));
      const here = await Promise.all(files.map((file) => inThread.analyse(defaultCorpusConfig, { kind: 'file', file, path: file })));
      assert.deepStrictEqual(fromWorkers, here);
      for (const outcome of fromWorkers) {
        assert.equal(outcome.kind, 'facts');
        assert.ok((outcome as Extract<AnalysisOutcome, { kind: 'facts' }>).facts.lineStarts instanceof Uint32Array);
      }
      const bytes = new TextEncoder().encode('截至2022年末，微众银行资产总额4,387亿元。');
      const fromBytes = await pool.analyse(defaultCorpusConfig, { kind: 'bytes', bytes, path: 'a.txt', returnText: true });
      assert.equal(fromBytes.kind, 'facts');
      assert.equal((fromBytes as Extract<AnalysisOutcome, { kind: 'facts' }>).text, '截至2022年末，微众银行资产总额4,387亿元。');
      const binary = await pool.analyse(defaultCorpusConfig, { kind: 'bytes', bytes: new Uint8Array([0x89, 0x50, 0, 0, 0, 1]), path: 'b.txt' });
      assert.equal(binary.kind, 'skipped');
    } finally {
      await pool.close();
    }
  });

  it('with the calling thread as one of the jobs, hands over the same facts, in order, on fewer workers', async function () {
    this.timeout(60_000);
    const pool = createDocumentAnalysis(3, workerFile, { callingThread: true });
    const inThread = new InThreadAnalysis();
    try {
      const tasks = seedFiles.map((file) => ({ kind: 'file' as const, file, path: file, keep: 'claims' as const }));
      const shared: AnalysisOutcome[] = [];
      await analyseInOrder(tasks, 8, (task) => pool.analyse(defaultCorpusConfig, task), (outcome) => shared.push(outcome));
      const here = await Promise.all(tasks.map((task) => inThread.analyse(defaultCorpusConfig, task)));
      assert.deepStrictEqual(shared, here);
      assert.equal((pool as unknown as { workers: unknown[] }).workers.length, 2, 'two workers and this thread');
    } finally {
      await pool.close();
    }
  });

  it('runs in the calling thread for one job or without the worker bundle', () => {
    assert.ok(createDocumentAnalysis(1, workerFile) instanceof InThreadAnalysis);
    assert.ok(createDocumentAnalysis(4, join('no', 'such', 'worker.js')) instanceof InThreadAnalysis);
  });

  it('`check --jobs 2` prints the JSON report of `--jobs 1`, byte for byte', function () {
    this.timeout(60_000);
    const run = (jobs: string) => spawnSync(process.execPath, [cli, 'check', 'seeds', '--format', 'json', '--jobs', jobs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const one = run('1');
    const two = run('2');
    assert.equal(one.status, two.status);
    assert.ok(one.stdout.length > 10_000);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, '', 'no progress line when stderr is not a terminal');
  });

  it('`--jobs` must be a whole number of at least 1', () => {
    for (const bad of ['0', 'two', '-1']) {
      const result = spawnSync(process.execPath, [cli, 'check', 'seeds', `--jobs=${bad}`], { encoding: 'utf8' });
      assert.equal(result.status, 2, bad);
      assert.match(result.stderr, /--jobs must be a whole number of at least 1/);
    }
  });
});
