/**
 * The figure recogniser: amounts, counts, percentages, rates and durations as written in Chinese
 * and English finance text, each turned into an exact-decimal interval with its unit.
 *
 * A hand-written scanner walks the text once. At every numeral it reads a quantity (the number,
 * its magnitude and its unit), then widens the span to the hedge and direction words around it.
 * Every read is bounded, and a failed candidate resumes after the whole numeral, so the scan stays
 * linear in the length of the text.
 */
import { AnchorClass, anchorTable, nextAnchor } from './anchors';
import { throwIfCancelled, type CancellationToken } from './cancellation';
import { Decimal } from './decimal';
import {
  ageWords,
  currencyPrefixes,
  currencySuffixes,
  directionWords,
  durationPrefixes,
  durationSuffixes,
  englishDirectionWords,
  englishFallNouns,
  englishMagnitudes,
  englishRiseNouns,
  leadingEnglishHedges,
  leadingHedges,
  measureUnits,
  measureWords,
  numeralSetPhrases,
  perAccountMarkers,
  perYearMarkers,
  rateDenominators,
  tenthsBlockers,
  trailingHedges,
  yearFollowersThatAreNotDurations,
  type Direction,
  type HedgeEffect,
} from './figuresLexicon';
import {
  chineseDigitValue,
  isChineseNumeralChar,
  isDigit,
  magnitudeOf,
  normaliseDigits,
  isDecimalPoint,
  isThousandsSeparator,
  parseChineseDigitString,
  parseChineseInteger,
  stepOfInteger,
  stepOfStatedDigits,
} from './numerals';
import { WordIndex, equalsIgnoringCaseAt, plainWords, type Worded } from './figuresWords';
import type { FigureMention, FigurePart, FigurePartRole, Qualifier } from './types';
import { unitKind, type Unit } from './units';
import type { ZoneMask } from './zoneMask';

const measureUnitIndex = new WordIndex(measureUnits);
const currencySuffixIndex = new WordIndex(currencySuffixes);
const currencyPrefixIndex = new WordIndex(currencyPrefixes);
const englishMagnitudeIndex = new WordIndex(englishMagnitudes.map((entry) => ({ ...entry, english: true })));
const leadingHedgeIndex = new WordIndex(leadingHedges);
const leadingEnglishHedgeIndex = new WordIndex(leadingEnglishHedges.map((entry) => ({ ...entry, english: true })));
const trailingHedgeIndex = new WordIndex(trailingHedges);
const directionIndex = new WordIndex(directionWords);
const englishDirectionIndex = new WordIndex(englishDirectionWords.map((entry) => ({ ...entry, english: true })));
const durationPrefixIndex = new WordIndex(plainWords(durationPrefixes));
const durationSuffixIndex = new WordIndex(plainWords(durationSuffixes));
/** The longest run of digits read as one number; longer runs are identifiers or chart data. */
const longestDigitRun = 24;

/** How often, in characters scanned, the cancellation token is looked at. */
const cancellationInterval = 4096;
/** The longest Chinese numeral read as one number; longer runs are not quantities. */
const longestChineseNumeral = 16;
/** How far back a sentence is searched for words that qualify a figure (户均, 不到). */
const contextWindow = 48;

type UnitKind = 'money' | 'percent' | 'pp' | 'bp' | 'x' | 't' | 'years' | 'age' | 'count' | 'tenths' | 'half' | 'fraction';

type CoreKind = 'digits' | 'chinese' | 'vague' | 'upwards' | 'order' | 'fraction';

/** A number as written, before its magnitude and unit. */
interface Core {
  start: number;
  end: number;
  kind: CoreKind;
  /** The stated number; null when vague (数万). */
  written: Decimal | null;
  /** The step of the last stated digit of {@link written}. */
  step: Decimal | null;
  /** Magnitude already inside the numeral (三千一百亿, 上万). */
  multiplier: Decimal;
  /** For 亿量级 and 亿元级: the order of magnitude as bounds, with the currency when one is named. */
  order: { low: Decimal; high: Decimal; unit: Unit | null } | null;
  /** The numeral is a lone 一, which is mostly an article (一家银行), not a count. */
  loneOne: boolean;
  /** For 两三百, 七八成: the higher of two neighbouring numbers; the figure is the range between them. */
  spread?: Decimal;
  /** A magnitude standing for one of it (超千家, 百余家, 过亿). */
  bare?: boolean;
}

/** A core with its magnitude and unit. */
interface Quantity {
  core: Core;
  end: number;
  multiplier: Decimal;
  hasMagnitude: boolean;
  /** 多 or 余 after the number: more than, below the next step. */
  many: boolean;
  plus: boolean;
  unit: Unit | null;
  unitKind: UnitKind | null;
  counter: string | null;
  currencyPrefix: { start: number; end: number; unit: Unit } | null;
  durationSuffix: boolean;
  /** The pieces read so far, from the number on (the words before it are the left context's). */
  parts: FigurePart[];
  /** For the upper end of “between 10 and 20”: where “between” starts. */
  betweenStart?: number;
}

interface Scan {
  text: string;
  mask: ZoneMask;
}

/** Figures (amounts, counts, percentages …) outside the masked regions, as exact-decimal intervals. */
/**
 * `anchored` (the default) passes over the characters no figure can start on with the anchor table
 * (core/anchors.ts) instead of testing each one; the figures found are the same either way.
 */
export function recogniseFigures(text: string, mask: ZoneMask, token: CancellationToken, anchored = true): FigureMention[] {
  const scan: Scan = { text, mask };
  const classOf = anchorTable();
  const figures: FigureMention[] = [];
  let position = 0;
  let lastCheck = 0;
  let floor = 0;
  while (position < text.length) {
    if (position - lastCheck >= cancellationInterval) {
      throwIfCancelled(token);
      lastCheck = position;
    }
    const afterZone = mask.skip(position);
    if (afterZone !== position) {
      // Inline emphasis markup does not part a figure from the words before it (增长<b>5%</b>).
      if (skipInlineTags(text, position) !== afterZone) floor = Math.max(floor, afterZone);
      position = afterZone;
      continue;
    }
    if (anchored && (classOf[text.charCodeAt(position)]! & AnchorClass.figure) === 0) {
      // No character before the next anchor can start a figure, and none lies in a zone before the
      // next zone's start (the zone at position was skipped above): the plain loop would step over
      // them one by one. Zones still stop the jump, as they move the floor.
      position = Math.min(nextAnchor(text, position + 1, AnchorClass.figure), mask.nextStart(position + 1));
      continue;
    }
    if (!mayStartFigure(text, position)) {
      position++;
      continue;
    }
    const attempt = readFigure(scan, position, floor);
    if (attempt.figure) {
      figures.push(attempt.figure);
      position = attempt.figure.end;
      floor = position;
    } else {
      position = Math.max(position + 1, attempt.resume);
    }
  }
  throwIfCancelled(token);
  signRestatedChanges(text, figures);
  signListedDecreases(text, figures);
  signChangeNouns(text, figures);
  return figures;
}

/**
 * 按年上升46.86亿港元或13.3%, "down RMB 2.1 billion, or 5.3%": a change restated as a rate after 或 (or) is a
 * change in the same direction.
 */
function signRestatedChanges(text: string, figures: FigureMention[]): void {
  for (let i = 1; i < figures.length; i++) {
    const previous = figures[i - 1]!;
    const figure = figures[i]!;
    if (previous.direction === null || figure.direction !== null || figure.value === null || figure.unit !== '%' || previous.unit === '%') continue;
    if (figure.start - previous.end > 6 || !/^[\s\u3000]*,?[\s\u3000]*(?:或|or)[\s\u3000]*$/.test(text.slice(previous.end, figure.start))) continue;
    figures[i] = previous.direction === 'decrease' ? negated(figure) : { ...figure, direction: 'increase' };
  }
}

/** What may stand between the values of a list: 、 , 和 及 与 and. */
const listJoiner = /^[\s\u3000]*(?:、|,|，|和|及|与|與|以及|and|, and|,and)[\s\u3000]*$/;

/**
 * A decrease stated once before a list signs every value of it: 分别下降8.4%和13%, "fell by 10% and 3.9%",
 * "declines of 10% and 3.9%". A value after the first takes the sign when only a joiner parts it from a
 * decrease before it and it states no direction of its own; a change in points takes it after a change in
 * points or per cent, any other value only after one of its own unit.
 */
function signListedDecreases(text: string, figures: FigureMention[]): void {
  for (let i = 1; i < figures.length; i++) {
    const previous = figures[i - 1]!;
    const figure = figures[i]!;
    if (previous.direction !== 'decrease' || figure.direction !== null || figure.value === null) continue;
    if (figure.start - previous.end > 8 || !listJoiner.test(text.slice(previous.end, figure.start))) continue;
    const changeUnits = /^(?:%|pp|bp)$/;
    if (figure.unit !== previous.unit && !(changeUnits.test(figure.unit) && changeUnits.test(previous.unit))) continue;
    figures[i] = negated(figure);
  }
}

