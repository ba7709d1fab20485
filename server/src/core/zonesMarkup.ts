/**
 * Zones left by markup and contact details: YAML front matter, HTML tags, comments, style and
 * script blocks, CSS rules, character entities, URLs, e-mail addresses and phone numbers.
 * Every scan is linear: patterns have no nested quantifiers, and hand-written scanners move forward only.
 */
import type { Zone } from './types';

const MAX_FRONT_MATTER = 64 * 1024;
const MAX_CSS_BODY = 2000;

/** Front-matter keys whose values are prose or the document date: they are left for the recognisers. */
const PROSE_KEY = /(title|date|time|summary|description|excerpt|abstract|published|updated|modified|lastmod|created|标题|摘要|日期|时间|時間)/i;

export function frontMatterZones(text: string, zones: Zone[]): void {
  const opening = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/y.exec(text);
  if (!opening) return;
  const limit = Math.min(text.length, MAX_FRONT_MATTER);
  const closing = /^(?:---|\.\.\.)[ \t]*$/gm;
  closing.lastIndex = opening[0].length;
  const close = closing.exec(text);
  if (!close || close.index > limit) return;
  const openingStart = opening[0].length - opening[0].trimStart().length;
  zones.push({ kind: 'front-matter', start: openingStart, end: opening[0].length - 1 });
  let keepValue = false;
  let lineStart = opening[0].length;
  while (lineStart < close.index) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > close.index ? close.index : newline;
    const line = text.slice(lineStart, lineEnd);
    const key = /^([^\s:#-][^:]*):/.exec(line);
    if (key) {
      keepValue = PROSE_KEY.test(key[1]!);
      // The key is structure; a prose or date value is left visible to the recognisers.
      const zoneEnd = keepValue ? lineStart + key[0].length : lineEnd;
      if (zoneEnd > lineStart) zones.push({ kind: 'front-matter', start: lineStart, end: zoneEnd });
    } else if (!keepValue && line.trim().length > 0) {
      zones.push({ kind: 'front-matter', start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  zones.push({ kind: 'front-matter', start: close.index, end: close.index + close[0].length });
}

const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]{0,4000})?\/?>/y;
const DECLARATION = /<![A-Za-z][^<>]{0,4000}>/y;

/**
 * Finds the next occurrence of a closing pattern at or after a position, remembering the last answer:
 * an unclosed opener repeated many times then costs one scan, not one scan each.
 */
class ClosingFinder {
  private found = -2;
  private length = 0;

  constructor(private readonly text: string, private readonly pattern: RegExp) {}

  /** Start and end of the next closing at or after `from`, or null when there is none. */
  next(from: number): { start: number; end: number } | null {
    if (this.found === -1) return null;
    if (this.found < from) {
      this.pattern.lastIndex = from;
      const match = this.pattern.exec(this.text);
      this.found = match ? match.index : -1;
      this.length = match ? match[0].length : 0;
      if (!match) return null;
    }
    return { start: this.found, end: this.found + this.length };
  }
}

/** HTML comments, style and script blocks (with their content) and tags with their attributes. */
export function markupZones(text: string, zones: Zone[]): void {
  const commentClose = new ClosingFinder(text, /-->/g);
  const styleClose = new ClosingFinder(text, /<\/style\s*>/gi);
  const scriptClose = new ClosingFinder(text, /<\/script\s*>/gi);
  let at = text.indexOf('<');
  while (at >= 0 && at < text.length) {
    let end = -1;
    let kind: Zone['kind'] = 'html-tag';
    if (text.startsWith('<!--', at)) {
      const close = commentClose.next(at + 4);
      if (close) {
        end = close.end;
        kind = 'html-comment';
      }
    } else {
      TAG.lastIndex = at;
      DECLARATION.lastIndex = at;
      const tag = TAG.exec(text) ?? DECLARATION.exec(text);
      if (tag) {
        end = at + tag[0].length;
        const name = /^<([A-Za-z]+)/.exec(tag[0])?.[1]?.toLowerCase();
        const finder = name === 'style' ? styleClose : name === 'script' ? scriptClose : null;
        const close = finder?.next(end);
        if (close) {
          end = close.end;
          kind = name === 'style' ? 'css' : 'html-tag';
        }
      }
    }
    if (end > at) {
      zones.push({ kind, start: at, end });
      at = text.indexOf('<', end);
    } else {
      at = text.indexOf('<', at + 1);
    }
  }
}

const CSS_OPEN = /\{|&#123;|&lbrace;/g;
const CSS_BODY = /(?:\{|&#123;|&lbrace;)([^{}<>\n]{0,2000}?)(?:\}|&#125;|&rbrace;)/y;
const CSS_SELECTOR_CHAR = /[A-Za-z0-9_\-.#:>*,[\]="' ]/;

/** CSS rules outside a style element (`.wrap{border:1px solid}`), also with entity-escaped braces. */
export function cssRuleZones(text: string, zones: Zone[]): void {
  CSS_OPEN.lastIndex = 0;
  for (let open = CSS_OPEN.exec(text); open; open = CSS_OPEN.exec(text)) {
    CSS_BODY.lastIndex = open.index;
    const rule = CSS_BODY.exec(text);
    if (!rule || rule[1]!.length > MAX_CSS_BODY || !/^\s*[-A-Za-z]+\s*:/.test(rule[1]!)) continue;
    let start = open.index;
    while (start > 0 && CSS_SELECTOR_CHAR.test(text[start - 1]!)) start--;
    while (start < open.index && text[start] === ' ') start++;
    if (!/[A-Za-z]/.test(text.slice(start, open.index))) continue;
    const end = open.index + rule[0].length;
    zones.push({ kind: 'css', start, end });
    CSS_OPEN.lastIndex = end;
  }
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export function entityZones(text: string, zones: Zone[]): void {
  for (const match of text.matchAll(ENTITY)) {
    zones.push({ kind: 'html-entity', start: match.index, end: match.index + match[0].length });
  }
}

/** A URL runs to whitespace, a quote, an angle bracket or a CJK character; trailing punctuation is not part of it. */
const URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"'`\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+/gi;

export function urlZones(text: string, zones: Zone[]): void {
  for (const match of text.matchAll(URL)) {
    let end = match.index + match[0].length;
    while (end > match.index && /[.,;:!?)\]}]/.test(text[end - 1]!)) end--;
    if (end - match.index > 4) zones.push({ kind: 'url', start: match.index, end });
  }
}

const TOP_LEVEL_DOMAIN = /\.(?:com|cn|net|org|gov|edu|io|hk|tw|info|biz)(?![A-Za-z0-9-])/gi;
const HOST_CHAR = /[A-Za-z0-9.-]/;
const PATH_CHAR = /[^\s<>"'`\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/;
const MAX_HOST_LENGTH = 253;
const MAX_PATH_LENGTH = 2048;

/** Host names written without a scheme (finance.sina.com.cn/stock), found from their top-level domain backwards. */
export function bareDomainZones(text: string, zones: Zone[]): void {
  let lastEnd = 0;
  for (const match of text.matchAll(TOP_LEVEL_DOMAIN)) {
    if (match.index < lastEnd) continue;
    let start = match.index;
    while (start > lastEnd && match.index - start < MAX_HOST_LENGTH && HOST_CHAR.test(text[start - 1]!)) start--;
    while (start < match.index && /[.-]/.test(text[start]!)) start++;
    const host = text.slice(start, match.index);
    // The label before the top-level domain needs a letter: 3.cn or 1.5.com are not host names.
    if (!/[A-Za-z]/.test(host.slice(host.lastIndexOf('.') + 1)) || text[start - 1] === '@') continue;
    let end = match.index + match[0].length;
    // Further labels belong to the host: finance.sina.com.cn.
    while (end < text.length && end - start < MAX_HOST_LENGTH && HOST_CHAR.test(text[end]!)) end++;
    while (end > match.index && /[.-]/.test(text[end - 1]!)) end--;
    if (text[end] === '/') {
      const pathStart = end;
      while (end < text.length && end - pathStart < MAX_PATH_LENGTH && PATH_CHAR.test(text[end]!)) end++;
      while (end > pathStart && /[.,;:!?)\]}]/.test(text[end - 1]!)) end--;
    }
    zones.push({ kind: 'url', start, end });
    lastEnd = end;
  }
}

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

/** E-mail addresses, found from each @ outwards so that long letter runs cost nothing. */
export function emailZones(text: string, zones: Zone[]): void {
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && at - start < 64 && EMAIL_LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 256 && EMAIL_DOMAIN.test(text[end]!)) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) {
      zones.push({ kind: 'email', start, end });
      lastEnd = end;
    }
  }
}

