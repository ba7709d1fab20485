/** The custom requests of the metrics tree and the chart: fincorpus/metrics and fincorpus/series. */
import type { CancellationToken } from '../core/cancellation';
import { throwIfCancelled } from '../core/cancellation';
import type { MetricSeries, Observation } from '../core/corpusIndex';
import { claimConfidence } from '../core/claims/confidence';
import { formatFigure } from '../core/format';
import { LineIndex } from '../convert';
import type { MetricDto, MetricsParams, MetricsResult, ObservationDto, SeriesParams, SeriesResult, SubjectDto } from '../protocol';
import { englishMessages, type Messages } from '../l10n';
import type { Corpus, Workspace } from '../workspace';
import { allSeries, conflictingFigures, spanKey } from './lookup';

function observationDto(corpus: Corpus, observation: Observation, conflicts: Set<string>, messages: Messages): ObservationDto {
  const { figure, claim } = observation;
  const lines = corpus.entryByPath(observation.path)?.lines ?? new LineIndex('');
  return {
    uri: corpus.uriOf(observation.path),
    range: lines.rangeOf(figure),
    text: figure.text,
    canonical: formatFigure(figure, messages.format),
    value: figure.value,
    low: figure.low,
    high: figure.high,
    qualifier: figure.qualifier,
    unit: figure.unit,
    counter: figure.counter,
    asOf: { start: claim.asOf.start, end: claim.asOf.end, source: claim.asOf.source },
    conflict: conflicts.has(spanKey(observation.path, figure)),
    provenance: claim.provenance,
    confidence: claimConfidence(claim.provenance),
  };
}

function metricDto(corpus: Corpus, series: MetricSeries, token: CancellationToken, messages: Messages): MetricDto {
  throwIfCancelled(token);
  const conflicts = series.conflicts > 0 ? conflictingFigures(corpus, series.key) : new Set<string>();
  return {
    key: series.key,
    subject: series.subject,
    metric: series.metric,
    unit: series.unit,
    observations: series.observations.map((observation) => observationDto(corpus, observation, conflicts, messages)),
    conflicts: series.conflicts,
  };
}

/** The metrics tree's data; canonical values are worded in the editor's language. */
export async function metrics(
  workspace: Workspace,
  params: MetricsParams,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Promise<MetricsResult> {
  await workspace.settle(token);
  const needle = params.filter?.trim().toLowerCase() ?? '';
  const subjects = new Map<string, SubjectDto>();
  let conflicts = 0;
  for (const { corpus, series } of allSeries(workspace)) {
    throwIfCancelled(token);
    conflicts += series.conflicts;
    const haystack = [series.subject, series.metric, ...series.observations.map((o) => o.path)].join('\n').toLowerCase();
    if (needle && !haystack.includes(needle)) continue;
    const subject = subjects.get(series.subject) ?? { subject: series.subject, metrics: [], conflicts: 0 };
    subject.metrics.push(metricDto(corpus, series, token, messages));
    subject.conflicts += series.conflicts;
    subjects.set(series.subject, subject);
  }
  const sorted = [...subjects.values()].sort(
    (a, b) => Number(b.conflicts > 0) - Number(a.conflicts > 0) || a.subject.localeCompare(b.subject),
  );
  for (const subject of sorted) {
    subject.metrics.sort((a, b) => Number(b.conflicts > 0) - Number(a.conflicts > 0) || a.metric.localeCompare(b.metric));
  }
  return { documents: workspace.documentCount(), conflicts, subjects: sorted };
}

export async function series(
  workspace: Workspace,
  params: SeriesParams,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Promise<SeriesResult | null> {
  await workspace.settle(token);
  const found = allSeries(workspace).find(({ series: candidate }) => candidate.key === params.key);
  if (!found) return null;
  const dto = metricDto(found.corpus, found.series, token, messages);
  return { key: dto.key, subject: dto.subject, metric: dto.metric, unit: dto.unit, points: dto.observations };
}

/** The total number of conflicts in the corpus, for fincorpus/indexChanged. */
export function conflictCount(workspace: Workspace): number {
  return workspace.allCorpora().reduce((sum, corpus) => sum + corpus.index.conflictTotal(), 0);
}
