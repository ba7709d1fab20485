/**
 * Claims from tables (core/tables.ts). A table with periods across its header states, in each row, the
 * metric its label names for each period: | 营业收入 | 212,226 | 210,831 | under | 2024 | 2023 | is 营业收入 of
 * FY2024 and FY2023, of the document's topic; a change column (同比, YoY) is the change of the first
 * period's. A table with metrics across and organisations down (| 北辰银行 | 1.2% | …) states each cell of
 * the row's organisation, for the period its caption or title states, else the document's report period. Section rows (At year-end, 年末) time the rows
 * under them.
 */
import type { MetricNormaliser } from '../../glossary';
import type { Table } from '../../tables';
import { labelUnit } from '../../tables';
import type { Claim, FigureMention, Period } from '../../types';
import { guessMetricKind, guessRatioTiming, periodRead, periodReading } from '../periods';
import { firstStartingAt } from '../sentences';
import type { ReportPeriod } from '../reportPeriod';

export interface TableClaimContext {
  normaliser: MetricNormaliser;
  growthKey: string;
  /** The organisation the document is about, which owns a table of periods. */
  topic: string | null;
  report: ReportPeriod | null;
  /** The organisation a cell names (a row label of a comparison table), or null. */
  organisationIn(start: number, end: number): string | null;
  /** The period a caption or title right before an offset states (2025年上半年上市银行业绩对比), or null. */
  periodBefore(offset: number): Period | null;
}

export interface TableClaims {
  claims: Claim[];
  /** Figures the tables account for, claimed or not: the sentence rules leave them alone. */
  handled: Set<number>;
  reasons: Map<number, string>;
}

const momentSection = /^(?:at (?:the )?(?:year|period)[- ]end|as at|于?(?:年末|期末|报告期末)|於?(?:年末|期末)|年末|期末)/i;
/** A cell that is a year alone (2024, 2023年), as a header row has. */
const yearCell = /^[\s\u3000]*(?:19|20)\d{2}(?:年|年度|A|E)?[\s\u3000]*$/;
const flowSection = /^(?:for the (?:year|period)|全年|本期|报告期内|期内)/i;
/** A label's own unit and footnote marks: (%), （元）, ¹, *. */
const labelTail = /[（(]\s*[^（()）]{1,12}\s*[)）]\s*$|[*¹²³⁴⁵]+$|\s*\[\d+\]$/g;

export function tableClaims(tables: readonly Table[], figures: readonly { figure: FigureMention; index: number }[], context: TableClaimContext): TableClaims {
  const result: TableClaims = { claims: [], handled: new Set(), reasons: new Map() };
  for (const table of tables) {
    const periodColumns = table.columns.flatMap((column, index) => (column?.kind === 'period' ? [index] : []));
    const firstPeriod = periodColumns.length > 0 ? table.columns[periodColumns[0]!]! : null;
    let section: 'moment' | 'flow' | null = null;
    const captioned = periodColumns.length > 0 ? null : context.periodBefore(table.start);
    for (const row of table.rows) {
      const label = row.cells[0];
      if (!label) continue;
      const rest = row.cells.slice(1);
      if (rest.every((cell) => cell.text === '')) {
        section = momentSection.test(label.text) ? 'moment' : flowSection.test(label.text) ? 'flow' : section;
        continue;
      }
      // Capital adequacy (%) | 2024 | 2023 | Change: a header repeated inside the table names periods, not values.
      if (rest.some((cell) => yearCell.test(cell.text)) && rest.every((cell) => yearCell.test(cell.text) || !/\d/.test(cell.text))) {
        for (const cell of rest) {
          const entry = figureWithin(figures, cell.start, cell.end);
          if (!entry) continue;
          result.handled.add(entry.index);
          result.reasons.set(entry.index, 'a header row of the table: its years name columns, not values');
        }
        continue;
      }
      const organisation = context.organisationIn(label.start, label.end);
      const rowMetric = context.normaliser.normalise(label.text.replace(labelTail, '').trim());
      row.cells.forEach((cell, index) => {
        if (index === 0) return;
        const entry = figureWithin(figures, cell.start, cell.end);
        if (!entry) return;
        const column = table.columns[index];
        if (!column) return;
        result.handled.add(entry.index);
        const claim = periodColumns.length > 0 ? byPeriod(entry, column, firstPeriod, rowMetric, label.text, section, context) : byOrganisation(entry, column, organisation, captioned, context);
        if (typeof claim === 'string') result.reasons.set(entry.index, claim);
        else result.claims.push(claim);
      });
    }
  }
  return result;
}

