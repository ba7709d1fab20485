/**
 * The document date: the day a text was published, from the evidence the text itself gives.
 * In order of trust: a front-matter `date:`, a labelled publication line (发布时间:, Published:),
 * a newspaper date line (《人民日报》（2024年12月16日 第 31 版）), a header line naming the source,
 * and last the page's own navigation and listing timestamps (上一篇2025-05-16). Never today.
 */
import { englishMonth, isoDate, isValidDay, smallNumber } from './datesCalendar';
import { scanDates, selectNonOverlapping, type DateScan } from './datesScan';
import type { DocumentDate, DocumentDateSource, Span } from './types';

interface StatedDay extends Span {
  iso: string;
}

/** Every calendar day written out in full (with its year) in the text, in original offsets. */
function statedDays(scan: DateScan): StatedDay[] {
  const { view } = scan;
  const days: StatedDay[] = [];
  for (const candidate of selectNonOverlapping(scan.candidates)) {
    if (candidate.anchor.kind !== 'absolute' || candidate.shape.type !== 'day') continue;
    const span = view.originalSpan(candidate.start, candidate.coreEnd);
    days.push({ ...span, iso: isoDate(candidate.anchor.year, candidate.shape.month, candidate.shape.day) });
  }
  return days;
}

/** The YAML front matter block (between the opening and closing `---`), or null. */
export function frontMatterBlock(text: string): Span | null {
  const opening = /^\uFEFF?[ \t]*\r?\n?---[ \t]*\r?\n/.exec(text.slice(0, 16));
  if (!opening) return null;
  const closing = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(opening[0].length, opening[0].length + 20000);
  const end = closing.exec(rest);
  return end ? { start: 0, end: opening[0].length + end.index + end[0].length } : null;
}

const PRIMARY_DATE_KEY = /^[ \t]*(?:date|published|publish_?date|pub_?date|published_?(?:at|on)|created|created_?at|发布时间|发布日期|發布時間|發布日期|日期)[ \t]*:/i;
const SECONDARY_DATE_KEY = /^[ \t]*(?:updated|modified|last_?mod(?:ified)?|updated_?at|date_?modified)[ \t]*:/i;

function frontMatterLines(text: string, key: RegExp): Span[] {
  const block = frontMatterBlock(text);
  if (!block) return [];
  const lines: Span[] = [];
  const linePattern = /^.*$/gm;
  const blockText = text.slice(block.start, block.end);
  for (let match = linePattern.exec(blockText); match; match = linePattern.exec(blockText)) {
    if (match[0].length === 0) {
      linePattern.lastIndex++;
      continue;
    }
    if (!key.test(match[0])) continue;
    const trimmed = match[0].replace(/[ \t\r]+$/, '');
    const leading = trimmed.length - trimmed.trimStart().length;
    lines.push({ start: block.start + match.index + leading, end: block.start + match.index + trimmed.length });
  }
  return lines;
}

/** Front-matter lines whose key names a date (date:, published:, updated: …). */
export function frontMatterDateLines(text: string): Span[] {
  return [...frontMatterLines(text, PRIMARY_DATE_KEY), ...frontMatterLines(text, SECONDARY_DATE_KEY)];
}