/** "a decline in operating income of 10.9%", "a dip in Q3 2025 revenue by 0.8%": the change noun before the metric. */
const changeNounBefore = new RegExp(`\\b(${englishFallNouns}|${englishRiseNouns})\\s+in\\s+(?:[A-Za-z0-9][A-Za-z0-9'’-]*\\s+){1,7}?(?:of|by)\\s*$`, 'i');
/** "a 0.9% fall in net profit": the change noun right after the figure. */
const changeNounAfter = new RegExp(`^\\s*(?:(?:year[- ](?:on|over)[- ]year|yoy)\\s+)?(${englishFallNouns}|${englishRiseNouns})\\s+in\\b`, 'i');
const fallNoun = new RegExp(`^(?:${englishFallNouns})$`, 'i');
/** "a 1.6% rise", "a 2% increase year on year", "a 3% drop from a year earlier": the noun ends the change's phrase. */
const changeNounEnding = new RegExp(
  `^\\s*(?:(?:year[- ](?:on|over)[- ]year|yoy|y-o-y)\\s+)?(${englishFallNouns}|${englishRiseNouns})(?=\\s*(?:[,.;:)]|$|(?:year[- ](?:on|over)[- ]year|yoy|y-o-y|from|over|compared|versus|against|quarter[- ]on[- ]quarter|month[- ]on[- ]month)\\b))`,
  'i',
);
/** 实现0.8%的增长, 录得5%的降幅: a Chinese change noun after the figure and its 的. */
const chineseChangeNounAfter = /^[\s\u3000]*的[\s\u3000]*(增长|增長|增幅|正增长|正增長|降幅|跌幅|下降|下滑|负增长|負增長)(?![率])/;
const chineseFallNoun = /^(?:降幅|跌幅|下降|下滑|负增长|負增長)$/;

/**
 * A change named by its noun states the direction the figure does not: "a decline in operating
 * income of 10.9%" and "a 4.2% drop in net profit" are decreases, "a rise in revenue of 5%" an increase,
 * and so are 实现0.8%的增长 and 5%的降幅.
 * Only changes in per cent or points, whose words lie within a short window, are read so.
 */
function signChangeNouns(text: string, figures: FigureMention[]): void {
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i]!;
    if (figure.direction !== null || figure.value === null || !/^(?:%|pp|bp)$/.test(figure.unit)) continue;
    const after = text.slice(figure.end, figure.end + 48);
    const noun = changeNounBefore.exec(text.slice(Math.max(0, figure.start - 90), figure.start))?.[1] ?? changeNounAfter.exec(after)?.[1] ?? changeNounEnding.exec(after)?.[1];
    const chineseNoun = noun ? undefined : chineseChangeNounAfter.exec(text.slice(figure.end, figure.end + 12))?.[1];
    // "6% lower y-o-y", "3 per cent higher than a year earlier": a comparative after the figure states its direction.
    const comparative = noun || chineseNoun ? null : comparativeAfter.exec(after);
    if (comparative) {
      figures[i] = /^(?:lower|less)$/i.test(comparative[1]!) ? negated(figure) : { ...figure, direction: 'increase' };
      continue;
    }
    if (!noun && !chineseNoun) continue;
    figures[i] = (noun ? fallNoun.test(noun) : chineseFallNoun.test(chineseNoun!)) ? negated(figure) : { ...figure, direction: 'increase' };
  }
}

const comparativeAfter = new RegExp(
  '^[ ]+(lower|higher|less|more)[ ]+(?:y-o-y|yoy|year[- ](?:on|over)[- ]year|(?:than|from|compared (?:to|with)|versus|vs\\.?|against)[ ]+(?:at )?(?:' +
    'a year (?:earlier|ago|before)|(?:in )?the (?:previous|prior|same) (?:year|period|quarter|half)|last year|the same period (?:of |in )?(?:last|the previous|a) year|' +
    'the (?:end of (?:last|the previous|the prior) year|(?:previous|prior) year-end|year-end|end of (?:19|20)[0-9]{2})))\\b',
  'i',
);

/** A figure's value read as a decrease: the sign turned, the bounds swapped. */
function negated(figure: FigureMention): FigureMention {
  const turn = (value: string | null): string | null => (value === null ? null : (Decimal.parse(value)?.negate().toString() ?? null));
  const qualifier = figure.qualifier === 'lower-bound' ? 'upper-bound' : figure.qualifier === 'upper-bound' ? 'lower-bound' : figure.qualifier;
  return { ...figure, value: turn(figure.value), low: turn(figure.high), high: turn(figure.low), qualifier, direction: 'decrease' };
}

function mayStartFigure(text: string, position: number): boolean {
  const char = text[position];
  if (isDigit(char)) return true;
  if (char === undefined) return false;
  if (chineseDigitValue(char) >= 0 || char === '十') return true;
  if ('数數几幾上'.includes(char)) return magnitudeOf(text[position + 1]) !== null;
  if ('百千万萬'.includes(char) && text.startsWith('分之', position + 1)) return true;
  // A bare magnitude with 量级 or 级 (亿量级, 千万级) is an order of magnitude.
  return magnitudeOf(char) !== null && !isChineseNumeralChar(text[position - 1]) && !isDigit(text[position - 1]);
}

// ---------------------------------------------------------------------------------------------
// Characters and gaps

function isAsciiLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isInlineSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0' || char === '\u3000';
}

function skipSpaces(text: string, position: number, limit = 3): number {
  let end = position;
  while (end - position < limit && isInlineSpace(text[end])) end++;
  return end;
}

function skipSpacesBackward(text: string, position: number, limit = 3): number {
  let start = position;
  while (position - start < limit && isInlineSpace(text[start - 1])) start--;
  return start;
}

/**
 * The end of a line break inside a figure, as left by text extraction from PDF: the break, the
 * indentation and an extraction line marker such as “34、”. Returns -1 when there is no break.
 */
function lineBreakGapEnd(text: string, position: number): number {
  let end = skipSpaces(text, position, 8);
  if (text[end] === '\r') end++;
  if (text[end] !== '\n') return -1;
  end = skipSpaces(text, end + 1, 8);
  let digits = end;
  while (digits - end < 3 && isDigit(text[digits])) digits++;
  if (digits > end && text[digits] === '、') end = skipSpaces(text, digits + 1, 8);
  return end;
}

function gapEnd(text: string, position: number, allowLineBreak: boolean): number {
  if (allowLineBreak) {
    const broken = lineBreakGapEnd(text, position);
    if (broken >= 0) return broken;
  }
  return skipSpaces(text, position);
}

/**
 * Matches a Chinese word at position, letting it be split by spaces or an extraction line break
 * (個百⏎56、分點). Only the characters of the word must lie outside the masked regions.
 */
function matchChineseWord(scan: Scan, position: number, word: string): number {
  const { text, mask } = scan;
  let end = position;
  for (let index = 0; index < word.length; index++) {
    if (index > 0) end = gapEnd(text, end, true);
    if (text[end] !== word[index] || mask.covers(end)) return -1;
    end++;
  }
  return end;
}

/** Matches an English word case-insensitively, requiring no letter right after it. */
function matchEnglishWord(text: string, position: number, word: string): number {
  if (!equalsIgnoringCaseAt(text, position, word)) return -1;
  return isAsciiLetter(text[position + word.length]) ? -1 : position + word.length;
}

/** The first entry of the index whose word ends exactly at position (Chinese) or before a space (English). */
function matchBefore<T extends Worded>(text: string, position: number, index: WordIndex<T>): { start: number; entry: T } | null {
  for (const entry of index.endingWith(text[position - 1])) {
    const start = position - entry.word.length;
    if (start < 0) continue;
    if (entry.english) {
      if (!equalsIgnoringCaseAt(text, start, entry.word) || isAsciiLetter(text[start - 1]) || !isInlineSpace(text[position])) continue;
    } else if (!text.startsWith(entry.word, start)) {
      continue;
    }
    return { start, entry };
  }
  return null;
}

/** The first entry of the index whose word starts at position. */
function matchAfter<T extends Worded>(scan: Scan, position: number, index: WordIndex<T>): { end: number; entry: T } | null {
  for (const entry of index.startingWith(scan.text[position])) {
    const end = matchUnitWord(scan, position, entry);
    if (end >= 0) return { end, entry };
  }
  return null;
}

function matchUnitWord(scan: Scan, position: number, entry: Worded): number {
  if (!entry.english) return matchChineseWord(scan, position, entry.word);
  const end = matchEnglishWord(scan.text, position, entry.word);
  return end >= 0 && free(scan, position, end) ? end : -1;
}

function free(scan: Scan, start: number, end: number): boolean {
  return !scan.mask.intersects(start, end);
}

// ---------------------------------------------------------------------------------------------
// Cores

type CoreResult = { core: Core } | { core: null; resume: number };

function readCore(scan: Scan, position: number): CoreResult {
  const { text } = scan;
  const char = text[position]!;
  if (isDigit(char)) return readDigitCore(scan, position);
  if ('百千万萬'.includes(char) && text.startsWith('分之', position + 1)) {
    const denominator = char === '百' ? Decimal.of(100) : char === '千' ? Decimal.of(1000) : Decimal.of(10_000);
    return readFractionNumerator(scan, position, position + 3, denominator);
  }
  if ('数數几幾'.includes(char)) return readVagueCore(text, position);
  if (char === '上') return readUpwardsCore(text, position);
  if (chineseDigitValue(char) >= 0 || char === '十') return readChineseCore(scan, position);
  if (bareMagnitudeHedges.has(text[position - 1] ?? '') && char !== '十') return readBareMagnitudeCore(text, position);
  // 百余家, 千余人: a bare magnitude with 余 is more than one of it.
  if (char !== '十' && '余餘'.includes(text[readMagnitudeRun(text, position)?.end ?? position] ?? ' ')) return readBareMagnitudeCore(text, position);
  return readOrderCore(text, position);
}

/** Hedges that may stand before a bare magnitude: 超千家, 逾百亿元, 近万人. */
const bareMagnitudeHedges = new Set([...'超逾近约約破过過']);
/** Single characters that bound a bare magnitude from below (过亿, 破万) though not a number (经过3年). */
const bareMagnitudeLowerBounds = new Set([...'破过過']);

