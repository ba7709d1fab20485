/** Plain-text renderings for the terminal: diagnostics, the metrics table and CSV. */
import type { MetricSeries } from '../core/corpusIndex';
import type { DiagnosticJson } from './report';

/** Display width in a terminal: East Asian wide and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatDiagnostics(diagnostics: readonly DiagnosticJson[]): string {
  return diagnostics
    .map((d) => {
      const head = `${d.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`;
      const related = d.related.map((r) => `    ${r.path}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.message}`);
      return [head, ...related].join('\n');
    })
    .join('\n');
}

function period(start: string, end: string): string {
  return start === end ? start : `${start}…${end}`;
}

export const metricsHeader = ['subject', 'metric', 'unit', 'as of', 'figure', 'value', 'low', 'high', 'source', 'conflict'];

export function metricsRows(series: readonly MetricSeries[], lineOf: (path: string, offset: number) => number): string[][] {
  return series.flatMap((s) =>
    s.observations.map((o) => [
      s.subject,
      s.metric,
      s.unit,
      period(o.claim.asOf.start, o.claim.asOf.end) + (o.claim.asOf.source === 'document-date' ? ' (doc)' : ''),
      o.figure.text,
      o.figure.value ?? '',
      o.figure.low ?? '',
      o.figure.high ?? '',
      `${o.path}:${lineOf(o.path, o.figure.start) + 1}`,
      s.conflicts > 0 ? String(s.conflicts) : '',
    ]),
  );
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}
