/**
 * The server's model of the corpus on disk and in the editor: one corpus per workspace folder, each
 * with its configuration (fincorpus.json at the folder root), its settings, its documents (open ones
 * from the editor, closed ones from disk) and the core's index. Documents are re-analysed lazily: a
 * change marks the document dirty and the next {@link Workspace.analyseDirtyDocuments} analyses every
 * dirty one, so bursts of edits cost one analysis. When that happens (the edits' pause, a request) is
 * the server's {@link IndexScheduler}'s to decide.
 *
 * Open documents keep their text and every fact. A closed document, once analysed, keeps neither: the
 * index holds its compact facts (claims, their figures, product mentions, mojibake, unknown names and
 * the line table, strings interned), and a feature that needs its text or every mention reads it
 * again ({@link Workspace.loadDocument}); a new configuration has it read again
 * ({@link Workspace.reindexStale}).
 */
import { Minimatch } from 'minimatch';
import { compactFacts, createAnalyzer, type Analyzer } from './core/analyze';
import { CancelledError, neverCancelled, throwIfCancelled, type CancellationToken } from './core/cancellation';
import { defaultCorpusConfig, parseCorpusConfig, type ConfigProblem, type CorpusConfig } from './core/config';
import { CorpusIndex } from './core/corpusIndex';
import { StringPool } from './core/corpusIndex/stringPool';
import { decodeBytes } from './core/encoding';
import type { DocumentFacts } from './core/types';
import { LineIndex, LineTable, type DocumentLines } from './convert';
import type { IndexScheduler, ObservableCancellationToken } from './indexScheduler';
import { analyseInOrder } from './orderedWork';
import { defaultSettings, type Settings } from './settings';

export type FileType = 'file' | 'directory' | 'other';

/** The file system as the server needs it; URIs in, bytes out. The Node transport supplies it. */
export interface FileSystem {
  readFile(uri: string): Promise<Uint8Array>;
  /** Null when the file does not exist. */
  stat(uri: string): Promise<{ type: FileType; size: number } | null>;
  readDirectory(uri: string): Promise<[string, FileType][]>;
}

/** A document read from disk, to decode and analyse off the calling thread. */
export interface BackgroundRequest {
  path: string;
  bytes: Uint8Array;
  encoding?: string;
  documentDateOverride?: string;
}

/** A closed document's compact facts (see {@link compactFacts}, with product mentions) and its text's length; not its text. */
export type BackgroundResult =
  | { kind: 'facts'; facts: DocumentFacts; textLength: number; encoding: string }
  | { kind: 'binary'; reason: string }
  | { kind: 'failed'; message: string; encoding: string };

/**
 * Decoding and analysis on other threads (the Node server's worker pool), for the scan of a
 * workspace; the web build has none and analyses in its own thread.
 */
