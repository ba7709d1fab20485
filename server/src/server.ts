/**
 * The language server, independent of the transport: `startServer(connection, deps)` wires the
 * protocol handlers to the workspace model and the features. Each handler looks up, calls the core
 * with the request's cancellation token and converts; the features live in ./features, one per file.
 */
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type DiagnosticServerCancellationData,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensParams,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { negotiatePositionEncoding } from './convert';
import { CancelledError } from './core/cancellation';
import { codeActions } from './features/codeActions';
import { completion, completionTriggerCharacters } from './features/completion';
import { collectWorkspaceDiagnostics, diagnosticsFor, resultIdOf, type WorkspaceReport } from './features/diagnostics';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { DiagnosticsPublisher } from './features/publishDiagnostics';
import { conflictCount, metrics, series } from './features/metrics';
import { semanticTokens, semanticTokensLegend } from './features/semanticTokens';
import { documentSymbols, references, workspaceSymbols } from './features/symbols';
import { englishMessages, messagesFor, type Messages } from './l10n';
import { IndexChangedNotification, MetricsRequest, SeriesRequest, type InitializationOptions } from './protocol';
import { parseSettings, type Settings } from './settings';
import { version } from './version';
import { baseName, configFileName, normaliseUri, Workspace, type BackgroundAnalysis, type FileSystem, type UpdateSummary } from './workspace';

export const serverVersion = version;

export interface ServerDependencies {
  fileSystem: FileSystem;
  /** Worker threads for the scan (Node); without them documents are analysed in this thread. */
  backgroundAnalysis?: BackgroundAnalysis;
}

/** How long edits settle before the index is updated and dependants are told, in milliseconds. */
const updateDelay = 150;

/** Glob patterns the client watches for us, besides the include patterns of the settings. */
const watchedPatterns = ['**/*.{txt,md}', `**/${configFileName}`];

/**
 * Runs a handler, turning cancellation (a cancelled token or the core's CancelledError) into LSP's
 * RequestCancelled error.
 */
