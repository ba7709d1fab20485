/**
 * The web build: server/out/browser.js runs as a web worker with no disk and no Node built-ins, and
 * reads the corpus through the client's fincorpus/readFile, fincorpus/stat and fincorpus/readDirectory
 * requests. Here a worker_threads Worker stands in for the browser's worker: a minimal `self`
 * (postMessage out, onmessage in) over a MessagePort, and the bundle evaluated with Node's module
 * and process globals shadowed. The test answers the file requests from an in-memory copy of seeds/
 * under a virtual (non-file) workspace URI, as vscode.workspace.fs would in a browser.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import iconv from 'iconv-lite';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { base64ToBytes, bytesToBase64 } from '../../server/src/browser/base64';
import {
  ReadDirectoryRequest,
  ReadFileRequest,
  StatFileRequest,
  type FileKindDto,
  type IndexChangedParams,
} from '../../server/src/protocol';
import { positionOf } from '../protocol/client';

const projectRoot = resolve(__dirname, '..', '..', '..');
const serverBundle = join(projectRoot, 'server', 'out', 'browser.js');
const clientBundle = join(projectRoot, 'client', 'out', 'browser.js');
/** A virtual workspace folder, as a browser-only VS Code would open one: nothing on disk answers it. */
const root = 'vscode-vfs://github/fincorpus/corpus';
const seed001 = 'seeds/001_528cf213c8b04a03.txt';
const seed003 = 'seeds/003_20653fbaa9adf90c.txt';

/**
 * Runs in the worker thread. It gives the bundle a web worker's `self` and evaluates it as a classic
 * worker script would run: no require, module, process, Buffer or setImmediate in scope.
 */
const bootstrap = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const port = workerData.port;
const listeners = [];
port.on('message', (data) => { for (const listener of listeners) listener({ data }); });
globalThis.self = {
  postMessage: (message) => port.postMessage(message),
  set onmessage(listener) { listeners.push(listener); },
  addEventListener: (type, listener) => { if (type === 'message') listeners.push(listener); },
  removeEventListener: () => {},
};
const source = readFileSync(workerData.bundle, 'utf8');
const hidden = ['require', 'module', 'exports', '__filename', '__dirname', 'process', 'Buffer', 'setImmediate', 'global'];
const run = vm.runInThisContext('(function (' + hidden.join(', ') + ') {' + source + '\\n})', { filename: workerData.bundle });
run.call(globalThis);
`;

/** Reads JSON-RPC messages from a worker_threads MessagePort, as BrowserMessageReader does from a Worker. */
class PortMessageReader extends AbstractMessageReader {
  constructor(private readonly port: MessagePort) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const handler = (data: Message): void => callback(data);
    this.port.on('message', handler);
    return { dispose: () => this.port.off('message', handler) };
  }
}

class PortMessageWriter extends AbstractMessageWriter {
  constructor(private readonly port: MessagePort) {
    super();
  }

  async write(message: Message): Promise<void> {
    this.port.postMessage(message);
  }

  end(): void {}
}

/** The in-memory workspace: URI → bytes, with folders implied by the paths. */
class MemoryFileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly read: string[] = [];

  add(path: string, bytes: Uint8Array): void {
    this.files.set(`${root}/${path}`, bytes);
  }

  stat(uri: string): { type: FileKindDto; size: number } | null {
    const file = this.files.get(uri);
    if (file) return { type: 'file', size: file.length };
    return this.children(uri).length > 0 ? { type: 'directory', size: 0 } : null;
  }

  children(uri: string): [string, FileKindDto][] {
    const prefix = `${uri}/`;
    const found = new Map<string, FileKindDto>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      found.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
    }
    return [...found];
  }
}

function seedFileSystem(): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  for (const name of readdirSync(join(projectRoot, 'seeds')).filter((n) => /\.(txt|json)$/.test(n))) fs.add(`seeds/${name}`, readFileSync(join(projectRoot, 'seeds', name)));
  // A GBK-encoded document, to be detected and decoded inside the worker.
  fs.add('extra/gbk.txt', iconv.encode('截至2023年6月末，微众银行累计服务超3.6亿个人客户。\n', 'gbk'));
  return fs;
}

interface Hover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface WorkspaceDiagnostics {
  items: { uri: string; kind: string; items?: { code?: string | number; message: string }[] }[];
}

/** The hover of 超3.6亿 in seed 001 as the Node server's golden transcript records it. */
function goldenHover001(): string {
  const golden = readFileSync(join(projectRoot, 'test', 'protocol', 'golden', 'hover.md'), 'utf8');
  const start = golden.indexOf(`## ${seed001} “超3.6亿”`);
  assert.ok(start >= 0, 'the golden hover of seed 001 exists');
  const body = golden.slice(golden.indexOf('\n', start) + 1);
  const end = body.indexOf('\n## seeds/');
  return (end < 0 ? body : body.slice(0, end)).trimEnd();
}