export interface BackgroundAnalysis {
  readonly threads: number;
  analyse(config: CorpusConfig, request: BackgroundRequest): Promise<BackgroundResult>;
  /** Called when a scan is over: the threads may go until the next one. */
  idle?(): Promise<void>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const configFileName = 'fincorpus.json';
const alwaysSkippedDirectories = new Set(['node_modules', '.git']);

/** Percent-encodes a path segment the way VS Code does: everything but unreserved characters. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * One spelling per file URI, so that URIs from the editor, from the file watcher and from our own
 * scan compare equal. URIs of other schemes are kept as they are.
 */
export function normaliseUri(uri: string): string {
  const match = /^file:\/\/([^/]*)(\/.*)?$/i.exec(uri);
  if (!match) return uri;
  const path = (match[2] ?? '/').split('/').map((segment) => encodeSegment(safeDecode(segment)));
  return `file://${match[1]}${path.join('/')}`.replace(/\/$/, '') || uri;
}

export function childUri(directory: string, name: string): string {
  return `${directory.replace(/\/$/, '')}/${encodeSegment(name)}`;
}

/** The path of uri below root with '/' separators, or null when it is not below it. */
export function relativePath(root: string, uri: string): string | null {
  const prefix = `${root.replace(/\/$/, '')}/`;
  if (!uri.startsWith(prefix)) return null;
  return uri.slice(prefix.length).split('/').map(safeDecode).join('/');
}

export function baseName(uri: string): string {
  return safeDecode(uri.slice(uri.lastIndexOf('/') + 1));
}

export interface DocumentEntry {
  uri: string;
  /** The path the core knows the document by: relative to the corpus root. */
  path: string;
  /**
   * The text; null for a closed document once analysed (the index holds its compact facts, and
   * {@link Workspace.loadDocument} reads it again when a feature needs it).
   */
  text: string | null;
  /** Positions of offsets: the text's line index, or a closed document's line table. */
  lines: DocumentLines;
  /** True while the editor owns the text. */
  open: boolean;
  /** True when the text changed since the last analysis. */
  dirty: boolean;
  encoding: string;
}

export interface ConfigState {
  uri: string;
  /** The text the problems refer to (for locating the fields), when the last parse failed. */
  text: string | null;
  problems: ConfigProblem[];
  exists: boolean;
  /** The file's current text (from the editor or disk), for code actions that edit it. */
  current: string | null;
}

/** A document with its text and every fact, for the features that work in one document. */
export interface LoadedDocument {
  text: string;
  lines: LineIndex;
  facts: DocumentFacts;
}

/** What one analysis of dirty documents did: documents analysed and documents whose diagnostics may change. */
export interface UpdateSummary {
  changed: Set<string>;
  /** The documents whose cross-document findings may have changed, the changed ones among them, as URIs. */
  readonly affected: ReadonlySet<string>;
  /** Whether a document other than those given is among {@link affected}, without listing them all. */
  affectsOtherThan(uris: ReadonlySet<string>): boolean;
}

/**
 * An {@link UpdateSummary} being collected. The index names the affected documents by path; their URIs
 * are listed only when a listener asks for them (an edit of a figure that thousands of documents share
 * affects them all, and a pulling editor needs only to know that others are affected).
 */
class Update implements UpdateSummary {
  readonly changed = new Set<string>();
  private readonly paths: { corpus: Corpus; paths: ReadonlySet<string> }[] = [];
  private listed: Set<string> | undefined;

  addAffected(corpus: Corpus, paths: ReadonlySet<string>): void {
    if (paths.size === 0) return;
    this.paths.push({ corpus, paths });
    this.listed = undefined;
  }

  get affected(): ReadonlySet<string> {
    if (!this.listed) {
      this.listed = new Set();
      for (const { corpus, paths } of this.paths) for (const path of paths) this.listed.add(corpus.uriOf(path));
    }
    return this.listed;
  }

  affectsOtherThan(uris: ReadonlySet<string>): boolean {
    for (const { corpus, paths } of this.paths) {
      if (paths.size > uris.size) return true;
      for (const path of paths) if (!uris.has(corpus.uriOf(path))) return true;
    }
    return false;
  }

  get empty(): boolean {
    return this.changed.size === 0 && this.paths.length === 0;
  }
}

interface BackgroundRead {
  normalised: string;
  generation: number;
  corpus: Corpus;
  path: string;
  config: CorpusConfig;
  result: BackgroundResult;
}

export class Corpus {
  settings: Settings = defaultSettings;
  /** The last configuration that parsed, before settings are merged in. */
  fileConfig: CorpusConfig = defaultCorpusConfig;
  config: CorpusConfig = defaultCorpusConfig;
  analyzer: Analyzer = createAnalyzer(defaultCorpusConfig);
  readonly index = new CorpusIndex(defaultCorpusConfig);
  readonly entries = new Map<string, DocumentEntry>();
  readonly configState: ConfigState;
  /** One copy of each string of the closed documents' facts. */
  private readonly strings = new StringPool();
  private compiled: { settings: Settings; include: Minimatch[]; exclude: Minimatch[] } | undefined;

