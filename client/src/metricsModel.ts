/**
 * The metrics tree as plain data: grouping, ordering, conflict partners and the export formats.
 * Nothing here touches the VS Code API, so the shapes can be tested without an editor.
 */
import type { MetricDto, MetricsResult, ObservationDto, SubjectDto } from '../../server/src/protocol';

export type Grouping = 'subject' | 'document';

export interface SubjectNode {
  kind: 'subject';
  id: string;
  subject: SubjectDto;
  conflicts: number;
  children: MetricNode[];
}

export interface DocumentNode {
  kind: 'document';
  id: string;
  uri: string;
  conflicts: number;
  children: MetricNode[];
}

export interface MetricNode {
  kind: 'metric';
  id: string;
  metric: MetricDto;
  /** In document grouping the metric is shown under a document, so its label names the subject too. */
  showSubject: boolean;
  /** The observations shown under this node: all of them, or those of one document. */
  observations: ObservationDto[];
  conflicts: number;
  children: ObservationNode[];
}

export interface ObservationNode {
  kind: 'observation';
  id: string;
  metric: MetricDto;
  observation: ObservationDto;
  /** The observations of the same metric that this one contradicts. */
  conflictsWith: ObservationDto[];
}

export type MetricsNode = SubjectNode | DocumentNode | MetricNode | ObservationNode;

/** A stable key for one observation; tree item ids are built from it so expansion survives refreshes. */
export function observationKey(observation: ObservationDto): string {
  const { start } = observation.range;
  return `${observation.uri}#${start.line}:${start.character}`;
}

function periodsOverlap(a: ObservationDto, b: ObservationDto): boolean {
  // ISO dates compare correctly as strings.
  return a.asOf.start <= b.asOf.end && b.asOf.start <= a.asOf.end;
}

/**
 * The other observations of a metric that an observation conflicts with: both are marked as
 * conflicting by the server, their as-of periods overlap and their canonical values differ.
 */
export function conflictPartners(metric: MetricDto, observation: ObservationDto): ObservationDto[] {
  if (!observation.conflict) return [];
  return metric.observations.filter(
    (other) =>
      other !== observation &&
      other.conflict &&
      periodsOverlap(observation, other) &&
      other.canonical !== observation.canonical,
  );
}

function countConflicts(observations: readonly ObservationDto[]): number {
  return observations.filter((observation) => observation.conflict).length;
}

function byConflictsThenName<T extends { conflicts: number }>(name: (item: T) => string) {
  return (a: T, b: T): number =>
    Number(b.conflicts > 0) - Number(a.conflicts > 0) || name(a).localeCompare(name(b), 'zh-CN');
}

function byPeriodThenPosition(a: ObservationDto, b: ObservationDto): number {
  return (
    a.asOf.end.localeCompare(b.asOf.end) ||
    a.uri.localeCompare(b.uri) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character
  );
}

function metricNode(idPrefix: string, metric: MetricDto, observations: ObservationDto[], showSubject: boolean): MetricNode {
  const id = `${idPrefix}/metric:${metric.key}`;
  const sorted = [...observations].sort(byPeriodThenPosition);
  return {
    kind: 'metric',
    id,
    metric,
    showSubject,
    observations: sorted,
    conflicts: countConflicts(sorted),
    children: sorted.map((observation) => ({
      kind: 'observation',
      id: `${id}/observation:${observationKey(observation)}`,
      metric,
      observation,
      conflictsWith: conflictPartners(metric, observation),
    })),
  };
}

function groupBySubject(result: MetricsResult): SubjectNode[] {
  const nodes = result.subjects.map((subject): SubjectNode => {
    const id = `subject:${subject.subject}`;
    const children = subject.metrics
      .map((metric) => metricNode(id, metric, metric.observations, false))
      .sort(byConflictsThenName((node) => node.metric.metric));
    return { kind: 'subject', id, subject, conflicts: children.reduce((sum, child) => sum + child.conflicts, 0), children };
  });
  return nodes.sort(byConflictsThenName((node) => node.subject.subject));
}

function groupByDocument(result: MetricsResult, documentLabel: (uri: string) => string): DocumentNode[] {
  const byDocument = new Map<string, Map<MetricDto, ObservationDto[]>>();
  for (const subject of result.subjects) {
    for (const metric of subject.metrics) {
      for (const observation of metric.observations) {
        let metrics = byDocument.get(observation.uri);
        if (!metrics) byDocument.set(observation.uri, (metrics = new Map()));
        let observations = metrics.get(metric);
        if (!observations) metrics.set(metric, (observations = []));
        observations.push(observation);
      }
    }
  }
  const nodes = [...byDocument].map(([uri, metrics]): DocumentNode => {
    const id = `document:${uri}`;
    const children = [...metrics]
      .map(([metric, observations]) => metricNode(id, metric, observations, true))
      .sort(byConflictsThenName((node) => `${node.metric.subject} ${node.metric.metric}`));
    return { kind: 'document', id, uri, conflicts: children.reduce((sum, child) => sum + child.conflicts, 0), children };
  });
  return nodes.sort(byConflictsThenName((node) => documentLabel(node.uri)));
}

