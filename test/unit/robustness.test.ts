/**
 * Failure modes around the analysis: names hidden in repaired mojibake, files that change or vanish
 * while the workspace reads them, a document whose analysis throws, and the chart webview's
 * Content-Security-Policy.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import * as iconv from 'iconv-lite';
import { join } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyze';
import { defaultCorpusConfig, parseCorpusConfig, type CorpusConfig } from '../../server/src/core/config';
import type { DocumentFacts } from '../../server/src/core/types';
import { CrashPolicy } from '../../client/src/crashPolicy';
import { hiddenMentionNames } from '../../server/src/core/findings/words';
import { Workspace, type FileSystem, type FileType } from '../../server/src/workspace';
import { requireSeedsGold, seedsGoldPath } from '../eval/sharedGold';

const seed003 = join('seeds', '003_20653fbaa9adf90c.txt');

const seedsConfig: CorpusConfig = (() => {
  const parsed = parseCorpusConfig(readFileSync(join('seeds', 'fincorpus.json'), 'utf8'));
  return parsed.ok ? parsed.config : defaultCorpusConfig;
})();

describe('names hidden in repaired mojibake', () => {
  const text = readFileSync(seed003, 'utf8');
  const facts = createAnalyzer(seedsConfig).analyze('003.txt', text);

  it('finds the products that the gold annotation lists inside the garbled stretches of seed 003, and nothing else', function () {
    requireSeedsGold(this);
    const gold = JSON.parse(readFileSync(seedsGoldPath, 'utf8')) as {
      documents: { file: string; mojibake: { start: number; end: number; hidden_mentions?: { canonical: string; kind: string }[] }[] }[];
    };
    const document = gold.documents.find((d) => d.file.includes('003_'))!;
    const expected = document.mojibake.map((m) => ({ start: m.start, hidden: (m.hidden_mentions ?? []).map((h) => `${h.kind}:${h.canonical}`) }));
    const actual = facts.mojibake.map((m) => ({
      start: m.start,
      hidden: (m.hiddenMentions ?? []).map((h) => `${h.kind === 'product' ? h.entityKind : 'figure'}:${h.kind === 'product' ? h.canonical : h.text}`),
    }));
    assert.deepEqual(
      actual.filter((m) => m.hidden.length > 0),
      expected.filter((m) => m.hidden.length > 0),
    );
  });

  it('spans the stretch and the intact text that completes the name, and reads it as repaired', () => {
    const stretches = facts.mojibake.filter((m) => m.hiddenMentions);
    const weilidai = stretches.find((m) => m.repaired.includes('微粒貸'))!.hiddenMentions![0]!;
    assert.equal(weilidai.text, '微粒貸');
    const wealth = stretches.find((m) => m.repaired.endsWith('微眾銀'))!;
    const hidden = wealth.hiddenMentions![0]!;
    assert.equal(hidden.start, wealth.start);
    assert.equal(text.slice(wealth.end, hidden.end), '行財富+無障礙版');
    assert.equal(hidden.text, '微眾銀行財富+無障礙版');
    assert.deepEqual(hiddenMentionNames(wealth), ['微众银行财富+ (product)']);
  });

  it('finds a figure hidden in a stretch made by one lost GBK byte, with its value', () => {
    // The lead byte of 。 turns into "?", and every following pair of bytes slips by one.
    const before = readFileSync(join('seeds', '001_528cf213c8b04a03.txt'), 'utf8').slice(0, 3000);
    const bytes = Buffer.from(iconv.encode(`${before}。微粒贷累计授信客户超过三亿户，后文继续。`, 'gbk'));
    bytes[iconv.encode(before, 'gbk').length] = 0x3f;
    const garbled = iconv.decode(bytes, 'gbk');
    const stretch = createAnalyzer(seedsConfig).analyze('slipped.txt', garbled).mojibake.find((m) => m.start === before.length);
    assert.ok(stretch, 'the slipped stretch is found');
    const hidden = stretch.hiddenMentions ?? [];
    assert.deepEqual(hidden.map((m) => `${m.kind}:${m.text}`), ['product:微粒贷', 'figure:超过三亿户']);
    const figure = hidden.find((m) => m.kind === 'figure')!;
    assert.ok(figure.kind === 'figure' && figure.low === '300000000' && figure.qualifier === 'lower-bound');
    assert.deepEqual(hiddenMentionNames(stretch), ['微粒贷 (product)', '超过三亿户 (at least 300,000,000)']);
  });

  it('keeps hidden names out of the visible mentions and the claims', () => {
    for (const stretch of facts.mojibake) {
      assert.ok(!facts.mentions.some((m) => m.start < stretch.end && stretch.start < m.end), `no visible mention inside ${stretch.text}`);
    }
  });
});

describe('cancelling the analysis of a long document', () => {
  it('polls the token all through the analysis of a 1 MB single-line document, and stops when it flips', function () {
    this.timeout(30_000);
    const sentence =
      '数字普惠金融的核心是利用数字技术降低服务成本、扩大服务覆盖面；截至2022年末，微粒贷累计授信客户超3.6亿，<b class="3成">贷款余额</b>约1.6万亿元，同比增长12.5%😀；';
    const text = sentence.repeat(Math.ceil(1_000_000 / Buffer.byteLength(sentence)));
    const analyzer = createAnalyzer(seedsConfig);
    analyzer.analyze('warm-up.txt', text.slice(0, 50_000));
    // Where the analysis looks at the token, in milliseconds from its start: no phase may run long unpolled.
    const polls: number[] = [];
    const started = performance.now();
    const watching = {
      get isCancellationRequested() {
        polls.push(performance.now() - started);
        return false;
      },
    };
    analyzer.analyze('long.txt', text, { token: watching });
    // Every pass looks at the token, and claim extraction once per clause: many looks, not a handful.
    assert.ok(polls.length >= 20, `the token was looked at ${polls.length} times`);

    let asked = 0;
    const cancelHalfway = {
      get isCancellationRequested() {
        return ++asked > polls.length / 2;
      },
    };
    assert.throws(() => analyzer.analyze('long.txt', text, { token: cancelHalfway }), (error: Error) => error.name === 'CancelledError');
  });
});

/** An in-memory file system whose reads can be held back and whose files can change between stat and read. */
class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  /** Called before a read returns; may replace the bytes (a file rewritten while read) or throw. */
  onRead: ((uri: string, bytes: Uint8Array | undefined) => Promise<Uint8Array | undefined> | Uint8Array | undefined) | undefined;

  constructor(readonly root: string) {}

  write(path: string, text: string): void {
    this.files.set(`${this.root}/${path}`, new TextEncoder().encode(text));
  }

  async readFile(uri: string): Promise<Uint8Array> {
    let bytes = this.files.get(uri);
    if (this.onRead) bytes = await this.onRead(uri, bytes);
    if (!bytes) throw new Error(`ENOENT: ${uri}`);
    return bytes;
  }

  async stat(uri: string): Promise<{ type: FileType; size: number } | null> {
    const bytes = this.files.get(uri);
    if (bytes) return { type: 'file', size: bytes.length };
    const prefix = `${uri}/`;
    return [...this.files.keys()].some((key) => key.startsWith(prefix)) ? { type: 'directory', size: 0 } : null;
  }

  async readDirectory(uri: string): Promise<[string, FileType][]> {
    const prefix = `${uri}/`;
    const children = new Map<string, FileType>();
    for (const key of this.files.keys()) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const slash = rest.indexOf('/');
      children.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
    }
    return [...children];
  }
}

