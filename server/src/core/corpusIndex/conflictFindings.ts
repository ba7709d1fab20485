/**
 * The index's findings about one document: its figures that conflict with (or, in strict mode,
 * differ from) figures of other documents or of itself, and its running totals that fall. One
 * finding per figure, naming the first few figures it clashes with and counting the rest.
 */
import { severityForConfidence, weakerSeverity, type Confidence } from '../claims/confidence';
import type { Severity } from '../findings/codes';
import { makeFinding, type Finding } from '../findings/finding';
import { findingText, type FindingDetail, type FindingFigure } from '../findings/words';
import type { Claim, FigureMention, Span } from '../types';
import { farApart, touching } from '../valueIntervals';
import { standardsMayDiffer } from '../accountingStandards';
import { profitMeasuresMayDiffer } from '../profitMeasures';
import type { FactsStore } from './factsStore';
import { confidenceOf, compareObservations, mergeSorted, spanOf, unitOfKey, type Observation } from './observations';
import { strongestConfidence, type ClassPair, type KeyAnalyses, type KeyAnalysis, type ValueClass } from './valueClasses';

/**
 * A figure repeated across a large corpus must not produce a finding of unbounded length: related
 * locations, code action values and the figures a finding names stop here; the finding counts the rest.
 */
export const maxRelated = 50;

/**
 * How many documents' findings each key's analysis remembers: enough for a document edited again and
 * again and the few others open beside it, not for a whole corpus, whose findings a workspace pull
 * renders once.
 */
const rememberedDocuments = 4;

/** One other figure of a conflict, as the "use value from …" code action needs it. */
export interface ConflictingValue {
  path: string;
  span: Span;
  text: string;
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: FigureMention['qualifier'];
  asOf: Claim['asOf'];
}

/** The `data` of a conflicting-figure, differing-figure or cumulative-decrease finding. */
export interface ConflictData {
  key: string;
  subject: string;
  metric: string;
  unit: string;
  others: ConflictingValue[];
}

export class ConflictFindings {
  constructor(
    private readonly store: FactsStore,
    private readonly analyses: KeyAnalyses,
  ) {}

  /**
   * The findings of one key about one document, unsorted. They are remembered with the key's analysis
   * for the last few documents asked for, until the key changes: callers must not modify them.
   */
  ofKey(path: string, key: string, conflictSeverity: Severity): readonly Finding[] {
    const analysis = this.analyses.analyse(key);
    let cache = analysis.findings;
    if (cache?.severity !== conflictSeverity) analysis.findings = cache = { severity: conflictSeverity, byPath: new Map() };
    const remembered = cache.byPath.get(path);
    if (remembered) {
      // The most recently used stays longest.
      cache.byPath.delete(path);
      cache.byPath.set(path, remembered);
      return remembered;
    }
    const found = this.computeOfKey(path, key, analysis, conflictSeverity);
    if (cache.byPath.size >= rememberedDocuments) cache.byPath.delete(cache.byPath.keys().next().value!);
    cache.byPath.set(path, found);
    return found;
  }

  private computeOfKey(path: string, key: string, analysis: KeyAnalysis, conflictSeverity: Severity): Finding[] {
    const crossDocument = this.pairFindings(path, key, analysis, this.analyses.pairsInvolving(key, analysis, path, 'conflict'), 'conflict', conflictSeverity);
    const found = [...crossDocument, ...this.withinDocumentFindings(path, key, analysis, crossDocument, conflictSeverity)];
    if (this.analyses.rules.config.rules.strict) {
      found.push(...this.pairFindings(path, key, analysis, this.analyses.pairsInvolving(key, analysis, path, 'differ'), 'difference', 'information'));
    }
    for (const { first, second } of this.analyses.pairsOfDocument(key, analysis, path).decreases) {
      found.push(
        makeFinding(
          'cumulative-decrease',
          path,
          second.figure,
          { kind: 'cumulative-decrease', subject: second.claim.subject, metric: second.claim.metric, own: findingFigure(second), earlier: findingFigure(first) },
          { related: [{ path: first.path, span: first.figure }], data: dataFor(key, second.claim, [first]) },
        ),
      );
    }
    return found;
  }