  constructor(
    /** The corpus root: a workspace folder, or a folder below it holding a fincorpus.json; '' for loose documents. */
    readonly root: string,
    readonly name: string,
    /** The workspace folder the corpus lies in; settings and globs are relative to it. */
    readonly folder: string = root,
  ) {
    this.configState = { uri: root ? childUri(root, configFileName) : '', text: null, problems: [], exists: false, current: null };
  }

  pathOf(uri: string): string {
    return (this.root && relativePath(this.root, uri)) || uri;
  }

  entryByPath(path: string): DocumentEntry | undefined {
    return this.entries.get(path);
  }

  uriOf(path: string): string {
    return this.entries.get(path)?.uri ?? (this.root ? `${this.root}/${path.split('/').map(encodeSegment).join('/')}` : path);
  }

  /** Applies the settings' rules over the file's and rebuilds the analyzer; every document is re-analysed. */
  applyConfiguration(): void {
    const rules = { ...this.fileConfig.rules };
    if (this.settings.strict) rules.strict = true;
    if (this.settings.approximateTolerance !== defaultSettings.approximateTolerance) {
      rules.approximateTolerance = this.settings.approximateTolerance;
    }
    this.config = { ...this.fileConfig, rules };
    this.analyzer = createAnalyzer(this.config);
    this.index.setConfig(this.config);
    for (const entry of this.entries.values()) entry.dirty = true;
  }

  /**
   * The facts the index keeps of a closed document: compact (see {@link compactFacts}, with the
   * product mentions, which references look up across the corpus), strings interned.
   */
  compactForIndex(facts: DocumentFacts, options: { copy?: boolean } = {}): DocumentFacts {
    let compact = compactFacts(facts, { products: true });
    // Facts analysed in this thread are copied: their strings are slices of the text, and a slice
    // keeps the whole text alive (a worker's facts come copied already).
    if (options.copy) compact = structuredClone(compact);
    this.strings.intern(compact);
    return compact;
  }

  /** A closed document's entry once the index has its facts: no text, the facts' line table for positions. */
  closedEntry(uri: string, path: string, facts: DocumentFacts, textLength: number, encoding: string): DocumentEntry {
    return { uri, path, text: null, lines: new LineTable(facts.lineStarts ?? [0], textLength), open: false, dirty: false, encoding };
  }

  /** Whether the settings' globs (relative to the workspace folder) take in the document at uri. */
  isIncluded(uri: string): boolean {
    const path = this.folder ? relativePath(this.folder, uri) : null;
    if (path === null) return false;
    const { include, exclude } = this.globs();
    return include.some((glob) => glob.match(path)) && !exclude.some((glob) => glob.match(path));
  }

  /** The settings' globs, compiled once per settings object: a scan asks about every file of the folder. */
  private globs(): { include: Minimatch[]; exclude: Minimatch[] } {
    if (this.compiled?.settings !== this.settings) {
      const options = { dot: true, nocase: false };
      const compile = (patterns: readonly string[]) => patterns.map((pattern) => new Minimatch(pattern, options));
      this.compiled = { settings: this.settings, include: compile(this.settings.include), exclude: compile(this.settings.exclude) };
    }
    return this.compiled;
  }
}

/** Lets pending messages (requests, cancellations) in between the documents of a scan. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** The scans a request waits for before it reads the index: the server's {@link IndexScheduler}. */
export type QueuedScans = Pick<IndexScheduler, 'whenScanned'>;

/** No scan queued, ever: for a workspace whose caller awaits its scans itself (tests, the bench). */
const noQueuedScans: QueuedScans = { whenScanned: async () => undefined };

export interface ScanProgress {
  begin(total: number): void;
  report(done: number, total: number, uri: string): void;
  end(): void;
}

export class Workspace {
  readonly corpora = new Map<string, Corpus>();
  private looseDocuments = new Corpus('', 'documents outside the workspace folders');
  /** The latest read of each file being read from disk, so that an older, slower read never wins. */
  private readonly readGenerations = new Map<string, number>();
  private readonly updateListeners: ((summary: UpdateSummary) => void)[] = [];

