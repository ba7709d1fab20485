/**
 * The progress line of long runs: documents, megabytes and rate, redrawn in place on stderr. Drawn
 * only for a person at a terminal: never when stderr is a pipe or a file, nor in CI.
 */

export interface ProgressEnvironment {
  /** Whether stderr is a terminal. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** True when a progress line helps: stderr is a terminal and no CI variable is set (any value but "" or "false"). */
export function shouldShowProgress({ isTTY, env }: ProgressEnvironment): boolean {
  if (!isTTY) return false;
  const ci = env.CI;
  return ci === undefined || ci === '' || ci.toLowerCase() === 'false' || ci === '0';
}

const megabyte = 1024 * 1024;

/** "1,204/5,000 documents · 12.3 MB · 4.1 MB/s"; the rate is left out before a tenth of a second has passed. */
export function formatProgress(done: number, total: number, bytes: number, seconds: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  const rate = seconds >= 0.1 ? ` · ${(bytes / megabyte / seconds).toFixed(1)} MB/s` : '';
  return `${count(done)}/${count(total)} documents · ${(bytes / megabyte).toFixed(1)} MB${rate}`;
}

export interface ProgressLine {
  update(done: number, total: number, bytes: number): void;
  /** Clears the line, so that what follows starts on a clean line. */
  finish(): void;
}

const silent: ProgressLine = { update() {}, finish() {} };

/**
 * A progress line on `write` (stderr), redrawn at most every `intervalMs` and at the last document;
 * `now` gives milliseconds. Silent when {@link shouldShowProgress} says so.
 */
export function createProgressLine(
  environment: ProgressEnvironment,
  write: (chunk: string) => void,
  now: () => number = () => performance.now(),
  intervalMs = 100,
): ProgressLine {
  if (!shouldShowProgress(environment)) return silent;
  const started = now();
  let lastDrawn = -Infinity;
  let bytes = 0;
  let drawn = false;
  return {
    update(done, total, added) {
      bytes += added;
      const at = now();
      if (done < total && at - lastDrawn < intervalMs) return;
      lastDrawn = at;
      drawn = true;
      // \r returns to the line's start and \x1b[K clears what a longer earlier line left.
      write(`\r\x1b[K${formatProgress(done, total, bytes, (at - started) / 1000)}`);
    },
    finish() {
      if (drawn) write('\r\x1b[K');
    },
  };
}
