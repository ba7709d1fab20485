/**
 * How sure a claim is, from the provenance of its fields, and the severity a conflict between two
 * claims deserves. A false conflicting-figure error costs more than a missed one, so an error needs
 * both sides explicit: subject named in the clause, metric an ontology concept, period stated.
 */
import type { Claim, ClaimProvenance } from '../types';

/**
 * 3: every field explicit; 2: a field carried, topical or from the report period; 1: dated by the document only, or a
 * metric read through a loose word; 0: a phrase metric or a guessed period.
 */
export type Confidence = 0 | 1 | 2 | 3;

export function claimConfidence(provenance: ClaimProvenance): Confidence {
  // A free phrase is too loose a key to accuse a document of contradicting another: on real text the
  // same phrase names different things (金额 of two businesses) far more often than one thing twice.
  if (provenance.metric === 'phrase' || provenance.periodGuessed) return 0;
  if (provenance.period === 'document-date' || provenance.metricLoose || provenance.baseUnstated) return 1;
  if (provenance.subject !== 'clause' || provenance.period !== 'stated') return 2;
  return 3;
}

export type ConflictSeverity = 'error' | 'warning' | 'information';

/** The severity of a conflict between claims of these confidences, or null when it is not worth reporting. */
export function severityForConfidence(confidence: Confidence): ConflictSeverity | null {
  if (confidence === 3) return 'error';
  if (confidence === 2) return 'warning';
  if (confidence === 1) return 'information';
  return null;
}

/** In words, for messages and hovers: why the severity is what it is. */
export function provenanceReasons(claim: Pick<Claim, 'provenance'>): string[] {
  const reasons: string[] = [];
  const { subject, metric, period } = claim.provenance;
  if (subject === 'carried') reasons.push('subject carried from earlier text');
  if (subject === 'topic') reasons.push("subject is the document's topic");
  if (metric === 'phrase') reasons.push('metric is a free phrase, not an ontology concept');
  if (claim.provenance.metricLoose) reasons.push('metric is read through a word the press uses for more than one concept');
  if (claim.provenance.baseUnstated) reasons.push('a change of a balance in mid-year that does not say what it is measured against');
  if (period === 'report') reasons.push("period is the document's report period");
  if (period === 'document-date') reasons.push(claim.provenance.periodGuessed ? 'period is guessed from the latest cut-off in the text (the document has no date)' : 'period is the document date');
  return reasons;
}

const severityRank = { error: 3, warning: 2, information: 1, hint: 0 } as const;
type AnySeverity = keyof typeof severityRank;

/** The less severe of two severities. */
export function weakerSeverity<S extends AnySeverity>(a: S, b: S): S {
  return severityRank[a] <= severityRank[b] ? a : b;
}
