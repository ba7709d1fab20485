/**
 * The chart panels: one webview per metric, showing its history from `fincorpus/series`. The page
 * loads only the bundled client/out/chart.js, under a strict Content-Security-Policy with a nonce.
 */
import * as vscode from 'vscode';
import type { ObservationDto, SeriesResult } from '../../server/src/protocol';
import type { MetricsSource } from './serverConnection';
import type { ChartData, ChartLabels, FromWebviewMessage, ToWebviewMessage } from './webview/messages';

export const chartViewType = 'fincorpus.chart';

/**
 * The chart page's words in the editor's language. The page fills the holes itself, so each hole is
 * passed through as "{0}" or "{1}".
 */
export function chartLabels(): ChartLabels {
  const [first, second] = ['{0}', '{1}'];
  return {
    asOf: vscode.l10n.t('As of'),
    asWritten: vscode.l10n.t('As written'),
    canonical: vscode.l10n.t('Canonical'),
    document: vscode.l10n.t('Document'),
    conflict: vscode.l10n.t('conflict'),
    conflicting: vscode.l10n.t('conflicting'),
    asOfPeriod: vscode.l10n.t('as of {0}', first),
    byDocumentDate: vscode.l10n.t('{0} (document date)', first),
    oneConflictingFigure: vscode.l10n.t('1 conflicting figure'),
    conflictingFigures: vscode.l10n.t('{0} conflicting figures', first),
    unitLine: vscode.l10n.t('Unit: {0} · {1}', first, second),
    oneObservation: vscode.l10n.t('1 observation'),
    observations: vscode.l10n.t('{0} observations', first),
    overTime: vscode.l10n.t('{0} {1} over time', first, second),
    unplotted: vscode.l10n.t('{0} observations carry no number and are listed below only.', first),
    gone: vscode.l10n.t('This metric is no longer in the corpus index.'),
  };
}

export function chartData(series: SeriesResult, locale: string, documentLabel: (uri: string) => string): ChartData {
  return {
    subject: series.subject,
    metric: series.metric,
    unit: series.unit,
    locale,
    points: series.points.map((point) => ({
      text: point.text,
      canonical: point.canonical,
      value: point.value,
      low: point.low,
      high: point.high,
      qualifier: point.qualifier,
      asOfStart: point.asOf.start,
      asOfEnd: point.asOf.end,
      asOfSource: point.asOf.source,
      document: documentLabel(point.uri),
      line: point.range.start.line + 1,
      conflict: point.conflict,
    })),
    labels: chartLabels(),
  };
}

export function chartHtml(webview: vscode.Webview, scriptUri: vscode.Uri, nonce: string, title: string): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const escapedTitle = title.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapedTitle}</title>
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 16px; }
  h1 { font-size: 1.3em; font-weight: 600; margin: 12px 0 2px; }
  .unit, .note, .empty { color: var(--vscode-descriptionForeground); margin: 0 0 8px; }
  svg.chart { display: block; overflow: visible; }
  .grid { stroke: var(--vscode-charts-lines, var(--vscode-editorWidget-border)); stroke-opacity: 0.35; stroke-width: 1; }
  .axis { stroke: var(--vscode-charts-lines, var(--vscode-foreground)); stroke-width: 1; }
  .tick { fill: var(--vscode-descriptionForeground); font-size: 11px; }
  .mark { --series: var(--vscode-charts-blue); }
  .series-1 { --series: var(--vscode-charts-orange); }
  .series-2 { --series: var(--vscode-charts-green); }
  .series-3 { --series: var(--vscode-charts-purple); }
  .series-4 { --series: var(--vscode-charts-yellow); }
  .series-5 { --series: var(--vscode-terminal-ansiCyan, var(--vscode-charts-blue)); }
  .series-6 { --series: var(--vscode-terminal-ansiMagenta, var(--vscode-charts-purple)); }
  .series-7 { --series: var(--vscode-foreground); }
  .mark .dot { fill: var(--series); stroke: var(--vscode-editor-background); stroke-width: 1.5; cursor: pointer; }
  .mark .dot:focus { outline: none; stroke: var(--vscode-focusBorder); stroke-width: 3; }
  .mark .whisker, .mark .period, .mark .arrow { stroke: var(--series); stroke-width: 2; fill: none; }
  .mark .period { stroke-opacity: 0.45; stroke-width: 6; stroke-linecap: round; }
  .mark .halo { fill: none; stroke: var(--vscode-charts-red, var(--vscode-errorForeground)); stroke-width: 2.5; }
  .legend { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
  .legend li { display: flex; align-items: center; gap: 6px; }
  .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; background: var(--vscode-charts-blue); }
  .swatch.series-1 { background: var(--vscode-charts-orange); }
  .swatch.series-2 { background: var(--vscode-charts-green); }
  .swatch.series-3 { background: var(--vscode-charts-purple); }
  .swatch.series-4 { background: var(--vscode-charts-yellow); }
  .swatch.series-5 { background: var(--vscode-terminal-ansiCyan, var(--vscode-charts-blue)); }
  .swatch.series-6 { background: var(--vscode-terminal-ansiMagenta, var(--vscode-charts-purple)); }
  .swatch.series-7 { background: var(--vscode-foreground); }
  .swatch.conflict { background: none; border: 2.5px solid var(--vscode-charts-red, var(--vscode-errorForeground)); width: 8px; height: 8px; }
  .tooltip { position: fixed; z-index: 10; white-space: pre; pointer-events: none; padding: 4px 8px; color: var(--vscode-editorHoverWidget-foreground); background: var(--vscode-editorHoverWidget-background); border: 1px solid var(--vscode-editorHoverWidget-border); }
  table.points { border-collapse: collapse; margin-top: 12px; }
  table.points th, table.points td { text-align: left; padding: 2px 12px 2px 0; }
  table.points td:first-child { white-space: nowrap; }
  table.points th { color: var(--vscode-descriptionForeground); font-weight: normal; }
  table.points tr.conflict td { color: var(--vscode-errorForeground); }
  a { color: var(--vscode-textLink-foreground); }
