/**
 * A second subject inside a sentence owns the figures it introduces: a bracketed value right after a
 * name (分别为微众银行（6517.76亿元）、网商银行（4710.35亿元）; 超过排名第二的某银行（2.1亿元）) or an English
 * relative clause after a name ("its closest rival, Acme Bank, which reported 2.1 billion yuan").
 */
import type { FigureMention } from '../../types';
import type { SubjectMention } from '../subjects';

const openBracketBefore = /[（(][\s\u3000]*(?:约|近|超|逾|达)?$/;
const relativeClauseBefore = /^[\s,]*(?:which|who|that)\s+(?:(?:had|has)\s+)?(?:reported|posted|recorded|had|has|earned|made|booked|saw)\b/i;

/** The name whose bracket or relative clause holds the figure, or null. */
export function appositiveOwner(text: string, figure: FigureMention, subjects: readonly SubjectMention[]): SubjectMention | null {
  const before = text.slice(Math.max(0, figure.start - 6), figure.start);
  const bracket = openBracketBefore.exec(before);
  if (bracket) {
    const bracketAt = figure.start - (before.length - bracket.index);
    const owner = lastSubjectEndingAt(subjects, bracketAt);
    if (owner && owner.pronoun === null) return owner;
    return null;
  }
  for (let i = subjects.length - 1; i >= 0; i--) {
    const subject = subjects[i]!;
    if (subject.end > figure.start) continue;
    if (figure.start - subject.end > 60) break;
    if (subject.pronoun !== null) continue;
    const between = text.slice(subject.end, figure.start);
    if (relativeClauseBefore.test(between) && /^[\s,]*(?:which|who|that)\s+[A-Za-z\s]{0,30}$/.test(between)) return subject;
    break;
  }
  return null;
}

function lastSubjectEndingAt(subjects: readonly SubjectMention[], at: number): SubjectMention | null {
  for (let i = subjects.length - 1; i >= 0; i--) {
    const subject = subjects[i]!;
    // Only a space may stand between the name and its bracket.
    if (subject.end <= at) return at - subject.end <= 1 ? subject : null;
  }
  return null;
}
