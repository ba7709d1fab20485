/**
 * The server under adverse conditions, over stdio: a broken fincorpus.json (the last good
 * configuration stays in use while the problems sit on the fields at fault), an untrusted workspace
 * (nothing that writes fincorpus.json is offered), and no network access at all, from the server or
 * the command line (a preload script makes every attempt fail loudly and records it).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestClient, makeWorkspace, positionOf, type Diagnostic, type Range } from './client';

const projectRoot = resolve(__dirname, '..', '..', '..');

interface Hover {
  contents: { kind: string; value: string };
  range?: Range;
}

interface CodeAction {
  title: string;
  edit?: { changes?: Record<string, unknown[]>; documentChanges?: { kind?: string; textDocument?: { uri: string } }[] };
}

/** The URIs a code action's edit writes to. */
function editedUris(action: CodeAction): string[] {
  const fromChanges = Object.keys(action.edit?.changes ?? {});
  const fromDocumentChanges = (action.edit?.documentChanges ?? []).map((change) => change.textDocument?.uri ?? (change as { uri?: string }).uri ?? '');
  return [...fromChanges, ...fromDocumentChanges];
}

async function hoverAt(client: TestClient, uri: string, text: string, needle: string): Promise<Hover | null> {
  const position = positionOf(text, needle);
  return client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: position.line, character: position.character + 1 } });
}

/** Tells the server that a file changed on disk and waits until it has re-indexed. */
async function changedOnDisk(client: TestClient, path: string, text: string): Promise<void> {
  writeFileSync(join(client.root, path), text);
  const mark = client.mark();
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(path), type: 2 }] });
  await client.next('fincorpus/indexChanged', mark);
}

