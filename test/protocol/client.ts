/**
 * A test client for the bundled language server: spawns `node server/out/main.js --stdio`, speaks
 * JSON-RPC with vscode-jsonrpc, answers the server's requests as an editor would, records what the
 * server sends and lets tests await it with a bounded timeout. Also: temp copies of seeds/, positions
 * of needles in a text, and golden transcripts (FINCORPUS_UPDATE_GOLDEN=1 rewrites them).
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkGoldenFile } from '../golden';
import {
  CancellationTokenSource,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface ServerEvent {
  method: string;
  params: unknown;
}

const projectRoot = resolve(__dirname, '..', '..', '..');
const serverMain = join(projectRoot, 'server', 'out', 'main.js');
const goldenDirectory = join(projectRoot, 'test', 'protocol', 'golden');

/** Copies seeds/ (plus extra files) into a fresh temporary workspace folder; returns its path. */
export function makeWorkspace(extra: Record<string, string> = {}, copies = 0): string {
  const root = mkdtempSync(join(tmpdir(), 'fincorpus-protocol-'));
  cpSync(join(projectRoot, 'seeds'), join(root, 'seeds'), { recursive: true });
  for (let i = 0; i < copies; i++) cpSync(join(projectRoot, 'seeds'), join(root, 'copies', String(i).padStart(3, '0')), { recursive: true });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function uriOf(root: string, path: string): string {
  return pathToFileURL(join(root, path)).href;
}

/** The LSP position (UTF-16) of the occurrence-th needle in text. */
export function positionOf(text: string, needle: string, occurrence = 0): Position {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `“${needle}” (occurrence ${occurrence}) not found`);
  }
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

export function offsetOf(text: string, position: Position): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i]!.length;
  return offset + position.character;
}

