/**
 * Where core values become LSP's: offsets and positions, severities, symbol kinds, text edits. Core
 * offsets are UTF-16 code-unit indices (JavaScript string indices), which is also LSP's default
 * position encoding, so a position is the line number and the code-unit distance from that line's
 * start. Lines end at \n, \r\n or \r.
 */
import type { Edit } from 'jsonc-parser';
import { DiagnosticSeverity, SymbolKind, type TextEdit } from 'vscode-languageserver';
import type { Severity } from './core/findings/codes';
import { LineIndex, LineTable, type DocumentLines } from './core/lines';
import type { EntityKind, Span } from './core/types';

/**
 * Offsets ↔ LSP positions: the core's line index, whose ranges are LSP ranges, and the line table of
 * a closed document whose text is not kept (offsets → positions only).
 */
export { LineIndex, LineTable, type DocumentLines };

/** The position encodings the server speaks: only UTF-16, the encoding of the core's offsets. */
export type PositionEncoding = 'utf-16';

/**
 * The answer to the client's `general.positionEncodings`: UTF-16, which every client must support
 * and which needs no conversion. UTF-8 would have to convert every position the features produce.
 */
export function negotiatePositionEncoding(_offered: readonly string[] | undefined): PositionEncoding {
  return 'utf-16';
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

/** The symbol kind of an entity: a product is a class, an organisation a namespace, a platform a package. */
export function toSymbolKind(kind: EntityKind | undefined): SymbolKind {
  switch (kind) {
    case 'product':
      return SymbolKind.Class;
    case 'organisation':
      return SymbolKind.Namespace;
    case 'platform':
      return SymbolKind.Package;
    case 'statistic':
      return SymbolKind.Constant;
    default:
      return SymbolKind.Object;
  }
}

/** jsonc-parser's edits of `text` (offset and length) as LSP text edits. */
export function toTextEdits(text: string, edits: readonly Edit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map((edit) => ({ range: lines.rangeOf({ start: edit.offset, end: edit.offset + edit.length }), newText: edit.content }));
}

/** True when the span contains the offset, counting its end (a cursor just after a figure is on it). */
export function spanTouches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** A file URI with the 1-based line fragment VS Code understands in Markdown links: file:///a.txt#L12. */
export function uriWithLine(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}
