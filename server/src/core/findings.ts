/**
 * The words of the index's cross-document findings. The index records each finding as plain data
 * (a {@link FindingDetail}) and builds its message through a {@link FindingWords} catalogue: English
 * by default, which is what the command line prints; the server passes the catalogue of the
 * editor's language and rebuilds the same message in it.
 */
import type { Claim } from './types';

/** One figure taking part in a finding, as its message names it. */
export interface FindingFigure {
  /** The figure as written: "超3.6亿". */
  text: string;
  asOf: Claim['asOf'];
  /** The document's path in the index. */
  path: string;
}

/** What a conflicting-figure, differing-figure or cumulative-decrease finding is about. */
export type FindingDetail =
  | {
      kind: 'conflict' | 'difference';
      subject: string;
      metric: string;
      own: FindingFigure;
      /** The first figures the own one clashes with (at most the index's maxRelated), in message order; related locations follow it. */
      others: FindingFigure[];
      /** How many figures the own one clashes with in all, named or not; `others.length` when absent. */
      total?: number;
    }
  | {
      kind: 'cumulative-decrease';
      subject: string;
      metric: string;
      own: FindingFigure;
      earlier: FindingFigure;
    };

/** The sentences of findings in one language. Arguments arrive already worded by the catalogue. */
export interface FindingWords {
  /** An as-of period that spans more than a day: "2024-01-01/2024-06-30". */
  period(start: string, end: string): string;
  /** "超3.6亿 (2022-12-31 by document date, 001.txt)". */
  figure(text: string, period: string, byDocumentDate: boolean, file: string): string;
  /** "微众银行 个人客户". */
  key(subject: string, metric: string): string;
  /** `others` are the first few figures worded; `more` counts the ones left out. */
  conflict(key: string, own: string, others: readonly string[], more: number): string;
  difference(key: string, own: string, others: readonly string[], more: number): string;
  decrease(key: string, own: string, earlier: string): string;
  /** The related location of a decrease: the earlier, higher value. */
  earlierValue(earlier: string): string;
  /** The related location of a conflict or difference: the other figure with its key. */
  relatedFigure(key: string, figure: string): string;
}

/** How many other figures a message names before it says "and N more". */
export const maxNamedInMessage = 3;

function moreText(more: number): string {
  return more > 0 ? ` and ${more} more` : '';
}

export const englishFindingWords: FindingWords = {
  period: (start, end) => `${start}/${end}`,
  figure: (text, period, byDocumentDate, file) => `${text} (${byDocumentDate ? `${period} by document date` : period}, ${file})`,
  key: (subject, metric) => `${subject} ${metric}`,
  conflict: (key, own, others, more) => `${key}: ${own} conflicts with ${others.join('; ')}${moreText(more)}`,
  difference: (key, own, others, more) => `${key}: ${own} differs from ${others.join('; ')}${moreText(more)}`,
  decrease: (key, own, earlier) => `${key} is a running total but falls: ${own} after ${earlier}`,
  earlierValue: (earlier) => `earlier value ${earlier}`,
  relatedFigure: (key, figure) => `${key}: ${figure}`,
};

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function wordFigure(figure: FindingFigure, words: FindingWords): string {
  const { start, end } = figure.asOf;
  const period = start === end ? start : words.period(start, end);
  return words.figure(figure.text, period, figure.asOf.source === 'document-date', baseName(figure.path));
}

/**
 * The message of a finding and the messages of its related locations (one per other figure, in
 * order; a decrease has one, the earlier value).
 */
export function findingText(detail: FindingDetail, words: FindingWords = englishFindingWords): { message: string; related: string[] } {
  const key = words.key(detail.subject, detail.metric);
  const own = wordFigure(detail.own, words);
  if (detail.kind === 'cumulative-decrease') {
    const earlier = wordFigure(detail.earlier, words);
    return { message: words.decrease(key, own, earlier), related: [words.earlierValue(earlier)] };
  }
  const others = detail.others.map((figure) => wordFigure(figure, words));
  const named = others.slice(0, maxNamedInMessage);
  const total = Math.max(detail.total ?? others.length, others.length);
  const more = Math.max(total - named.length, 0);
  const message = detail.kind === 'conflict' ? words.conflict(key, own, named, more) : words.difference(key, own, named, more);
  return { message, related: others.map((figure) => words.relatedFigure(key, figure)) };
}
