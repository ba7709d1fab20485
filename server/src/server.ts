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
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { negotiatePositionEncoding } from './convert';
import { CancelledError } from './core/cancellation';
import { codeActions } from './features/codeActions';
import { completion, completionTriggerCharacters } from './features/completion';
import { diagnosticsFor, findingsReportId, resultIdOf, workspaceDiagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { DiagnosticsPublisher } from './features/publishDiagnostics';
import { conflictCount, metrics, series } from './features/metrics';
import { semanticTokens, semanticTokensLegend } from './features/semanticTokens';
import { documentSymbols, references, workspaceSymbols } from './features/symbols';
import { IndexScheduler, type IndexAnnouncement } from './indexScheduler';
import { englishMessages, messagesFor, type Messages } from './l10n';
import { IndexChangedNotification, MetricsRequest, SeriesRequest, type InitializationOptions } from './protocol';
import { parseSettings, type Settings } from './settings';
import { version } from './version';
import { watchedPatterns, WatchedFilesRegistration } from './watchedFiles';
import { baseName, configFileName, normaliseUri, Workspace, type BackgroundAnalysis, type FileSystem, type UpdateSummary } from './workspace';

export const serverVersion = version;

export interface ServerDependencies {
  fileSystem: FileSystem;
  /** Worker threads for the scan (Node); without them documents are analysed in this thread. */
  backgroundAnalysis?: BackgroundAnalysis;
}

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

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Diagnostic requests cancelled by the client need not be retriggered. */
const noRetrigger: DiagnosticServerCancellationData = { retriggerRequest: false };

/** What initialize said about the client; fixed for the session. */
interface Session {
  capabilities: ClientCapabilities;
  /** The editor's language (initialize's `locale`) for hovers, diagnostics and code-action titles. */
  messages: Messages;
  /** Workspace trust from the client: an untrusted workspace is analysed, but fincorpus.json is never edited. */
  trusted: boolean;
  /** Whether the client asked for the fincorpus/* notifications (the VS Code client does). */
  customNotifications: boolean;
  /** Set for clients that cannot pull diagnostics: the server then pushes them. */
  publisher: DiagnosticsPublisher | undefined;
}

const beforeInitialize: Session = { capabilities: {}, messages: englishMessages, trusted: true, customNotifications: false, publisher: undefined };

/**
 * Whether documents other than the open ones just edited may show other diagnostics after an update:
 * the editor pulls the documents it changed by itself, the others need a refresh.
 */
function othersMayChange(summary: UpdateSummary, open: ReadonlySet<string>): boolean {
  const edited = new Set([...summary.changed].filter((uri) => open.has(uri)));
  return summary.affectsOtherThan(edited) || [...summary.changed].some((uri) => !open.has(uri));
}

export function startServer(connection: Connection, deps: ServerDependencies): void {
  const documents = new TextDocuments(TextDocument);
  let session = beforeInitialize;
  /** Settings for clients that cannot answer workspace/configuration: initialize's, then didChangeConfiguration's. */
  let fallbackSettings: unknown = undefined;
  /**
   * The editor pulls workspace diagnostics every two seconds: each document's report id as of the last
   * answer, with the findings report id (see findingsReportId) it was rendered at.
   */
  let workspaceReportIds = new Map<string, { id: string; revision: string | undefined }>();
  /**
   * Moved on whenever every document's diagnostics may have changed (a scan, the configuration, the
   * settings, a refresh of every view): the report ids of documents are findings revisions within it.
   */
  let reportEpoch = 0;
  const scheduler = new IndexScheduler({
    analyseChanges: () => workspace.analyseDirtyDocuments(),
    announce: (announcement) => announceIndex(announcement),
    scanFailed: (error) => connection.console.warn(`Indexing failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  const workspace = new Workspace(
    deps.fileSystem,
    {
      info: (message) => connection.console.info(message),
      warn: (message) => connection.console.warn(message),
    },
    deps.backgroundAnalysis,
    scheduler,
  );
  const watcher = new WatchedFilesRegistration((patterns) =>
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: patterns.map((globPattern) => ({ globPattern })) }),
  );

  /** Runs asynchronous work that nobody awaits, logging its failure instead of ending the process. */
  const inBackground = (work: Promise<unknown>): void => {
    work.catch((error: unknown) => connection.console.error(describeError(error)));
  };
  /** A notification handler that works asynchronously; the connection does not await it. */
  const backgroundHandler =
    <P>(handler: (params: P) => Promise<void>) =>
    (params: P): void =>
      inBackground(handler(params));

  const openUris = (): Set<string> => new Set(documents.all().map((document) => normaliseUri(document.uri)));
  /** The open document at a normalised URI, under the URI the editor spelled. */
  const openDocument = (uri: string): TextDocument | undefined => documents.all().find((document) => normaliseUri(document.uri) === uri);

  /** Hands an open document's text to the workspace, unless the document belongs to no corpus. */
  function takeOpenDocument(document: TextDocument): boolean {
    if (!workspace.takesOpenDocument(document.uri, document.languageId)) return false;
    workspace.setText(document.uri, document.getText(), true);
    return true;
  }

  function announceIndex({ changed, refreshAll }: IndexAnnouncement): void {
    if (refreshAll) reportEpoch++;
    if (session.customNotifications) {
      void connection.sendNotification(IndexChangedNotification, { documents: workspace.documentCount(), conflicts: conflictCount(workspace), changed });
    }
    if (refreshAll) refreshViews();
  }

  /** Everything may have changed (a scan, the configuration): the editor asks again, or is sent, what it shows. */
  function refreshViews(): void {
    const { capabilities, publisher } = session;
    if (publisher) {
      // Every shown or open document, and the configuration files with problems, which a pulling
      // editor would get from the workspace pull.
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

  workspace.onDidUpdate((summary: UpdateSummary) => {
    // A scan's updates do not collect the documents they affect.
    if (scheduler.scanning) reportEpoch++;
    const open = openUris();
    const { publisher } = session;
    if (publisher && !scheduler.scanning) {
      // Open documents, documents that share a claim key with a changed one, and documents whose shown
      // diagnostics may go; a closed document that was only re-read stays cleared. Updates come batched
      // (by the pause after edits or by a publication's own analysis), so these go out without a further delay.
      const shown = publisher.published;
      for (const uri of new Set([...summary.changed, ...summary.affected])) {
        if (open.has(uri) || shown.has(uri) || (summary.affected.has(uri) && !summary.changed.has(uri))) publisher.schedule(uri, 0);
      }
    }
    scheduler.indexUpdated(summary.changed, othersMayChange(summary, open));
  });

  async function loadSettings(): Promise<Settings[]> {
    reportEpoch++;
    const corpora = [...workspace.corpora.values()];
    let raw: unknown[];
    if (session.capabilities.workspace?.configuration) {
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

  /**
   * The configuration or the settings changed: every document is analysed again. Closed documents keep
   * no text, so they are read again, on the workers, in a scan that requests wait for.
   */
  function configurationChanged(): void {
    reportEpoch++;
    scheduler.configurationChanged();
    inBackground(scheduler.queueScan(() => workspace.reindexStale()));
  }

  /** Queues a scan of every folder; `prepare` runs first, inside the queue (to change the folders or start afresh). */
  function indexWorkspace(prepare?: () => void): Promise<void> {
    return scheduler.queueScan(async () => {
      if (prepare) {
        prepare();
        // The corpora started afresh: the open documents that belong to one come back in.
        for (const document of documents.all()) if (!workspace.corpusOfConfig(document.uri)) takeOpenDocument(document);
      }
      await loadSettings();
      if (session.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await watcher.watch(watchedPatterns([...workspace.corpora.values()].flatMap((corpus) => corpus.settings.include)));
      }
      const progress = await connection.window.createWorkDoneProgress();
      let lastPercentage = -1;
      await workspace.scanAll({
        begin: (total) => progress.begin(session.messages.progress.indexing, 0, session.messages.progress.documents(total), false),
        report: (done, total) => {
          const percentage = total === 0 ? 100 : Math.floor((done * 100) / total);
          if (percentage === lastPercentage) return;
          lastPercentage = percentage;
          progress.report(percentage, `${done}/${total}`);
        },
        end: () => progress.done(),
      });
    });
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    const messages = messagesFor(params.locale);
    const folders =
      params.workspaceFolders ??
      (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri.slice(params.rootUri.lastIndexOf('/') + 1) }] : []);
    workspace.setFolders(folders);
    const options = params.initializationOptions as InitializationOptions | undefined;
    fallbackSettings = options?.settings;
    const pulls = capabilities.textDocument?.diagnostic !== undefined;
    const publisher = pulls
      ? undefined
      : new DiagnosticsPublisher({
          compute: (uri, token) => diagnosticsFor(workspace, uri, token, messages),
          versionOf: (uri) => openDocument(uri)?.version,
          send: (uri, diagnostics, version) =>
            void connection.sendDiagnostics({ uri: openDocument(uri)?.uri ?? uri, diagnostics, ...(version === undefined ? {} : { version }) }),
          warn: (message) => connection.console.warn(message),
        });
    session = { capabilities, messages, trusted: options?.trusted !== false, customNotifications: options?.customNotifications === true, publisher };
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
        // Folders come and go through the server alone: the client keeps running and hands them over.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'fincorpus', version: serverVersion },
    };
  });

  connection.onInitialized(() => {
    if (session.capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        inBackground(
          indexWorkspace(() => {
            const removed = new Set(event.removed.map((folder) => normaliseUri(folder.uri)));
            workspace.setFolders([...workspace.folders().filter((folder) => !removed.has(folder.uri)), ...event.added]);
          }),
        );
      });
    }
    inBackground(indexWorkspace());
  });

  documents.onDidChangeContent(({ document }) => {
    const configOwner = workspace.corpusOfConfig(document.uri);
    if (configOwner) {
      inBackground(workspace.loadConfig(configOwner, document.getText()).then(() => configurationChanged()));
      return;
    }
    if (!takeOpenDocument(document)) return;
    scheduler.changesMade();
    // Opened or edited: publish without waiting for the pause (the publication analyses the document, and
    // the update that follows publishes the documents sharing its keys). An opened document that is
    // already indexed changes no facts, so nothing else would publish it.
    session.publisher?.schedule(normaliseUri(document.uri));
  });

  documents.onDidClose(({ document }) => {
    // The editor no longer owns the text: the disk's version (or none) takes over.
    const found = workspace.entry(document.uri);
    if (found) found.entry.open = false;
    session.publisher?.clear(normaliseUri(document.uri), document.uri);
    const configOwner = workspace.corpusOfConfig(document.uri);
    if (configOwner) {
      inBackground(workspace.loadConfig(configOwner).then(() => configurationChanged()));
      return;
    }
    inBackground(workspace.readFromDisk(document.uri).then(() => scheduler.changesMade()));
  });

  connection.onDidChangeWatchedFiles(backgroundHandler(async ({ changes }) => {
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
    scheduler.changesMade();
  }));

  connection.onDidChangeConfiguration(backgroundHandler(async (change) => {
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

  connection.onHover(cancellable((params, token) => hover(workspace, params.textDocument.uri, params.position, token, session.messages)));
  connection.onCodeAction(cancellable((params, token) => codeActions(workspace, params, token, session.messages, { writeConfig: session.trusted })));
  connection.onDocumentSymbol(cancellable((params, token) => documentSymbols(workspace, params.textDocument.uri, token, session.messages)));
  connection.onWorkspaceSymbol(cancellable((params, token) => workspaceSymbols(workspace, params.query, token)));
  connection.onReferences(cancellable((params, token) => references(workspace, params.textDocument.uri, params.position, token)));
  connection.onCompletion(cancellable((params, token) => completion(workspace, params.textDocument.uri, params.position, token, session.messages)));
  connection.languages.semanticTokens.on(cancellable<SemanticTokensParams, SemanticTokens>((params, token) => semanticTokens(workspace, params.textDocument.uri, token)));
  connection.languages.inlayHint.on(cancellable((params, token) => inlayHints(workspace, params.textDocument.uri, params.range, token, session.messages)));
  connection.onRequest(MetricsRequest, cancellable((params, token) => metrics(workspace, params ?? {}, token, session.messages)));
  connection.onRequest(SeriesRequest, cancellable((params, token) => series(workspace, params, token, session.messages)));

  connection.languages.diagnostics.on(
    cancellable(async (params, token) => {
      const uri = params.textDocument.uri;
      await workspace.settle(token);
      // A document's diagnostics change only with its findings revision, which names them: an edit
      // elsewhere that shares none of its keys leaves it unchanged, and it is not rendered again.
      const known = findingsReportId(workspace, uri, reportEpoch);
      if (known !== undefined && params.previousResultId === known) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: known };
      const items = (await diagnosticsFor(workspace, uri, token, session.messages)) ?? [];
      // A config file's problems are few and hashed, as are a URI's the server does not know (none).
      const resultId = known ?? resultIdOf(items);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    }, noRetrigger),
  );

  connection.languages.diagnostics.onWorkspace(
    cancellable(async (params, token) => {
      await workspace.settle(token);
      // Only the documents whose findings revision moved since the last answer are rendered again.
      const ids = workspaceReportIds;
      const revisions = new Map<string, string | undefined>();
      const known = (uri: string) => {
        const revision = findingsReportId(workspace, uri, reportEpoch);
        revisions.set(uri, revision);
        const held = ids.get(uri);
        return revision !== undefined && held?.revision === revision ? held.id : undefined;
      };
      const previous = new Map(params.previousResultIds.map(({ uri, value }) => [normaliseUri(uri), value]));
      const { items, resultIds } = workspaceDiagnostics(workspace, token, session.messages, previous, openUris(), known);
      workspaceReportIds = new Map([...resultIds].map(([uri, id]) => [uri, { id, revision: revisions.get(uri) }]));
      return { items };
    }, noRetrigger),
  );

  connection.onShutdown(() => {
    session.publisher?.dispose();
    scheduler.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
