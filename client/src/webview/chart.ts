/**
 * The chart webview's script: draws a metric's history as SVG from the data the extension posts,
 * and asks the extension to open a figure's document when a point is clicked.
 */
import { layoutChart, type ChartLayout } from './chartLayout';
import { englishChartLabels, fillLabel, type ChartData, type ChartLabels, type ChartPoint, type FromWebviewMessage, type ToWebviewMessage } from './messages';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const svgNamespace = 'http://www.w3.org/2000/svg';
const seriesClasses = 8;

let current: ChartData | null = null;
/** The words of the page: the latest the extension sent, kept for when the metric disappears. */
let labels: ChartLabels = englishChartLabels;

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  parent?.appendChild(element);
  return element;
}

function html<K extends keyof HTMLElementTagNameMap>(name: K, className: string, text?: string, parent?: Element): HTMLElementTagNameMap[K] {
  const element = document.createElement(name);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  parent?.appendChild(element);
  return element;
}

function numberFormatter(locale: string): (value: number) => string {
  try {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 });
    return (value) => format.format(value);
  } catch {
    return (value) => String(value);
  }
}

function describePoint(point: ChartPoint): string {
  const period = point.asOfStart === point.asOfEnd ? point.asOfEnd : `${point.asOfStart} – ${point.asOfEnd}`;
  const dated = point.asOfSource === 'document-date' ? fillLabel(labels.byDocumentDate, period) : period;
  const conflicting = point.conflict ? `\n${labels.conflicting}` : '';
  return `${point.text} = ${point.canonical}\n${fillLabel(labels.asOfPeriod, dated)}\n${point.document}:${point.line}${conflicting}`;
}

function open(index: number): void {
  vscode.postMessage({ type: 'open', index });
}

function showTooltip(tooltip: HTMLElement, point: ChartPoint, x: number, y: number): void {
  tooltip.textContent = describePoint(point);
  tooltip.hidden = false;
  tooltip.style.left = `${x + 12}px`;
  tooltip.style.top = `${y + 12}px`;
}

function drawAxes(chart: SVGSVGElement, layout: ChartLayout): void {
  const { plot } = layout;
  const axes = svg('g', { class: 'axes' }, chart);
  for (const tick of layout.yTicks) {
    svg('line', { class: 'grid', x1: plot.left, x2: plot.right, y1: tick.position, y2: tick.position }, axes);
    const label = svg('text', { class: 'tick y', x: plot.left - 8, y: tick.position, 'dominant-baseline': 'middle', 'text-anchor': 'end' }, axes);
    label.textContent = tick.label;
  }
  for (const tick of layout.xTicks) {
    svg('line', { class: 'grid', x1: tick.position, x2: tick.position, y1: plot.top, y2: plot.bottom }, axes);
    const label = svg('text', { class: 'tick x', x: tick.position, y: plot.bottom + 18, 'text-anchor': 'middle' }, axes);
    label.textContent = tick.label;
  }
  svg('line', { class: 'axis', x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }, axes);
  svg('line', { class: 'axis', x1: plot.left, x2: plot.left, y1: plot.top, y2: plot.bottom }, axes);
}

function drawMarks(chart: SVGSVGElement, layout: ChartLayout, data: ChartData, tooltip: HTMLElement): void {
  const marks = svg('g', { class: 'marks' }, chart);
  for (const mark of layout.marks) {
    const point = data.points[mark.index] as ChartPoint;
    const group = svg('g', { class: `mark series-${mark.series % seriesClasses}${mark.conflict ? ' conflict' : ''}` }, marks);
    if (mark.periodStart < mark.periodEnd - 1) {
      svg('line', { class: 'period', x1: mark.periodStart, x2: mark.periodEnd, y1: mark.y, y2: mark.y }, group);
    }
    if (mark.whiskerLow !== mark.whiskerHigh) {
      svg('line', { class: 'whisker', x1: mark.x, x2: mark.x, y1: mark.whiskerLow, y2: mark.whiskerHigh }, group);
      if (!mark.openBelow) svg('line', { class: 'whisker', x1: mark.x - 4, x2: mark.x + 4, y1: mark.whiskerLow, y2: mark.whiskerLow }, group);
      if (!mark.openAbove) svg('line', { class: 'whisker', x1: mark.x - 4, x2: mark.x + 4, y1: mark.whiskerHigh, y2: mark.whiskerHigh }, group);
      if (mark.openAbove) svg('path', { class: 'arrow', d: `M${mark.x - 4},${mark.whiskerHigh + 6} L${mark.x},${mark.whiskerHigh} L${mark.x + 4},${mark.whiskerHigh + 6}` }, group);
      if (mark.openBelow) svg('path', { class: 'arrow', d: `M${mark.x - 4},${mark.whiskerLow - 6} L${mark.x},${mark.whiskerLow} L${mark.x + 4},${mark.whiskerLow - 6}` }, group);
    }
    if (mark.conflict) svg('circle', { class: 'halo', cx: mark.x, cy: mark.y, r: 9 }, group);
    const dot = svg('circle', { class: 'dot', cx: mark.x, cy: mark.y, r: 5, tabindex: 0, role: 'button' }, group);
    dot.setAttribute('aria-label', describePoint(point).replace(/\n/g, ', '));
    dot.dataset.index = String(mark.index);
    dot.addEventListener('mouseenter', (event) => showTooltip(tooltip, point, event.clientX, event.clientY));
    dot.addEventListener('mousemove', (event) => showTooltip(tooltip, point, event.clientX, event.clientY));
    dot.addEventListener('mouseleave', () => (tooltip.hidden = true));
    dot.addEventListener('focus', () => {
      const box = dot.getBoundingClientRect();
      showTooltip(tooltip, point, box.right, box.bottom);
    });
    dot.addEventListener('blur', () => (tooltip.hidden = true));
    dot.addEventListener('click', () => open(mark.index));
    dot.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open(mark.index);
      }
    });
  }
}