/** Builds the whole tree; conflicted groups come first, then the rest by name. */
export function buildMetricsTree(
  result: MetricsResult,
  grouping: Grouping,
  documentLabel: (uri: string) => string,
): Array<SubjectNode | DocumentNode> {
  return grouping === 'subject' ? groupBySubject(result) : groupByDocument(result, documentLabel);
}

export function childrenOf(node: MetricsNode): MetricsNode[] {
  return node.kind === 'observation' ? [] : node.children;
}

/** The label of a metric: "授信客户" under its subject, "微业贷 · 授信客户" under a document. */
export function metricLabel(node: MetricNode): string {
  return node.showSubject ? `${node.metric.subject} · ${node.metric.metric}` : node.metric.metric;
}

/** The as-of period of an observation; `byDocumentDate` words one taken from the document date (the UI passes its language's). */
export function describeAsOf(
  observation: ObservationDto,
  byDocumentDate: (period: string) => string = (period) => `${period} (document date)`,
): string {
  const { start, end, source } = observation.asOf;
  const period = start === end ? end : `${start} – ${end}`;
  return source === 'document-date' ? byDocumentDate(period) : period;
}

/** "超3.6亿 in seeds/004.txt:12" — how an observation is named in tooltips and pickers. */
export function describeObservation(
  observation: ObservationDto,
  documentLabel: (uri: string) => string,
  inPlace: (text: string, place: string) => string = (text, place) => `${text} in ${place}`,
): string {
  return inPlace(observation.text, `${documentLabel(observation.uri)}:${observation.range.start.line + 1}`);
}

export interface ExportRow {
  subject: string;
  metric: string;
  unit: string;
  path: string;
  line: number;
  character: number;
  text: string;
  canonical: string;
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: string;
  counter: string | null;
  asOfStart: string;
  asOfEnd: string;
  asOfSource: string;
  conflict: boolean;
}

/** One row per observation, in tree order (subjects, then metrics, then periods). */
export function exportRows(result: MetricsResult, documentLabel: (uri: string) => string): ExportRow[] {
  return groupBySubject(result).flatMap((subject) =>
    subject.children.flatMap((metric) =>
      metric.observations.map(
        (observation): ExportRow => ({
          subject: metric.metric.subject,
          metric: metric.metric.metric,
          unit: metric.metric.unit,
          path: documentLabel(observation.uri),
          // Lines and characters are 1-based in exports, as editors show them.
          line: observation.range.start.line + 1,
          character: observation.range.start.character + 1,
          text: observation.text,
          canonical: observation.canonical,
          value: observation.value,
          low: observation.low,
          high: observation.high,
          qualifier: observation.qualifier,
          counter: observation.counter,
          asOfStart: observation.asOf.start,
          asOfEnd: observation.asOf.end,
          asOfSource: observation.asOf.source,
          conflict: observation.conflict,
        }),
      ),
    ),
  );
}

const csvColumns: ReadonlyArray<keyof ExportRow> = [
  'subject',
  'metric',
  'unit',
  'path',
  'line',
  'character',
  'text',
  'canonical',
  'value',
  'low',
  'high',
  'qualifier',
  'counter',
  'asOfStart',
  'asOfEnd',
  'asOfSource',
  'conflict',
];

function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends. It starts with a byte order mark so that spreadsheet programs
 * read the Chinese text as UTF-8.
 */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [csvColumns.join(','), ...rows.map((row) => csvColumns.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON export follows the `metrics` array of `fincorpus check --format json`, with paths relative. */
export function toJson(result: MetricsResult, documentLabel: (uri: string) => string): string {
  const metrics = groupBySubject(result).flatMap((subject) =>
    subject.children.map((node) => ({
      subject: node.metric.subject,
      metric: node.metric.metric,
      unit: node.metric.unit,
      observations: node.observations.map((observation) => ({
        path: documentLabel(observation.uri),
        range: observation.range,
        text: observation.text,
        canonical: observation.canonical,
        asOf: observation.asOf,
        value: observation.value,
        low: observation.low,
        high: observation.high,
        qualifier: observation.qualifier,
        counter: observation.counter,
        conflict: observation.conflict,
      })),
      conflicts: node.metric.conflicts,
    })),
  );
  return `${JSON.stringify({ tool: 'fincorpus', documents: result.documents, conflicts: result.conflicts, metrics }, null, 2)}\n`;
}
