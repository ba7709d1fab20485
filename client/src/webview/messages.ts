/**
 * The messages between the chart webview and the extension. The webview bundle cannot load the
 * protocol module, so the series travels as these plain shapes.
 */

export interface ChartPoint {
  /** The figure as written ("超3.6亿"). */
  text: string;
  canonical: string;
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: string;
  asOfStart: string;
  asOfEnd: string;
  /** "text" when a date in the document governs the figure, "document-date" otherwise. */
  asOfSource: string;
  /** The document's path relative to the workspace. */
  document: string;
  /** 1-based, as editors show it. */
  line: number;
  conflict: boolean;
}

export interface ChartData {
  subject: string;
  metric: string;
  unit: string;
  /** The display language of the editor, for number formatting. */
  locale: string;
  points: ChartPoint[];
  /** The page's words in the editor's language (vscode.l10n runs in the extension, not here); English when absent. */
  labels?: ChartLabels;
}

/** The words of the chart page; "{0}", "{1}" stand for the values the page fills in. */
export interface ChartLabels {
  asOf: string;
  asWritten: string;
  canonical: string;
  document: string;
  conflict: string;
  conflicting: string;
  /** "as of {0}" in a point's tooltip. */
  asOfPeriod: string;
  /** "{0} (document date)". */
  byDocumentDate: string;
  oneConflictingFigure: string;
  conflictingFigures: string;
  /** "Unit: {0} · {1}", where {1} is a count of observations. */
  unitLine: string;
  oneObservation: string;
  observations: string;
  /** "{0} {1} over time": the chart's accessible name. */
  overTime: string;
  unplotted: string;
  gone: string;
}

export const englishChartLabels: ChartLabels = {
  asOf: 'As of',
  asWritten: 'As written',
  canonical: 'Canonical',
  document: 'Document',
  conflict: 'conflict',
  conflicting: 'conflicting',
  asOfPeriod: 'as of {0}',
  byDocumentDate: '{0} (document date)',
  oneConflictingFigure: '1 conflicting figure',
  conflictingFigures: '{0} conflicting figures',
  unitLine: 'Unit: {0} · {1}',
  oneObservation: '1 observation',
  observations: '{0} observations',
  overTime: '{0} {1} over time',
  unplotted: '{0} observations carry no number and are listed below only.',
  gone: 'This metric is no longer in the corpus index.',
};

/** Fills "{0}", "{1}" … of a label. */
export function fillLabel(label: string, ...values: (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (hole, index: string) => String(values[Number(index)] ?? hole));
}

/** extension → webview */
export type ToWebviewMessage = { type: 'series'; data: ChartData | null };

/** webview → extension */
export type FromWebviewMessage = { type: 'ready' } | { type: 'open'; index: number };