  /**
   * The observations of a key that carry a conflicting-figure finding (the figures that
   * {@link ofKey} reports for their documents), cached with the key's analysis.
   */
  conflictingObservations(key: string): ReadonlySet<Observation> {
    const analysis = this.analyses.analyse(key);
    if (analysis.conflicting) return analysis.conflicting;
    const ignore = this.analyses.rules.ignore;
    const conflicting = new Set<Observation>();
    for (const { first, second } of analysis.conflicts) {
      for (const [ownClass, otherClass] of [
        [first, second],
        [second, first],
      ] as const) {
        // The same test as pairFindings: some figure of the other class in another document, not ignored.
        const paths = new Set(otherClass.members.map((other) => other.path));
        for (const own of ownClass.members) {
          if (conflicting.has(own)) continue;
          const clashes = ignore.hasPairEntries
            ? otherClass.members.some((other) => other.path !== own.path && !ignore.pair(own, other))
            : paths.size > 1 || !paths.has(own.path);
          if (clashes) conflicting.add(own);
        }
      }
    }
    for (const { first, second } of this.analyses.withinDocumentPairs(key, analysis)) {
      if (this.earnedSeverity(Math.min(confidenceOf(first), confidenceOf(second)) as Confidence)) conflicting.add(first).add(second);
    }
    analysis.conflicting = conflicting;
    return conflicting;
  }

  /** The severity a conflict of this confidence earns; strict mode reports the weakest ones too, as information. */
  private earnedSeverity(confidence: Confidence): Severity | null {
    return severityForConfidence(confidence) ?? (this.analyses.rules.config.rules.strict ? 'information' : null);
  }