/** 超千家, 近万人: a magnitude with its digit left out stands for one of it. */
function readBareMagnitudeCore(text: string, position: number): CoreResult {
  const run = readMagnitudeRun(text, position);
  if (!run) return { core: null, resume: position + 1 };
  if (['量级', '量級', '级', '級'].some((word) => text.startsWith(word, run.end))) return readOrderCore(text, position);
  return { core: { start: position, end: run.end, kind: 'chinese', written: Decimal.ONE, step: Decimal.ONE, multiplier: run.multiplier, order: null, loneOne: false, bare: true } };
}

function precededByOrdinalMarker(text: string, position: number): boolean {
  return text[skipSpacesBackward(text, position) - 1] === '第';
}

function readDigitCore(scan: Scan, position: number): CoreResult {
  const { text } = scan;
  let end = position;
  while (isDigit(text[end])) end++;
  if (end - position > longestDigitRun) return { core: null, resume: endOfNumericRun(text, end) };
  if (end - position <= 3) {
    // Thousands separators: a comma followed by exactly three digits.
    while (isThousandsSeparator(text[end]) && isDigit(text[end + 1]) && isDigit(text[end + 2]) && isDigit(text[end + 3]) && !isDigit(text[end + 4])) {
      end += 4;
    }
  }
  if (isDecimalPoint(text[end]) && isDigit(text[end + 1])) {
    end++;
    while (isDigit(text[end])) end++;
  }
  if (end - position > longestDigitRun) return { core: null, resume: endOfNumericRun(text, end) };
  const runEnd = endOfNumericRun(text, end);
  if (runEnd !== end) return { core: null, resume: runEnd };
  // 1/3, 3/4: a written fraction or a short date, not a count of its numerator.
  if ((text[end] === '/' || text[end] === '／') && isDigit(text[end + 1])) {
    let after = end + 1;
    while (isDigit(text[after])) after++;
    return { core: null, resume: after };
  }
  const before = text[position - 1];
  if (before === '#' || before === '&' || before === '.' || before === '/' || isDigit(before)) return { core: null, resume: end };
  if (isAsciiLetter(before) && !currencyPrefixEndingAt(text, position)) return { core: null, resume: endOfWord(text, end) };
  if (precededByOrdinalMarker(text, position)) return { core: null, resume: end };
  if (isAsciiLetter(text[end]) && !startsEnglishSuffix(text, end)) return { core: null, resume: endOfWord(text, end) };
  const written = normaliseDigits(text.slice(position, end));
  const value = Decimal.parse(written);
  if (!value) return { core: null, resume: end };
  const core: Core = {
    start: position,
    end,
    kind: 'digits',
    written: value,
    step: stepOfStatedDigits(written),
    multiplier: Decimal.ONE,
    order: null,
    loneOne: false,
  };
  return { core };
}

/** A second decimal point (16.36108.22, 1.2.3) makes a chart run or a version, not a number. */
function endOfNumericRun(text: string, end: number): number {
  if (!(isDecimalPoint(text[end]) && isDigit(text[end + 1]))) return end;
  let runEnd = end;
  while (isDigit(text[runEnd]) || isDecimalPoint(text[runEnd])) runEnd++;
  return runEnd;
}

function endOfWord(text: string, position: number): number {
  let end = position;
  while (isAsciiLetter(text[end]) || isDigit(text[end])) end++;
  return end;
}

/** Letters glued to digits are a unit (382BP, 10bn) rather than a name (5G, 3D, A3327). */
function startsEnglishSuffix(text: string, position: number): boolean {
  return (
    measureUnitIndex.startingWith(text[position]).some((entry) => entry.english && matchEnglishWord(text, position, entry.word) >= 0) ||
    currencySuffixIndex.startingWith(text[position]).some((entry) => entry.english && matchEnglishWord(text, position, entry.word) >= 0) ||
    englishMagnitudeIndex.startingWith(text[position]).some((entry) => matchEnglishWord(text, position, entry.word) >= 0)
  );
}

function readChineseRun(text: string, position: number): number {
  let end = position;
  while (end - position <= longestChineseNumeral && isChineseNumeralChar(text[end])) end++;
  return end;
}

function readChineseCore(scan: Scan, position: number): CoreResult {
  const { text } = scan;
  let end = readChineseRun(text, position);
  if (end - position > longestChineseNumeral) {
    while (isChineseNumeralChar(text[end])) end++;
    return { core: null, resume: end };
  }
  if (precededByOrdinalMarker(text, position) || isChineseNumeralChar(text[position - 1])) return { core: null, resume: end };
  const run = text.slice(position, end);
  const integer = parseChineseInteger(run);
  if (integer === null) return readNeighbourCore(text, position, end);
  let written = Decimal.of(integer);
  let step = stepOfInteger(integer);
  if (text.startsWith('分之', end)) {
    return readFractionNumerator(scan, position, end + 2, written);
  }
  // 十几万, 二十多: 几 after a numeral makes it vague.
  if ((text[end] === '几' || text[end] === '幾') && integer < 100n) {
    const run = readMagnitudeRun(text, end + 1);
    const multiplier = Decimal.of(integer).mul(run?.multiplier ?? Decimal.ONE);
    return { core: { start: position, end: run?.end ?? end + 1, kind: 'vague', written: null, step: null, multiplier, order: null, loneOne: false } };
  }
  if ((text[end] === '点' || text[end] === '點') && chineseDigitValue(text[end + 1]) >= 0 && !/[万萬亿億]/.test(run)) {
    let fractionEnd = end + 1;
    while (chineseDigitValue(text[fractionEnd]) >= 0) fractionEnd++;
    const fraction = parseChineseDigitString(text.slice(end + 1, fractionEnd));
    const parsed = fraction ? Decimal.parse(`${integer}.${fraction}`) : null;
    if (parsed) {
      written = parsed;
      step = Decimal.pow10(-fraction!.length);
      end = fractionEnd;
    }
  }
  const core: Core = {
    start: position,
    end,
    kind: 'chinese',
    written,
    step,
    multiplier: Decimal.ONE,
    order: null,
    loneOne: run === '一',
  };
  return { core };
}

/**
 * 两三百, 三四千万, 七八 (成), 十七八: two neighbouring digits in one numeral state a range, from the
 * numeral without the second to the numeral without the first.
 */
function readNeighbourCore(text: string, position: number, end: number): CoreResult {
  const run = text.slice(position, end);
  for (let index = 0; index + 1 < run.length; index++) {
    const first = chineseDigitValue(run[index]);
    const second = chineseDigitValue(run[index + 1]);
    if (first <= 0 || second !== first + 1) continue;
    const low = parseChineseInteger(run.slice(0, index + 1) + run.slice(index + 2));
    const high = parseChineseInteger(run.slice(0, index) + run.slice(index + 1));
    if (low === null || high === null || low >= high) break;
    const core: Core = {
      start: position,
      end,
      kind: 'chinese',
      written: Decimal.of(low),
      step: stepOfInteger(high - low),
      multiplier: Decimal.ONE,
      order: null,
      loneOne: false,
      spread: Decimal.of(high),
    };
    return { core };
  }
  return { core: null, resume: end };
}

/** True when the numeral at position belongs to a fixed phrase such as 两个一百年. */
function isInsideSetPhrase(text: string, position: number): boolean {
  for (const phrase of numeralSetPhrases) {
    for (let offset = 0; offset < phrase.length; offset++) {
      if (phrase[offset] === text[position] && offset <= position && text.startsWith(phrase, position - offset)) return true;
    }
  }
  return false;
}

/** 十分之一, 百分之三十, 百分之30: a fraction, expressed in percent. */
function readFractionNumerator(scan: Scan, start: number, numeratorStart: number, denominator: Decimal): CoreResult {
  const { text } = scan;
  let end = numeratorStart;
  let numerator: Decimal | null = null;
  if (isDigit(text[end])) {
    while (isDigit(text[end])) end++;
    if (isDecimalPoint(text[end]) && isDigit(text[end + 1])) {
      end++;
      while (isDigit(text[end])) end++;
    }
    numerator = Decimal.parse(normaliseDigits(text.slice(numeratorStart, end)));
  } else {
    end = readChineseRun(text, numeratorStart);
    const integer = parseChineseInteger(text.slice(numeratorStart, end));
    if (integer !== null) {
      numerator = Decimal.of(integer);
      if ((text[end] === '点' || text[end] === '點') && chineseDigitValue(text[end + 1]) >= 0) {
        let fractionEnd = end + 1;
        while (chineseDigitValue(text[fractionEnd]) >= 0) fractionEnd++;
        const fraction = parseChineseDigitString(text.slice(end + 1, fractionEnd));
        const parsed = fraction ? Decimal.parse(`${integer}.${fraction}`) : null;
        if (parsed) {
          numerator = parsed;
          end = fractionEnd;
        }
      }
    }
  }
  if (!numerator || denominator.isZero() || end === numeratorStart) return { core: null, resume: Math.max(end, numeratorStart) };
  const percent = numerator.mul(Decimal.of(100)).div(denominator, 10);
  return { core: { start, end, kind: 'fraction', written: percent, step: null, multiplier: Decimal.ONE, order: null, loneOne: false } };
}

function readMagnitudeRun(text: string, position: number): { end: number; multiplier: Decimal } | null {
  let end = position;
  let multiplier = 1n;
  while (end - position < 4) {
    const char = text[end];
    const magnitude = magnitudeOf(char);
    if (magnitude === null) break;
    // 百分点 and 千分之 are units, not magnitudes.
    if ((char === '百' || char === '千') && text[end + 1] === '分') break;
    if ((char === '万' || char === '萬') && text.startsWith('分之', end + 1)) break;
    multiplier *= magnitude;
    end++;
  }
  return end > position ? { end, multiplier: Decimal.of(multiplier) } : null;
}