/** Applies LSP text edits to a text (non-overlapping, any order). */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const spans = edits
    .map((edit) => ({ start: offsetOf(text, edit.range.start), end: offsetOf(text, edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.text + result.slice(span.end);
  return result;
}

/** Compares a transcript with its golden file in test/protocol/golden (see test/golden.ts). */
export function checkGolden(name: string, actual: string): void {
  checkGoldenFile(join(goldenDirectory, name), actual.endsWith('\n') ? actual : `${actual}\n`);
}

/** Awaits a promise for at most ms milliseconds, failing with what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface StartOptions {
  settings?: Record<string, unknown>;
  /** Extra capabilities merged over the editor-like defaults. */
  workspaceCapabilities?: Record<string, unknown>;
  /** The `initializationOptions` of the initialize request (e.g. `{ trusted: false }`). */
  initializationOptions?: Record<string, unknown>;
  /** Node options for the server process, before the script (e.g. `['--require', preload]`). */
  execArgv?: string[];
  /** The editor's display language, sent as initialize's `locale` (e.g. "zh-cn"). */
  locale?: string;
  /**
   * A client like Neovim 0.7 or lsp-mode instead of VS Code: no pull diagnostics, no refresh requests,
   * no `customNotifications` flag, and the position encodings given here (if any).
   */
  plain?: { positionEncodings?: string[] };
}

export class TestClient {
  readonly events: ServerEvent[] = [];
  private readonly waiters: { method: string; from: number; accept: (event: ServerEvent) => boolean; resolve: (event: ServerEvent) => void }[] = [];
  readonly texts = new Map<string, { text: string; version: number }>();
  initializeResult: unknown;

  private constructor(
    readonly root: string,
    private readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private readonly settings: Record<string, unknown>,
  ) {}

  static async start(root: string, options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), serverMain, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(root, child, connection, options.settings ?? {});
    connection.onNotification((method, params) => client.record(method, params));
    // vscode-jsonrpc routes $/progress to token handlers; progress of tokens the server created is "unhandled".
    connection.onUnhandledProgress((params) => client.record('$/progress', params));
    connection.onRequest((method, params) => {
      client.record(method, params);
      if (method === 'workspace/configuration') {
        return (params as { items: unknown[] }).items.map(() => client.settings);
      }
      if (method === 'workspace/applyEdit') return { applied: false };
      return null;
    });
    connection.listen();
    const plain = options.plain;
    // The VS Code client asks for the fincorpus/* notifications; a plain client does not know them.
    const initializationOptions = plain ? options.initializationOptions : { customNotifications: true, ...options.initializationOptions };
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      ...(options.locale ? { locale: options.locale } : {}),
      rootUri: pathToFileURL(root).href,
      ...(initializationOptions ? { initializationOptions } : {}),
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'corpus' }],
      capabilities: {
        ...(plain?.positionEncodings ? { general: { positionEncodings: plain.positionEncodings } } : {}),
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          ...(plain ? {} : { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } }),
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: false } },
        },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...(plain ? {} : { diagnostics: { refreshSupport: true } }),
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          ...options.workspaceCapabilities,
        },
        window: { workDoneProgress: true },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private record(method: string, params: unknown): void {
    const event = { method, params };
    this.events.push(event);
    const index = this.events.length - 1;
    for (const waiter of [...this.waiters]) {
      if (waiter.method === method && index >= waiter.from && waiter.accept(event)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  }

  /** A mark for {@link next}: events recorded from now on. */
  mark(): number {
    return this.events.length;
  }

  /** The first event of method recorded at or after mark, awaited for at most ms. */
  next(method: string, mark: number, ms = 10_000, accept: (event: ServerEvent) => boolean = () => true, what = method): Promise<ServerEvent> {
    const found = this.events.slice(mark).find((event) => event.method === method && accept(event));
    if (found) return Promise.resolve(found);
    return within(new Promise((resolve) => this.waiters.push({ method, from: mark, accept, resolve })), ms, what);
  }

  /**
   * The first textDocument/publishDiagnostics for uri at or after mark whose diagnostics satisfy
   * accept, awaited for at most ms.
   */
  async published(uri: string, mark: number, accept: (diagnostics: Diagnostic[]) => boolean, what: string, ms = 10_000): Promise<Diagnostic[]> {
    const event = await this.next(
      'textDocument/publishDiagnostics',
      mark,
      ms,
      (candidate) => {
        const params = candidate.params as { uri: string; diagnostics: Diagnostic[] };
        return params.uri === uri && accept(params.diagnostics);
      },
      `publishDiagnostics of ${what}`,
    );
    return (event.params as { diagnostics: Diagnostic[] }).diagnostics;
  }

  /** Resolves once the server reports the end of its indexing progress (for clients without fincorpus/indexChanged). */
  indexingDone(ms = 30_000): Promise<ServerEvent> {
    return this.next('$/progress', 0, ms, (event) => (event.params as { value?: { kind?: string } }).value?.kind === 'end', 'the end of indexing');
  }

  /** Resolves once the initial indexing has been announced by fincorpus/indexChanged. */
  indexed(ms = 30_000): Promise<ServerEvent> {
    return this.next('fincorpus/indexChanged', 0, ms);
  }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // An undefined token would travel as a second positional parameter, so it is passed only when given.
    const sent = token ? this.connection.sendRequest<R>(method, params, token.token) : this.connection.sendRequest<R>(method, params);
    return within(sent, 20_000, method);
  }

  uri(path: string): string {
    return uriOf(this.root, path);
  }

  async open(path: string): Promise<{ uri: string; text: string }> {
    const uri = this.uri(path);
    const text = readFileSync(join(this.root, path), 'utf8');
    this.texts.set(uri, { text, version: 1 });
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version: 1, text },
    });
    return { uri, text };
  }

  /** Sends incremental edits and keeps the client's copy of the text in step. */
  async edit(uri: string, edits: { range: Range; newText: string }[]): Promise<string> {
    const current = this.texts.get(uri);
    assert.ok(current, `${uri} is not open`);
    const version = current.version + 1;
    let text = current.text;
    // Incremental changes apply in order, each to the result of the previous one.
    for (const edit of edits) text = applyEdits(text, [edit]);
    this.texts.set(uri, { text, version });
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: edits.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    return text;
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return report.items ?? [];
  }

  /** Replaces the workspace's URI with <root> so transcripts do not depend on the temp folder. */
  redact(value: unknown): string {
    return this.redactText(JSON.stringify(value, null, 2));
  }

  redactText(text: string): string {
    const rootUri = pathToFileURL(this.root).href;
    return text.split(rootUri).join('<root>').split(this.root).join('<root>');
  }

  async stop(): Promise<void> {
    try {
      await within(this.connection.sendRequest('shutdown'), 5_000, 'shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      const exited = new Promise<void>((resolve) => {
        if (this.process.exitCode !== null) resolve();
        else this.process.once('exit', () => resolve());
      });
      await within(exited, 5_000, 'server exit').catch(() => this.process.kill());
      this.connection.dispose();
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
  data?: unknown;
}

export { CancellationTokenSource };
