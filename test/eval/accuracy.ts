/**
 * Measures the recognisers against the hand-checked gold annotation of the seeds
 * (../shared/eval/seeds-gold.json): precision and recall for figures, dates and products,
 * and the figures reported on numbers that must not be figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyze';
import { defaultCorpusConfig, parseCorpusConfig, type CorpusConfig } from '../../server/src/core/config';
import { claimKey } from '../../server/src/core/corpusIndex';
import { OPEN_END } from '../../server/src/core/dates';
import { toSimplifiedSameLength } from '../../server/src/core/textChinese';
import type { DateMention, DocumentFacts, FigureMention, ProductMention, Span } from '../../server/src/core/types';
import { seedsGoldPath } from './sharedGold';

export { seedsGoldPath as goldPath } from './sharedGold';

interface GoldSpan extends Span {
  surface: string;
}
interface GoldFigure extends GoldSpan {
  id: string;
  subject?: string | null;
  metric?: string | null;
  as_of?: string | null;
  as_of_source?: string | null;
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: string;
  unit: string;
  counter: string | null;
}
interface GoldDate extends GoldSpan {
  period: { start: string | null; end: string | null } | null;
  granularity: string;
  ambiguous?: boolean;
}
interface GoldProduct extends GoldSpan {
  canonical: string;
  kind: string;
}
interface GoldNonFigure extends GoldSpan {
  kind: string;
}
interface GoldSeries {
  id: string;
  subject: string;
  metric: string;
  points: { file: string; figure_id: string }[];
}
interface GoldDocument {
  file: string;
  figures: GoldFigure[];
  dates: GoldDate[];
  products: GoldProduct[];
  non_figures: GoldNonFigure[];
  document_date: { date: string; period: { start: string; end: string } };
}

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
}

export interface Miss {
  file: string;
  kind: string;
  text: string;
  detail: string;
}

/** How well figures are bound to (subject, period), against the gold figures that give both. */
export interface ClaimScore {
  /** Gold figures with a subject and an as-of. */
  gold: number;
  /** Of those, figures that got a claim. */
  claimed: number;
  subjectRight: number;
  /** Gold figures whose as-of can be compared (a date, month, half, year or interval). */
  periodComparable: number;
  periodRight: number;
  /** Gold series (`claims_series`) whose points all share one claim key. */
  seriesGrouped: number;
  series: number;
}

