/**
 * The language client: how the server is started, which documents it sees, and typed access to the
 * custom FinCorpus requests for the rest of the extension.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  IndexChangedNotification,
  MetricsRequest,
  SeriesRequest,
  type IndexChangedParams,
  type MetricsResult,
  type SeriesResult,
} from '../../server/src/protocol';

export type ServerState = 'starting' | 'running' | 'stopped';

/** What the tree, the chart and the status bar need from the server. */
export interface MetricsSource {
  readonly state: ServerState;
  readonly onDidChangeIndex: vscode.Event<IndexChangedParams>;
  readonly onDidChangeState: vscode.Event<ServerState>;
  metrics(filter: string | undefined, token?: vscode.CancellationToken): Promise<MetricsResult>;
  series(key: string, token?: vscode.CancellationToken): Promise<SeriesResult | null>;
}

export const emptyMetrics: MetricsResult = { documents: 0, conflicts: 0, subjects: [] };

/** Corpus files on disk whose changes the server hears about even when they are not open. */
const watchedCorpusFiles = '**/{fincorpus.json,*.txt,*.md,*.fincorpus}';

/**
 * Plain-text and Markdown documents belong to the corpus only inside a workspace folder, so that
 * a stray notes.txt elsewhere is left alone; `fincorpus` documents belong to it anywhere.
 */
export function corpusDocumentSelector(folders: readonly vscode.WorkspaceFolder[]): DocumentSelector {
  const filters: vscode.DocumentFilter[] = [{ language: 'fincorpus' }];
  for (const folder of folders) {
    const pattern = new vscode.RelativePattern(folder, '**/*');
    filters.push({ language: 'plaintext', pattern }, { language: 'markdown', pattern });
  }
  // The client hands filters to vscode.languages unchanged, and VS Code's RelativePattern is what
  // vscode.languages understands; the protocol's selector type just does not know that class.
  return filters as unknown as DocumentSelector;
}

export class ServerConnection implements MetricsSource, vscode.Disposable {
  private client: LanguageClient | undefined;
  private currentState: ServerState = 'stopped';
  private readonly indexChanged = new vscode.EventEmitter<IndexChangedParams>();
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  private readonly watcher: vscode.FileSystemWatcher;

  readonly onDidChangeIndex = this.indexChanged.event;
  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.watcher = vscode.workspace.createFileSystemWatcher(watchedCorpusFiles);
  }

  get state(): ServerState {
    return this.currentState;
  }

  async start(): Promise<void> {
    if (this.client) return;
    const client = this.createClient();
    this.client = client;
    client.onDidChangeState(({ newState }) => {
      this.setState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped');
    });
    client.onNotification(IndexChangedNotification, (params) => this.indexChanged.fire(params));
    this.setState('starting');
    try {
      await client.start();
    } catch (error) {
      this.output.error(`The FinCorpus language server did not start: ${String(error)}`);
      this.setState('stopped');
    }
  }

  /** Restarts the server; the document selector is rebuilt, since workspace folders may have changed. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      if (client.needsStop()) await client.stop();
    } finally {
      await client.dispose();
      this.setState('stopped');
    }
  }

  async metrics(filter: string | undefined, token?: vscode.CancellationToken): Promise<MetricsResult> {
    const client = this.client;
    if (!client || !client.isRunning()) return emptyMetrics;
    return client.sendRequest(MetricsRequest, filter ? { filter } : {}, token);
  }

  async series(key: string, token?: vscode.CancellationToken): Promise<SeriesResult | null> {
    const client = this.client;
    if (!client || !client.isRunning()) return null;
    return client.sendRequest(SeriesRequest, { key }, token);
  }

  dispose(): void {
    void this.stop();
    this.watcher.dispose();
    this.indexChanged.dispose();
    this.stateChanged.dispose();
  }

  private setState(state: ServerState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.stateChanged.fire(state);
  }

  private createClient(): LanguageClient {
    const module = this.context.asAbsolutePath(path.join('server', 'out', 'main.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: corpusDocumentSelector(vscode.workspace.workspaceFolders ?? []),
      synchronize: { fileEvents: this.watcher },
      diagnosticPullOptions: { onChange: true, onTabs: true },
      outputChannel: this.output,
    };
    return new LanguageClient('fincorpus', 'FinCorpus Language Server', serverOptions, clientOptions);
  }
}