  constructor(
    private readonly fileSystem: FileSystem,
    private readonly logger: Logger,
    private readonly background?: BackgroundAnalysis,
    private readonly scans: QueuedScans = noQueuedScans,
  ) {}

  onDidUpdate(listener: (summary: UpdateSummary) => void): void {
    this.updateListeners.push(listener);
  }

  /**
   * Sets the workspace folders; corpora start afresh and need a scan. Open documents are forgotten too:
   * the caller hands them in again ({@link takesOpenDocument}), since a folder's coming or going decides
   * which of them belong.
   */
  setFolders(folders: { uri: string; name: string }[]): void {
    const settings = new Map([...this.corpora.values()].map((corpus) => [corpus.folder, corpus.settings]));
    this.corpora.clear();
    this.looseDocuments = new Corpus('', this.looseDocuments.name);
    for (const folder of folders) {
      const root = normaliseUri(folder.uri);
      const corpus = new Corpus(root, folder.name);
      corpus.settings = settings.get(root) ?? defaultSettings;
      this.corpora.set(root, corpus);
    }
  }

  /** Starts over with the same folders, e.g. when a fincorpus.json appears or disappears below a folder. */
  resetCorpora(): void {
    this.setFolders(this.folders());
  }

  /** The workspace folders, as corpora rooted at them. */
  folders(): { uri: string; name: string }[] {
    return [...this.corpora.values()].filter((corpus) => corpus.root === corpus.folder).map((corpus) => ({ uri: corpus.root, name: corpus.name }));
  }

  allCorpora(): Corpus[] {
    return [...this.corpora.values(), this.looseDocuments];
  }

  /** The corpus whose folder holds uri (the innermost one), or the corpus of loose documents. */
  corpusFor(uri: string): Corpus {
    const normalised = normaliseUri(uri);
    let best: Corpus | undefined;
    for (const corpus of this.corpora.values()) {
      if (relativePath(corpus.root, normalised) !== null && (!best || corpus.root.length > best.root.length)) best = corpus;
    }
    return best ?? this.looseDocuments;
  }

  /** The corpus whose configuration file uri is, if it is one. */
  corpusOfConfig(uri: string): Corpus | undefined {
    const normalised = normaliseUri(uri);
    return [...this.corpora.values()].find((corpus) => corpus.configState.uri === normalised);
  }

  /**
   * Whether an open document belongs to a corpus: every document inside a workspace folder, and
   * FinCorpus documents anywhere; a plain-text or Markdown file elsewhere is left alone.
   */
  takesOpenDocument(uri: string, languageId: string): boolean {
    return languageId === 'fincorpus' || this.corpusFor(uri) !== this.looseDocuments;
  }

  entry(uri: string): { corpus: Corpus; entry: DocumentEntry } | undefined {
    const normalised = normaliseUri(uri);
    const corpus = this.corpusFor(normalised);
    const entry = corpus.entries.get(corpus.pathOf(normalised));
    return entry ? { corpus, entry } : undefined;
  }

  /** Sets a document's text (from the editor or from disk); it is analysed with the next dirty documents. */
  setText(uri: string, text: string, open: boolean, encoding = 'utf-8'): void {
    const normalised = normaliseUri(uri);
    const corpus = this.corpusFor(normalised);
    const path = corpus.pathOf(normalised);
    const existing = corpus.entries.get(path);
    if (existing && existing.text === text) {
      // Opening a document whose text is already indexed changes its owner, not its facts; closing it
      // lets go of its text.
      existing.open = open;
      const facts = corpus.index.get(path);
      if (!open && !existing.dirty && facts) corpus.entries.set(path, corpus.closedEntry(normalised, path, facts, text.length, existing.encoding));
      return;
    }
    corpus.entries.set(path, { uri: normalised, path, text, lines: new LineIndex(text), open, dirty: true, encoding });
  }

