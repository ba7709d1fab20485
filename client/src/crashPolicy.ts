/**
 * What to do when the language server's connection closes without being asked to: restart it, at
 * most a few times within a window, and tell the user once. Editor-free so that unit tests can
 * drive it with a clock; serverConnection.ts turns decisions into vscode-languageclient's
 * CloseAction and puts up the message with a "Show Log" button.
 */

export interface CrashDecision {
  restart: boolean;
  /**
   * What to tell the user, if anything: 'restarted' after the first crash of the session,
   * 'gave-up' when the crashes come too fast to keep restarting; null for every other crash.
   */
  tell: 'restarted' | 'gave-up' | null;
  /** Crashes within the window, this one included. */
  recentCrashes: number;
}

export class CrashPolicy {
  private crashTimes: number[] = [];
  private toldRestarted = false;
  private toldGaveUp = false;

  constructor(
    /** Restarts allowed within the window; one more crash stops the server. */
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server's connection closed unexpectedly. */
  closed(): CrashDecision {
    const now = this.now();
    this.crashTimes = this.crashTimes.filter((time) => now - time < this.windowMs);
    this.crashTimes.push(now);
    const recentCrashes = this.crashTimes.length;
    if (recentCrashes > this.maxRestarts) {
      const tell = this.toldGaveUp ? null : 'gave-up';
      this.toldGaveUp = true;
      return { restart: false, tell, recentCrashes };
    }
    const tell = this.toldRestarted ? null : 'restarted';
    this.toldRestarted = true;
    return { restart: true, tell, recentCrashes };
  }

  /**
   * The user restarted the server: crashes before it no longer count towards giving up, and giving up
   * again would be news. That the server crashed at all was told already.
   */
  reset(): void {
    this.crashTimes = [];
    this.toldGaveUp = false;
  }
}