describe('the web build', function () {
  this.timeout(30_000);

  describe('the bundles', () => {
    it('hold no Node built-ins and no require but of vscode', () => {
      const server = readFileSync(serverBundle, 'utf8');
      const client = readFileSync(clientBundle, 'utf8');
      assert.deepEqual([...server.matchAll(/\brequire\(\s*["'][^"']*["']\s*\)/g)].map((m) => m[0]), []);
      const clientRequires = new Set([...client.matchAll(/\brequire\(\s*["']([^"']*)["']\s*\)/g)].map((m) => m[1]));
      assert.deepEqual([...clientRequires], ['vscode']);
      for (const [name, text] of [['server', server], ['client', client]] as const) {
        assert.deepEqual(text.match(/["']node:[\w/]+["']/g) ?? [], [], `${name} bundle names no node: module`);
      }
    });

    it('start the server as a classic worker script and the client as a CommonJS module', () => {
      const server = readFileSync(serverBundle, 'utf8');
      assert.match(server, /^"use strict";\s*\(\(\)\s*=>\s*\{/, 'the server bundle is one IIFE');
      assert.doesNotMatch(server, /^\s*(import|export)\s/m, 'the worker script has no ES module syntax');
      const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { browser?: string };
      assert.equal(manifest.browser, './client/out/browser.js');
      assert.match(readFileSync(clientBundle, 'utf8'), /\bmodule\.exports\s*=/);
    });
  });

  describe('base64 for file bytes', () => {
    it('round-trips every byte value and a file larger than one chunk', () => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      assert.equal(bytesToBase64(all), Buffer.from(all).toString('base64'));
      assert.deepEqual(base64ToBytes(bytesToBase64(all)), all);
      const large = readFileSync(join(projectRoot, 'seeds', '003_20653fbaa9adf90c.txt'));
      assert.ok(large.length > 0x8000, 'the seed spans several chunks');
      assert.equal(bytesToBase64(large), large.toString('base64'));
      assert.deepEqual(Buffer.from(base64ToBytes(large.toString('base64'))), large);
      assert.equal(bytesToBase64(new Uint8Array()), '');
    });
  });

  describe('the server in a worker without a disk', () => {
    let worker: Worker;
    let connection: MessageConnection;
    let fs: MemoryFileSystem;
    let indexed: Promise<IndexChangedParams>;
    const logged: string[] = [];

    before(async () => {
      fs = seedFileSystem();
      const { port1, port2 } = new MessageChannel();
      worker = new Worker(bootstrap, { eval: true, workerData: { bundle: serverBundle, port: port2 }, transferList: [port2] });
      const failed = new Promise<never>((_, reject) => worker.once('error', reject));
      connection = createMessageConnection(new PortMessageReader(port1), new PortMessageWriter(port1));
      connection.onRequest(ReadFileRequest, ({ uri }) => {
        const bytes = fs.files.get(uri);
        if (!bytes) throw new Error(`no such file: ${uri}`);
        fs.read.push(uri);
        return { base64: bytesToBase64(bytes) };
      });
      connection.onRequest(StatFileRequest, ({ uri }) => fs.stat(uri));
      connection.onRequest(ReadDirectoryRequest, ({ uri }) => fs.children(uri));
      connection.onNotification('window/logMessage', ({ message }: { message: string }) => logged.push(message));
      indexed = new Promise((resolve) => connection.onNotification('fincorpus/indexChanged', resolve));
      connection.listen();
      const initialized = (async () => {
        await connection.sendRequest('initialize', {
          processId: null,
          rootUri: root,
          workspaceFolders: [{ uri: root, name: 'corpus' }],
          // As the VS Code client: it asks for fincorpus/indexChanged.
          initializationOptions: { customNotifications: true },
          capabilities: {},
        });
        await connection.sendNotification('initialized', {});
      })();
      await Promise.race([initialized, failed]);
    });

    after(async () => {
      connection?.dispose();
      await worker?.terminate();
    });

    it('indexes the corpus through fincorpus/readFile', async () => {
      const index = await indexed;
      assert.equal(index.documents, 6, `five seeds and the GBK document (log: ${logged.join(' | ')})`);
      assert.deepEqual(
        [...fs.read].sort(),
        [`${root}/extra/gbk.txt`, `${root}/seeds/fincorpus.json`, ...readdirSync(join(projectRoot, 'seeds')).filter((n) => n.endsWith('.txt')).map((n) => `${root}/seeds/${n}`)].sort(),
      );
    });

    it('hovers 超3.6亿 in seed 001 with its canonical value, as the Node server does', async () => {
      const text = readFileSync(join(projectRoot, seed001), 'utf8');
      const needle = positionOf(text, '超3.6亿');
      const hover = await connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: `${root}/${seed001}` },
        position: { line: needle.line, character: needle.character + 1 },
      });
      assert.ok(hover, 'a hover');
      const value = hover.contents.value;
      assert.equal(value.split('\n')[0], '**超3.6亿** → at least 360,000,000');
      assert.match(value, /\| Claim \| 微众银行 · 个人客户 · 2023-06-29 \|/);
      assert.deepEqual(hover.range, { start: needle, end: { line: needle.line, character: needle.character + 5 } });
      const span = (range: Hover['range']): string =>
        `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
      assert.equal(
        `range ${span(hover.range)}\n${value.split(root).join('<root>')}`,
        goldenHover001(),
        "the web server's hover differs from the Node server's (test/protocol/golden/hover.md)",
      );
    });

    it('decodes a GBK document inside the worker', async () => {
      const hover = await connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: `${root}/extra/gbk.txt` },
        position: { line: 0, character: '截至2023年6月末，微众银行累计服务超'.length },
      });
      assert.equal(hover?.contents.value.split('\n')[0], '**超3.6亿** → at least 360,000,000');
    });

    it('reports the GBK mojibake of seed 003', async () => {
      const report = await connection.sendRequest<WorkspaceDiagnostics>('workspace/diagnostic', { previousResultIds: [] });
      const seed = report.items.find((item) => item.uri === `${root}/${seed003}`);
      const mojibake = (seed?.items ?? []).filter((diagnostic) => diagnostic.code === 'mojibake');
      assert.ok(mojibake.length > 0, 'mojibake found');
      assert.match(mojibake[0]!.message, /“。科技創新成為數字普惠金融業”/);
    });
  });
});