const root = 'file:///corpus';
const quietProgress = { begin: () => undefined, report: () => undefined, end: () => undefined };

function newWorkspace(fileSystem: FileSystem): { workspace: Workspace; warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  const workspace = new Workspace(fileSystem, { info: (m) => infos.push(m), warn: (m) => warnings.push(m) });
  workspace.setFolders([{ uri: root, name: 'corpus' }]);
  return { workspace, warnings, infos };
}

function textOf(workspace: Workspace, path: string): string | undefined {
  return workspace.entry(`${root}/${path}`)?.entry.text ?? undefined;
}

/** A promise and the function that resolves it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('files that change or fail while the workspace reads them', () => {
  it('keeps the newest text when an older, slower read of the same file finishes last', async () => {
    const fileSystem = new MemoryFileSystem(root);
    fileSystem.write('a.txt', '截至2022年末，微粒贷累计授信客户超3亿。');
    const { workspace } = newWorkspace(fileSystem);
    const slow = gate();
    const firstIsReading = gate();
    let reads = 0;
    fileSystem.onRead = async (_uri, bytes) => {
      // The first read takes the old bytes, then stalls until the file has been rewritten and read again.
      if (++reads === 1) {
        firstIsReading.open();
        await slow.promise;
      }
      return bytes;
    };
    const first = workspace.readFromDisk(`${root}/a.txt`);
    await firstIsReading.promise;
    fileSystem.write('a.txt', '截至2022年末，微粒贷累计授信客户超4亿。');
    await workspace.readFromDisk(`${root}/a.txt`);
    slow.open();
    await first;
    assert.equal(textOf(workspace, 'a.txt'), '截至2022年末，微粒贷累计授信客户超4亿。');
  });

  it('drops a file deleted between stat and read, without throwing, and says so', async () => {
    const fileSystem = new MemoryFileSystem(root);
    fileSystem.write('a.txt', '微粒贷');
    const { workspace, warnings } = newWorkspace(fileSystem);
    await workspace.readFromDisk(`${root}/a.txt`);
    assert.equal(textOf(workspace, 'a.txt'), '微粒贷');
    fileSystem.onRead = () => undefined;
    await workspace.readFromDisk(`${root}/a.txt`);
    assert.equal(textOf(workspace, 'a.txt'), undefined);
    assert.ok(warnings.some((w) => w.startsWith('Could not read a.txt')), warnings.join('\n'));
  });

  it('skips a file that grew past maxFileSize after it was measured', async () => {
    const fileSystem = new MemoryFileSystem(root);
    fileSystem.write('a.txt', '微粒贷');
    const { workspace, infos } = newWorkspace(fileSystem);
    const corpus = [...workspace.corpora.values()][0]!;
    corpus.settings = { ...corpus.settings, maxFileSize: 1_000 };
    fileSystem.onRead = () => new TextEncoder().encode('超3.6亿。'.repeat(1_000));
    await workspace.readFromDisk(`${root}/a.txt`);
    assert.equal(textOf(workspace, 'a.txt'), undefined);
    assert.ok(infos.some((m) => m.startsWith('Skipped a.txt')), infos.join('\n'));
  });

  it('indexes every other document when reading one fails and analysing another throws', async () => {
    const fileSystem = new MemoryFileSystem(root);
    for (let i = 0; i < 20; i++) fileSystem.write(`docs/${String(i).padStart(2, '0')}.txt`, `截至2022年末，微粒贷累计授信客户超${i + 1}亿。`);
    fileSystem.write('docs/unreadable.txt', '微粒贷');
    fileSystem.write('docs/poison.txt', '微粒贷');
    fileSystem.write('fincorpus.json', readFileSync(join('seeds', 'fincorpus.json'), 'utf8'));
    const { workspace, warnings } = newWorkspace(fileSystem);
    const corpus = [...workspace.corpora.values()][0]!;
    fileSystem.onRead = (uri, bytes) => {
      // By the time documents are read, the configuration is loaded: wrap the analyzer it built.
      const real = corpus.analyzer;
      if (!(real as { poisoned?: boolean }).poisoned) {
        corpus.analyzer = Object.freeze({
          config: real.config,
          lexicon: real.lexicon,
          poisoned: true,
          analyze(path: string, text: string, options?: Parameters<typeof real.analyze>[2]): DocumentFacts {
            if (path.endsWith('poison.txt')) throw new RangeError('analysis blew up');
            return real.analyze(path, text, options);
          },
        });
      }
      if (uri.endsWith('unreadable.txt')) throw new Error('EIO: i/o error');
      return bytes;
    };
    await workspace.scanAll(quietProgress);
    assert.deepEqual(
      corpus.index.paths().filter((p) => /^docs\/\d\d\.txt$/.test(p)).length,
      20,
      `indexed: ${corpus.index.paths().join(', ')}; warnings: ${warnings.join(' | ')}`,
    );
    assert.ok(warnings.some((w) => w.includes('poison.txt') && w.includes('analysis blew up')), warnings.join('\n'));
    assert.ok(warnings.some((w) => w.includes('unreadable.txt') && w.includes('EIO')), warnings.join('\n'));
    assert.equal(workspace.hasDirtyDocuments, false, 'the failing document is not retried forever');
    assert.equal(corpus.index.series().find((s) => s.subject === '微粒贷')?.observations.length, 20);
  });
});

describe('restarting a crashed server', () => {
  it('restarts after a crash and tells the user once, however often it crashes slowly', () => {
    let now = 0;
    const policy = new CrashPolicy(4, 180_000, () => now);
    const decisions = [];
    for (let i = 0; i < 10; i++) {
      decisions.push(policy.closed());
      now += 60_000;
    }
    assert.ok(decisions.every((d) => d.restart), 'one crash a minute never exhausts the restarts');
    assert.deepEqual(decisions.map((d) => d.tell).filter(Boolean), ['restarted']);
  });

  it('gives up after too many crashes in the window, says so once, and starts afresh after a manual restart', () => {
    let now = 0;
    const policy = new CrashPolicy(4, 180_000, () => now);
    const burst = () => Array.from({ length: 7 }, () => {
      now += 1_000;
      return policy.closed();
    });
    const first = burst();
    assert.deepEqual(first.map((d) => d.restart), [true, true, true, true, false, false, false]);
    assert.deepEqual(first.map((d) => d.tell), ['restarted', null, null, null, 'gave-up', null, null]);
    policy.reset();
    const second = burst();
    assert.deepEqual(second.map((d) => d.restart), [true, true, true, true, false, false, false]);
    // That the server crashes was told already; that it gave up again is news.
    assert.deepEqual(second.map((d) => d.tell), [null, null, null, null, 'gave-up', null, null]);
  });
});

describe('scanning a corpus of 10,000 tiny files', () => {
  it('indexes them all, with empty ones, in time linear in their number although they all state one metric', async function () {
    this.timeout(60_000);
    const fileSystem = new MemoryFileSystem(root);
    fileSystem.write('fincorpus.json', readFileSync(join('seeds', 'fincorpus.json'), 'utf8'));
    for (let i = 0; i < 10_000; i++) {
      fileSystem.write(`docs/${String(i).padStart(5, '0')}.txt`, i % 10 === 9 ? '' : `截至2022年末，微粒贷累计授信客户超${1 + (i % 7)}亿。`);
    }
    const { workspace } = newWorkspace(fileSystem);
    const updates: number[] = [];
    workspace.onDidUpdate((summary) => updates.push(summary.affected.size));
    await workspace.scanAll(quietProgress);
    const corpus = [...workspace.corpora.values()][0]!;
    assert.equal(corpus.index.paths().length, 10_000);
    assert.equal(corpus.index.series().find((s) => s.subject === '微粒贷')?.observations.length, 9_000);
    // Each document read during the scan reports itself, not the thousands that share its metric.
    assert.ok(Math.max(...updates) <= 1, `largest affected set ${Math.max(...updates)}`);
  });

  it('says whether an edit affects other documents, and lists them only when asked', async () => {
    const fileSystem = new MemoryFileSystem(root);
    fileSystem.write('fincorpus.json', readFileSync(join('seeds', 'fincorpus.json'), 'utf8'));
    for (let i = 0; i < 3; i++) fileSystem.write(`docs/${i}.txt`, '截至2022年末，微粒贷累计授信客户超3亿。');
    fileSystem.write('docs/alone.txt', '2024年6月末，微业贷笔均贷款金额约7600元。');
    const { workspace } = newWorkspace(fileSystem);
    await workspace.scanAll(quietProgress);
    const summaries: { affected: string[]; others: boolean }[] = [];
    workspace.onDidUpdate((summary) => summaries.push({ others: summary.affectsOtherThan(summary.changed), affected: [...summary.affected].sort() }));
    const uri = (path: string) => `${root}/${path}`;
    workspace.setText(uri('docs/0.txt'), '截至2022年末，微粒贷累计授信客户超4亿。', true);
    workspace.analyseDirtyDocuments();
    workspace.setText(uri('docs/alone.txt'), '2024年6月末，微业贷笔均贷款金额约7700元。', true);
    workspace.analyseDirtyDocuments();
    assert.deepEqual(summaries, [
      { others: true, affected: [uri('docs/0.txt'), uri('docs/1.txt'), uri('docs/2.txt')] },
      { others: false, affected: [uri('docs/alone.txt')] },
    ]);
  });
});

interface FakeWebview {
  html: string;
  cspSource: string;
  asWebviewUri(uri: { path: string }): { toString(): string };
  onDidReceiveMessage(): { dispose(): void };
  postMessage(message: unknown): Promise<boolean>;
}

/** Loads client/src/chart.ts against a stand-in for the vscode module, recording the panels it creates. */
function loadChartWithFakeVscode(): {
  chart: typeof import('../../client/src/chart');
  panels: { options: { enableScripts?: boolean; localResourceRoots?: { path: string }[] }; webview: FakeWebview }[];
} {
  const panels: { options: { enableScripts?: boolean; localResourceRoots?: { path: string }[] }; webview: FakeWebview }[] = [];
  const uri = (path: string) => ({ path, toString: () => `file://${path}` });
  const disposable = { dispose: () => undefined };
  const fakeVscode = {
    Uri: { joinPath: (base: { path: string }, ...parts: string[]) => uri([base.path, ...parts].join('/')) },
    ViewColumn: { One: 1, Beside: -2 },
    env: { language: 'en' },
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) },
    Disposable: { from: () => disposable },
    window: {
      createWebviewPanel: (_type: string, _title: string, _column: number, options: { enableScripts?: boolean; localResourceRoots?: { path: string }[] }) => {
        const webview: FakeWebview = {
          html: '',
          cspSource: 'https://webview.vscode-cdn.test',
          asWebviewUri: (resource) => ({ toString: () => `https://file+.vscode-resource.vscode-cdn.test${resource.path}` }),
          onDidReceiveMessage: () => disposable,
          postMessage: async () => true,
        };
        panels.push({ options, webview });
        return { webview, onDidDispose: () => disposable, reveal: () => undefined, dispose: () => undefined };
      },
    },
  };
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = moduleWithLoad._load;
  moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return fakeVscode;
    return originalLoad.call(this, request, ...rest);
  };
  try {
    // Loaded here, not imported at the top, so that its `require('vscode')` meets the stand-in.
    const chart = require('../../client/src/chart') as typeof import('../../client/src/chart');
    return { chart, panels };
  } finally {
    moduleWithLoad._load = originalLoad;
  }
}

