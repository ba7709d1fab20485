/**
 * When the server analyses and when it tells the editor. Edits are analysed once they pause; changes
 * of the index are announced once they pause and no scan is running; scans of the workspace run one
 * after another, and requests wait for the scans queued before them. The timers come from an injected
 * {@link Clock}, so tests drive the schedule without waiting.
 */
import { CancelledError, type CancellationToken } from './core/cancellation';

/** The timers the scheduler sets; the server uses the system's, tests a clock they advance by hand. */
export interface Clock {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A cancellation token that also says when it is cancelled, as LSP's do, so that a wait need not poll it. */
export interface ObservableCancellationToken extends CancellationToken {
  onCancellationRequested?(listener: () => void): { dispose(): void };
}

/**
 * Resolves as the promise does; rejects with {@link CancelledError} as soon as the token is cancelled.
 * A token that cannot say when it is cancelled is looked at once the promise has settled.
 */
export function awaitCancellable<T>(promise: Promise<T>, token: ObservableCancellationToken): Promise<T> {
  if (token.isCancellationRequested) return Promise.reject(new CancelledError());
  return new Promise<T>((resolve, reject) => {
    const subscription = token.onCancellationRequested?.(() => reject(new CancelledError()));
    promise.then(
      (value) => {
        subscription?.dispose();
        if (token.isCancellationRequested) reject(new CancelledError());
        else resolve(value);
      },
      (error: unknown) => {
        subscription?.dispose();
        reject(error);
      },
    );
  });
}

/** What the server announces when the index has changed. */
export interface IndexAnnouncement {
  /** The documents analysed since the last announcement, sorted. */
  changed: string[];
  /**
   * True when documents other than the ones the editor just changed may show other findings (a scan,
   * the configuration, a document sharing a claim key with an edited one): every view is refreshed.
   */
  refreshAll: boolean;
}

/** The work the scheduler sets going; the server's, or a test's record of it. */
export interface ScheduledWork {
  /** Analyses the documents changed since the last analysis: edits, files read from disk. */
  analyseChanges(): void;
  /** Tells the editor that the index has changed. */
  announce(announcement: IndexAnnouncement): void;
  /** A queued scan failed; the scans after it still run. */
  scanFailed(error: unknown): void;
}

/** How long changes pause before they are analysed, and index updates before they are announced, in milliseconds. */
export const pauseMs = 150;

export class IndexScheduler {
  private analysisTimer: unknown;
  private announcementTimer: unknown;
  private readonly changedSinceAnnouncement = new Set<string>();
  private refreshAllAtAnnouncement = false;
  private queuedScans = 0;
  /** The last scan queued; each scan starts when the one before it has ended. */
  private lastScan: Promise<void> = Promise.resolve();
  private revisionCount = 0;
  private disposed = false;

  constructor(
    private readonly work: ScheduledWork,
    private readonly clock: Clock = systemClock,
    private readonly delayMs = pauseMs,
  ) {}

  /**
   * Counts updates of the index and announcements: a result computed at one revision (a diagnostic
   * report's result id, the cached workspace reports) is stale at the next.
   */
  get revision(): number {
    return this.revisionCount;
  }

  /** True while a scan is queued or running: the index is not complete, and announcements wait for its end. */
  get scanning(): boolean {
    return this.queuedScans > 0;
  }

  /** Documents changed (an edit, a file read from disk): they are analysed once changes pause. */
  changesMade(): void {
    if (this.disposed) return;
    this.clock.clearTimeout(this.analysisTimer);
    this.analysisTimer = this.clock.setTimeout(() => {
      this.analysisTimer = undefined;
      this.work.analyseChanges();
    }, this.delayMs);
  }

  /** The index took in analyses: they are announced together once updates pause and no scan is running. */
  indexUpdated(changed: Iterable<string>, refreshAll: boolean): void {
    this.revisionCount++;
    for (const uri of changed) this.changedSinceAnnouncement.add(uri);
    if (refreshAll) this.refreshAllAtAnnouncement = true;
    this.announceAfterPause();
  }

  /** The configuration or the settings changed: every document is analysed again, and every view refreshed. */
  configurationChanged(): void {
    this.refreshAllAtAnnouncement = true;
    this.changesMade();
    this.announceAfterPause();
  }

  /**
   * Queues a scan after the ones queued before it. Its end is announced at once, with every view
   * refreshed, unless another scan is queued: then that one's end is.
   */
  queueScan(scan: () => Promise<void>): Promise<void> {
    this.queuedScans++;
    this.lastScan = this.lastScan
      .then(scan)
      .catch((error: unknown) => this.work.scanFailed(error))
      .finally(() => {
        this.queuedScans--;
        this.refreshAllAtAnnouncement = true;
        this.announceNow();
      });
    return this.lastScan;
  }

  /**
   * Resolves once the scans queued so far have ended; rejects with {@link CancelledError} when the
   * token is cancelled first. Scans queued later are not waited for.
   */
  whenScanned(token: ObservableCancellationToken): Promise<void> {
    return awaitCancellable(this.lastScan, token);
  }

  /** Stops the timers; nothing is analysed or announced any more. */
  dispose(): void {
    this.disposed = true;
    this.clock.clearTimeout(this.analysisTimer);
    this.clock.clearTimeout(this.announcementTimer);
    this.analysisTimer = this.announcementTimer = undefined;
  }

  private announceAfterPause(): void {
    if (this.disposed) return;
    this.clock.clearTimeout(this.announcementTimer);
    this.announcementTimer = this.clock.setTimeout(() => this.announceNow(), this.delayMs);
  }

  private announceNow(): void {
    this.clock.clearTimeout(this.announcementTimer);
    this.announcementTimer = undefined;
    // A scan announces its own end; what came in meanwhile goes with it.
    if (this.disposed || this.queuedScans > 0) return;
    const announcement = { changed: [...this.changedSinceAnnouncement].sort(), refreshAll: this.refreshAllAtAnnouncement };
    this.changedSinceAnnouncement.clear();
    this.refreshAllAtAnnouncement = false;
    this.revisionCount++;
    this.work.announce(announcement);
  }
}
