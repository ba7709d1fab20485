/**
 * The language client: how the server is started, which documents it sees, and typed access to the
 * custom FinCorpus requests for the rest of the extension.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  State,
  type BaseLanguageClient,
  type CloseHandlerResult,
  type DocumentSelector,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import {
  IndexChangedNotification,
  MetricsRequest,
  SeriesRequest,
  type IndexChangedParams,
  type InitializationOptions,
  type MetricsResult,
  type SeriesResult,
} from '../../server/src/protocol';
import { CrashPolicy, type CrashDecision } from './crashPolicy';

export type ServerState = 'starting' | 'running' | 'stopped';

/** What the tree, the chart and the status bar need from the server. */
export interface MetricsSource {
  readonly state: ServerState;
  readonly onDidChangeIndex: vscode.Event<IndexChangedParams>;
  readonly onDidChangeState: vscode.Event<ServerState>;
  metrics(filter: string | undefined, token?: vscode.CancellationToken): Promise<MetricsResult>;
  series(key: string, token?: vscode.CancellationToken): Promise<SeriesResult | null>;
}

/**
 * Creates the language client for one run of the server. The Node entry (extension.ts) starts
 * server/out/main.js as a process; the browser entry (extension.browser.ts) starts server/out/browser.js
 * as a web worker. Everything else about the client is shared.
 */
export type LanguageClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient;

/** The client's id and name, the same for both entries (the output channel and settings use them). */
export const clientId = 'fincorpus';
export const clientName = 'FinCorpus Language Server';

export const emptyMetrics: MetricsResult = { documents: 0, conflicts: 0, subjects: [] };

/**
 * The documents the server is told about. Which of them belong to a corpus is the server's to decide
 * (plain text and Markdown inside a workspace folder, `fincorpus` documents anywhere), so that the
 * selector stays right when folders come and go and the client need not restart.
 */
export const corpusDocumentSelector: DocumentSelector = [{ language: 'fincorpus' }, { language: 'plaintext' }, { language: 'markdown' }];

export class ServerConnection implements MetricsSource, vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private currentState: ServerState = 'stopped';
  private readonly indexChanged = new vscode.EventEmitter<IndexChangedParams>();
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  /** Survives restarts of the client, so that the user hears about crashes once per session. */
  private readonly crashPolicy = new CrashPolicy();

  readonly onDidChangeIndex = this.indexChanged.event;
  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    /** Starts the server the way the extension host can: a Node process, or a web worker in the browser. */
    private readonly launch: LanguageClientFactory,
  ) {}

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
      this.output.error(vscode.l10n.t('The FinCorpus language server did not start: {0}', String(error)));
      this.setState('stopped');
    }
  }

  /** Restarts the server, which then reads the workspace afresh (after a crash, or when trust is granted). */
  async restart(): Promise<void> {
    this.crashPolicy.reset();
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
    this.indexChanged.dispose();
    this.stateChanged.dispose();
  }

  private setState(state: ServerState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.stateChanged.fire(state);
  }

  /** The server's connection closed without being asked to: restart it (within limits) and tell the user once. */
  private serverClosed(): CloseHandlerResult {
    const decision = this.crashPolicy.closed();
    if (decision.tell) void this.tellCrash(decision);
    else this.output.warn(vscode.l10n.t('The FinCorpus language server stopped unexpectedly ({0} time(s) in the last 3 minutes).', decision.recentCrashes));
    return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
  }

  private async tellCrash(decision: CrashDecision): Promise<void> {
    const showLog = vscode.l10n.t('Show Log');
    const message =
      decision.tell === 'restarted'
        ? vscode.l10n.t('The FinCorpus language server stopped unexpectedly and was restarted.')
        : vscode.l10n.t(
            'The FinCorpus language server stopped unexpectedly {0} times in 3 minutes and will not be restarted. Run “FinCorpus: Restart Language Server” once the cause is fixed.',
            decision.recentCrashes,
          );
    this.output.error(message);
    const choice =
      decision.tell === 'restarted' ? await vscode.window.showWarningMessage(message, showLog) : await vscode.window.showErrorMessage(message, showLog);
    if (choice === showLog) this.output.show(true);
  }

  private createClient(): BaseLanguageClient {
    const initializationOptions: InitializationOptions = { trusted: vscode.workspace.isTrusted, customNotifications: true };
    const clientOptions: LanguageClientOptions = {
      initializationOptions,
      errorHandler: {
        // As the library's default: a few read or write errors are survivable, more shut the connection.
        error: (_error, _message, count): ErrorHandlerResult => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
        closed: () => this.serverClosed(),
      },
      documentSelector: corpusDocumentSelector,
      // Settings changes are forwarded so that the server re-reads its per-resource configuration. Files
      // are watched by the server's own registration (it knows the include globs), not from here.
      synchronize: { configurationSection: 'fincorpus' },
      diagnosticPullOptions: { onChange: true, onTabs: true },
      outputChannel: this.output,
    };
    return this.launch(this.context, clientOptions);
  }
}