/** 数万, 數十, 几百: a vague amount; the value is unknown. */
function readVagueCore(text: string, position: number): CoreResult {
  const run = readMagnitudeRun(text, position + 1);
  if (!run) return { core: null, resume: position + 1 };
  return { core: { start: position, end: run.end, kind: 'vague', written: null, step: null, multiplier: run.multiplier, order: null, loneOne: false } };
}

/** 上万, 上百万: upwards of the magnitude. */
function readUpwardsCore(text: string, position: number): CoreResult {
  const run = readMagnitudeRun(text, position + 1);
  if (!run || text[position + 1] === '十') return { core: null, resume: position + 1 };
  const before = text[position - 1];
  if (before === '以' || before === '之') return { core: null, resume: position + 1 };
  return { core: { start: position, end: run.end, kind: 'upwards', written: Decimal.ONE, step: null, multiplier: run.multiplier, order: null, loneOne: false } };
}

/** 亿量级, 千万级: an order of magnitude, from the magnitude to ten times it. */
const orderCurrencies = currencySuffixes.filter((entry) => !entry.english && entry.word.length <= 2);

function readOrderCore(text: string, position: number): CoreResult {
  const run = readMagnitudeRun(text, position);
  if (!run) return { core: null, resume: position + 1 };
  const suffixes = ['量级', '量級', '级', '級'];
  // 亿元级, 千万美元级: the order of an amount of money.
  const currency = orderCurrencies.find((entry) => text.startsWith(entry.word, run.end));
  const suffixAt = currency ? run.end + currency.word.length : run.end;
  const suffix = suffixes.find((word) => text.startsWith(word, suffixAt));
  if (!suffix || run.multiplier.compare(Decimal.of(100)) < 0) return { core: null, resume: run.end };
  const order = { low: run.multiplier, high: run.multiplier.mul(Decimal.of(10)), unit: currency?.unit ?? null };
  return { core: { start: position, end: suffixAt + suffix.length, kind: 'order', written: null, step: null, multiplier: Decimal.ONE, order, loneOne: false } };
}

// ---------------------------------------------------------------------------------------------
// Quantities: a core with its magnitude and unit

function currencyPrefixEndingAt(text: string, position: number): { start: number; end: number; unit: Unit } | null {
  for (const end of [position, skipSpacesBackward(text, position, 1)]) {
    for (const entry of currencyPrefixIndex.endingWith(text[end - 1])) {
      const start = end - entry.word.length;
      const same = entry.english ? equalsIgnoringCaseAt(text, start, entry.word) : start >= 0 && text.startsWith(entry.word, start);
      if (!same) continue;
      if (entry.english && isAsciiLetter(text[start - 1])) continue;
      return { start, end, unit: entry.unit };
    }
  }
  return null;
}

/** Appends a part, joining it to the last one when the two touch and share a role (3.6 and 亿). */
function addPart(parts: FigurePart[], role: FigurePartRole, start: number, end: number): void {
  if (end <= start) return;
  const last = parts[parts.length - 1];
  if (last && last.role === role && last.end === start) last.end = end;
  else parts.push({ role, start, end });
}

/** Appends a magnitude to the number before it, across spaces (1.2 billion, 78 萬億) though not across tags or lines. */
function addMagnitudePart(text: string, parts: FigurePart[], start: number, end: number): void {
  const last = parts[parts.length - 1];
  if (last?.role === 'number' && last.end < start && skipSpaces(text, last.end, start - last.end) === start) last.end = start;
  addPart(parts, 'number', start, end);
}

/** The parts of a number as written: 上 of 上万 bounds it; 百分之 of 百分之三十 and 量级 of 亿量级 are units, 十分之一 is all number. */
function coreParts(text: string, core: Core): FigurePart[] {
  const parts: FigurePart[] = [];
  if (core.kind === 'upwards') {
    addPart(parts, 'qualifier', core.start, core.start + 1);
    addPart(parts, 'number', core.start + 1, core.end);
  } else if (core.kind === 'fraction' && '百千万萬'.includes(text[core.start]!) && text.startsWith('分之', core.start + 1)) {
    addPart(parts, 'unit', core.start, core.start + 3);
    addPart(parts, 'number', core.start + 3, core.end);
  } else if (core.kind === 'order') {
    const magnitudeEnd = readMagnitudeRun(text, core.start)?.end ?? core.end;
    addPart(parts, 'number', core.start, magnitudeEnd);
    addPart(parts, 'unit', magnitudeEnd, core.end);
  } else {
    addPart(parts, 'number', core.start, core.end);
  }
  return parts;
}

function readManyWord(scan: Scan, position: number): number {
  const { text } = scan;
  const at = skipSpaces(text, position, 1);
  const char = text[at];
  if (char !== '多' && char !== '余' && char !== '餘') return -1;
  // 余额 (a balance) is a word of its own, not 余 qualifying the number before it.
  if ((char === '余' || char === '餘') && (text[at + 1] === '额' || text[at + 1] === '額')) return -1;
  return free(scan, at, at + 1) ? at + 1 : -1;
}

function readQuantity(scan: Scan, core: Core): Quantity {
  const { text } = scan;
  const quantity: Quantity = {
    core,
    end: core.end,
    multiplier: core.multiplier,
    hasMagnitude: !core.multiplier.equals(Decimal.ONE) || (core.kind === 'chinese' && /[万萬亿億]/.test(text.slice(core.start, core.end))),
    many: false,
    plus: false,
    unit: null,
    unitKind: null,
    counter: null,
    currencyPrefix: currencyPrefixEndingAt(text, core.start),
    durationSuffix: false,
    parts: coreParts(text, core),
  };
  const { parts } = quantity;
  if (core.kind === 'fraction') {
    quantity.unit = '%';
    quantity.unitKind = 'fraction';
    return quantity;
  }
  if (core.kind === 'order') {
    quantity.unit = core.order?.unit ?? 'count';
    quantity.unitKind = core.order?.unit ? 'money' : 'count';
    return quantity;
  }
  let end = core.end;
  if (core.kind === 'digits' || core.kind === 'chinese') {
    const many = readManyWord(scan, end);
    if (many >= 0 && magnitudeOf(text[skipSpaces(text, many)]) !== null) {
      quantity.many = true;
      addPart(parts, 'qualifier', many - 1, many);
      end = many;
    }
    const afterTags = skipInlineTags(text, end);
    const magnitudeStart = core.kind === 'digits' ? gapEnd(text, afterTags, true) : skipSpaces(text, afterTags);
    const magnitude = readMagnitudeRun(text, magnitudeStart);
    if (magnitude && free(scan, magnitudeStart, magnitude.end)) {
      quantity.multiplier = quantity.multiplier.mul(magnitude.multiplier);
      quantity.hasMagnitude = true;
      addMagnitudePart(text, parts, magnitudeStart, magnitude.end);
      end = magnitude.end;
    }
    // 38.6兆元, 新臺幣38.6兆: 兆 is a trillion in Taiwan's money (elsewhere it is mega, as in 兆瓦).
    if (!quantity.hasMagnitude && text[end] === '兆' && free(scan, end, end + 1)) {
      const currencyAfter = text[end + 1] === '元' || matchAfter(scan, end + 1, currencySuffixIndex) !== null;
      if (currencyAfter || quantity.currencyPrefix) {
        quantity.multiplier = quantity.multiplier.mul(Decimal.pow10(12));
        quantity.hasMagnitude = true;
        addPart(parts, 'number', end, end + 1);
        end++;
      }
    }
    if (!quantity.many) {
      const manyAfter = readManyWord(scan, end);
      if (manyAfter >= 0) {
        quantity.many = true;
        addPart(parts, 'qualifier', manyAfter - 1, manyAfter);
        end = manyAfter;
      }
    }
    if (core.kind === 'digits' && !quantity.hasMagnitude) {
      const wordStart = skipSpaces(text, end, 2);
      for (const entry of englishMagnitudeIndex.startingWith(text[wordStart])) {
        const wordEnd = matchEnglishWord(text, wordStart, entry.word);
        if (wordEnd < 0 || (entry.needsCurrency && !quantity.currencyPrefix)) continue;
        quantity.multiplier = Decimal.pow10(entry.exponent);
        quantity.hasMagnitude = true;
        addMagnitudePart(text, parts, wordStart, wordEnd);
        end = wordEnd;
        break;
      }
    }
  }
  if ((text[end] === '+' || text[end] === '＋') && !isDigit(text[end + 1]) && free(scan, end, end + 1)) {
    quantity.plus = true;
    addPart(parts, 'qualifier', end, end + 1);
    end++;
  }
  end = readUnit(scan, quantity, end);
  quantity.end = end;
  return quantity;
}

/** An inline emphasis tag, as left in scraped pages between a number and its unit. */
const inlineTag = /<\/?(?:b|strong|span|em|i|u|font|sup|sub)(?:[ \t][^<>\n]{0,120})?>/y;

/**
 * Skips up to three inline emphasis tags at position (<strong>1.2</strong>万亿元): the figure reads
 * across them and keeps them inside its surface, as it keeps an extraction line break.
 */
function skipInlineTags(text: string, position: number): number {
  let at = position;
  for (let count = 0; count < 3 && text[at] === '<'; count++) {
    inlineTag.lastIndex = at;
    const match = inlineTag.exec(text);
    if (!match) break;
    at += match[0].length;
  }
  return at;
}