  /** Forgets a document; listeners hear which documents' diagnostics may change. */
  remove(uri: string): void {
    const normalised = normaliseUri(uri);
    const corpus = this.corpusFor(normalised);
    const path = corpus.pathOf(normalised);
    if (!corpus.entries.delete(path)) return;
    const summary = new Update();
    summary.changed.add(normalised);
    summary.addAffected(corpus, corpus.index.remove(path));
    this.emit(summary);
  }

  /** Reads a closed document from disk, if the corpus includes it; removes it when it is gone or refused. */
  async readFromDisk(uri: string): Promise<void> {
    const normalised = normaliseUri(uri);
    // A file rewritten while it is read is read again; only the latest read may set its text.
    const generation = (this.readGenerations.get(normalised) ?? 0) + 1;
    this.readGenerations.set(normalised, generation);
    try {
      await this.readLatest(normalised, () => this.readGenerations.get(normalised) !== generation);
    } finally {
      if (this.readGenerations.get(normalised) === generation) this.readGenerations.delete(normalised);
    }
  }

  private async readLatest(normalised: string, superseded: () => boolean): Promise<void> {
    const read = await this.readBytes(normalised, superseded);
    if (!read) return;
    const { corpus, path, bytes } = read;
    const decoded = decodeBytes(bytes, corpus.config.encodings[path]);
    if (decoded.kind === 'binary') return this.skipBinary(normalised, path, decoded.reason);
    if (corpus.entries.get(path)?.open) return;
    this.setText(normalised, decoded.text, false, decoded.encoding);
  }

  private skipBinary(normalised: string, path: string, reason: string): void {
    this.logger.info(`Skipped ${path}: ${reason}.`);
    this.remove(normalised);
  }