const STRONG_LABEL = /(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|发表日期|發表日期|出版日期|刊发日期|刊發日期|Published(?:[ ](?:on|at))?|Publication[ ]date|Posted(?:[ ]on)?)[ \t]*[:：]?[ \t]*$/i;
// A bare 时间/日期/Date label counts only on its own, not inside a compound such as 成立时间.
// Scraped pages also put a bare "date" before the day on a line of its own making (" date 2025-10-01 明報新聞網").
const WEAK_LABEL = /(?:^|[\s|｜/])(?:时间|時間|日期|Date)[ \t]*[:：][ \t]*$|^[ \t]*(?:date|Date|DATE)[ \t]+$/;
const UPDATED_LABEL = /(?:更新时间|更新時間|更新日期|Updated(?:[ ]on)?|Last[ ]updated)[ \t]*[:：]?[ \t]*$/i;
const NEWSPAPER = /《[^《》\n]{1,30}》[ \t\u00a0\u3000]{0,3}[（(]?[ \t\u00a0\u3000]{0,3}$/;
const NEWSPAPER_NAME = /报|報|刊|志|誌|News|Times|Journal|Daily|Post|Herald/i;
// A byline ("By Jane Doe, March 26, 2025"; "By Mark Chen | April 18, 2025") names the writer as these words do.
const SOURCE_WORDS = /来源|來源|作者|编辑|編輯|记者|記者|Source|Author|^[ \t]*By[ \t]+[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,3}[ \t]*[,|｜·]/;
/** A wire-style dateline before the day: “HONG KONG, ” or “BEIJING, China, ” at the start of a line. */
const WIRE_PLACE = /^[ \t]*[A-Z][A-Z.'’ -]{1,30}(?:,[ ]?[A-Z][A-Za-z. ]{1,30})?,[ ]?$/;
/** What closes a wire dateline after the day: “ -- ”, “ – ”, “/PRNewswire/ --”, “(GLOBE NEWSWIRE) —”. */
const WIRE_CLOSE = /^[ \t]*(?:\/[^\n/]{1,40}\/[ \t]*|[(（][A-Za-z][A-Za-z .&]{1,30}[)）][ \t]*)?(?:--|–|—|-)/;
/** Sentence punctuation: a line that has it is prose, not a header naming a source and a day. */
const PROSE = /[，。；！？、,;!?]/;
const NAVIGATION = /(?:上一篇|下一篇|上一条|下一条|上一條|下一條|Previous|Next)[ \t]*[:：]?[ \t]*$/i;

function lineBefore(text: string, offset: number, reach: number): { text: string; start: number } {
  const from = Math.max(0, offset - reach);
  const slice = text.slice(from, offset);
  const newline = slice.lastIndexOf('\n');
  return newline < 0 ? { text: slice, start: from } : { text: slice.slice(newline + 1), start: from + newline + 1 };
}

function lineAfter(text: string, offset: number, reach: number): string {
  const slice = text.slice(offset, offset + reach);
  const newline = slice.indexOf('\n');
  return newline < 0 ? slice : slice.slice(0, newline);
}

function found(date: string, source: DocumentDateSource, start: number, end: number): DocumentDate {
  return { date, source, span: { start, end } };
}

/** The evidence a label gives: the label and the date after it, or null. */
function labelled(text: string, days: readonly StatedDay[], label: RegExp, source: DocumentDateSource, outsideFrontMatter: Span | null): DocumentDate | null {
  for (const day of days) {
    if (outsideFrontMatter && day.start < outsideFrontMatter.end) continue;
    const before = lineBefore(text, day.start, 40);
    const match = label.exec(before.text);
    if (match) return found(day.iso, source, before.start + match.index, day.end);
  }
  return null;
}

/** The document date; `scan` is the text's date scan when the caller has one (the recogniser shares it). */
export function detectDocumentDate(text: string, scan: DateScan = scanDates(text)): DocumentDate | null {
  const days = statedDays(scan);
  const block = frontMatterBlock(text);

  for (const line of frontMatterDateLines(text)) {
    const day = days.find((d) => d.start >= line.start && d.end <= line.end);
    if (day) return found(day.iso, 'front-matter', line.start, line.end);
  }

  const published = labelled(text, days, STRONG_LABEL, 'published', block) ?? labelled(text, days, WEAK_LABEL, 'published', block);
  if (published) return published;

  for (const day of days) {
    const before = lineBefore(text, day.start, 50);
    const match = NEWSPAPER.exec(before.text);
    if (!match || !NEWSPAPER_NAME.test(match[0])) continue;
    const closing = /^[^\n（()）]{0,20}[）)]/.exec(lineAfter(text, day.end, 30));
    return found(day.iso, 'dateline', before.start + match.index, closing ? day.end + closing[0].length : day.end);
  }

  for (const day of days) {
    if (day.start > 3000) break;
    // A header line is short; a body paragraph that names a reporter is not one.
    const line = lineBefore(text, day.start, 200).text + lineAfter(text, day.start, 200);
    if (line.trim().length <= 80 && SOURCE_WORDS.test(line)) return found(day.iso, 'published', day.start, day.end);
  }

  for (const day of days) {
    if (day.start > 3000) break;
    if (block && day.start < block.end) continue;
    const before = lineBefore(text, day.start, 60);
    if (WIRE_PLACE.test(before.text) && WIRE_CLOSE.test(lineAfter(text, day.end, 60))) return found(day.iso, 'dateline', before.start, day.end);
  }

  const header = headerLineDate(text, days, block);
  if (header) return header;

  const today = todayDateline(text, scan);
  if (today) return today;

  const signature = signatureDate(text, days);
  if (signature) return signature;

  const updated = labelled(text, days, UPDATED_LABEL, 'published', block);
  if (updated) return updated;

  return inferredFromPage(text, days);
}

/** 今日（十一月二十九日）, "today (30 September)": a press release's day, its year left to the figures it releases. */
const TODAY_ZH = /今日[ \u3000]*[（(][ \u3000]*([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日[ \u3000]*[）)]/;
const TODAY_EN = /\btoday \((?:([0-9]{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+) ([0-9]{1,2}))\)/;
const todayReach = 600;

/**
 * A press release that names its day as today's, without the year (香港金融管理局今日（十一月二十九日）发表的统计数字,
 * "published today (30 September)"): the year is the one of the first period the release states (二〇二四年十月份),
 * or the next when that day comes before the period ends (January's release of December's figures).
 */
function todayDateline(text: string, scan: DateScan): DocumentDate | null {
  const head = text.slice(0, todayReach);
  const zh = TODAY_ZH.exec(head);
  const en = zh ? null : TODAY_EN.exec(head);
  const match = zh ?? en;
  if (!match) return null;
  const month = zh ? smallNumber(zh[1]!) : englishMonth(en![2] ?? en![3]!);
  const day = zh ? smallNumber(zh[2]!) : Number(en![1] ?? en![4]);
  if (month === null || day === null) return null;
  const stated = selectNonOverlapping(scan.candidates).find((candidate) => candidate.anchor.kind === 'absolute' && scan.view.originalSpan(candidate.start, candidate.coreEnd).start < todayReach);
  if (!stated || stated.anchor.kind !== 'absolute') return null;
  let year = stated.anchor.year;
  const statedMonth = 'month' in stated.shape && typeof stated.shape.month === 'number' ? stated.shape.month : null;
  if (statedMonth !== null && month < statedMonth) year++;
  if (!isValidDay(year, month, day)) return null;
  return found(isoDate(year, month, day), 'dateline', match.index, match.index + match[0].length);
}

/**
 * A short header line near the top that names the issuer and ends with the day it wrote
 * (国家统计局　2023年10月18日), or a day alone on its line under the title: within the first lines,
 * no sentence punctuation, nothing after the day.
 */
function headerLineDate(text: string, days: readonly StatedDay[], block: Span | null): DocumentDate | null {
  const bodyStart = block ? block.end : 0;
  for (const day of days) {
    if (day.start < bodyStart) continue;
    if (day.start - bodyStart > 1000) break;
    const before = lineBefore(text, day.start, 60);
    const lineIndex = text.slice(bodyStart, before.start).split('\n').filter((line) => line.trim() !== '').length;
    if (lineIndex > 4) break;
    const name = before.text.trim();
    // A wire's header puts the time before the day ("(Xinhua) 10:15, December 13, 2025"): its comma is no prose.
    const header = before.text.replace(/[0-9]{1,2}:[0-5][0-9],?[ \t]*$/, '');
    if (name.length > 30 || PROSE.test(header) || NAVIGATION.test(before.text)) continue;
    if (lineAfter(text, day.end, 60).trim() !== '') continue;
    // A day alone on its line counts only right under the title.
    if (name.length === 0 && lineIndex > 2) continue;
    return found(day.iso, 'published', name.length === 0 ? day.start : before.start + before.text.indexOf(name), day.end);
  }
  return null;
}

/** What may stand before the day of a signature line: a place or an issuer (Shenzhen, | 中国人民银行). */
const SIGNATURE_PLACE = /^[ \t\u3000]*(?:[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff .]{0,29}[,，]?[ \t\u3000]*)?$/;

/**
 * The day a letter or a notice is signed: the last day of the text, alone on one of its last two
 * lines or after a place name (Shenzhen, 22 March 2024 | 中国人民银行⏎2024年3月22日).
 */
function signatureDate(text: string, days: readonly StatedDay[]): DocumentDate | null {
  const day = days[days.length - 1];
  // A day with a time at the end of a page is a listing timestamp, not a signature.
  if (!day || text.length - day.end > 400 || /[0-9]:[0-5][0-9]/.test(text.slice(day.start, day.end))) return null;
  if (lineAfter(text, day.end, 60).trim() !== '' || text.slice(day.end).split('\n').filter((line) => line.trim() !== '').length > 1) return null;
  const before = lineBefore(text, day.start, 60);
  if (!SIGNATURE_PLACE.test(before.text) || NAVIGATION.test(before.text)) return null;
  const name = before.text.trim();
  return found(day.iso, 'published', name.length === 0 ? day.start : before.start + before.text.indexOf(name), day.end);
}

/**
 * With no stated publication date, the page's own navigation (上一篇 …) and listing timestamps
 * (a line holding only a date and time) bound it; the latest of them is the best estimate.
 */
function inferredFromPage(text: string, days: readonly StatedDay[]): DocumentDate | null {
  let best: DocumentDate | null = null;
  for (const day of days) {
    const before = lineBefore(text, day.start, 40);
    const navigation = NAVIGATION.exec(before.text);
    const standalone = before.text.trim() === '' && lineAfter(text, day.end, 40).trim() === '' && /[0-9]:[0-5][0-9]/.test(text.slice(day.start, day.end));
    if (!navigation && !standalone) continue;
    if (best && best.date >= day.iso) continue;
    best = found(day.iso, 'inferred', navigation ? before.start + navigation.index : day.start, day.end);
  }
  return best;
}