/** Skips up to three inline emphasis tags ending at position (增长<b>5%</b>), backwards. */
function skipInlineTagsBackward(text: string, position: number): number {
  let at = position;
  for (let count = 0; count < 3 && text[at - 1] === '>'; count++) {
    const from = Math.max(0, at - 140);
    const found = text.slice(from, at).lastIndexOf('<');
    if (found < 0) break;
    const open = from + found;
    inlineTag.lastIndex = open;
    const match = inlineTag.exec(text);
    if (!match || open + match[0].length !== at) break;
    at = open;
  }
  return at;
}

/** Reads the unit after the number and what may follow it (元/年, 年多来, 99%+). Returns the new end. */
function readUnit(scan: Scan, quantity: Quantity, position: number): number {
  const { text } = scan;
  const core = quantity.core;
  const at = skipSpaces(text, skipInlineTags(text, skipSpaces(text, position)));
  const accept = (end: number) => end >= 0 && free(scan, at, end);
  const unitTo = (end: number) => {
    addPart(quantity.parts, 'unit', at, end);
    return end;
  };

  const measured = matchAfter(scan, at, measureUnitIndex);
  if (measured) {
    quantity.unit = measured.entry.unit === '‰' ? '%' : measured.entry.unit;
    quantity.unitKind = measured.entry.unit === '‰' ? 'percent' : unitKind(measured.entry.unit);
    // Chinese analysts write pct for 百分点 (提升6.4pct); English "5 pct" is percent.
    if (/^pc(?:ts?)?$/i.test(measured.entry.word) && nearChinese(text, position)) {
      quantity.unit = 'pp';
      quantity.unitKind = 'pp';
    }
    if (measured.entry.unit === '‰') {
      // Per mille is kept as a percentage, a tenth of the stated number.
      quantity.unit = '%';
      quantity.unitKind = 'percent';
      quantity.multiplier = quantity.multiplier.mul(Decimal.parse('0.1')!);
    }
    return afterUnit(scan, quantity, unitTo(measured.end));
  }
  const currency = matchAfter(scan, at, currencySuffixIndex);
  if (currency) {
    // 港幣45.6億元: a bare 元 after a named currency counts in that currency.
    const prefixed = quantity.currencyPrefix && currency.entry.word === '元' ? quantity.currencyPrefix.unit : null;
    quantity.unit = prefixed ?? currency.entry.unit;
    quantity.unitKind = 'money';
    return readRate(scan, quantity, unitTo(currency.end));
  }
  if (quantity.currencyPrefix) {
    quantity.unit = quantity.currencyPrefix.unit;
    quantity.unitKind = 'money';
    return position;
  }
  const char = text[at];
  // Hong Kong writes 厘 for a per cent of interest (净息差1.88厘, 按年下跌0.16厘) and 仙 for a cent (中期息39仙).
  if (char === '厘' && !quantity.hasMagnitude && !'米金克升毫'.includes(text[at + 1] ?? ' ') && accept(at + 1)) {
    quantity.unit = '%';
    quantity.unitKind = 'percent';
    return afterUnit(scan, quantity, unitTo(at + 1));
  }
  // …and 美仙 for a US cent (派息每股10美仙).
  const cent = char === '仙' ? 1 : char === '美' && text[at + 1] === '仙' ? 2 : 0;
  if (cent > 0 && !quantity.hasMagnitude && !'人女境子鹤鶴丹草游遊'.includes(text[at + cent] ?? ' ') && accept(at + cent)) {
    quantity.unit = cent === 2 ? 'USD' : 'HKD';
    quantity.unitKind = 'money';
    quantity.multiplier = quantity.multiplier.mul(Decimal.parse('0.01')!);
    return afterUnit(scan, quantity, unitTo(at + cent));
  }
  // "60 cents per share", "10 US cents": a cent of the dollar (a bare $ reads as the US dollar too).
  const englishCent = char === ' ' || char === 'c' || char === 'U' ? /^ ?(?:US )?cents?(?![A-Za-z])/.exec(text.slice(at, at + 10)) : null;
  if (englishCent && !quantity.hasMagnitude && accept(at + englishCent[0].length)) {
    quantity.unit = 'USD';
    quantity.unitKind = 'money';
    quantity.multiplier = quantity.multiplier.mul(Decimal.parse('0.01')!);
    return afterUnit(scan, quantity, unitTo(at + englishCent[0].length));
  }
  if (char === '成' && isTenthsNumber(quantity) && !tenthsBlockers.has(text[at + 1] ?? '') && accept(at + 1)) {
    quantity.unit = '%';
    quantity.unitKind = 'tenths';
    quantity.multiplier = quantity.multiplier.mul(Decimal.of(10));
    // 三成半: three and a half tenths.
    if (text[at + 1] === '半' && quantity.core.written && accept(at + 2)) {
      quantity.core.written = quantity.core.written.add(Decimal.parse('0.5')!);
      quantity.core.step = Decimal.parse('0.5')!;
      return afterUnit(scan, quantity, unitTo(at + 2));
    }
    return afterUnit(scan, quantity, unitTo(at + 1));
  }
  if ((!quantity.hasMagnitude || core.kind === 'vague') && core.kind !== 'upwards') {
    const yearsEnd = readYears(scan, quantity, at);
    if (yearsEnd >= 0) return yearsEnd;
    for (const word of ageWords) {
      if (text.startsWith(word, at) && accept(at + word.length)) {
        quantity.unit = 'years';
        quantity.unitKind = 'age';
        quantity.counter = word;
        return afterUnit(scan, quantity, unitTo(at + word.length));
      }
    }
  }
  // 翻了一番, 翻两番: doubled once or twice, a multiple of 2 or 4.
  if (char === '番' && isDoublingCount(text, quantity) && accept(at + 1)) {
    const times = Number(quantity.core.written!.toString());
    quantity.core.written = Decimal.of(2 ** times);
    quantity.core.step = Decimal.ONE;
    quantity.unit = 'x';
    quantity.unitKind = 'x';
    return unitTo(at + 1);
  }
  // 超过一半, 一半以上: half, as a share. Only a hedged half is read (一半是… is a manner of speaking).
  if (char === '半' && quantity.core.loneOne && !quantity.hasMagnitude && !halfBlockers.has(text[at + 1] ?? '') && accept(at + 1)) {
    quantity.unit = '%';
    quantity.unitKind = 'half';
    quantity.multiplier = Decimal.of(50);
    return unitTo(at + 1);
  }
  const counted = readMeasureWord(text, at);
  if (counted && accept(counted.end)) {
    quantity.unit = 'count';
    quantity.unitKind = 'count';
    quantity.counter = counted.counter;
    return afterUnit(scan, quantity, unitTo(counted.end));
  }
  return position;
}

/** Characters after 一半 that make it part of a time or a word (一半年, 一半天). */
const halfBlockers = new Set([...'年月天日小个個岛島径徑']);

function isDoublingCount(text: string, quantity: Quantity): boolean {
  const written = quantity.core.written;
  if (quantity.core.kind !== 'chinese' || !written || quantity.hasMagnitude || quantity.many || quantity.plus) return false;
  if (written.compare(Decimal.ZERO) <= 0 || written.compare(Decimal.of(4)) > 0 || !written.equals(Decimal.of(Number(written.toString())))) return false;
  const before = text.slice(Math.max(0, quantity.core.start - 2), quantity.core.start);
  return before.endsWith('翻') || before === '翻了';
}

function isTenthsNumber(quantity: Quantity): boolean {
  const written = quantity.core.written;
  if (!written || quantity.hasMagnitude || quantity.many || quantity.plus) return false;
  if (quantity.core.kind !== 'chinese' && quantity.core.kind !== 'digits') return false;
  return written.compare(Decimal.ZERO) > 0 && written.compare(Decimal.of(10)) <= 0;
}

function readYears(scan: Scan, quantity: Quantity, at: number): number {
  const { text } = scan;
  let end = -1;
  let anniversary = false;
  for (const word of ['周年', '週年']) {
    if (text.startsWith(word, at)) {
      end = at + word.length;
      anniversary = true;
    }
  }
  if (end < 0 && text[at] === '年') end = at + 1;
  if (end < 0 || !free(scan, at, end)) return -1;
  if (!anniversary) {
    const next = text[end] ?? '';
    if (yearFollowersThatAreNotDurations.has(next) || isDigit(text[skipSpaces(text, end)])) return -1;
  }
  quantity.unit = 'years';
  quantity.unitKind = 'years';
  addPart(quantity.parts, 'unit', at, end);
  let tail = end;
  if (!quantity.many) {
    const many = readManyWord(scan, tail);
    if (many >= 0 && !anniversary) {
      quantity.many = true;
      addPart(quantity.parts, 'qualifier', many - 1, many);
      tail = many;
    }
  }
  for (const { word } of durationSuffixIndex.startingWith(text[tail])) {
    if (text.startsWith(word, tail) && free(scan, tail, tail + word.length)) {
      quantity.durationSuffix = true;
      addPart(quantity.parts, 'qualifier', tail, tail + word.length);
      return tail + word.length;
    }
  }
  if (anniversary) quantity.durationSuffix = true;
  return tail;
}

interface CountedWord {
  end: number;
  counter: string;
}

/** A measure word, possibly compound: 人次, 辆(列、架)次, 户次. */
function readMeasureWord(text: string, position: number): CountedWord | null {
  for (const length of [2, 1]) {
    const word = text.slice(position, position + length);
    const blockers = word.length === length ? measureWords.get(word) : undefined;
    if (blockers === undefined) continue;
    let end = position + length;
    if (blockers.includes(text[end] ?? '\u0000')) return null;
    let counter = word;
    // A compound such as 辆(列、架)次 keeps the alternatives and the trailing 次.
    if (text[end] === '(' || text[end] === '（') {
      const close = findCompoundClose(text, end);
      if (close >= 0 && text[close + 1] === '次') {
        counter = text.slice(position, close + 2);
        end = close + 2;
      }
    } else if (word !== '人次' && text[end] === '次' && length === 1) {
      counter = word + '次';
      end++;
    }
    return { end, counter };
  }
  return null;
}