  /**
   * The bytes of a closed document the corpus includes; null when there is nothing to read (the
   * document is open, superseded by a newer read, or gone or refused, and then removed).
   */
  private async readBytes(normalised: string, superseded: () => boolean): Promise<{ corpus: Corpus; path: string; bytes: Uint8Array } | null> {
    const corpus = this.corpusFor(normalised);
    const path = corpus.pathOf(normalised);
    if (corpus.entries.get(path)?.open) return null;
    const removed = (): null => {
      this.remove(normalised);
      return null;
    };
    if (!corpus.root || !corpus.isIncluded(normalised)) return removed();
    const stat = await this.fileSystem.stat(normalised);
    if (superseded()) return null;
    if (!stat || stat.type !== 'file') return removed();
    const skipTooLarge = (size: number): null => {
      this.logger.info(`Skipped ${path}: ${size} bytes is over fincorpus.maxFileSize (${corpus.settings.maxFileSize}).`);
      return removed();
    };
    if (stat.size > corpus.settings.maxFileSize) return skipTooLarge(stat.size);
    let bytes: Uint8Array;
    try {
      bytes = await this.fileSystem.readFile(normalised);
    } catch (error) {
      // Deleted or locked between stat and read: the document is gone for now; a watcher event brings it back.
      if (superseded()) return null;
      this.logger.warn(`Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return removed();
    }
    if (superseded()) return null;
    // The file may have grown after the stat.
    if (bytes.length > corpus.settings.maxFileSize) return skipTooLarge(bytes.length);
    return { corpus, path, bytes };
  }

  /**
   * Reads a document and has it decoded and analysed in the background; the result is applied by
   * {@link applyBackground}, in scan order. Null when there is nothing to apply.
   */
  private async readForBackground(normalised: string, background: BackgroundAnalysis): Promise<BackgroundRead | null> {
    const generation = (this.readGenerations.get(normalised) ?? 0) + 1;
    this.readGenerations.set(normalised, generation);
    const superseded = () => this.readGenerations.get(normalised) !== generation;
    const release = () => {
      if (!superseded()) this.readGenerations.delete(normalised);
    };
    try {
      const read = await this.readBytes(normalised, superseded);
      if (!read) {
        release();
        return null;
      }
      const { corpus, path, bytes } = read;
      const config = corpus.config;
      const encoding = config.encodings[path];
      const documentDateOverride = config.documentDates[path];
      const result = await background.analyse(config, { path, bytes, ...(encoding ? { encoding } : {}), ...(documentDateOverride ? { documentDateOverride } : {}) });
      return { normalised, generation, corpus, path, config, result };
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Takes in a background analysis, unless something newer (an edit, a later read, new settings) overtook it. */
  private applyBackground(read: BackgroundRead): void {
    const { normalised, corpus, path, result } = read;
    if (this.readGenerations.get(normalised) !== read.generation) return;
    this.readGenerations.delete(normalised);
    if (this.corpusFor(normalised) !== corpus || corpus.entries.get(path)?.open) return;
    if (result.kind === 'binary') return this.skipBinary(normalised, path, result.reason);
    if (result.kind === 'failed') {
      corpus.entries.set(path, { uri: normalised, path, text: null, lines: new LineTable([0], 0), open: false, dirty: false, encoding: result.encoding });
      this.logger.warn(`Analysis of ${path} failed: ${result.message}`);
      return;
    }
    const entry = corpus.closedEntry(normalised, path, result.facts, result.textLength, result.encoding);
    corpus.entries.set(path, entry);
    // Facts of another configuration are stale: the entry stays dirty, and the new configuration's
    // re-read ({@link reindexStale}) reads it again.
    if (corpus.config !== read.config) {
      entry.dirty = true;
      return;
    }
    corpus.index.update(corpus.compactForIndex(result.facts), { collectAffected: false });
    const summary = new Update();
    summary.changed.add(entry.uri);
    this.emit(summary);
  }

  /** Loads (or reloads) a corpus's configuration from the editor's text or from disk. */
  async loadConfig(corpus: Corpus, openText?: string): Promise<void> {
    const state = corpus.configState;
    if (!state.uri) return;
    let text = openText;
    if (text === undefined) {
      const stat = await this.fileSystem.stat(state.uri);
      if (stat?.type === 'file') {
        const decoded = decodeBytes(await this.fileSystem.readFile(state.uri));
        text = decoded.kind === 'text' ? decoded.text : '';
      }
    }
    state.exists = text !== undefined;
    state.current = text ?? null;
    if (text === undefined) {
      state.text = null;
      state.problems = [];
      corpus.fileConfig = defaultCorpusConfig;
    } else {
      const parsed = parseCorpusConfig(text);
      if (parsed.ok) {
        state.text = null;
        state.problems = [];
        corpus.fileConfig = parsed.config;
      } else {
        // Keep the last good configuration; the problems are reported on the file.
        state.text = text;
        state.problems = parsed.problems;
        this.logger.warn(`${configFileName} in ${corpus.name} has ${parsed.problems.length} problem(s); keeping the last valid configuration.`);
      }
    }
    corpus.applyConfiguration();
  }

  /**
   * Scans every folder and reads and analyses its documents, reporting progress. The server runs it
   * through {@link IndexScheduler.queueScan}, so that scans never overlap and requests wait for them.
   */
  scanAll(progress: ScanProgress): Promise<void> {
    return this.scan([...this.corpora.values()], progress);
  }

  private async scan(corpora: Corpus[], progress: ScanProgress): Promise<void> {
    const found: string[] = [];
    const seen = new Set<string>();
    for (const corpus of corpora.filter((c) => c.root === c.folder)) {
      await this.loadConfig(corpus);
      for (const uri of await this.listDocuments(corpus, corpus.root)) {
        seen.add(uri);
        found.push(uri);
      }
    }
    // Configurations below the folders were registered while listing; they govern their documents.
    for (const corpus of this.corpora.values()) if (corpus.root !== corpus.folder) await this.loadConfig(corpus);
    // Documents that no longer match the globs (after a settings change) leave the index.
    for (const corpus of this.corpora.values()) {
      for (const entry of [...corpus.entries.values()]) if (!entry.open && !seen.has(entry.uri)) this.remove(entry.uri);
    }
    await this.readAndAnalyse(found, progress);
  }

  /**
   * Reads again the closed documents that a new configuration left dirty (they keep no text), on the
   * background threads when there are some, and then analyses the dirty open ones. The server queues
   * it as a scan after every configuration change, so that requests wait for it; without progress.
   */
  reindexStale(): Promise<void> {
    const stale: string[] = [];
    for (const corpus of this.allCorpora()) for (const entry of corpus.entries.values()) if (entry.dirty && entry.text === null) stale.push(entry.uri);
    return this.readAndAnalyse(stale, { begin() {}, report() {}, end() {} });
  }

  /** Reads and analyses documents in the order given, with their progress; then every dirty document. */
  private async readAndAnalyse(found: readonly string[], progress: ScanProgress): Promise<void> {
    progress.begin(found.length);
    if (this.background && this.background.threads > 1 && found.length > 0) {
      await this.scanInBackground(found, this.background, progress);
      return;
    }
    let done = 0;
    for (const uri of found) {
      try {
        await this.readFromDisk(uri);
      } catch (error) {
        this.logger.warn(`Could not read ${uri}: ${error instanceof Error ? error.message : String(error)}`);
      }
      done++;
      // Analyse as we go so that memory holds facts rather than a backlog of dirty texts. Only the
      // document just read: looking through every entry, or collecting every document that shares its
      // claim keys, would make the scan quadratic; the end of the scan re-checks all of them anyway.
      this.analyseScannedDocument(uri);
      progress.report(done, found.length, uri);
      await yieldToEventLoop();
    }
    this.analyseDirtyDocuments();
    progress.end();
  }

  /** The scan's reading and analysis on the background threads; the index takes the documents in scan order. */
  private async scanInBackground(found: readonly string[], background: BackgroundAnalysis, progress: ScanProgress): Promise<void> {
    const failedRead = (uri: string, error: unknown): null => {
      this.logger.warn(`Could not read ${uri}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    };
    await analyseInOrder(
      found,
      background.threads * 4,
      (uri) => this.readForBackground(uri, background).catch((error: unknown) => failedRead(uri, error)),
      (read, uri, i) => {
        if (read) this.applyBackground(read);
        progress.report(i + 1, found.length, uri);
      },
    );
    // Edits are analysed here, in this thread: the workers' memory is given back until the next scan.
    await background.idle?.();
    this.analyseDirtyDocuments();
    progress.end();
  }

  /** The documents below directory that the folder's globs include; registers nested corpus roots on the way. */
  private async listDocuments(folder: Corpus, directory: string): Promise<string[]> {
    let children: [string, FileType][];
    try {
      children = await this.fileSystem.readDirectory(directory);
    } catch (error) {
      this.logger.warn(`Could not list ${directory}: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const found: string[] = [];
    const sorted = children.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (directory !== folder.root && sorted.some(([name, type]) => name === configFileName && type === 'file')) {
      const root = normaliseUri(directory);
      if (!this.corpora.has(root)) {
        const nested = new Corpus(root, `${folder.name}/${relativePath(folder.root, root)}`, folder.root);
        nested.settings = folder.settings;
        this.corpora.set(root, nested);
      }
    }
    for (const [name, type] of sorted) {
      const uri = childUri(directory, name);
      if (type === 'directory') {
        if (alwaysSkippedDirectories.has(name)) continue;
        found.push(...(await this.listDocuments(folder, uri)));
      } else if (type === 'file' && name !== configFileName && folder.isIncluded(uri)) {
        found.push(uri);
      }
    }
    return found;
  }

  /**
   * What a request does before it reads the index: waits for the scans queued so far, then analyses
   * every dirty document. Throws {@link CancelledError} once the token is cancelled.
   */
  async settle(token: ObservableCancellationToken): Promise<void> {
    await this.scans.whenScanned(token);
    this.analyseDirtyDocuments(token);
  }

  /**
   * Analyses every dirty document and tells the listeners what changed (also what was analysed before
   * a cancellation). The scan and the pause after edits call it without a token.
   */
  analyseDirtyDocuments(token: CancellationToken = neverCancelled): void {
    const summary = new Update();
    try {
      for (const corpus of this.allCorpora()) {
        for (const entry of corpus.entries.values()) {
          // A closed document without its text waits for its re-read (reindexStale).
          if (!entry.dirty || entry.text === null) continue;
          throwIfCancelled(token);
          this.analyse(corpus, entry, token, summary);
        }
      }
    } finally {
      this.emit(summary);
    }
  }

  /** Analyses one document the scan has read, without collecting the documents it affects. */
  private analyseScannedDocument(uri: string): void {
    const found = this.entry(uri);
    if (!found?.entry.dirty) return;
    const summary = new Update();
    this.analyse(found.corpus, found.entry, neverCancelled, summary, false);
    this.emit(summary);
  }

  get hasDirtyDocuments(): boolean {
    return this.allCorpora().some((corpus) => [...corpus.entries.values()].some((entry) => entry.dirty));
  }

  private analyse(corpus: Corpus, entry: DocumentEntry, token: CancellationToken, summary: Update, collectAffected = true): void {
    if (entry.text === null) return;
    let facts: DocumentFacts;
    try {
      facts = corpus.analyzer.analyze(entry.path, entry.text, {
        documentDateOverride: corpus.config.documentDates[entry.path],
        token,
      });
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      this.logger.warn(`Analysis of ${entry.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      entry.dirty = false;
      return;
    }
    entry.dirty = false;
    summary.changed.add(entry.uri);
    // A closed document keeps only its compact facts, and not its text.
    if (!entry.open) corpus.entries.set(entry.path, corpus.closedEntry(entry.uri, entry.path, facts, entry.text.length, entry.encoding));
    const kept = entry.open ? facts : corpus.compactForIndex(facts, { copy: true });
    summary.addAffected(corpus, corpus.index.update(kept, { collectAffected }));
  }

  /**
   * A document with its text and every fact: an open one as it is; a closed one, whose text and
   * mentions the index does not keep, read and analysed again (not kept either). Undefined when the
   * index has no facts of it or it cannot be read. Call it after the workspace has settled.
   */
  async loadDocument(corpus: Corpus, entry: DocumentEntry, token: CancellationToken = neverCancelled): Promise<LoadedDocument | undefined> {
    const indexed = corpus.index.get(entry.path);
    if (!indexed) return undefined;
    if (entry.text !== null) return { text: entry.text, lines: entry.lines instanceof LineIndex ? entry.lines : new LineIndex(entry.text), facts: indexed };
    let bytes: Uint8Array;
    try {
      bytes = await this.fileSystem.readFile(entry.uri);
    } catch {
      return undefined;
    }
    throwIfCancelled(token);
    const decoded = decodeBytes(bytes, corpus.config.encodings[entry.path]);
    if (decoded.kind === 'binary') return undefined;
    const facts = corpus.analyzer.analyze(entry.path, decoded.text, { documentDateOverride: corpus.config.documentDates[entry.path], token });
    return { text: decoded.text, lines: new LineIndex(decoded.text), facts };
  }

  private emit(summary: Update): void {
    if (summary.empty) return;
    for (const listener of this.updateListeners) listener(summary);
  }

  documentCount(): number {
    return this.allCorpora().reduce((sum, corpus) => sum + corpus.entries.size, 0);
  }
}