type Column = NonNullable<Table['columns'][number]>;

/** The first figure inside [start, end), by binary search over figures in document order. */
function figureWithin<T extends { figure: FigureMention }>(figures: readonly T[], start: number, end: number): T | undefined {
  const found = figures[firstStartingAt(figures, start, (entry) => entry.figure.start)];
  return found && found.figure.end <= end ? found : undefined;
}

function byPeriod(
  { figure, index }: { figure: FigureMention; index: number },
  column: Column,
  firstPeriod: Column | null,
  metric: string,
  label: string,
  section: 'moment' | 'flow' | null,
  context: TableClaimContext,
): Claim | string {
  if (!metric) return 'a table row whose label names no metric';
  if (!context.topic) return 'a table in a document that names nobody it could belong to';
  const head = column.kind === 'change' ? firstPeriod : column;
  if (!head || head.kind !== 'period') return 'a table cell under no period';
  // A ratio's row ((%) in its label) keeps its figures in per cent; a change column of a ratio is in points.
  const key = column.kind === 'change' ? `${metric}${context.growthKey}` : metric;
  const concept = context.normaliser.concept(metric);
  const kind = concept?.kind ?? guessMetricKind(metric) ?? (labelUnit(label) === 'percent' ? 'ratio' : null);
  // A column headed by a day (June 30, 2025) gives a balance that day and a flow the year to it.
  const period: Period = head.moment ? { start: head.period.end, end: head.period.end } : head.period;
  const reading = section === 'moment' ? 'at-moment' : section === 'flow' ? 'over-period' : periodReading(kind, kind === 'ratio' ? (concept ? concept.timing : guessRatioTiming(metric)) : null, false);
  return {
    subject: context.topic,
    metric: key,
    unit: figure.unit,
    asOf: { ...periodRead(reading, period), source: 'text' },
    mention: index,
    cumulative: false,
    provenance: { subject: 'topic', metric: context.normaliser.isKnown(metric) ? 'ontology' : 'phrase', period: 'stated' },
  };
}

function byOrganisation(
  { figure, index }: { figure: FigureMention; index: number },
  column: Column,
  organisation: string | null,
  captioned: Period | null,
  context: TableClaimContext,
): Claim | string {
  if (!organisation) return 'a table row that names no organisation';
  if (column.kind !== 'label') return 'a table cell under no metric';
  const metric = context.normaliser.normalise(column.text.replace(labelTail, '').trim());
  if (!metric) return 'a table column whose header names no metric';
  const period = captioned ?? context.report?.period ?? null;
  if (!period) return 'a table of organisations whose caption and document name no period';
  const concept = context.normaliser.concept(metric);
  const kind = concept?.kind ?? guessMetricKind(metric);
  const reading = periodReading(kind, kind === 'ratio' ? (concept ? concept.timing : guessRatioTiming(metric)) : null, false);
  return {
    subject: organisation,
    metric,
    unit: figure.unit,
    asOf: { ...periodRead(reading, period), source: 'text' },
    mention: index,
    cumulative: false,
    provenance: { subject: 'clause', metric: context.normaliser.isKnown(metric) ? 'ontology' : 'phrase', period: captioned ? 'stated' : 'report' },
  };
}