/** The closing parenthesis of a short list of alternative measure words (列、架), or -1. */
function findCompoundClose(text: string, open: number): number {
  for (let index = open + 1; index < open + 8 && index < text.length; index++) {
    const char = text[index]!;
    if (char === ')' || char === '）') return index > open + 1 ? index : -1;
    if (char !== '、' && !isIdeograph(char)) return -1;
  }
  return -1;
}

function isIdeograph(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff;
}

function readRate(scan: Scan, quantity: Quantity, position: number): number {
  const { text } = scan;
  if (text[position] === '/' || text[position] === '／') {
    const denominator = rateDenominators.get(text[position + 1] ?? '');
    if (denominator && quantity.unit && free(scan, position, position + 2)) {
      const perAccount = sentenceBefore(text, quantity.core.start).match(perAccountPattern) !== null;
      quantity.unit = denominator === 'year' && perAccount ? `${quantity.unit}/account/year` : `${quantity.unit}/${denominator}`;
      addPart(quantity.parts, 'unit', position, position + 2);
      return afterUnit(scan, quantity, position + 2);
    }
  }
  return afterUnit(scan, quantity, position);
}

const perAccountPattern = new RegExp(perAccountMarkers.join('|'));
const perYearPattern = new RegExp(perYearMarkers.join('|'));

/** What the sentence says before position, up to a bounded window. */
function sentenceBefore(text: string, position: number): string {
  const from = Math.max(0, position - contextWindow);
  const window = text.slice(from, position);
  let cut = -1;
  for (let index = window.length - 1; index >= 0; index--) {
    if ('。！？；;!?'.includes(window[index]!)) {
      cut = index;
      break;
    }
  }
  return window.slice(cut + 1);
}

/** The clause before position (up to a comma), for bound words that govern a fraction from afar. */
function clauseBefore(text: string, position: number): string {
  const sentence = sentenceBefore(text, position);
  let cut = -1;
  for (let index = sentence.length - 1; index >= 0; index--) {
    if (',，、:：\n'.includes(sentence[index]!)) {
      cut = index;
      break;
    }
  }
  return sentence.slice(cut + 1);
}

function afterUnit(scan: Scan, quantity: Quantity, position: number): number {
  const { text } = scan;
  if ((text[position] === '+' || text[position] === '＋') && !isDigit(text[position + 1]) && free(scan, position, position + 1)) {
    quantity.plus = true;
    addPart(quantity.parts, 'qualifier', position, position + 1);
    return position + 1;
  }
  return position;
}

// ---------------------------------------------------------------------------------------------
// Figures: quantity, range, hedges and direction

type FigureAttempt = { figure: FigureMention; resume: number } | { figure: null; resume: number };

const rangeConnectors = ['-', '－', '~', '～', '〜', '至', '到', '—', '–'];

/** An English month's name right before a number, which makes the number a day. */
const monthNameBefore = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[ ]$/;

/** What joins the values of a list whose unit only the last one states. */
const distributedJoiner = /^[ \t\u3000]*(?:、|，|,|和|及|与|與|and|, and)[ \t\u3000]*/;
const distributedValue = /^[+＋\-−]?[ \t\u3000]?\d+(?:\.\d+)?/;

/**
 * The rate unit (%, percentage points, basis points) of the list a bare number opens, when only joiners and
 * bare numbers part it from a value that states the unit: at most six values, each a plain decimal.
 */
function distributedUnit(scan: Scan, from: number): 'pp' | 'bp' | '%' | null {
  const { text } = scan;
  let at = from;
  for (let values = 0; values < 6; values++) {
    const joiner = distributedJoiner.exec(text.slice(at, at + 8));
    if (!joiner) return null;
    at += joiner[0].length;
    const value = distributedValue.exec(text.slice(at, at + 24));
    if (!value) return null;
    at += value[0].length;
    const unitAt = skipSpaces(text, at);
    const measured = matchAfter(scan, unitAt, measureUnitIndex);
    if (measured) {
      const unit = /^pc(?:ts?)?$/i.test(measured.entry.word) && nearChinese(text, at) ? 'pp' : measured.entry.unit;
      return unit === 'pp' || unit === 'bp' || unit === '%' ? unit : null;
    }
  }
  return null;
}

function readFigure(scan: Scan, position: number, floor: number): FigureAttempt {
  const { text } = scan;
  const coreResult = readCore(scan, position);
  if (!coreResult.core) return { figure: null, resume: coreResult.resume };
  const core = coreResult.core;
  if (!free(scan, core.start, core.end)) return { figure: null, resume: core.end };
  if ((core.kind === 'digits' || core.kind === 'chinese') && isPlainNumber(text, core) && !(core.kind === 'digits' && distributedUnit(scan, core.end))) {
    return { figure: null, resume: core.end };
  }
  if (core.kind === 'digits' && core.written && hasMinusSign(text, core.start) && core.start - 1 >= floor && free(scan, core.start - 1, core.start)) {
    core.start--;
    core.written = core.written.negate();
  } else if (core.kind === 'digits' && core.written) {
    const sign = detachedMinusSign(text, core.start);
    if (sign >= floor && free(scan, sign, core.start)) {
      core.start = sign;
      core.written = core.written.negate();
    }
  }
  const quantity = readQuantity(scan, core);
  let end = quantity.end;

  let rangeHigh: Quantity | null = null;
  if (!quantity.many && !quantity.plus && (core.kind === 'digits' || core.kind === 'chinese')) {
    rangeHigh = readRangeEnd(scan, quantity);
    if (rangeHigh) {
      end = rangeHigh.end;
      if (!quantity.unit) {
        quantity.unit = rangeHigh.unit;
        quantity.unitKind = rangeHigh.unitKind;
        quantity.counter = rangeHigh.counter;
      }
      if (!quantity.hasMagnitude && rangeHigh.hasMagnitude) quantity.multiplier = rangeHigh.multiplier;
      const highPrefix = rangeHigh.currencyPrefix;
      if (highPrefix && highPrefix.start >= quantity.end) addPart(quantity.parts, 'unit', highPrefix.start, highPrefix.end);
      for (const part of rangeHigh.parts) addPart(quantity.parts, part.role, part.start, part.end);
    }
  }

  let trailing: HedgeEffect | null = null;
  if (!quantity.durationSuffix) {
    const hedgeStart = skipSpaces(text, end, 1);
    for (const hedge of trailingHedgeIndex.startingWith(text[hedgeStart])) {
      if (text.startsWith(hedge.word, hedgeStart) && free(scan, hedgeStart, hedgeStart + hedge.word.length)) {
        trailing = hedge.effect;
        end = hedgeStart + hedge.word.length;
        addPart(quantity.parts, 'qualifier', hedgeStart, end);
        break;
      }
    }
  }
  if (quantity.unitKind === 'years' && !quantity.durationSuffix) {
    for (const { word } of durationSuffixIndex.startingWith(text[end])) {
      if (text.startsWith(word, end) && free(scan, end, end + word.length)) {
        quantity.durationSuffix = true;
        addPart(quantity.parts, 'qualifier', end, end + word.length);
        end += word.length;
        break;
      }
    }
  }

  // 分别改善11、20个基点, "down by 16 and 15 basis points": a bare number of a list takes the rate unit its last
  // value states.
  // (A day after a month's name, "ended June 30, 6% lower", opens no list.)
  if (!quantity.unit && !rangeHigh && core.kind === 'digits' && !quantity.hasMagnitude && !quantity.currencyPrefix && !monthNameBefore.test(text.slice(Math.max(0, core.start - 10), core.start))) {
    const borrowed = distributedUnit(scan, end);
    if (borrowed) {
      quantity.unit = borrowed;
      quantity.unitKind = unitKind(borrowed);
    }
  }

  const left = readLeftContext(scan, quantity, floor);
  if (rangeHigh?.betweenStart !== undefined && rangeHigh.betweenStart >= floor && rangeHigh.betweenStart < left.start) {
    left.parts.unshift({ role: 'qualifier', start: rangeHigh.betweenStart, end: rangeHigh.betweenStart + 'between'.length });
    left.start = rangeHigh.betweenStart;
  }
  const start = left.start;
  const resume = Math.max(core.end, position + 1);
  if (!isAcceptable(text, quantity, end, left, trailing, rangeHigh)) return { figure: null, resume };

  return { figure: buildMention(scan, quantity, rangeHigh, left, trailing, start, end), resume: end };
}

/** Characters that can start what follows a number: magnitudes, units, measure words, hedges, ranges. */
const suffixStarts = new Set<string>([
  ...'十百千万萬亿億兆多余餘+＋成年周週岁歲/／(（分几幾点點以及左上之番半厘仙<\n\r',
  ...rangeConnectors.map((connector) => connector[0]!),
  ...measureUnits.map((entry) => entry.word[0]!),
  ...currencySuffixes.map((entry) => entry.word[0]!),
  ...[...measureWords.keys()].map((word) => word[0]!),
]);

/** Characters that can end what precedes a number: hedges, direction words, currencies, signs. */
const prefixEnds = new Set<string>([
  ...'-−－>',
  ...leadingHedges.map((entry) => entry.word[entry.word.length - 1]!),
  ...directionWords.map((entry) => entry.word[entry.word.length - 1]!),
  ...currencyPrefixes.map((entry) => entry.word[entry.word.length - 1]!),
  ...durationPrefixes.map((word) => word[word.length - 1]!),
]);