  private pairFindings(path: string, key: string, analysis: KeyAnalysis, pairs: readonly ClassPair[], kind: 'conflict' | 'difference', severity: Severity): Finding[] {
    const ignore = this.analyses.rules.ignore;
    // The document's members of each class, from its own few figures rather than from the classes
    // (which a key stated by thousands of documents makes long), in the classes' order.
    const ownMembers = new Map<ValueClass, Observation[]>();
    for (const observation of this.store.observationsIn(key, path)) {
      const valueClass = this.analyses.classOf(analysis, observation);
      if (!valueClass) continue;
      const members = ownMembers.get(valueClass);
      if (members) members.push(observation);
      else ownMembers.set(valueClass, [observation]);
    }
    for (const members of ownMembers.values()) members.sort(compareObservations);
    const othersByFigure = new Map<number, { own: Observation; others: Observation[]; total: number; strongestOther: Confidence; lastDigit: boolean; apart: boolean; alike: boolean; measures: boolean }>();
    for (const { first, second } of pairs) {
      const lastDigit = touching(first.interval, second.interval);
      const apart = isAmount(key) && farApart(first.interval, second.interval);
      const alike = standardsMayDiffer(first.members[0]?.claim.subject ?? '', first.members[0]?.claim.metric ?? '', isAmount(key), first.interval, second.interval);
      const measures =
        !alike && profitMeasuresMayDiffer(first.members[0]?.claim.metric ?? '', isAmount(key), first.interval, second.interval, first.members[0]?.figure.value ?? '', second.members[0]?.figure.value ?? '');
      for (const [ownClass, otherClass] of [
        [first, second],
        [second, first],
      ] as const) {
        for (const own of ownMembers.get(ownClass) ?? []) {
          // Figures of one document that share a key but differ describe different things more often
          // than a document contradicts itself (获贷率 of two populations): only documents conflict.
          let others: Observation[];
          let total: number;
          if (ignore.hasPairEntries) {
            others = otherClass.members.filter((other) => other.path !== own.path && !ignore.pair(own, other));
            total = others.length;
            others = others.slice(0, maxRelated);
          } else {
            total = otherClass.members.length - (ownMembers.get(otherClass)?.length ?? 0);
            others = [];
            for (const other of otherClass.members) {
              if (others.length === maxRelated) break;
              if (other.path !== own.path) others.push(other);
            }
          }
          if (total === 0) continue;
          const strongestOther = strongestConfidence(otherClass);
          const entry = othersByFigure.get(own.mention);
          if (entry) {
            entry.strongestOther = Math.max(entry.strongestOther, strongestOther) as Confidence;
            entry.lastDigit &&= lastDigit;
            entry.apart &&= apart;
            entry.alike &&= alike;
            entry.measures &&= measures;
            // Nothing to merge when the named figures are all that can be named and all come first.
            const last = entry.others[entry.others.length - 1];
            const full = entry.others.length === maxRelated && last !== undefined && others.length > 0 && compareObservations(last, others[0]!) <= 0;
            if (!full) entry.others = mergeSorted(entry.others, others).slice(0, maxRelated);
            entry.total += total;
          } else othersByFigure.set(own.mention, { own, others, total, strongestOther, lastDigit, apart, alike, measures });
        }
      }
    }
    const found: Finding[] = [];
    for (const { own, others, total, strongestOther, lastDigit, apart, alike: standardsAlike, measures: measuresAlike } of othersByFigure.values()) {
      // The weaker side decides: an error needs both claims explicit in subject, metric and period.
      const earned = this.earnedSeverity(Math.min(confidenceOf(own), strongestOther) as Confidence);
      if (!earned) continue;
      // Values a digit apart in the last place (0.8% against 0.9%) may both round one figure: a weak conflict.
      const weak = kind === 'conflict' && lastDigit;
      const farOff = kind === 'conflict' && !weak && apart;
      const standards = kind === 'conflict' && !weak && !farOff && standardsAlike;
      const profitMeasures = kind === 'conflict' && !weak && !farOff && !standards && measuresAlike;
      const loose = kind === 'conflict' && !weak && !farOff && !standards && (own.claim.provenance.metricLoose === true || others.some((other) => other.claim.provenance.metricLoose === true));
      const unstated = kind === 'conflict' && !weak && !farOff && !standards && !loose && (own.claim.provenance.baseUnstated === true || others.some((other) => other.claim.provenance.baseUnstated === true));
      const detail = {
        kind,
        subject: own.claim.subject,
        metric: own.claim.metric,
        own: findingFigure(own),
        others: others.map(findingFigure),
        total,
        ...(weak ? { lastDigit: true } : {}),
        ...(farOff ? { farApart: true } : {}),
        ...(standards ? { standards: true } : {}),
        ...(profitMeasures ? { profitMeasures: true } : {}),
        ...(loose ? { looseMetric: true } : {}),
        ...(unstated ? { baseUnstated: true } : {}),
      };
      const options = {
        severity: conflictSeverityOf(severity, earned, weak || farOff || standards || profitMeasures),
        related: others.map((other) => ({ path: other.path, span: other.figure })),
        data: dataFor(key, own.claim, others),
      };
      found.push(kind === 'conflict' ? makeFinding('conflicting-figure', path, own.figure, { ...detail, kind }, options) : makeFinding('differing-figure', path, own.figure, { ...detail, kind }, options));
    }
    return found;
  }

