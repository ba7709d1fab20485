/**
 * The only place where core offsets meet LSP positions. Core offsets are UTF-16 code-unit indices
 * (JavaScript string indices), which is also LSP's default position encoding, so a position is the
 * line number and the code-unit distance from that line's start. Lines end at \n, \r\n or \r.
 */
import { DiagnosticSeverity, type Position, type Range } from 'vscode-languageserver';
import type { Severity } from './core/corpus';
import type { Span } from './core/types';

export class LineIndex {
  /** Offset of the first character of each line; typed, so that a large corpus's tables stay small. */
  private readonly lineStarts: Uint32Array;

  constructor(readonly text: string) {
    // Two passes, counting then filling, so that no growing array is left behind for the collector.
    let count = 1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        count++;
      } else if (code === 0x0a) {
        count++;
      }
    }
    const starts = new Uint32Array(count);
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts[line++] = i + 1;
      } else if (code === 0x0a) {
        starts[line++] = i + 1;
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line]!;
    const lineEnd = this.lineEndWithoutBreak(position.line);
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  private lineEndWithoutBreak(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    while (end > this.lineStarts[line]! && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/** True when the span contains the offset, counting its end (a cursor just after a figure is on it). */
export function spanTouches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** A file URI with the 1-based line fragment VS Code understands in Markdown links: file:///a.txt#L12. */
export function uriWithLine(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}
