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
}

/** extension → webview */
export type ToWebviewMessage = { type: 'series'; data: ChartData | null };

/** webview → extension */
export type FromWebviewMessage = { type: 'ready' } | { type: 'open'; index: number };
