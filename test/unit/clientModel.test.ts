/**
 * The client's editor-free parts: the metrics tree model, the exports and the chart layout.
 */
import { strict as assert } from 'node:assert';
import { buildMetricsTree, conflictPartners, exportRows, toCsv, toJson, type MetricNode, type SubjectNode } from '../../client/src/metricsModel';
import { layoutChart, niceDomain, pointValues } from '../../client/src/webview/chartLayout';
import type { ChartData } from '../../client/src/webview/messages';
import type { MetricDto, MetricsResult, ObservationDto } from '../../server/src/protocol';

function observation(uri: string, line: number, fields: Partial<ObservationDto>): ObservationDto {
  return {
    uri,
    range: { start: { line, character: 4 }, end: { line, character: 10 } },
    text: '超112万家',
    canonical: '1,120,000 (lower bound)',
    value: '1120000',
    low: '1120000',
    high: null,
    qualifier: 'lower-bound',
    unit: 'count',
    counter: '家',
    asOf: { start: '2022-12-31', end: '2022-12-31', source: 'text' },
    conflict: false,
    provenance: { subject: 'clause', metric: 'ontology', period: 'stated' },
    confidence: 3,
    ...fields,
  };
}

const a = 'file:///corpus/a.txt';
const b = 'file:///corpus/b.txt';
const label = (uri: string): string => uri.replace('file:///corpus/', '');

const customersA = observation(a, 3, { text: '超过112万家', conflict: true });
const customersB = observation(b, 7, { text: '90万家', canonical: '900,000', value: '900000', low: '900000', high: '900000', qualifier: 'exact', conflict: true });
const customers2021 = observation(b, 9, {
  text: '80万家',
  canonical: '800,000',
  value: '800000',
  low: '800000',
  high: '800000',
  qualifier: 'exact',
  asOf: { start: '2021-12-31', end: '2021-12-31', source: 'document-date' },
});
const customers: MetricDto = {
  key: '微业贷|授信客户|count',
  subject: '微业贷',
  metric: '授信客户',
  unit: 'count',
  observations: [customersA, customersB, customers2021],
  conflicts: 2,
};
const balance: MetricDto = {
  key: '中国银行|贷款余额|CNY',
  subject: '中国银行',
  metric: '贷款余额',
  unit: 'CNY',
  observations: [observation(a, 1, { text: '超1800亿元', canonical: '180,000,000,000 CNY (lower bound)', value: '180000000000', unit: 'CNY', counter: null })],
  conflicts: 0,
};
const result: MetricsResult = {
  documents: 2,
  conflicts: 2,
  subjects: [
    { subject: '中国银行', metrics: [balance], conflicts: 0 },
    { subject: '微业贷', metrics: [customers], conflicts: 2 },
  ],
};

describe('metrics tree model', () => {
  it('groups by subject with conflicted subjects first and stable ids', () => {
    const roots = buildMetricsTree(result, 'subject', label) as SubjectNode[];
    assert.deepEqual(
      roots.map((node) => [node.id, node.conflicts]),
      [
        ['subject:微业贷', 2],
        ['subject:中国银行', 0],
      ],
    );
    const metric = roots[0]?.children[0] as MetricNode;
    assert.equal(metric.id, 'subject:微业贷/metric:微业贷|授信客户|count');
    assert.deepEqual(
      metric.children.map((child) => child.id),
      [
        'subject:微业贷/metric:微业贷|授信客户|count/observation:file:///corpus/b.txt#9:4',
        'subject:微业贷/metric:微业贷|授信客户|count/observation:file:///corpus/a.txt#3:4',
        'subject:微业贷/metric:微业贷|授信客户|count/observation:file:///corpus/b.txt#7:4',
      ],
    );
    // A second build from equal data yields equal ids, which is what keeps the view's expansion.
    const again = buildMetricsTree(structuredClone(result), 'subject', label) as SubjectNode[];
    assert.deepEqual(again.map((node) => node.id), roots.map((node) => node.id));
  });

  it('groups by document, naming the subject in the metric label', () => {
    const roots = buildMetricsTree(result, 'document', label);
    assert.deepEqual(
      roots.map((node) => [node.id, node.conflicts]),
      [
        ['document:file:///corpus/a.txt', 1],
        ['document:file:///corpus/b.txt', 1],
      ],
    );
    const first = roots[0];
    assert.ok(first && first.kind === 'document');
    assert.deepEqual(
      first.children.map((node) => [node.metric.subject, node.observations.length]),
      [
        ['微业贷', 1],
        ['中国银行', 1],
      ],
    );
  });

  it('names both sides of a conflict, and only observations of overlapping periods', () => {
    assert.deepEqual(conflictPartners(customers, customersA), [customersB]);
    assert.deepEqual(conflictPartners(customers, customersB), [customersA]);
    assert.deepEqual(conflictPartners(customers, customers2021), []);
  });
});

