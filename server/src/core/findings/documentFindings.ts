/**
 * Findings of one file on its own: a corpus document's garbled stretches and the quoted names the
 * lexicon lacks (both from its facts), and the problems of fincorpus.json.
 */
import type { DocumentFacts, Span } from '../types';
import { makeFinding, type Finding } from './finding';

export function documentFindings(facts: DocumentFacts): Finding[] {
  const found: Finding[] = [];
  for (const stretch of facts.mojibake) {
    found.push(makeFinding('mojibake', facts.path, stretch, { kind: 'mojibake', repaired: stretch.repaired, lost: stretch.lost, hiddenMentions: stretch.hiddenMentions ?? [] }));
  }
  for (const name of facts.unknownNames ?? []) {
    found.push(makeFinding('unknown-product', facts.path, name, { kind: 'unknown-product', name: name.name }));
  }
  return found;
}

/** A configuration problem, located on the field at fault. */
export interface LocatedConfigProblem {
  span: Span;
  field: readonly (string | number)[];
  message: string;
}

export function configFindings(path: string, problems: readonly LocatedConfigProblem[]): Finding[] {
  return problems.map((problem) => makeFinding('config', path, problem.span, { kind: 'config', field: problem.field, problem: problem.message }));
}