function drawLegend(root: HTMLElement, layout: ChartLayout, data: ChartData): void {
  const legend = html('ul', 'legend', undefined, root);
  layout.series.forEach((documentPath, index) => {
    const item = html('li', '', undefined, legend);
    const swatch = html('span', `swatch series-${index % seriesClasses}`, undefined, item);
    swatch.setAttribute('aria-hidden', 'true');
    html('span', '', documentPath, item);
  });
  const conflicts = data.points.filter((point) => point.conflict).length;
  if (conflicts > 0) {
    const item = html('li', 'conflict-key', undefined, legend);
    html('span', 'swatch conflict', undefined, item).setAttribute('aria-hidden', 'true');
    html('span', '', conflicts === 1 ? labels.oneConflictingFigure : fillLabel(labels.conflictingFigures, conflicts), item);
  }
}

function drawTable(root: HTMLElement, data: ChartData): void {
  const table = html('table', 'points', undefined, root);
  const head = html('tr', '', undefined, html('thead', '', undefined, table));
  for (const title of [labels.asOf, labels.asWritten, labels.canonical, labels.document, '']) html('th', '', title, head);
  const body = html('tbody', '', undefined, table);
  data.points.forEach((point, index) => {
    const row = html('tr', point.conflict ? 'conflict' : '', undefined, body);
    html('td', '', point.asOfStart === point.asOfEnd ? point.asOfEnd : `${point.asOfStart} – ${point.asOfEnd}`, row);
    html('td', '', point.text, row);
    html('td', '', point.canonical, row);
    const where = html('td', '', undefined, row);
    const link = html('a', '', `${point.document}:${point.line}`, where);
    link.href = '#';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(index);
    });
    html('td', 'flag', point.conflict ? labels.conflict : '', row);
  });
}

function render(): void {
  const root = document.getElementById('root') as HTMLElement;
  root.replaceChildren();
  const data = current;
  if (!data) {
    html('p', 'empty', labels.gone, root);
    return;
  }
  html('h1', '', `${data.subject} · ${data.metric}`, root);
  const count = data.points.length === 1 ? labels.oneObservation : fillLabel(labels.observations, data.points.length);
  html('p', 'unit', fillLabel(labels.unitLine, data.unit, count), root);
  const tooltip = html('div', 'tooltip', undefined, document.body);
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  const width = Math.max(320, root.clientWidth);
  const height = Math.max(240, Math.min(420, Math.round(width * 0.5)));
  const layout = layoutChart(data, { width, height }, numberFormatter(data.locale));
  const chart = svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  chart.setAttribute('aria-label', fillLabel(labels.overTime, data.subject, data.metric));
  root.appendChild(chart);
  drawAxes(chart, layout);
  drawMarks(chart, layout, data, tooltip);
  drawLegend(root, layout, data);
  if (layout.unplotted.length > 0) {
    html('p', 'note', fillLabel(labels.unplotted, layout.unplotted.length), root);
  }
  drawTable(root, data);
}

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => {
  if (event.data?.type !== 'series') return;
  current = event.data.data;
  labels = current?.labels ?? labels;
  document.querySelectorAll('.tooltip').forEach((element) => element.remove());
  render();
});

let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  // Redraw once the window has settled rather than on every resize event.
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    document.querySelectorAll('.tooltip').forEach((element) => element.remove());
    render();
  }, 100);
});

vscode.postMessage({ type: 'ready' });