describe('metrics export', () => {
  it('writes CSV with a header, quoting and one-based positions', () => {
    const csv = toCsv(exportRows(result, label));
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], 'subject,metric,unit,path,line,character,text,canonical,value,low,high,qualifier,counter,asOfStart,asOfEnd,asOfSource,conflict');
    assert.equal(lines[1], '微业贷,授信客户,count,b.txt,10,5,80万家,"800,000",800000,800000,800000,exact,家,2021-12-31,2021-12-31,document-date,false');
    assert.equal(lines.length, 6, 'four rows, a header and the final line end');
    assert.ok(csv.startsWith('\uFEFF'));
  });

  it('writes JSON in the shape of the command line metrics', () => {
    const parsed = JSON.parse(toJson(result, label)) as { tool: string; metrics: Array<{ subject: string; conflicts: number; observations: Array<{ path: string }> }> };
    assert.equal(parsed.tool, 'fincorpus');
    assert.deepEqual(
      parsed.metrics.map((metric) => [metric.subject, metric.conflicts, metric.observations.map((o) => o.path)]),
      [
        ['微业贷', 2, ['b.txt', 'a.txt', 'b.txt']],
        ['中国银行', 0, ['a.txt']],
      ],
    );
  });
});

describe('chart layout', () => {
  const data: ChartData = {
    subject: '微业贷',
    metric: '授信客户',
    unit: 'count',
    locale: 'en',
    points: [
      { text: '80万家', canonical: '800,000', value: '800000', low: '800000', high: '800000', qualifier: 'exact', asOfStart: '2021-12-31', asOfEnd: '2021-12-31', asOfSource: 'text', document: 'b.txt', line: 10, conflict: false },
      { text: '超过112万家', canonical: '1,120,000 (lower bound)', value: '1120000', low: '1120000', high: null, qualifier: 'lower-bound', asOfStart: '2022-12-31', asOfEnd: '2022-12-31', asOfSource: 'text', document: 'a.txt', line: 4, conflict: true },
      { text: '90万家', canonical: '900,000', value: '900000', low: '900000', high: '900000', qualifier: 'exact', asOfStart: '2022-12-31', asOfEnd: '2022-12-31', asOfSource: 'text', document: 'b.txt', line: 8, conflict: true },
      { text: '若干', canonical: 'unknown', value: null, low: null, high: null, qualifier: 'approx', asOfStart: '2022-01-01', asOfEnd: '2022-12-31', asOfSource: 'text', document: 'c.txt', line: 1, conflict: false },
    ],
  };

  it('reads a point as value and bounds, falling back to the bound it has', () => {
    assert.deepEqual(pointValues(data.points[1]!), { value: 1120000, low: 1120000, high: undefined });
    assert.equal(pointValues(data.points[3]!), undefined);
    assert.deepEqual(pointValues({ ...data.points[3]!, low: '10', high: '20' }), { value: 15, low: 10, high: 20 });
  });

  it('rounds the value axis to 1, 2 or 5 steps', () => {
    assert.deepEqual(niceDomain(800000, 1120000), { min: 800000, max: 1200000, step: 100000 });
    assert.deepEqual(niceDomain(5, 5), { min: 4.4, max: 5.6, step: 0.2 });
  });

  it('places points by period and value, one colour per document, with open-ended lower bounds', () => {
    const layout = layoutChart(data, { width: 600, height: 300 });
    assert.deepEqual(layout.series, ['b.txt', 'a.txt']);
    assert.deepEqual(layout.unplotted, [3]);
    assert.deepEqual(layout.plot, { left: 72, top: 16, right: 576, bottom: 260 });
    const [older, lowerBound, exact] = layout.marks;
    assert.ok(older && lowerBound && exact);
    assert.ok(older.x < lowerBound.x, 'the older period is further left');
    assert.equal(exact.x - lowerBound.x, 8, 'two points of one period are spread apart');
    assert.ok(lowerBound.y < exact.y, 'the larger value is higher');
    assert.equal(lowerBound.openAbove, true);
    assert.equal(lowerBound.whiskerHigh, layout.plot.top);
    assert.equal(exact.whiskerLow, exact.whiskerHigh);
    assert.deepEqual(layout.marks.map((mark) => [mark.series, mark.conflict]), [[0, false], [1, true], [0, true]]);
    assert.deepEqual(layout.yTicks.map((tick) => tick.label), ['700000', '800000', '900000', '1000000', '1100000', '1200000']);
    assert.deepEqual(layout.xTicks.map((tick) => tick.label), ['2022-01', '2022-04', '2022-07', '2022-10', '2023-01']);
  });
});