/**
 * True when nothing around the number can make it a figure: a cheap test that keeps long runs of
 * bare numbers (tables, lists) from paying for the full analysis.
 */
function isPlainNumber(text: string, core: Core): boolean {
  const next = text[skipSpaces(text, core.end)];
  const previous = text[skipSpacesBackward(text, core.start) - 1];
  if (next !== undefined && (suffixStarts.has(next) || isAsciiLetter(next))) return false;
  if (previous !== undefined && (prefixEnds.has(previous) || isAsciiLetter(previous))) return false;
  return true;
}

/**
 * An English count: a number with thousands separators before a word (20,000 customers), or a
 * whole number before a plural noun, perhaps after one adjective (85 branches, 12 new outlets).
 * Years, labels (Article 5 of, page 12), glued codes (COVID-19 cases) and spans of time are not counts.
 */
function isEnglishCount(text: string, core: Core, end: number): boolean {
  if (core.kind !== 'digits' || text[end] !== ' ' || !isLowerAsciiLetter(text[end + 1])) return false;
  const written = text.slice(core.start, core.end);
  if (written.includes(',')) return true;
  if (written.includes('.') || written.includes('．')) return false;
  const before = text[core.start - 1];
  if (before !== undefined && !isInlineSpace(before) && !'\n(（"“\''.includes(before)) return false;
  if (written.length === 4 && (written.startsWith('19') || written.startsWith('20'))) return false;
  const previous = englishWordBefore(text, core.start);
  const previousLower = previous.toLowerCase();
  if (englishLabelWords.has(previousLower)) return false;
  // After a capitalised word that is not a sentence opener, the number is part of a name (Windows 11 devices).
  if (previous !== previousLower && !englishFunctionWords.has(previousLower) && !englishOpeners.has(previousLower)) return false;
  const first = englishWordAt(text, end + 1);
  if (isCountNoun(first)) return true;
  if (englishFunctionWords.has(first) || text[end + 1 + first.length] !== ' ') return false;
  return isCountNoun(englishWordAt(text, end + 2 + first.length));
}

function isLowerAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && char >= 'a' && char <= 'z';
}

/** The lower-case word at position (letters only, bounded). */
function englishWordAt(text: string, position: number): string {
  let end = position;
  while (end - position < 24 && isLowerAsciiLetter(text[end])) end++;
  return isAsciiLetter(text[end]) ? '' : text.slice(position, end);
}

/** The word just before position, across one space. */
function englishWordBefore(text: string, position: number): string {
  let end = position;
  if (isInlineSpace(text[end - 1])) end--;
  let start = end;
  while (end - start < 24 && isAsciiLetter(text[start - 1])) start--;
  return text.slice(start, end);
}

/** Words before a number that make it a label or a reference, not a count. */
const englishLabelWords = new Set([
  'article', 'section', 'chapter', 'page', 'pages', 'table', 'figure', 'fig', 'note', 'notes', 'item', 'rule', 'phase',
  'level', 'tier', 'annex', 'appendix', 'part', 'schedule', 'clause', 'paragraph', 'step', 'stage', 'round', 'no',
  'number', 'version', 'grade', 'class', 'line', 'room', 'floor', 'unit', 'suite', 'box', 'exhibit', 'chart', 'principle',
  'top', 'bottom', 'rank', 'ranked',
]);

/** Words that cannot stand between a count and its noun (5 of the branches). */
const englishFunctionWords = new Set([
  'of', 'and', 'or', 'to', 'in', 'on', 'at', 'from', 'per', 'for', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'by',
  'with', 'as', 'than', 'that', 'which', 'this', 'these', 'those', 'its', 'their', 'our',
]);

/** Capitalised words that open a sentence before a count (All 12 branches, Across 30 cities). */
const englishOpeners = new Set(['all', 'some', 'another', 'only', 'across', 'over', 'nearly', 'about', 'around', 'its', 'there', 'we', 'they', 'it']);

/** Plural words after a number that are not counted things: spans of time, verbs in the third person. */
const notCountNouns = new Set([
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades', 'times', 'points',
  'does', 'goes', 'has', 'was', 'shows', 'states', 'covers', 'remains', 'means', 'includes', 'provides', 'sets', 'lists',
  'requires', 'applies', 'refers', 'describes', 'explains', 'contains', 'gives', 'takes', 'makes', 'says', 'less', 'plus',
  'minus', 'per', 'cents', 'pence',
]);

/** Irregular plurals and collective nouns that are counted. */
const collectiveCountNouns = new Set(['people', 'staff', 'personnel', 'children', 'women', 'men', 'employees', 'persons']);

function isCountNoun(word: string): boolean {
  if (collectiveCountNouns.has(word)) return true;
  if (word.length < 4 || !word.endsWith('s') || notCountNouns.has(word)) return false;
  return !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is');
}

/** A minus sign that belongs to the number (增速为-3.5%, 环比-2.1%), not a hyphen or a range dash (5-10). */
function hasMinusSign(text: string, position: number): boolean {
  const sign = text[position - 1];
  if (sign !== '-' && sign !== '−' && sign !== '－') return false;
  const before = text[position - 2];
  if (before === undefined || isInlineSpace(before) || before === '\n' || '为為是至到：:（(，,、；;=＝'.includes(before)) return true;
  // 同比-2.1%, 增长-3.5%: after a Chinese word a dash before a digit is a sign; ranges join digits.
  return isIdeograph(before);
}

