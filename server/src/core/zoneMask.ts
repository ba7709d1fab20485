import type { Span } from './types';

/**
 * A sorted set of non-figure regions. Recognisers ask it whether a candidate overlaps a region
 * (an HTML attribute, a URL, a date already recognised …) in O(log n).
 */
export class ZoneMask {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    // Merge overlapping spans so that a binary search over starts finds the only candidate.
    this.starts = [];
    this.ends = [];
    for (const span of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && span.start <= this.ends[last]!) {
        this.ends[last] = Math.max(this.ends[last]!, span.end);
      } else {
        this.starts.push(span.start);
        this.ends.push(span.end);
      }
    }
  }

  static readonly EMPTY = new ZoneMask([]);

  /** A new mask that also covers the given spans. */
  with(spans: readonly Span[]): ZoneMask {
    const merged: Span[] = this.starts.map((start, i) => ({ start, end: this.ends[i]! }));
    return new ZoneMask(merged.concat(spans));
  }

  /** Index of the last region starting at or before offset, or -1. */
  private lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** True when the character at offset lies inside a region. */
  covers(offset: number): boolean {
    const i = this.lastStartingAtOrBefore(offset);
    return i >= 0 && offset < this.ends[i]!;
  }

  /** True when [start, end) shares at least one character with a region. */
  intersects(start: number, end: number): boolean {
    if (end <= start) return false;
    const i = this.lastStartingAtOrBefore(end - 1);
    return i >= 0 && this.ends[i]! > start;
  }

  /** The start of the first region that starts at or after offset, or Infinity when none does. */
  nextStart(offset: number): number {
    const i = this.lastStartingAtOrBefore(offset - 1) + 1;
    return i < this.starts.length ? this.starts[i]! : Number.POSITIVE_INFINITY;
  }

  /** The end of the region covering offset, or offset itself when none does. */
  skip(offset: number): number {
    const i = this.lastStartingAtOrBefore(offset);
    return i >= 0 && offset < this.ends[i]! ? this.ends[i]! : offset;
  }

  get size(): number {
    return this.starts.length;
  }
}
