/**
 * Line starts of a text, for turning offsets into 0-based line/character positions and back.
 * Characters are UTF-16 code units, as LSP counts them and as JavaScript indexes strings.
 */
import type { Span } from './types';

export interface Position {
  line: number;
  character: number;
}

export interface LineRange {
  start: Position;
  end: Position;
}

/**
 * Offset of the first character of each line (0 first); a line break is \n, \r\n or a lone \r.
 * Typed, so that a large corpus's tables stay small.
 */
export function lineStartsOf(text: string): Uint32Array {
  const isBreak = (i: number): boolean => {
    const code = text.charCodeAt(i);
    return code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10);
  };
  let count = 1;
  for (let i = 0; i < text.length; i++) if (isBreak(i)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = 0; i < text.length; i++) if (isBreak(i)) starts[line++] = i + 1;
  return starts;
}

/** The position of an offset (clamped to the text) from the line starts and the text's length alone. */
export function positionIn(lineStarts: ArrayLike<number>, length: number, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, length));
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: clamped - lineStarts[low]! };
}

export class LineIndex {
  private readonly lineStarts: Uint32Array;

  constructor(readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    return positionIn(this.lineStarts, this.text.length, offset);
  }

  /** A character past the end of its line means the line's end, as LSP says. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset just before the line break of a 0-based line. */
  private lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    while (end > this.lineStarts[line]! && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    return line < this.lineStarts.length ? this.text.slice(start, this.lineEnd(line)) : '';
  }

  rangeOf(span: Span): LineRange {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: LineRange): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}

/** Offsets → positions, which is all that ranges in other documents need. */
export interface DocumentLines {
  positionAt(offset: number): Position;
  rangeOf(span: Span): LineRange;
}

/**
 * Positions of a text known by its line starts and length alone: a closed document whose text the
 * server does not keep (its facts carry the line table).
 */
export class LineTable implements DocumentLines {
  constructor(
    private readonly lineStarts: ArrayLike<number>,
    private readonly length: number,
  ) {}

  positionAt(offset: number): Position {
    return positionIn(this.lineStarts, this.length, offset);
  }

  rangeOf(span: Span): LineRange {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