  /**
   * Conflicts inside one document: the same key stated twice with values that cannot both hold (see
   * KeyAnalyses.withinDocumentPairs). A figure that already conflicts across documents gets the
   * other figure of its own document as related information; any other gets a finding of its own.
   */
  private withinDocumentFindings(path: string, key: string, analysis: KeyAnalysis, crossDocument: Finding[], conflictSeverity: Severity): Finding[] {
    const found: Finding[] = [];
    for (const { first, second } of this.analyses.pairsOfDocument(key, analysis, path).within) {
      for (const [own, other] of [
        [first, second],
        [second, first],
      ] as const) {
        const ownClass = this.analyses.classOf(analysis, own);
        const otherClass = this.analyses.classOf(analysis, other);
        const lastDigit = ownClass !== undefined && otherClass !== undefined && touching(ownClass.interval, otherClass.interval);
        const apart = !lastDigit && ownClass !== undefined && otherClass !== undefined && isAmount(key) && farApart(ownClass.interval, otherClass.interval);
        const standards =
          !lastDigit && !apart && ownClass !== undefined && otherClass !== undefined && standardsMayDiffer(own.claim.subject, own.claim.metric, isAmount(key), ownClass.interval, otherClass.interval);
        const profitMeasures =
          !lastDigit && !apart && !standards && ownClass !== undefined && otherClass !== undefined && profitMeasuresMayDiffer(own.claim.metric, isAmount(key), ownClass.interval, otherClass.interval, own.figure.value ?? '', other.figure.value ?? '');
        const detail: FindingDetail & { kind: 'conflict' } = {
          kind: 'conflict',
          subject: own.claim.subject,
          metric: own.claim.metric,
          own: findingFigure(own),
          others: [findingFigure(other)],
          total: 1,
          ...(lastDigit ? { lastDigit: true } : {}),
          ...(apart ? { farApart: true } : {}),
          ...(standards ? { standards: true } : {}),
          ...(profitMeasures ? { profitMeasures: true } : {}),
          ...(!lastDigit && !apart && !standards && (own.claim.provenance.metricLoose || other.claim.provenance.metricLoose) ? { looseMetric: true } : {}),
          ...(!lastDigit && !apart && !standards && !own.claim.provenance.metricLoose && !other.claim.provenance.metricLoose && (own.claim.provenance.baseUnstated || other.claim.provenance.baseUnstated)
            ? { baseUnstated: true }
            : {}),
        };
        const existing = crossDocument.find((finding) => finding.span.start === own.figure.start) ?? found.find((finding) => finding.span.start === own.figure.start);
        if (existing) {
          if (existing.related.length < maxRelated) existing.related.push({ path: other.path, span: spanOf(other.figure), message: findingText(detail).related[0]! });
          continue;
        }
        const earned = this.earnedSeverity(Math.min(confidenceOf(own), confidenceOf(other)) as Confidence);
        if (!earned) continue;
        found.push(
          makeFinding('conflicting-figure', path, own.figure, detail, {
            severity: conflictSeverityOf(conflictSeverity, earned, lastDigit || apart || standards || profitMeasures),
            related: [{ path: other.path, span: other.figure }],
            data: dataFor(key, own.claim, [other]),
          }),
        );
      }
    }
    return found;
  }
}

/** Amounts and counts, whose copies differ by slips; rates (3.2% against 8.4%) may be another period's or a misread base. */
function isAmount(key: string): boolean {
  return !/^(?:%|pp|bp)$/.test(unitOfKey(key));
}

/** The setting's ceiling, the claims' earned severity, and information at most for a weak clash (a last digit, too far apart, two standards). */
function conflictSeverityOf(ceiling: Severity, earned: Severity, weak: boolean): Severity {
  const severity = weakerSeverity(ceiling, earned);
  return weak ? weakerSeverity(severity, 'information') : severity;
}

function dataFor(key: string, claim: Claim, others: readonly Observation[]): ConflictData {
  return {
    key,
    subject: claim.subject,
    metric: claim.metric,
    unit: claim.unit,
    // Code actions offer the first few values; a figure repeated across a corpus must not copy them all.
    others: others.slice(0, maxRelated).map((other) => ({
      path: other.path,
      span: spanOf(other.figure),
      text: other.figure.text,
      value: other.figure.value,
      low: other.figure.low,
      high: other.figure.high,
      qualifier: other.figure.qualifier,
      asOf: other.claim.asOf,
    })),
  };
}

function findingFigure(observation: Observation): FindingFigure {
  return { text: observation.figure.text, asOf: observation.claim.asOf, path: observation.path };
}