describe('language server robustness over stdio', function () {
  this.timeout(60_000);

  describe('a broken fincorpus.json', () => {
    let client: TestClient;
    const good = '{\n  "lexicon": [\n    { "canonical": "星星贷", "kind": "product", "owner": "星星银行" }\n  ]\n}\n';
    const note = '这家银行推出了星星贷，还有月亮贷，截至2024年末累计放款超100亿元。\n';

    before(async () => {
      client = await TestClient.start(makeWorkspace({ 'fincorpus.json': good, 'notes/stars.txt': note }));
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('keeps the last good configuration while the file has schema errors, reported on the fields at fault', async () => {
      const configUri = client.uri('fincorpus.json');
      const noteUri = client.uri('notes/stars.txt');
      assert.match((await hoverAt(client, noteUri, note, '星星贷'))?.contents.value ?? '', /星星贷/, 'the configured product is known');

      const schemaErrors = '{\n  "lexicon": [\n    { "canonical": "月亮贷", "kind": "gadget" }\n  ],\n  "rules": { "strict": 1 }\n}\n';
      await changedOnDisk(client, 'fincorpus.json', schemaErrors);
      const diagnostics = await client.diagnostics(configUri);
      assert.equal(diagnostics.length, 2, diagnostics.map((d) => d.message).join('\n'));
      const kind = diagnostics.find((d) => d.message.startsWith('lexicon[0].kind'));
      assert.deepEqual(kind?.range.start, positionOf(schemaErrors, '"gadget"'));
      const strict = diagnostics.find((d) => d.message.startsWith('rules.strict'));
      assert.deepEqual(strict?.range.start, positionOf(schemaErrors, '1 }'));
      // The broken file's 月亮贷 is not taken in; the last good file's 星星贷 still is.
      assert.match((await hoverAt(client, noteUri, note, '星星贷'))?.contents.value ?? '', /星星贷/);
      assert.equal(await hoverAt(client, noteUri, note, '月亮贷'), null);
    });

    it('keeps it through invalid JSON too, and takes the new configuration once the file is fixed', async () => {
      const configUri = client.uri('fincorpus.json');
      const noteUri = client.uri('notes/stars.txt');
      const truncated = '{\n  "lexicon": [\n    { "canonical": "月亮贷", "kind": "product" \n';
      await changedOnDisk(client, 'fincorpus.json', truncated);
      const syntax: Diagnostic[] = await client.diagnostics(configUri);
      assert.equal(syntax.length, 1);
      assert.match(syntax[0]!.message, /invalid JSON/);
      assert.ok(syntax[0]!.range.start.line >= 2, `at the point where the JSON breaks: ${JSON.stringify(syntax[0]!.range)}`);
      assert.match((await hoverAt(client, noteUri, note, '星星贷'))?.contents.value ?? '', /星星贷/);

      await changedOnDisk(client, 'fincorpus.json', '{ "lexicon": [ { "canonical": "月亮贷", "kind": "product" } ] }\n');
      assert.deepEqual(await client.diagnostics(configUri), []);
      assert.match((await hoverAt(client, noteUri, note, '月亮贷'))?.contents.value ?? '', /月亮贷/);
      assert.equal(await hoverAt(client, noteUri, note, '星星贷'), null);
    });
  });

  describe('names hidden in garbled text', () => {
    let client: TestClient;

    before(async () => {
      client = await TestClient.start(makeWorkspace());
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('names the products a mojibake stretch hides, in its diagnostic and on hover', async () => {
      const { uri, text } = await client.open('seeds/003_20653fbaa9adf90c.txt');
      const diagnostics = (await client.diagnostics(uri)).filter((d) => d.code === 'mojibake');
      const hiding = diagnostics.filter((d) => /It hides/.test(d.message));
      assert.deepEqual(
        hiding.map((d) => d.message.slice(d.message.indexOf('It hides'))),
        ['It hides 微粒贷 (product).', 'It hides 微众银行财富+ (product).'],
      );
      assert.ok(diagnostics.length > hiding.length, 'stretches that hide nothing say nothing more');
      const surface = '?!拔⒘YJ';
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { ...positionOf(text, surface), character: positionOf(text, surface).character + 2 },
      });
      assert.ok(hover, 'a garbled stretch has a hover');
      assert.match(hover.contents.value, /微粒貸/);
      assert.match(hover.contents.value, /It hides 微粒贷 \(product\)/);
      assert.deepEqual(hover.range, hiding[0]!.range);
    });
  });

  describe('workspace trust', () => {
    const config = '{\n  "lexicon": [\n    { "canonical": "微粒贷", "kind": "product", "owner": "微众银行" }\n  ]\n}\n';
    const files = {
      'fincorpus.json': config,
      'notes/a.txt': '截至2022年末，微粒贷累计授信客户3亿户。\n',
      'notes/b.txt': '截至2022年末，微粒贷累计授信客户5亿户。这家银行推出了“星星贷”。\n',
    };

    /** The code actions offered for every diagnostic of notes/b.txt, and the seed 003 mojibake repair. */
    async function offeredActions(client: TestClient): Promise<{ conflict: CodeAction[]; unknown: CodeAction[]; repair: CodeAction[] }> {
      const { uri } = await client.open('notes/b.txt');
      const diagnostics = await client.diagnostics(uri);
      const ask = async (documentUri: string, diagnostic: Diagnostic | undefined): Promise<CodeAction[]> => {
        assert.ok(diagnostic, 'the diagnostic is there');
        return client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: documentUri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        });
      };
      const conflict = await ask(uri, diagnostics.find((d) => d.code === 'conflicting-figure'));
      const unknown = await ask(uri, diagnostics.find((d) => d.code === 'unknown-product'));
      const { uri: garbled } = await client.open('seeds/003_20653fbaa9adf90c.txt');
      const repair = await ask(garbled, (await client.diagnostics(garbled)).find((d) => d.code === 'mojibake'));
      return { conflict, unknown, repair };
    }

    it('offers no edit of fincorpus.json in an untrusted workspace, and still analyses and repairs documents', async () => {
      const trusted = await TestClient.start(makeWorkspace(files), { initializationOptions: { trusted: true } });
      const untrusted = await TestClient.start(makeWorkspace(files), { initializationOptions: { trusted: false } });
      try {
        await Promise.all([trusted.indexed(), untrusted.indexed()]);
        const inTrusted = await offeredActions(trusted);
        const inUntrusted = await offeredActions(untrusted);
        const writesConfig = (client: TestClient) => (action: CodeAction) => editedUris(action).some((uri) => uri === client.uri('fincorpus.json'));

        // The trusted workspace is offered the config edits, so their absence below means something.
        assert.ok(inTrusted.conflict.some(writesConfig(trusted)), 'trusted: ignore the conflict in fincorpus.json');
        assert.ok(inTrusted.unknown.some(writesConfig(trusted)), 'trusted: add 星星贷 to the lexicon');

        const all = [...inUntrusted.conflict, ...inUntrusted.unknown, ...inUntrusted.repair];
        assert.deepEqual(all.filter(writesConfig(untrusted)).map((a) => a.title), [], 'untrusted: nothing writes fincorpus.json');
        assert.ok(inUntrusted.conflict.some((a) => a.title.startsWith('Use ')), 'untrusted: the conflict can still take the other value');
        assert.ok(inUntrusted.repair.some((a) => a.title.startsWith('Repair ')), 'untrusted: mojibake can still be repaired');
        assert.deepEqual(
          inUntrusted.conflict.map((a) => a.title),
          inTrusted.conflict.filter((a) => !writesConfig(trusted)(a)).map((a) => a.title),
        );
      } finally {
        await Promise.all([trusted.stop(), untrusted.stop()]);
      }
    });
  });

  describe('no network access', () => {
    let scratch: string;
    let preload: string;
    let attemptsFile: string;

    before(() => {
      scratch = mkdtempSync(join(tmpdir(), 'fincorpus-network-'));
      attemptsFile = join(scratch, 'attempts.log');
      preload = join(scratch, 'no-network.cjs');
      // Every way out of the process that Node offers is replaced by a function that records the
      // attempt and throws. Pipes for stdio are sockets too, but they never call connect().
      writeFileSync(
        preload,
        `'use strict';
const fs = require('node:fs');
const log = ${JSON.stringify(attemptsFile)};
function refuse(what) {
  return function () {
    fs.appendFileSync(log, what + ' ' + JSON.stringify([...arguments].filter((a) => typeof a !== 'function')).slice(0, 200) + '\\n');
    throw new Error('network access attempted: ' + what);
  };
}
const net = require('node:net');
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
const tls = require('node:tls');
tls.connect = refuse('tls.connect');
for (const name of ['http', 'https']) {
  const mod = require('node:' + name);
  mod.request = refuse(name + '.request');
  mod.get = refuse(name + '.get');
}
const http2 = require('node:http2');
http2.connect = refuse('http2.connect');
const dns = require('node:dns');
for (const key of Object.keys(dns)) if (typeof dns[key] === 'function' && /^(lookup|resolve)/.test(key)) dns[key] = refuse('dns.' + key);
for (const key of Object.keys(dns.promises)) if (typeof dns.promises[key] === 'function' && /^(lookup|resolve)/.test(key)) dns.promises[key] = refuse('dns.promises.' + key);
const dgram = require('node:dgram');
dgram.Socket.prototype.send = refuse('dgram.send');
dgram.Socket.prototype.connect = refuse('dgram.connect');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = refuse('WebSocket');
`,
      );
    });

    after(() => {
      rmSync(scratch, { recursive: true, force: true });
    });

    function attempts(): string[] {
      try {
        return readFileSync(attemptsFile, 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    }

    it('the preload script does catch an attempt', () => {
      const probe = spawnSync(process.execPath, ['--require', preload, '-e', "require('node:https').get('https://example.invalid/')"], { encoding: 'utf8' });
      assert.notEqual(probe.status, 0);
      assert.ok(attempts().some((line) => line.startsWith('https.get')), attempts().join('\n'));
      rmSync(attemptsFile, { force: true });
    });

    it('the language server indexes, hovers, diagnoses and offers fixes without touching the network', async () => {
      const client = await TestClient.start(makeWorkspace({ 'notes/b.txt': '截至2022年末，微粒贷累计授信客户5亿户。这家银行推出了“星星贷”。\n' }), {
        execArgv: ['--require', preload],
      });
      try {
        await client.indexed();
        for (const path of ['seeds/001_528cf213c8b04a03.txt', 'seeds/003_20653fbaa9adf90c.txt', 'notes/b.txt']) {
          const { uri, text } = await client.open(path);
          const diagnostics = await client.diagnostics(uri);
          for (const diagnostic of diagnostics) {
            await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
          }
          await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '微') });
          await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
          await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        }
        await client.request('workspace/diagnostic', { previousResultIds: [] });
        await client.request('workspace/symbol', { query: '' });
        await client.request('fincorpus/metrics', {});
      } finally {
        await client.stop();
      }
      assert.deepEqual(attempts(), []);
    });

    it('the command line checks and lists metrics without touching the network', () => {
      const cli = join(projectRoot, 'server', 'out', 'cli.js');
      for (const args of [['check', 'seeds', '--format', 'json'], ['metrics', 'seeds', '--format', 'csv'], ['explain', 'seeds/001_528cf213c8b04a03.txt:1:1']]) {
        const run = spawnSync(process.execPath, ['--require', preload, cli, ...args], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        assert.ok(run.status === 0 || run.status === 1, `fincorpus ${args.join(' ')} exits 0 or 1, not ${run.status}: ${run.stderr}`);
      }
      assert.deepEqual(attempts(), []);
    });
  });
});
