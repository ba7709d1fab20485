/**
 * Zones left by page layout and text extraction: list markers and enumerators, page numbers
 * (lone, labelled, glued to a running header or listed in a table of contents) and footnote markers.
 */
import type { Zone } from './types';
import { isGluedDigitRun } from './zonesDigits';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const INLINE_SPACE = '[ \\t\\u00a0\\u3000]';
const HAN_NUMERAL = '[一二三四五六七八九十]';

/** Characters that make a number before them a quantity, a date or a rank rather than a marker or a page. */
const UNIT_CHARS = new Set(
  '个個家户戶人名元角万萬亿億千百十笔筆次份所只项項倍年月日号號天岁歲条條股位张張场場台架辆輛套间間周週季度期届屆成分秒点點米克吨噸批余餘多美港英欧歐镑鎊里公篇章节節页頁版级級类類种種座栋棟层層楼樓部款',
);

function isHan(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** A digit, a decimal point or a unit or magnitude character: what sits on either side of a split number. */
function continuesNumber(char: string | undefined): boolean {
  return char !== undefined && (isDigit(char) || char === '.' || UNIT_CHARS.has(char));
}

function nextVisible(text: string, from: number): string | undefined {
  let at = from;
  while (at < text.length && (text[at] === ' ' || text[at] === '\u3000')) at++;
  return text[at];
}

function push(zones: Zone[], kind: Zone['kind'], start: number, end: number): void {
  if (end > start) zones.push({ kind, start, end });
}

const LINE_INDEX = new RegExp(`^${INLINE_SPACE}*(\\d{1,3})、`, 'gm');
const LINE_LIST_NUMBER = new RegExp(`^${INLINE_SPACE}*(?:\\d{1,3}[.)）](?![\\d.])|[(（]\\d{1,3}[)）])`, 'gm');
const INLINE_INDEX = /(?<![\d０-９A-Za-z.．%％\n])\d{1,2}、(?![ \t\u3000]*[\d０-９])/g;
const PARENTHESISED = new RegExp(`[(（](?:${HAN_NUMERAL}{1,3}|\\d{1,2})[)）]`, 'g');
const CIRCLED = /[\u2460-\u2473\u2776-\u2793]/g;
const SHI_ENUMERATOR = new RegExp(`(${HAN_NUMERAL})是`, 'g');
const HAN_DIGIT_VALUE = '一二三四五六七八九十';
const ENUMERATION_REACH = 1200;

export function listMarkerZones(text: string, zones: Zone[]): void {
  const lineIndices = [...text.matchAll(LINE_INDEX)];
  // Text extraction numbers every line (1、 2、 3、 …); such an index is a marker even before a digit
  // (21、2024 年). A lone 1、 before a digit at a line start is more likely an enumeration (1、2月).
  const numbered = isLineNumbering(lineIndices.map((match) => Number(match[1])));
  for (const match of lineIndices) {
    const end = match.index + match[0].length;
    if (!numbered && isDigit(nextVisible(text, end))) continue;
    // A marker inserted inside a number split across lines (20\n52、24 年) is left to the recognisers,
    // which read the number with the marker inside it.
    const lineStart = match.index;
    const before = lineStart >= 2 ? text[lineStart - 2] : undefined;
    if (text[lineStart - 1] === '\n' && continuesNumber(before) && continuesNumber(nextVisible(text, end))) {
      // Between two halves of a glued chart run the marker is still a marker.
      const following = /^[\d.-]+/.exec(text.slice(end, end + 4096))?.[0] ?? '';
      if (!isGluedDigitRun(following, '、', text[end + following.length] ?? '')) continue;
    }
    push(zones, 'list-marker', end - match[1]!.length - 1, end);
  }
  for (const match of text.matchAll(LINE_LIST_NUMBER)) {
    const marker = match[0].trimStart();
    push(zones, 'list-marker', match.index + match[0].length - marker.length, match.index + match[0].length);
  }
  lineHanEnumerators(text, zones);
  for (const pattern of [INLINE_INDEX, PARENTHESISED, CIRCLED]) {
    for (const match of text.matchAll(pattern)) push(zones, 'list-marker', match.index, match.index + match[0].length);
  }
  shiEnumerators(text, zones);
}

const HAN_NUMERALS = '一二三四五六七八九十';
/** What may stand before an enumerator 一、, bar the text's start. */
const BEFORE_HAN_ENUMERATOR = /[\s。；;：:！!？?]/;

/**
 * Enumerators 一、 二、 十二、 (the matches of /(?<=^|[\s。；;：:！!？?])[一二三四五六七八九十]{1,3}、/gm),
 * found from each 、 rather than tried at every numeral: one to three numerals right before it, after
 * a boundary. A numeral is no boundary, so a match starts where the run of numerals before its 、
 * does, and matches at different 、 never overlap.
 */
export function lineHanEnumerators(text: string, zones: Zone[]): void {
  for (let comma = text.indexOf('、', 1); comma >= 0; comma = text.indexOf('、', comma + 1)) {
    let start = comma;
    while (start > 0 && comma - start <= 3 && HAN_NUMERALS.includes(text[start - 1]!)) start--;
    if (start === comma || comma - start > 3) continue;
    if (start > 0 && !BEFORE_HAN_ENUMERATOR.test(text[start - 1]!)) continue;
    push(zones, 'list-marker', start, comma + 1);
  }
}

const MIN_NUMBERED_LINES = 3;

/** True when line indices count up by one for most lines, as an extraction tool numbers them. */
function isLineNumbering(indices: number[]): boolean {
  if (indices.length < MIN_NUMBERED_LINES) return false;
  let steps = 0;
  for (let i = 1; i < indices.length; i++) if (indices[i] === indices[i - 1]! + 1) steps++;
  return steps >= (indices.length - 1) * 0.6;
}

/**
 * 一是…二是…三是: the numeral is a marker when it follows a sentence boundary, or when its
 * neighbour in the enumeration (二是 after 一是) is close by; 之一是 and 唯一是 are not enumerations.
 */
function shiEnumerators(text: string, zones: Zone[]): void {
  const found: { index: number; value: number }[] = [];
  for (const match of text.matchAll(SHI_ENUMERATOR)) {
    found.push({ index: match.index, value: HAN_DIGIT_VALUE.indexOf(match[1]!) + 1 });
  }
  for (let i = 0; i < found.length; i++) {
    const { index, value } = found[i]!;
    const before = text[index - 1];
    const atBoundary = before === undefined || /[\s。；;：:！!？?，,、”"]/.test(before);
    const previous = found[i - 1];
    const next = found[i + 1];
    const hasNeighbour =
      (previous !== undefined && previous.value === value - 1 && index - previous.index < ENUMERATION_REACH) ||
      (next !== undefined && next.value === value + 1 && next.index - index < ENUMERATION_REACH);
    const inWord = before !== undefined && '之唯统統同单單不专專万萬划劃归歸合逐进進其第'.includes(before);
    if (!inWord && (atBoundary || hasNeighbour)) {
      push(zones, 'list-marker', index, index + 1);
    }
  }
}

const LONE_NUMBER_LINE = new RegExp(
  `^${INLINE_SPACE}*(?:[-–—]${INLINE_SPACE}*)?(\\d{1,4})${INLINE_SPACE}*(?:[-–—]${INLINE_SPACE}*)?$`,
  'gm',
);
const FRACTION_LINE = new RegExp(`^${INLINE_SPACE}*\\d{1,4}${INLINE_SPACE}*[/／]${INLINE_SPACE}*\\d{1,4}${INLINE_SPACE}*$`, 'gm');
const LABELLED_PAGE = new RegExp(
  `第${INLINE_SPACE}*\\d{1,4}${INLINE_SPACE}*[页頁版](?:${INLINE_SPACE}*[/／,，]?${INLINE_SPACE}*共${INLINE_SPACE}*\\d{1,4}${INLINE_SPACE}*[页頁])?|共${INLINE_SPACE}*\\d{1,4}${INLINE_SPACE}*[页頁]`,
  'g',
);
const PAGE_OF = /\b[Pp]age\s{1,3}\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?\b/g;
/** A page reference in a table of contents: a number right before the next entry, (一) or 第二章. */
const CONTENTS_REFERENCE = new RegExp(
  `(?=\\d)(?<=[${HAN}”」》)）、\\s])\\d{1,3}(?=[(（]${HAN_NUMERAL}{1,3}[)）]|第${HAN_NUMERAL}{1,3}[章节節篇部]|目[录錄])`,
  'g',
);

/** `headerPages` is the text's {@link runningHeaderPages}, when the caller has it already. */
export function pageNumberZones(text: string, zones: Zone[], headerPages: readonly PageNumber[] = runningHeaderPages(text)): void {
  for (const match of text.matchAll(LONE_NUMBER_LINE)) {
    const start = match.index + match[0].indexOf(match[1]!);
    push(zones, 'page-number', start, start + match[1]!.length);
  }
  for (const pattern of [FRACTION_LINE, LABELLED_PAGE, PAGE_OF, CONTENTS_REFERENCE]) {
    for (const match of text.matchAll(pattern)) {
      const trimmed = match[0].trim();
      const start = match.index + match[0].indexOf(trimmed);
      push(zones, 'page-number', start, start + trimmed.length);
    }
  }
  for (const page of headerPages) push(zones, 'page-number', page.start, page.end);
  diagramStepNumbers(text, zones);
}

const HEADER_KEY_LENGTH = 6;
const MIN_HEADER_REPEATS = 3;
const MAX_PAGE_STEP = 12;
const DIGIT_RUN_BEFORE_HAN = new RegExp(`(?<!\\d)\\d+(?=[${HAN}]{${HEADER_KEY_LENGTH}})`, 'g');

export interface PageNumber {
  start: number;
  end: number;
  value: number;
}

/**
 * Page numbers glued to a running header by text extraction (…的提升。3中國數字普惠金融發展報告…):
 * the same run of Han characters follows a number at least three times, with different numbers that
 * mostly grow. Where the number is glued to other digits, the page is the shortest suffix that
 * continues the page sequence.
 */
export function runningHeaderPages(text: string): PageNumber[] {
  const byKey = new Map<string, { start: number; end: number }[]>();
  for (const match of text.matchAll(DIGIT_RUN_BEFORE_HAN)) {
    const end = match.index + match[0].length;
    if (UNIT_CHARS.has(text[end]!)) continue;
    const key = text.slice(end, end + HEADER_KEY_LENGTH);
    let runs = byKey.get(key);
    if (!runs) byKey.set(key, (runs = []));
    runs.push({ start: match.index, end });
  }
  const candidates: { start: number; end: number }[] = [];
  for (const runs of byKey.values()) {
    if (runs.length < MIN_HEADER_REPEATS) continue;
    const distinct = new Set(runs.map((run) => text.slice(Math.max(run.start, run.end - 3), run.end)));
    if (distinct.size < MIN_HEADER_REPEATS) continue;
    candidates.push(...runs);
  }
  candidates.sort((a, b) => a.start - b.start);
  const pages: PageNumber[] = [];
  let previous: number | null = null;
  for (const run of candidates) {
    const digits = text.slice(run.start, run.end);
    let chosen: PageNumber | null = null;
    for (let length = 1; length <= Math.min(3, digits.length); length++) {
      const suffix = digits.slice(digits.length - length);
      if (suffix.startsWith('0')) continue;
      const value = Number(suffix);
      if (previous === null ? length === digits.length : value > previous && value <= previous + MAX_PAGE_STEP) {
        chosen = { start: run.end - length, end: run.end, value };
        break;
      }
    }
    if (!chosen && digits.length <= 3 && !digits.startsWith('0')) {
      chosen = { start: run.start, end: run.end, value: Number(digits) };
    }
    if (!chosen) continue;
    pages.push(chosen);
    previous = chosen.value;
  }
  // A sequence of pages mostly grows; a key whose numbers do not is a phrase that follows figures.
  const growing = pages.filter((page, i) => i > 0 && page.value > pages[i - 1]!.value).length;
  return pages.length >= MIN_HEADER_REPEATS && growing >= (pages.length - 1) * 0.6 ? pages : [];
}

const ASCENDING_STEPS = ['123456', '12345', '1234', '123'];

/** Step numbers of a flattened diagram (服務123面向…): a glued 1, 2, 3 … between Han characters. */
function diagramStepNumbers(text: string, zones: Zone[]): void {
  const pageStarts = new Set(zones.filter((zone) => zone.kind === 'page-number').map((zone) => zone.start));
  for (const match of text.matchAll(/(?=1)(?<=[\u3400-\u4dbf\u4e00-\u9fff])123(?:4(?:5(?:6)?)?)?/g)) {
    let end = match.index + match[0].length;
    const steps = ASCENDING_STEPS.find((candidate) => candidate.length <= match[0].length && match[0].startsWith(candidate));
    if (!steps) continue;
    end = match.index + steps.length;
    const after = text[end];
    const followedByText = isHan(after) && !UNIT_CHARS.has(after!);
    if (followedByText || pageStarts.has(end)) push(zones, 'list-marker', match.index, end);
  }
}

/** Characters after which a number is a quantity or a rank, never a footnote reference. */
const NUMBER_INTRODUCERS = new Set('第超逾近约約达達为為至到前后後共计計有占佔增减減降升长長了是余餘仅僅只每等和与與及或比');
// The digit look-ahead comes first: V8 then tests the look-behind only where a digit stands.
const FOOTNOTE_DEFINITION = new RegExp(`(?=\\d)(?<=[${HAN}。，,；;：:])(\\d{1,2})[.．](?=[${HAN}])`, 'g');
const FOOTNOTE_REFERENCE = new RegExp(`(?=\\d)(?<=[${HAN}])\\d{1,2}(?=[${HAN}])`, 'g');
const BRACKETED_NOTE = /\[\d{1,3}\]|［\d{1,3}］/g;
const SUPERSCRIPT_DIGITS = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g;

/**
 * Footnote markers: a definition glued into the text (成立1.數字銀行是指…), the reference to it
 * earlier in the text (銀行1利用…), bracketed notes [1] and superscript digits.
 */
export function footnoteMarkerZones(text: string, zones: Zone[]): void {
  const definitionAt = new Map<string, number>();
  for (const match of text.matchAll(FOOTNOTE_DEFINITION)) {
    push(zones, 'footnote-marker', match.index, match.index + match[0].length);
    if (!definitionAt.has(match[1]!)) definitionAt.set(match[1]!, match.index);
  }
  if (definitionAt.size > 0) {
    for (const match of text.matchAll(FOOTNOTE_REFERENCE)) {
      const definition = definitionAt.get(match[0]);
      if (definition === undefined || definition <= match.index) continue;
      const before = text[match.index - 1]!;
      const after = text[match.index + match[0].length]!;
      if (NUMBER_INTRODUCERS.has(before) || UNIT_CHARS.has(after)) continue;
      push(zones, 'footnote-marker', match.index, match.index + match[0].length);
    }
  }
  for (const pattern of [BRACKETED_NOTE, SUPERSCRIPT_DIGITS]) {
    for (const match of text.matchAll(pattern)) push(zones, 'footnote-marker', match.index, match.index + match[0].length);
  }
}