export interface AccuracyReport {
  claims: ClaimScore;
  figures: Score;
  figureSpans: Score;
  figureUnits: Score;
  dates: Score;
  products: Score;
  nonFigureViolations: number;
  documentDatesRight: number;
  documents: number;
  misses: Miss[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function score(truePositivesGold: number, gold: number, truePositivesPredicted: number, predicted: number): Score {
  return {
    truePositives: truePositivesGold,
    predicted,
    gold,
    recall: gold === 0 ? 1 : truePositivesGold / gold,
    precision: predicted === 0 ? 1 : truePositivesPredicted / predicted,
  };
}

/** Simplified, without a leading 中国 (中国银行业金融机构 and 银行业金融机构 name one subject). */
function subjectForm(subject: string): string {
  return toSimplifiedSameLength(subject).replace(/^中国(?!银行)/, '').replace(/\s+/g, '').toLowerCase();
}

/**
 * Whether our subject names the gold one: equal, one containing the other (微众银行 and 微众银行深圳分行
 * do not match: a branch is not its bank), or aliases of one lexicon entry.
 */
function sameSubject(gold: string, ours: string, aliases: ReadonlyMap<string, string>): boolean {
  const a = subjectForm(gold);
  const b = subjectForm(ours);
  if (a === b) return true;
  const canonical = (name: string) => aliases.get(name) ?? name;
  if (canonical(a) === canonical(b)) return true;
  const branch = /(?:分行|支行|branch)$/;
  if (branch.test(a) !== branch.test(b)) return false;
  return (a.length >= 2 && b.includes(a)) || (b.length >= 2 && a.includes(b));
}

/**
 * Whether the gold subject is our subject with the thing counted, which our key keeps in the metric
 * instead: 中国5G基站 against 中国 · 5G基站数 name one fact.
 */
function subjectInMetric(gold: string, ours: string, metric: string): boolean {
  const a = toSimplifiedSameLength(gold).replace(/\s+/g, '');
  const b = toSimplifiedSameLength(ours).replace(/\s+/g, '');
  if (b.length < 2 || !a.startsWith(b)) return false;
  const rest = a.slice(b.length);
  return rest.length >= 2 && toSimplifiedSameLength(metric).replace(/\s+/g, '').includes(rest);
}

/**
 * Whether a claim's period is the gold as-of: a day is a moment (or the end of our period); a month,
 * half or year is a moment at its end or the period itself; an interval a/b spans from a to b.
 * A phrase with a year in it ("2024 (report)") compares that year. Null when it cannot be compared.
 */
function samePeriod(goldAsOf: string, ours: { start: string; end: string }): boolean | null {
  const day = /^(\d{4}-\d{2}-\d{2})$/.exec(goldAsOf);
  if (day) return ours.end === day[1];
  const month = /^(\d{4}-\d{2})$/.exec(goldAsOf);
  if (month) return ours.end.startsWith(month[1]!);
  const half = /^(\d{4})-H([12])$/.exec(goldAsOf);
  if (half) return ours.end === `${half[1]}-${half[2] === '1' ? '06-30' : '12-31'}`;
  const interval = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\/(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(goldAsOf);
  if (interval) return ours.start.startsWith(interval[1]!.slice(0, 4)) && ours.end.startsWith(interval[2]!.slice(0, 4));
  const year = /^(\d{4})\b/.exec(goldAsOf);
  if (year) return ours.end.startsWith(year[1]!);
  return null;
}

function loadSeedsConfig(): CorpusConfig {
  const path = join('seeds', 'fincorpus.json');
  if (!existsSync(path)) return defaultCorpusConfig;
  const parsed = parseCorpusConfig(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`seeds/fincorpus.json is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.config;
}

/** Pairs predictions with gold items by span overlap; `same` decides whether a pair counts as right. */
function match<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[], same: (g: G, p: P) => boolean) {
  const goldHit = gold.map((g) => predicted.some((p) => overlaps(g, p) && same(g, p)));
  const predictedHit = predicted.map((p) => gold.some((g) => overlaps(g, p) && same(g, p)));
  return { goldHit, predictedHit };
}

export function measureAccuracy(): AccuracyReport | null {
  if (!existsSync(seedsGoldPath)) return null;
  const gold = JSON.parse(readFileSync(seedsGoldPath, 'utf8')) as { documents: GoldDocument[]; claims_series: GoldSeries[] };
  const config = loadSeedsConfig();
  const analyzer = createAnalyzer(config);
  const aliases = new Map<string, string>();
  for (const entry of analyzer.lexicon) for (const alias of entry.aliases) aliases.set(subjectForm(alias), subjectForm(entry.canonical));
  const claims: ClaimScore = { gold: 0, claimed: 0, subjectRight: 0, periodComparable: 0, periodRight: 0, seriesGrouped: 0, series: gold.claims_series.length };
  const keyById = new Map<string, string | null>();
  const totals = { figures: [0, 0, 0, 0], spans: [0, 0, 0, 0], units: [0, 0, 0, 0], dates: [0, 0, 0, 0], products: [0, 0, 0, 0] };
  const add = (into: number[], goldHit: boolean[], predictedHit: boolean[]) => {
    into[0]! += goldHit.filter(Boolean).length;
    into[1]! += goldHit.length;
    into[2]! += predictedHit.filter(Boolean).length;
    into[3]! += predictedHit.length;
  };
  const misses: Miss[] = [];
  let nonFigureViolations = 0;
  let documentDatesRight = 0;

  for (const document of gold.documents) {
    const text = readFileSync(document.file, 'utf8');
    const facts: DocumentFacts = analyzer.analyze(document.file, text);
    const figures = facts.mentions.filter((m): m is FigureMention => m.kind === 'figure');
    const dates = facts.mentions.filter((m): m is DateMention => m.kind === 'date');
    const products = facts.mentions.filter((m): m is ProductMention => m.kind === 'product');
    // An inferred document date may be a period (a half-year); a date inside it is right.
    const ownDate = facts.documentDate?.date;
    const goldDate = document.document_date;
    if (ownDate && (ownDate === goldDate.date || (goldDate.period.start <= ownDate && ownDate <= goldDate.period.end))) documentDatesRight++;

    const valueRight = (g: GoldFigure, p: FigureMention) => g.value === p.value && g.qualifier === p.qualifier;
    const figureMatch = match(document.figures, figures, valueRight);
    add(totals.figures, figureMatch.goldHit, figureMatch.predictedHit);
    const spanMatch = match(document.figures, figures, () => true);
    add(totals.spans, spanMatch.goldHit, spanMatch.predictedHit);
    const unitMatch = match(document.figures, figures, (g, p) => g.unit === p.unit && g.counter === p.counter);
    add(totals.units, unitMatch.goldHit, unitMatch.predictedHit);
    document.figures.forEach((g, i) => {
      if (figureMatch.goldHit[i]) return;
      const near = figures.find((p) => overlaps(g, p));
      misses.push({
        file: document.file,
        kind: 'figure-missed',
        text: g.surface,
        detail: near
          ? `got ${near.text} = ${near.value} ${near.qualifier}, want ${g.value} ${g.qualifier}`
          : `not found; want ${g.value} ${g.qualifier} ${g.unit}`,
      });
    });
    figures.forEach((p, i) => {
      if (spanMatch.predictedHit[i]) return;
      const violated = document.non_figures.find((n) => overlaps(n, p));
      if (violated) nonFigureViolations++;
      misses.push({ file: document.file, kind: violated ? 'non-figure-reported' : 'figure-spurious', text: p.text, detail: violated ? violated.kind : `= ${p.value} ${p.unit}` });
    });

    // Dates whose own article date is unknown have no period; they count neither way.
    // An open end (from 2022 onwards) is null in the gold and OPEN_END here.
    const resolvable = document.dates.filter((g) => g.period?.start);
    const unresolvable = document.dates.filter((g) => !g.period?.start);
    const sameEnd = (goldEnd: string | null, end: string) => (goldEnd ?? OPEN_END) === end;
    const scoredDates = dates.filter((p) => !unresolvable.some((g) => overlaps(g, p)));
    const dateMatch = match(resolvable, scoredDates, (g, p) => g.period!.start === p.period.start && sameEnd(g.period!.end, p.period.end));
    add(totals.dates, dateMatch.goldHit, dateMatch.predictedHit);
    resolvable.forEach((g, i) => {
      if (dateMatch.goldHit[i]) return;
      const near = scoredDates.find((p) => overlaps(g, p));
      misses.push({ file: document.file, kind: 'date-missed', text: g.surface, detail: near ? `got ${near.period.start}…${near.period.end}, want ${g.period!.start}…${g.period!.end}` : 'not found' });
    });
    scoredDates.forEach((p, i) => {
      if (!dateMatch.predictedHit[i] && !resolvable.some((g) => overlaps(g, p)))
        misses.push({ file: document.file, kind: 'date-spurious', text: p.text, detail: `${p.period.start}…${p.period.end}` });
    });

    for (const g of document.figures) {
      if (!g.subject || !g.as_of || g.as_of_source === 'unknown') continue;
      claims.gold++;
      const claim = facts.claims.find((c) => overlaps(g, facts.mentions[c.mention]!));
      keyById.set(g.id, claim ? claimKey(claim) : null);
      if (!claim) {
        misses.push({ file: document.file, kind: 'claim-missed', text: g.surface, detail: `want ${g.subject} · ${g.metric} · ${g.as_of}` });
        continue;
      }
      claims.claimed++;
      if (sameSubject(g.subject, claim.subject, aliases) || subjectInMetric(g.subject, claim.subject, claim.metric)) claims.subjectRight++;
      else misses.push({ file: document.file, kind: 'claim-subject', text: g.surface, detail: `got ${claim.subject}, want ${g.subject}` });
      const period = samePeriod(g.as_of, claim.asOf);
      if (period === null) continue;
      claims.periodComparable++;
      if (period) claims.periodRight++;
      else misses.push({ file: document.file, kind: 'claim-period', text: g.surface, detail: `got ${claim.asOf.start}…${claim.asOf.end} (${claim.asOf.source}), want ${g.as_of}` });
    }

    const productMatch = match(document.products, products, (g, p) => g.canonical === p.canonical);
    add(totals.products, productMatch.goldHit, productMatch.predictedHit);
    document.products.forEach((g, i) => {
      if (!productMatch.goldHit[i]) misses.push({ file: document.file, kind: 'product-missed', text: g.surface, detail: g.canonical });
    });
    products.forEach((p, i) => {
      if (!productMatch.predictedHit[i]) misses.push({ file: document.file, kind: 'product-spurious', text: p.text, detail: p.canonical });
    });
  }

  for (const series of gold.claims_series) {
    const keys = series.points.map((point) => keyById.get(point.figure_id) ?? null);
    if (keys[0] && keys.every((key) => key === keys[0])) claims.seriesGrouped++;
    else misses.push({ file: series.points[0]?.file ?? '', kind: 'claim-series', text: series.id, detail: `${series.subject} ${series.metric}: ${keys.map((key) => key?.replace(/\u0000/g, '|') ?? '—').join('  ')}` });
  }

  const toScore = (t: number[]) => score(t[0]!, t[1]!, t[2]!, t[3]!);
  return {
    claims,
    figures: toScore(totals.figures),
    figureSpans: toScore(totals.spans),
    figureUnits: toScore(totals.units),
    dates: toScore(totals.dates),
    products: toScore(totals.products),
    nonFigureViolations,
    documentDatesRight,
    documents: gold.documents.length,
    misses,
  };
}

function ratio(part: number, whole: number): string {
  return `${part}/${whole} (${whole === 0 ? '—' : ((100 * part) / whole).toFixed(1)} %)`;
}

export function formatAccuracy(report: AccuracyReport): string {
  const line = (name: string, s: Score) =>
    `${name.padEnd(28)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (${s.truePositives}/${s.gold} gold found, ${s.predicted} predicted)`;
  return [
    line('figures (value+qualifier)', report.figures),
    line('figures (span only)', report.figureSpans),
    line('figures (unit+counter)', report.figureUnits),
    line('dates (period)', report.dates),
    line('products (canonical)', report.products),
    `figures on non-figures        ${report.nonFigureViolations}`,
    `document dates right          ${report.documentDatesRight}/${report.documents}`,
    `claims on gold figures        ${ratio(report.claims.claimed, report.claims.gold)}`,
    `claims with the right subject ${ratio(report.claims.subjectRight, report.claims.gold)}`,
    `claims with the right period  ${ratio(report.claims.periodRight, report.claims.periodComparable)} (of the comparable as-ofs)`,
    `gold series under one key     ${report.claims.seriesGrouped}/${report.claims.series}`,
  ].join('\n');
}
