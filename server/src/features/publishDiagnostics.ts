/**
 * Pushed diagnostics, for clients that cannot pull them (no `textDocument.diagnostic` capability:
 * Neovim before 0.10, lsp-mode, eglot). Each document has its own debounce timer; a publication
 * that a newer change overtakes while it is computed is dropped, and a document whose findings go
 * (or that closes) gets an empty list, so the editor clears it.
 */
import { CancellationTokenSource, type CancellationToken, type Diagnostic } from 'vscode-languageserver';
import { CancelledError } from '../core/cancellation';

export interface PublisherHost {
  /** The document's diagnostics now; null when the server does not know the URI. */
  compute(uri: string, token: CancellationToken): Promise<Diagnostic[] | null>;
  /** The editor's version of an open document, undefined for closed ones. */
  versionOf(uri: string): number | undefined;
  send(uri: string, diagnostics: Diagnostic[], version: number | undefined): void;
  /** Failures other than cancellation go to the log. */
  warn(message: string): void;
}

/** How long a document's changes settle before its diagnostics are computed and sent, in milliseconds. */
export const publishDelay = 50;

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, CancellationTokenSource>();
  /** Bumped on every schedule or clear of a document: a computation of an older generation is stale. */
  private readonly generations = new Map<string, number>();
  /** Documents whose last publication was not empty: they need an empty one when their findings go. */
  private readonly shown = new Set<string>();

  constructor(
    private readonly host: PublisherHost,
    private readonly delay = publishDelay,
  ) {}

  /** The documents the editor currently shows diagnostics for. */
  get published(): ReadonlySet<string> {
    return this.shown;
  }

  /**
   * (Re)starts the document's debounce; a computation in flight for it is cancelled and dropped. Index
   * updates, which come already batched, pass a delay of 0: schedules within one turn still coalesce.
   */
  schedule(uri: string, delay = this.delay): void {
    const generation = this.invalidate(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri, generation);
      }, delay),
    );
  }

  /** Sends an empty list at once (the document closed), dropping anything pending for it. */
  clear(uri: string, spelled = uri): void {
    this.invalidate(uri);
    this.shown.delete(uri);
    this.host.send(spelled, [], undefined);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const source of this.running.values()) source.cancel();
    this.timers.clear();
    this.running.clear();
  }

  private invalidate(uri: string): number {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.running.get(uri)?.cancel();
    this.running.delete(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    return generation;
  }

  private async publish(uri: string, generation: number): Promise<void> {
    const source = new CancellationTokenSource();
    this.running.set(uri, source);
    const version = this.host.versionOf(uri);
    let diagnostics: Diagnostic[] | null;
    try {
      diagnostics = await this.host.compute(uri, source.token);
    } catch (error) {
      if (!(error instanceof CancelledError) && !source.token.isCancellationRequested) {
        this.host.warn(`Diagnostics of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      return;
    } finally {
      if (this.running.get(uri) === source) this.running.delete(uri);
      source.dispose();
    }
    // A newer change came while this ran, or the editor moved on to another version: a later run sends.
    if (this.generations.get(uri) !== generation || this.host.versionOf(uri) !== version) return;
    const items = diagnostics ?? [];
    if (items.length === 0 && !this.shown.has(uri)) return;
    if (items.length === 0) this.shown.delete(uri);
    else this.shown.add(uri);
    this.host.send(uri, items, version);
  }
}