/** What a sign set apart by spaces follows in extracted text (YoY - 10.93%, 增速为 - 14.96%, 、 - 14.25%). */
const detachedSignContext = /(?:为|為|是|yoy|同比|环比|環比|增速|增幅|、|：|:|（|\()[ \t]{0,2}$/i;

/**
 * The offset of a minus sign standing one or two spaces before a number, after a word that a signed value
 * follows; -1 when there is none. A bullet's dash (⏎- 14.96% of …) follows no such word.
 */
function detachedMinusSign(text: string, position: number): number {
  let at = position;
  for (let spaces = 0; spaces < 2 && at > 0 && isInlineSpace(text[at - 1]!); spaces++) at--;
  if (at === position) return -1;
  const sign = text[at - 1];
  if (sign !== '-' && sign !== '−' && sign !== '－') return -1;
  return detachedSignContext.test(text.slice(Math.max(0, at - 8), at - 1)) ? at - 1 : -1;
}

function readRangeEnd(scan: Scan, low: Quantity): Quantity | null {
  const { text } = scan;
  const at = skipSpaces(text, low.end, 1);
  let connectorEnd = -1;
  for (const connector of rangeConnectors) {
    if (text.startsWith(connector, at)) connectorEnd = at + connector.length;
  }
  let english = false;
  let betweenStart: number | undefined;
  if (connectorEnd < 0 && low.core.kind === 'digits') {
    const englishTo = matchEnglishWord(text, at, 'to');
    if (englishTo >= 0) {
      connectorEnd = englishTo;
      english = true;
    }
    const englishAnd = matchEnglishWord(text, at, 'and');
    const word = englishWordBefore(text, low.currencyPrefix?.start ?? low.core.start);
    if (englishAnd >= 0 && word.toLowerCase() === 'between') {
      connectorEnd = englishAnd;
      english = true;
      betweenStart = skipSpacesBackward(text, low.currencyPrefix?.start ?? low.core.start) - word.length;
    }
  }
  if (connectorEnd < 0 || !free(scan, at, connectorEnd)) return null;
  // 增加0.15港元至2.46港元, rose by 8% to 10%: a change and the level it reached, not a range
  // (while 增加10至15家 and rose 5 to 7 per cent, with one unit for both, are ranges).
  const lowStart = low.currencyPrefix?.start ?? low.core.start;
  const changed = matchBefore(text, skipSpacesBackward(text, lowStart), directionIndex) ?? matchBefore(text, skipSpacesBackward(text, lowStart), englishDirectionIndex);
  if (changed && (low.unit || low.hasMagnitude) && (english || text[at] === '至' || text[at] === '到')) return null;
  // 净利润从-2.15亿元到4.02亿元: from one value to another, a before and after, not a range (from 2 to 5 per cent likewise).
  const from = skipSpacesBackward(text, lowStart);
  if ((text[from - 1] === '从' || text[from - 1] === '從' || /\bfrom\s*$/i.test(text.slice(Math.max(0, from - 6), from))) && (low.unit || low.hasMagnitude) && (english || text[at] === '至' || text[at] === '到')) return null;
  const highStart = skipSpaces(text, connectorEnd, 1);
  const expectedKind = low.core.kind;
  if (expectedKind === 'digits' ? !isDigit(text[highStart]) : chineseDigitValue(text[highStart]) < 0 && text[highStart] !== '十') return null;
  const highCore = readCore(scan, highStart);
  if (!highCore.core || highCore.core.kind !== expectedKind || !free(scan, highCore.core.start, highCore.core.end)) return null;
  const high = readQuantity(scan, highCore.core);
  // 10 to 20 branches, between 10 and 20: English ranges of counts name no unit.
  const countRange = english && (betweenStart !== undefined || isEnglishCount(text, high.core, high.end));
  if (!high.unit && !high.hasMagnitude && !(countRange && !low.unit && !low.hasMagnitude)) return null;
  if (betweenStart !== undefined) {
    if (!free(scan, betweenStart, at)) return null;
    high.betweenStart = betweenStart;
  }
  if (high.many || high.plus) return null;
  if (low.unit && high.unit && low.unit !== high.unit) return null;
  if (low.hasMagnitude && !high.hasMagnitude) return null;
  const lowValue = low.core.written!.mul(low.hasMagnitude ? low.multiplier : high.multiplier);
  const highValue = high.core.written!.mul(high.multiplier);
  if (lowValue.compare(highValue) >= 0) return null;
  return high;
}

/** "make up", "making up": a verb of composing, whose "up" states no direction. */
const phrasalUpBefore = /\b(?:make|makes|making|made)\s+up\s*$/i;

interface LeftContext {
  start: number;
  hedge: HedgeEffect | null;
  hedgeWord: string | null;
  direction: Direction | null;
  durationPrefix: boolean;
  /** The parts before the number: direction, hedge, currency. */
  parts: FigurePart[];
}

function readLeftContext(scan: Scan, quantity: Quantity, floor: number): LeftContext {
  const { text } = scan;
  const context: LeftContext = { start: quantity.core.start, hedge: null, hedgeWord: null, direction: null, durationPrefix: false, parts: [] };
  const prefix = quantity.currencyPrefix;
  if (prefix && free(scan, prefix.start, quantity.core.start)) {
    context.start = prefix.start;
    context.parts.push({ role: 'unit', start: prefix.start, end: prefix.end });
  }
  const canTake = (start: number, end: number) => start >= floor && free(scan, start, end);

  if (quantity.unitKind === 'years' && quantity.core.kind !== 'upwards') {
    const durationPrefix = matchBefore(text, context.start, durationPrefixIndex);
    if (durationPrefix && canTake(durationPrefix.start, context.start)) {
      context.parts.unshift({ role: 'qualifier', start: durationPrefix.start, end: context.start });
      context.start = durationPrefix.start;
      context.durationPrefix = true;
      return context;
    }
  }

  let at = skipSpacesBackward(text, skipInlineTagsBackward(text, context.start));
  const hedge = matchBefore(text, at, leadingHedgeIndex) ?? matchBefore(text, at, leadingEnglishHedgeIndex);
  if (hedge && canTake(hedge.start, at)) {
    context.parts.unshift({ role: 'qualifier', start: hedge.start, end: at });
    context.start = hedge.start;
    context.hedge = hedge.entry.effect;
    context.hedgeWord = hedge.entry.word;
  } else if (quantity.core.bare && at === context.start && bareMagnitudeLowerBounds.has(text[at - 1] ?? '') && canTake(at - 1, at)) {
    context.parts.unshift({ role: 'qualifier', start: at - 1, end: at });
    context.start = at - 1;
    context.hedge = 'lower-bound';
    context.hedgeWord = text[at - 1]!;
  }
  at = skipSpacesBackward(text, skipInlineTagsBackward(text, context.start));
  const direction = matchBefore(text, at, directionIndex) ?? matchBefore(text, at, englishDirectionIndex);
  // "making up 8.6% of total staff": a share, not a rise.
  if (direction && canTake(direction.start, at) && !phrasalUpBefore.test(text.slice(Math.max(0, direction.start - 8), at))) {
    context.parts.unshift({ role: 'direction', start: direction.start, end: at });
    context.start = direction.start;
    context.direction = direction.entry.direction;
  }
  return context;
}

function isAcceptable(
  text: string,
  quantity: Quantity,
  end: number,
  left: LeftContext,
  trailing: HedgeEffect | null,
  rangeHigh: Quantity | null,
): boolean {
  const core = quantity.core;
  if ((core.kind === 'chinese' || core.kind === 'upwards') && isInsideSetPhrase(text, core.start)) return false;
  // 每10股派3.5元, 每10万人: a number right after 每 is the base of a rate, not a quantity.
  if (text[skipSpacesBackward(text, left.start) - 1] === '每') return false;
  if (core.loneOne && !quantity.hasMagnitude) {
    const allowed =
      quantity.unitKind === 'tenths' ||
      quantity.unitKind === 'x' ||
      (quantity.unitKind === 'half' && (left.hedge !== null || trailing !== null)) ||
      (quantity.unitKind === 'years' && (left.durationPrefix || quantity.durationSuffix));
    if (!allowed) return false;
  }
  if (quantity.unitKind === 'years' && core.kind === 'digits') {
    const hasCue = left.durationPrefix || quantity.durationSuffix || quantity.many;
    // Four-digit numbers before 年 are calendar years (2021年以来), whatever follows.
    if (core.written === null || core.written.compare(Decimal.of(200)) >= 0) return false;
    const small = core.written.compare(Decimal.of(100)) < 0;
    if (!hasCue && !small) return false;
  }
  if (quantity.unit) return true;
  if (rangeHigh) return true;
  switch (core.kind) {
    case 'digits': {
      if (core.written?.isZero()) return false;
      if (quantity.hasMagnitude || quantity.plus || quantity.many) return true;
      // A hedged bare number is a count only when no unknown word follows (约2小时 is a time, not a count).
      const hedged = left.hedge !== null || trailing !== null;
      if (hedged && !isIdeograph(text[skipSpaces(text, end)] ?? '')) return true;
      return isEnglishCount(text, core, end);
    }
    case 'chinese':
    case 'vague':
    case 'upwards':
      return quantity.multiplier.compare(Decimal.of(10_000)) >= 0;
    default:
      return false;
  }
}

function buildMention(
  scan: Scan,
  quantity: Quantity,
  rangeHigh: Quantity | null,
  left: LeftContext,
  trailing: HedgeEffect | null,
  start: number,
  end: number,
): FigureMention {
  const { text } = scan;
  const core = quantity.core;
  let unit = quantity.unit ?? 'count';
  let counter = quantity.counter;
  if (unit === 'count' && counter === null && text.slice(skipSpacesBackward(text, start) - 2, skipSpacesBackward(text, start)) === '人次') counter = '人次';
  if (unit === 'CNY' && quantity.unitKind === 'money') {
    const sentence = sentenceBefore(text, start);
    if (perAccountPattern.test(sentence) && perYearPattern.test(sentence)) unit = 'CNY/account/year';
  }

  let value: Decimal | null = null;
  let low: Decimal | null = null;
  let high: Decimal | null = null;
  let qualifier: Qualifier = 'exact';
  let precision: Decimal | null = null;
  let hedge = left.hedge;
  if (!hedge && core.kind === 'fraction') hedge = distantBound(text, start);

  if (core.kind === 'order' && core.order) {
    qualifier = 'approx';
    low = core.order.low;
    high = core.order.high;
  } else if (core.kind === 'vague' || core.written === null) {
    qualifier = 'approx';
  } else if (rangeHigh) {
    qualifier = 'range';
    low = core.written.mul(quantity.multiplier);
    high = rangeHigh.core.written!.mul(rangeHigh.multiplier);
  } else if (core.spread) {
    qualifier = 'range';
    low = core.written.mul(quantity.multiplier);
    high = core.spread.mul(quantity.multiplier);
  } else {
    value = core.written.mul(quantity.multiplier);
    const scaledStep = core.step ? core.step.mul(quantity.multiplier) : null;
    if (core.kind !== 'fraction' && scaledStep) precision = scaledStep.div(Decimal.of(2));
    if (quantity.many && scaledStep) {
      qualifier = 'lower-bound';
      low = value;
      high = value.add(scaledStep);
    } else {
      const durationNear = left.hedgeWord === null && left.durationPrefix;
      const effect: HedgeEffect | null = quantity.plus || core.kind === 'upwards' ? 'lower-bound' : hedge ?? trailing;
      if (durationNear || effect === null) {
        qualifier = 'exact';
        low = value;
        high = value;
      } else if (effect === 'lower-bound') {
        qualifier = 'lower-bound';
        low = value;
      } else if (effect === 'upper-bound') {
        qualifier = 'upper-bound';
        high = value;
      } else {
        qualifier = 'approx';
        if (effect === 'approx-below') high = value;
      }
    }
  }

  if (left.direction === 'decrease' && (value !== null || qualifier === 'range')) {
    value = value?.negate() ?? null;
    const negatedLow = high ? high.negate() : null;
    const negatedHigh = low ? low.negate() : null;
    low = negatedLow;
    high = negatedHigh;
    if (qualifier === 'lower-bound') qualifier = 'upper-bound';
    else if (qualifier === 'upper-bound') qualifier = 'lower-bound';
  }

  return {
    kind: 'figure',
    start,
    end,
    text: text.slice(start, end),
    value: value?.toString() ?? null,
    low: low?.toString() ?? null,
    high: high?.toString() ?? null,
    qualifier,
    unit,
    counter,
    precision: precision?.toString() ?? null,
    direction: left.direction,
    parts: [...left.parts, ...quantity.parts],
  };
}

/** A bound word earlier in the clause that governs a fraction (不到国内外同行十分之一 → at most 10 %). */
function distantBound(text: string, position: number): HedgeEffect | null {
  const clause = clauseBefore(text, position);
  let best: { at: number; effect: HedgeEffect } | null = null;
  for (const hedge of leadingHedges) {
    if (hedge.effect !== 'lower-bound' && hedge.effect !== 'upper-bound') continue;
    if (hedge.word.length < 2) continue;
    const at = clause.lastIndexOf(hedge.word);
    if (at >= 0 && (!best || at > best.at)) best = { at, effect: hedge.effect };
  }
  return best?.effect ?? null;
}


/** Whether Chinese text stands within a few characters before an offset (the number a unit follows). */
function nearChinese(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 12; i--) {
    const code = text.charCodeAt(i);
    // Ideographs, and the CJK punctuation of a Chinese list (0.5pct、0.2pct、-0.6pct).
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3001 && code <= 0x3011) || code === 0xff0c || code === 0xff1b) return true;
    if (code === 0x0a) return false;
  }
  return false;
}