function cancellable<P, R, E = void>(
  handler: (params: P, token: CancellationToken) => Promise<R>,
  cancelledData?: E,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<E>> {
  const cancelled = (): ResponseError<E> =>
    new ResponseError<E>(LSPErrorCodes.RequestCancelled, 'The request was cancelled.', cancelledData);
  return async (params, token) => {
    try {
      const result = await handler(params, token);
      return token.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      if (error instanceof CancelledError || token.isCancellationRequested) return cancelled();
      throw error;
    }
  };
}

/**
 * A notification handler that works asynchronously. The connection does not await it, so its failure
 * is logged here instead of becoming an unhandled rejection, which would end the process.
 */
function inBackground<P>(connection: Connection, handler: (params: P) => Promise<void>): (params: P) => void {
  return (params) => {
    handler(params).catch((error: unknown) => connection.console.error(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  };
}

/** Diagnostic requests cancelled by the client need not be retriggered. */
const noRetrigger: DiagnosticServerCancellationData = { retriggerRequest: false };

export function startServer(connection: Connection, deps: ServerDependencies): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(
    deps.fileSystem,
    {
      info: (message) => connection.console.info(message),
      warn: (message) => connection.console.warn(message),
    },
    deps.backgroundAnalysis,
  );
  let capabilities: ClientCapabilities = {};
  /** The editor's language (initialize's `locale`) for hovers, diagnostics and code-action titles. */
  let messages: Messages = englishMessages;
  let fallbackSettings: unknown = undefined;
  /** Workspace trust from the client: an untrusted workspace is analysed, but fincorpus.json is never edited. */
  let trusted = true;
  let scanning = 0;
  /** Counts changes of the index and of the configuration, so that cached results know they are stale. */
  let revision = 0;
  /** Whether the client asked for the fincorpus/* notifications (the VS Code client does). */
  let customNotifications = false;
  /** Set for clients that cannot pull diagnostics: the server then pushes them. */
  let publisher: DiagnosticsPublisher | undefined;

  // Batches of index updates: the documents whose facts changed and the ones that depend on them.
  const pendingChanged = new Set<string>();
  let pendingAffected = false;
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  function scheduleNotify(): void {
    if (notifyTimer) clearTimeout(notifyTimer);
    notifyTimer = setTimeout(notify, updateDelay);
  }

  function notify(): void {
    notifyTimer = undefined;
    if (scanning > 0) return;
    if (customNotifications) {
      void connection.sendNotification(IndexChangedNotification, {
        documents: workspace.documentCount(),
        conflicts: conflictCount(workspace),
        changed: [...pendingChanged].sort(),
      });
    }
    pendingChanged.clear();
    revision++;
    if (pendingAffected) refreshDiagnostics();
    pendingAffected = false;
  }

  function refreshDiagnostics(): void {
    if (publisher) {
      // Everything may have changed (a scan, the configuration): every shown or open document, and the
      // configuration files with problems, which a pulling editor would get from the workspace pull.
      const targets = new Set([...openUris(), ...publisher.published]);
      for (const corpus of workspace.allCorpora()) {
        if (corpus.configState.exists && corpus.configState.problems.length > 0) targets.add(corpus.configState.uri);
      }
      for (const uri of targets) publisher.schedule(uri);
    }
    if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
    if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    if (capabilities.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
  }

  const openUris = (): Set<string> => new Set(documents.all().map((document) => normaliseUri(document.uri)));
  /** The open document at a normalised URI, under the URI the editor spelled. */
  const openDocument = (uri: string): TextDocument | undefined => documents.all().find((document) => normaliseUri(document.uri) === uri);

  workspace.onDidUpdate((summary: UpdateSummary) => {
    revision++;
    for (const uri of summary.changed) pendingChanged.add(uri);
    // The editor pulls the documents it changed by itself; other documents need a refresh.
    const open = openUris();
    const edited = new Set([...summary.changed].filter((uri) => open.has(uri)));
    if ([...summary.affected].some((uri) => !edited.has(uri)) || [...summary.changed].some((uri) => !open.has(uri))) {
      pendingAffected = true;
    }
    if (publisher && scanning === 0) {
      // Open documents, documents that share a claim key with a changed one, and documents whose shown
      // diagnostics may go; a closed document that was only re-read stays cleared. Updates come batched
      // (by the flush or by a publication's own analysis), so these go out without a further delay.
      const shown = publisher.published;
      for (const uri of new Set([...summary.changed, ...summary.affected])) {
        if (open.has(uri) || shown.has(uri) || (summary.affected.has(uri) && !summary.changed.has(uri))) publisher.schedule(uri, 0);
      }
    }
    scheduleNotify();
  });

  /** The configuration or the settings changed: re-check every document and tell the client. */
  function configurationChanged(): void {
    pendingAffected = true;
    scheduleFlush();
    scheduleNotify();
  }

  function scheduleFlush(): void {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = setTimeout(() => {
      flushTimer = undefined;
      if (workspace.hasDirtyDocuments) workspace.settleNow();
    }, updateDelay);
  }

  async function loadSettings(): Promise<Settings[]> {
    const corpora = [...workspace.corpora.values()];
    let raw: unknown[];
    if (capabilities.workspace?.configuration) {
      raw = await connection.workspace.getConfiguration(corpora.map((corpus) => ({ scopeUri: corpus.root, section: 'fincorpus' })));
    } else {
      raw = corpora.map(() => fallbackSettings);
    }
    return corpora.map((corpus, i) => {
      const { settings, problems } = parseSettings(raw[i] ?? {});
      for (const problem of problems) connection.console.warn(`Setting ${problem.path} in ${corpus.name}: ${problem.message}; using the default.`);
      corpus.settings = settings;
      return settings;
    });
  }

  // The file watcher the client runs for us: text, Markdown, fincorpus.json and the include globs.
  let watcher: { patterns: string; registration: Promise<Disposable> } | undefined;

  async function watchCorpusFiles(): Promise<void> {
    if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    const coveredByDefault = new Set(['**/*.txt', '**/*.md']);
    const included = [...workspace.corpora.values()].flatMap((corpus) => corpus.settings.include).filter((p) => !coveredByDefault.has(p));
    const patterns = [...new Set([...watchedPatterns, ...included])];
    const key = patterns.join('\n');
    if (watcher?.patterns === key) return;
    if (watcher) (await watcher.registration).dispose();
    watcher = {
      patterns: key,
      registration: connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: patterns.map((globPattern) => ({ globPattern })),
      }),
    };
    await watcher.registration;
  }

  /** Queues a scan of every folder; `prepare` runs first, inside the queue (e.g. to reset the corpora). */
  function indexWorkspace(prepare?: () => void): Promise<void> {
    scanning++;
    return workspace
      .runIndexing(async () => {
        prepare?.();
        await loadSettings();
        await watchCorpusFiles();
        const progress = await connection.window.createWorkDoneProgress();
        let lastPercentage = -1;
        await workspace.scanAll({
          begin: (total) => progress.begin(messages.progress.indexing, 0, messages.progress.documents(total), false),
          report: (done, total) => {
            const percentage = total === 0 ? 100 : Math.floor((done * 100) / total);
            if (percentage === lastPercentage) return;
            lastPercentage = percentage;
            progress.report(percentage, `${done}/${total}`);
          },
          end: () => progress.done(),
        });
      })
      .finally(() => {
        scanning--;
        pendingAffected = true;
        // One announcement for the whole scan: a timer left by the scan's own updates is dropped.
        if (notifyTimer) clearTimeout(notifyTimer);
        notify();
      });
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    messages = messagesFor(params.locale);
    const folders =
      params.workspaceFolders ??
      (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri.slice(params.rootUri.lastIndexOf('/') + 1) }] : []);
    workspace.setFolders(folders);
    const options = params.initializationOptions as InitializationOptions | undefined;
    fallbackSettings = options?.settings;
    trusted = options?.trusted !== false;
    customNotifications = options?.customNotifications === true;
    const pulls = capabilities.textDocument?.diagnostic !== undefined;
    if (!pulls) {
      publisher = new DiagnosticsPublisher({
        compute: (uri, token) => diagnosticsFor(workspace, uri, token, messages),
        versionOf: (uri) => openDocument(uri)?.version,
        send: (uri, diagnostics, version) =>
          void connection.sendDiagnostics({ uri: openDocument(uri)?.uri ?? uri, diagnostics, ...(version === undefined ? {} : { version }) }),
        warn: (message) => connection.console.warn(message),
      });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: completionTriggerCharacters },
        semanticTokensProvider: { legend: semanticTokensLegend, full: true },
        inlayHintProvider: true,
        ...(pulls ? { diagnosticProvider: { identifier: 'fincorpus', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        positionEncoding: negotiatePositionEncoding(capabilities.general?.positionEncodings),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'fincorpus', version: serverVersion },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        void indexWorkspace(() => {
          const removed = new Set(event.removed.map((folder) => normaliseUri(folder.uri)));
          workspace.setFolders([...workspace.folders().filter((folder) => !removed.has(folder.uri)), ...event.added]);
        });
      });
    }
    void indexWorkspace();
  });

  documents.onDidChangeContent(({ document }) => {
    const configOwner = workspace.corpusOfConfig(document.uri);
    if (configOwner) {
      void workspace.loadConfig(configOwner, document.getText()).then(configurationChanged);
      return;
    }
    workspace.setText(document.uri, document.getText(), true);
    scheduleFlush();
    // Opened or edited: publish without waiting for the flush (the publication analyses the document, and
    // the update that follows publishes the documents sharing its keys). An opened document that is
    // already indexed changes no facts, so nothing else would publish it.
    publisher?.schedule(normaliseUri(document.uri));
  });

  documents.onDidClose(({ document }) => {
    // The editor no longer owns the text: the disk's version (or none) takes over.
    const found = workspace.entry(document.uri);
    if (found) found.entry.open = false;
    publisher?.clear(normaliseUri(document.uri), document.uri);
    const configOwner = workspace.corpusOfConfig(document.uri);
    if (configOwner) {
      void workspace.loadConfig(configOwner).then(configurationChanged);
      return;
    }
    void workspace.readFromDisk(document.uri).then(scheduleFlush);
  });

  connection.onDidChangeWatchedFiles(inBackground(connection, async ({ changes }) => {
    for (const change of changes) {
      const configOwner = workspace.corpusOfConfig(change.uri);
      const nestedConfigAppears = !configOwner && baseName(change.uri) === configFileName && change.type === FileChangeType.Created;
      const nestedConfigGoes = configOwner && configOwner.root !== configOwner.folder && change.type === FileChangeType.Deleted;
      if (nestedConfigAppears || nestedConfigGoes) {
        // A corpus root appears or disappears below a folder: documents change corpus, so index afresh.
        await indexWorkspace(() => workspace.resetCorpora());
        return;
      }
      if (configOwner) {
        if (!documents.get(change.uri)) await workspace.loadConfig(configOwner);
        configurationChanged();
      } else if (change.type === FileChangeType.Deleted) {
        if (!documents.get(change.uri)) workspace.remove(change.uri);
      } else {
        await workspace.readFromDisk(change.uri);
      }
    }
    scheduleFlush();
  }));

  connection.onDidChangeConfiguration(inBackground(connection, async (change) => {
    fallbackSettings = (change.settings as { fincorpus?: unknown } | undefined)?.fincorpus ?? fallbackSettings;
    const before = [...workspace.corpora.values()].map((corpus) => JSON.stringify(corpus.settings));
    await loadSettings();
    const corpora = [...workspace.corpora.values()];
    const rescan = corpora.some((corpus, i) => {
      const previous = JSON.parse(before[i] ?? '{}') as Partial<Settings>;
      return (
        JSON.stringify(previous.include) !== JSON.stringify(corpus.settings.include) ||
        JSON.stringify(previous.exclude) !== JSON.stringify(corpus.settings.exclude) ||
        previous.maxFileSize !== corpus.settings.maxFileSize
      );
    });
    for (const corpus of corpora) corpus.applyConfiguration();
    if (rescan) {
      await indexWorkspace();
    } else {
      configurationChanged();
    }
  }));

  connection.onHover(cancellable((params, token) => hover(workspace, params.textDocument.uri, params.position, token, messages)));
  connection.onCodeAction(cancellable((params, token) => codeActions(workspace, params, token, messages, { writeConfig: trusted })));
  connection.onDocumentSymbol(cancellable((params, token) => documentSymbols(workspace, params.textDocument.uri, token, messages)));
  connection.onWorkspaceSymbol(cancellable((params, token) => workspaceSymbols(workspace, params.query, token)));
  connection.onReferences(cancellable((params, token) => references(workspace, params.textDocument.uri, params.position, token)));
  connection.onCompletion(cancellable((params, token) => completion(workspace, params.textDocument.uri, params.position, token, messages)));
  connection.languages.semanticTokens.on(cancellable<SemanticTokensParams, SemanticTokens>((params, token) => semanticTokens(workspace, params.textDocument.uri, token)));
  connection.languages.inlayHint.on(cancellable((params, token) => inlayHints(workspace, params.textDocument.uri, params.range, token, messages)));
  connection.onRequest(MetricsRequest, cancellable((params, token) => metrics(workspace, params ?? {}, token, messages)));
  connection.onRequest(SeriesRequest, cancellable((params, token) => series(workspace, params, token, messages)));

  connection.languages.diagnostics.on(
    cancellable(async (params, token) => {
      const items = (await diagnosticsFor(workspace, params.textDocument.uri, token, messages)) ?? [];
      // A document's diagnostics change only with the index (every analysis bumps the revision), so the
      // revision names them; a config file's problems are few and hashed.
      const resultId = workspace.corpusOfConfig(params.textDocument.uri) ? resultIdOf(items) : `r${revision}`;
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    }, noRetrigger),
  );

  // The editor pulls workspace diagnostics every two seconds; between index revisions the reports are reused.
  let workspaceReports: { revision: number; reports: WorkspaceReport[] } | undefined;

  connection.languages.diagnostics.onWorkspace(
    cancellable(async (params, token) => {
      await workspace.settle(token);
      if (workspaceReports?.revision !== revision) {
        const reports = collectWorkspaceDiagnostics(workspace, token, messages);
        workspaceReports = { revision, reports };
      }
      const previous = new Map(params.previousResultIds.map(({ uri, value }) => [normaliseUri(uri), value]));
      const open = openUris();
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const report of workspaceReports.reports) {
        // Open documents are pulled one by one by the editor.
        if (open.has(report.uri)) continue;
        const { uri, resultId } = report;
        if (previous.get(uri) === resultId) {
          items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, resultId, version: null });
        } else {
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, resultId, version: null, items: report.diagnostics });
        }
      }
      return { items };
    }, noRetrigger),
  );

  connection.onShutdown(() => {
    publisher?.dispose();
    if (notifyTimer) clearTimeout(notifyTimer);
    if (flushTimer) clearTimeout(flushTimer);
  });

  documents.listen(connection);
  connection.listen();
}
