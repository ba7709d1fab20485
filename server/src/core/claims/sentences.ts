/**
 * The sentence model: paragraphs, sentences and clauses found from punctuation and line structure,
 * and the span look-ups the claim rules make within them.
 */
import type { Span } from '../types';

export interface Clause extends Span {
  sentence: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Clauses of the sentence: indices [firstClause, endClause) into the clause list. */
  firstClause: number;
  endClause: number;
}

export interface TextModel {
  sentences: Sentence[];
  clauses: Clause[];
}

const clauseSeparators = new Set(['，', ',', '；', ';', '、', '：', ':']);
const sentenceTerminators = new Set(['。', '！', '？', '!', '?', '…']);
export const openingBrackets = new Set(['（', '(', '【', '[', '《']);
export const closingBrackets = new Set(['）', ')', '】', ']', '》']);
/** Code units the segmenter acts on; every other character only lengthens the clause it is in. */
const significant = new Uint8Array(0x10000);
for (const char of [...clauseSeparators, ...sentenceTerminators, ...openingBrackets, ...closingBrackets, '\n', '.', '-', ' ']) significant[char.charCodeAt(0)] = 1;
const englishDayBefore = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/;
const abbreviationBeforeFullStop = /\b(?:Co|Ltd|Inc|No|Mr|Ms|Dr|vs|approx|e\.g|i\.e)$/;

/**
 * Splits a text into paragraphs, sentences and clauses. A blank line, or a line break followed by
 * indentation or an HTML tag, starts a paragraph; a bare line break only ends a clause, because
 * extracted and hard-wrapped text breaks lines in mid-sentence. Separators inside brackets do not split.
 * A line break in `sentenceBreaks` (the end of a byline's line) ends a sentence.
 */
export function segmentText(text: string, sentenceBreaks: readonly number[] = []): TextModel {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  let paragraph = 0;
  let sentenceStart = 0;
  let clauseStart = 0;
  let depth = 0;
  // Whether the line up to spacedLineEnd separates its statements by spaces (see spacesPunctuate).
  let spacedLineEnd = -1;
  let spacedLine = false;
  // The closing comma of an English appositive ", or M2,", which does not split either.
  let appositiveEnd = -1;

  const closeClause = (end: number) => {
    if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence: sentences.length });
    clauseStart = end + 1;
  };
  const closeSentence = (end: number) => {
    closeClause(end);
    let firstClause = clauses.length;
    while (firstClause > 0 && clauses[firstClause - 1]!.sentence === sentences.length) firstClause--;
    if (firstClause < clauses.length) sentences.push({ start: sentenceStart, end, paragraph, firstClause, endClause: clauses.length });
    sentenceStart = end + 1;
    clauseStart = end + 1;
  };

  for (let i = 0; i < text.length; i++) {
    // A flattened table or an unclosed bracket can make one "clause" of megabytes with thousands of
    // figures; binding each figure looks over its clause, so clauses are cut at a bounded length.
    if (i - clauseStart >= maxClauseLength && canCutClauseAt(text, i)) {
      clauses.push({ start: clauseStart, end: i, sentence: sentences.length });
      clauseStart = i;
    }
    if (significant[text.charCodeAt(i)] === 0) continue;
    const char = text[i]!;
    if (openingBrackets.has(char)) depth++;
    else if (closingBrackets.has(char)) depth = Math.max(0, depth - 1);
    if (char === '\n') {
      depth = 0;
      if (sentenceBreaks.includes(i)) closeSentence(i);
      else if (startsParagraph(text, i + 1) || endsFence(text, i)) {
        closeSentence(i);
        paragraph++;
      } else closeClause(i);
      continue;
    }
    if (depth > 0) continue;
    if (sentenceTerminators.has(char)) closeSentence(i);
    else if (
      char === '.' &&
      (i + 1 >= text.length || /\s/.test(text[i + 1]!)) &&
      /[A-Za-z0-9)\]”"%]/.test(text[i - 1] ?? '') &&
      !abbreviationBeforeFullStop.test(text.slice(Math.max(0, i - 6), i))
    ) {
      closeSentence(i);
    } else if (
      char === '-' &&
      text[i - 1] === ' ' &&
      text[i + 1] === ' ' &&
      (/[A-Z\u4e00-\u9fff]/.test(text[i + 2] ?? '') || (/\d/.test(text[i + 2] ?? '') && /[\u4e00-\u9fff\]）]/.test(text[i - 2] ?? '')))
    ) {
      // A summary's inline bullets ("… [3] - The average yield …") are sentences of their own.
      closeSentence(i);
    } else if (char === ' ') {
      // Summaries that separate their statements by spaces alone (…下调非息收入增速等假设 预测公司25年…) mean a
      // full stop; single characters spaced apart (直 聘 大 數 據, from a PDF) do not, nor do the spaces of a
      // line that has its punctuation (营业收入 3,374.88亿元 ,同比 微降0.48%).
      // After a figure (…以及6.2% 息差韧性较好, …2.97% 24年年度分红比例…) as after words.
      if (/[%）)”]/.test(text[i - 1] ?? '') && (isCjk(text.charCodeAt(i + 1)) || /^\d{2,4}[年月QH]/.test(text.slice(i + 1, i + 6)))) {
        if (i >= spacedLineEnd) [spacedLineEnd, spacedLine] = spacesPunctuate(text, i);
        if (spacedLine) closeSentence(i);
      } else if (isCjk(text.charCodeAt(i + 1)) && isCjk(text.charCodeAt(i + 2))) {
        // A summary's citation marker ([9] 根据…) ends the statement before it, whatever the line's style.
        if (text[i - 1] === ']' && /\[\d{1,3}\]$/.test(text.slice(Math.max(0, i - 5), i))) closeSentence(i);
        // A metric and its change spaced apart (零售不良率 微升0.07%) are one statement; a change after a figure's unit
        // (…9135.86亿元 较年初增长866.43亿元) starts one that goes on from that figure.
        else if (isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(i - 2)) && (figureUnitEnd.test(text[i - 1]!) || !changeAfterSpace.test(text.slice(i + 1, i + 8)))) {
          if (i >= spacedLineEnd) [spacedLineEnd, spacedLine] = spacesPunctuate(text, i);
          if (spacedLine) closeSentence(i);
        }
      }
    } else if (clauseSeparators.has(char)) {
      // Thousands separators and times (3,000; 01:46) do not separate clauses.
      if ((char === ',' || char === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      // Nor does the comma of an English date (December 31, 2023).
      if (char === ',' && /\d{4}/.test(text.slice(i + 1, i + 6).trim().slice(0, 4)) && englishDayBefore.test(text.slice(Math.max(0, i - 14), i))) continue;
      // Nor do the commas around another name of the metric ("The broad money supply, or M2, stood at …").
      if (char === ',' && i === appositiveEnd) continue;
      if (char === ',' && text[i + 2] === 'o') {
        const appositive = englishAlsoCalled.exec(text.slice(i, i + 48));
        if (appositive) {
          appositiveEnd = i + appositive[0].length - 1;
          continue;
        }
      }
      closeClause(i);
    }
  }
  closeSentence(text.length);
  return { sentences, clauses };
}