</style>
</head>
<body>
<div id="root"></div>
<script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}

/** A fresh nonce from Web Crypto, which both the desktop (Node) and the web extension host provide. */
function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(18)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Opens a figure's document with the figure selected. */
export async function revealObservation(observation: Pick<ObservationDto, 'uri' | 'range'>, viewColumn?: vscode.ViewColumn): Promise<void> {
  const { start, end } = observation.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(observation.uri));
  const editor = await vscode.window.showTextDocument(document, { selection, viewColumn, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

interface OpenChart {
  panel: vscode.WebviewPanel;
  series: SeriesResult | null;
  /** False until the first answer to `fincorpus/series`, so the page is not told "no data" too early. */
  loaded: boolean;
}

export class ChartPanels implements vscode.Disposable {
  private readonly open = new Map<string, OpenChart>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: MetricsSource,
    private readonly documentLabel: (uri: string) => string,
  ) {
    this.disposables.push(source.onDidChangeIndex(() => void this.refreshAll()));
  }

  /** The keys of the metrics whose charts are open; integration tests read it. */
  get openKeys(): string[] {
    return [...this.open.keys()];
  }

  async show(key: string, title: string): Promise<void> {
    const existing = this.open.get(key);
    if (existing) {
      existing.panel.reveal();
      return;
    }
    const scriptRoot = vscode.Uri.joinPath(this.extensionUri, 'client', 'out');
    const panel = vscode.window.createWebviewPanel(chartViewType, vscode.l10n.t('Chart: {0}', title), vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [scriptRoot],
    });
    const chart: OpenChart = { panel, series: null, loaded: false };
    this.open.set(key, chart);
    const nonce = newNonce();
    panel.webview.html = chartHtml(panel.webview, panel.webview.asWebviewUri(vscode.Uri.joinPath(scriptRoot, 'chart.js')), nonce, title);
    const messages = panel.webview.onDidReceiveMessage((message: FromWebviewMessage) => void this.handle(key, message));
    panel.onDidDispose(() => {
      messages.dispose();
      this.open.delete(key);
    });
    chart.series = await this.source.series(key);
    chart.loaded = true;
    await this.post(chart);
  }

  dispose(): void {
    for (const { panel } of this.open.values()) panel.dispose();
    this.open.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private async handle(key: string, message: FromWebviewMessage): Promise<void> {
    const chart = this.open.get(key);
    if (!chart) return;
    if (message.type === 'ready') {
      // The page asks when it loads, and again whenever VS Code recreates a hidden panel.
      if (chart.loaded) await this.post(chart);
    } else if (message.type === 'open') {
      const point = chart.series?.points[message.index];
      if (point) await revealObservation(point, vscode.ViewColumn.One);
    }
  }

  private async refreshAll(): Promise<void> {
    await Promise.all(
      [...this.open].map(async ([key, chart]) => {
        chart.series = await this.source.series(key);
        await this.post(chart);
      }),
    );
  }

  private async post(chart: OpenChart): Promise<void> {
    const data = chart.series ? chartData(chart.series, vscode.env.language, this.documentLabel) : null;
    const message: ToWebviewMessage = { type: 'series', data };
    await chart.panel.webview.postMessage(message);
  }
}