function cspOf(html: string): Map<string, string[]> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'the page declares a Content-Security-Policy');
  const directives = new Map<string, string[]>();
  for (const directive of match[1]!.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('the chart webview', () => {
  const { chart, panels } = loadChartWithFakeVscode();

  it('serves a strict Content-Security-Policy: nothing by default, scripts and styles only with the nonce, no remote content', async () => {
    const source = { onDidChangeIndex: () => ({ dispose: () => undefined }), series: async () => null };
    const panelsOwner = new chart.ChartPanels({ path: '/ext', toString: () => 'file:///ext' } as never, source as never, (u: string) => u);
    await panelsOwner.show('微粒贷|授信客户|count', '微粒贷 · 授信客户 <script>alert(1)</script>');
    await panelsOwner.show('微业贷|授信客户|count', '微业贷 · 授信客户');
    assert.equal(panels.length, 2);
    const nonces: string[] = [];
    for (const { options, webview } of panels) {
      const html = webview.html;
      const csp = cspOf(html);
      assert.deepEqual(csp.get('default-src'), ["'none'"]);
      const [scriptSource, ...moreScripts] = csp.get('script-src') ?? [];
      assert.match(scriptSource ?? '', /^'nonce-[A-Za-z0-9_-]{16,}'$/, 'scripts need the nonce');
      assert.deepEqual(moreScripts, [], 'no other script sources');
      assert.deepEqual(csp.get('style-src'), [scriptSource], 'styles need the same nonce');
      for (const directive of ['img-src', 'font-src']) {
        for (const allowed of csp.get(directive) ?? []) assert.equal(allowed, webview.cspSource, `${directive} allows only the webview's own resources`);
      }
      for (const [name, sources] of csp) {
        for (const allowed of sources) {
          assert.ok(!/unsafe-(inline|eval)|^\*$|^https?:$|^data:$|^blob:$/.test(allowed), `${name} does not allow ${allowed}`);
        }
      }
      const nonce = scriptSource!.slice("'nonce-".length, -1);
      nonces.push(nonce);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      assert.equal(scripts.length, 1, 'one script');
      assert.ok(scripts[0]!.includes(`nonce="${nonce}"`), 'the script carries the nonce');
      assert.match(scripts[0]!, /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.test\/ext\/client\/out\/chart\.js"/);
      assert.ok(!/<script>alert/.test(html), 'the title is escaped');
      assert.ok(!/(src|href)="(https?:)?\/\/(?!file\+\.vscode-resource)/.test(html), 'no remote resources');
      assert.equal(options.enableScripts, true);
      assert.deepEqual(options.localResourceRoots?.map((r) => r.path), ['/ext/client/out'], 'only the bundled client scripts can be loaded');
    }
    assert.notEqual(nonces[0], nonces[1], 'every page gets a fresh nonce');
    panelsOwner.dispose();
  });
});