/** ", or M2," and ", or TSF,": another name of what the sentence is about, between commas. */
const englishAlsoCalled = /^, or (?:the )?[A-Za-z0-9][\w-]*(?: [\w-]+){0,3},/;

/** The last character of a figure's unit (亿元, 万户, 家). */
const figureUnitEnd = /[元亿億万萬兆户戶家笔筆个個人]/;
/** A few words of change and a number right after a space (微升0.07%, 同比下降3.1%). */
const changeAfterSpace = /^(?:微|小幅|大幅|略|明显|同比|环比|較上年末|较上年末|较年初|較年初|按年)?(?:升|降|增|减|減|增长|增長|下降|上升|提升|下滑|回落|下行|上行|收窄|扩大|擴大)了?[+\-−]?\d/;

/**
 * Whether the line around an offset separates its statements by spaces: more spaces between runs of
 * Chinese than punctuation marks. Returns where the line ends, so each line is read once.
 */
function spacesPunctuate(text: string, at: number): [number, boolean] {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  let spaces = 0;
  let marks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if ((isCjk(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x25) && isCjk(text.charCodeAt(i + 1))) spaces++;
    } else if (code === 0xff0c || code === 0x3002 || code === 0xff1b || code === 0x2c || code === 0x3b) marks++;
  }
  return [end, spaces >= 3 && spaces > marks];
}

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Real clauses are a few dozen characters (the seeds' longest is about 220). */
const maxClauseLength = 1_000;

/** A forced clause boundary must not fall inside a number, a Latin word or a surrogate pair. */
function canCutClauseAt(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (after >= 0xdc00 && after <= 0xdfff) return false;
  const isWordish = (code: number) =>
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff10 && code <= 0xff19) || code === 0x2e || code === 0x2c;
  return !(isWordish(before) && isWordish(after));
}

/** A front-matter fence (--- or ...) on the line that ends at a line break closes a paragraph of its own. */
function endsFence(text: string, lineBreak: number): boolean {
  const lineStart = text.lastIndexOf('\n', lineBreak - 1) + 1;
  return /^(?:---|\.\.\.)[ \t\r]*$/.test(text.slice(lineStart, lineBreak));
}

/** After a line break: a blank line, indentation, an HTML tag or a heading mark starts a paragraph. */
function startsParagraph(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const first = text[at]!;
  if (first === '\n' || first === '\r' || first === '\u3000' || first === '\t' || first === '<' || first === '#') return true;
  if (first === ' ') {
    const second = text[at + 1];
    return second === undefined || second === ' ' || second === '\n' || second === '\r' || second === '\u3000' || second === '\t' || second === '<';
  }
  return false;
}


/** The spans (in text order) that no bracket opened since `from` encloses, in one pass over the text. */
/**
 * Where the list a clause belongs to starts: names listed with 、 (营收、PPOP、归母净利润…) are clauses of
 * their own, so the list starts at the clause of the first.
 */
export function listStartOf(text: string, sentenceStart: number, clauseStart: number, clauseStartBefore: (offset: number) => number): number {
  let start = clauseStart;
  while (start - 2 > sentenceStart && text[start - 1] === '、') start = clauseStartBefore(start - 2);
  return start;
}

export function outsideBrackets<T extends Span>(text: string, from: number, spans: readonly T[]): T[] {
  const kept: T[] = [];
  let depth = 0;
  let cursor = from;
  for (const span of spans) {
    for (; cursor < span.start; cursor++) {
      const char = text[cursor]!;
      if (openingBrackets.has(char)) depth++;
      else if (closingBrackets.has(char) && depth > 0) depth--;
    }
    if (depth === 0) kept.push(span);
  }
  return kept;
}

/**
 * The index of the first item of a list sorted by start that starts at or after an offset (the length when none
 * does). `startOf` reads an item's start, for lists of entries that hold their span.
 */
export function firstStartingAt<T>(sorted: readonly T[], offset: number, startOf: (item: T) => number = (item) => (item as Span).start): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (startOf(sorted[mid]!) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans of a sorted list that lie inside a range, found by binary search. */
export function spansWithin<T extends Span>(sorted: readonly T[], range: Span): T[] {
  const low = firstStartingAt(sorted, range.start);
  const inside: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < range.end; i++) if (sorted[i]!.end <= range.end) inside.push(sorted[i]!);
  return inside;
}