const PHONE_PATTERNS: readonly RegExp[] = [
  // Landlines with an area code: 010-62160423, (0755) 8608 1234, 0755-86081234-123.
  /(?<![\d-])(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[ -]?\d{3,4}[ -]?\d{4}(?:-\d{1,5})?(?!\d)/g,
  // Mobile numbers, optionally with the country code: 13812345678, +86 138 1234 5678.
  /(?<![\d-])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g,
  // National service numbers: 400-820-8888, 800 810 8888.
  /(?<![\d-])[48]00[ -]?\d{3}[ -]?\d{4}(?!\d)/g,
];

/** Any number of five or more digits right after a phone label (客服热线: 95555). */
const LABELLED_PHONE = /(?:电话|電話|热线|熱線|拨打|撥打|致电|致電|传真|傳真|Tel|TEL|Fax|FAX)[:：]?[ \t]*(\+?\d[\d -]{3,18}\d)(?![\d.])/g;

export function phoneZones(text: string, zones: Zone[]): void {
  for (const pattern of PHONE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      zones.push({ kind: 'phone', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(LABELLED_PHONE)) {
    const number = match[1]!;
    if (number.replace(/\D/g, '').length < 5) continue;
    const start = match.index + match[0].length - number.length;
    zones.push({ kind: 'phone', start, end: start + number.length });
  }
}
