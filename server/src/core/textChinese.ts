/**
 * Traditional ↔ simplified helpers built on opencc-js. Conversion here is character by character
 * so that the simplified copy has exactly the length of the original: every offset found in the
 * copy is an offset into the original text.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { DocumentLanguage } from './types';

type CharConverter = (text: string) => string;

let traditionalToSimplified: CharConverter | null = null;

function converter(): CharConverter {
  traditionalToSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return traditionalToSimplified;
}

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Simplified code unit of every code unit converted so far; 0 means not looked up yet. */
const simplifiedCode = new Uint16Array(0x10000);

function simplifiedCodeOf(code: number): number {
  let simplified = simplifiedCode[code]!;
  if (simplified === 0) {
    simplified = code;
    if (isHanCode(code)) {
      const converted = converter()(String.fromCharCode(code));
      if (converted.length === 1) simplified = converted.charCodeAt(0);
    }
    simplifiedCode[code] = simplified;
  }
  return simplified;
}

/** The simplified form of one Han character, or the character itself when it has none of the same length. */
export function simplifiedChar(char: string): string {
  return char.length === 1 ? String.fromCharCode(simplifiedCodeOf(char.charCodeAt(0))) : char;
}

const utf16 = new TextDecoder('utf-16le');

/**
 * The last long text converted and its copy: the entity matcher and the claim extractor both ask for
 * the copy of the same document, one after the other.
 */
let lastLong: { text: string; simplified: string } | null = null;
const longText = 4096;

/** A simplified copy of the text with the same length (one UTF-16 unit in, one out). */
export function toSimplifiedSameLength(text: string): string {
  if (text.length < longText) return convertSameLength(text);
  if (lastLong?.text !== text) lastLong = { text, simplified: convertSameLength(text) };
  return lastLong.simplified;
}

function convertSameLength(text: string): string {
  let buffer: Uint16Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const simplified = simplifiedCodeOf(code);
    if (simplified === code) continue;
    if (!buffer) {
      buffer = new Uint16Array(text.length);
      for (let j = 0; j < i; j++) buffer[j] = text.charCodeAt(j);
    }
    buffer[i] = simplified;
    // Copy the unchanged stretch up to the next candidate in one pass.
    let j = i + 1;
    for (; j < text.length; j++) {
      const next = text.charCodeAt(j);
      if (next >= 0x3400 && simplifiedCodeOf(next) !== next) break;
      buffer[j] = next;
    }
    i = j - 1;
  }
  return buffer ? utf16.decode(buffer) : text;
}

let simplifiedOnlyChars: Uint8Array | null = null;

/**
 * Characters that exist only in simplified writing (银, 众, 贷 …): the targets of OpenCC's
 * traditional-to-simplified character table that are not themselves traditional sources.
 */
function simplifiedOnly(): Uint8Array {
  if (simplifiedOnlyChars) return simplifiedOnlyChars;
  const sources = new Set<string>();
  const targets = new Set<string>();
  for (const group of OpenCC.Locale.to['cn'] ?? []) {
    for (const dict of group) {
      const pairs: (readonly [string, string])[] =
        typeof dict === 'string'
          ? dict.split('|').map((pair) => {
              const [from = '', to = ''] = pair.split(' ');
              return [from, to] as const;
            })
          : [...dict];
      for (const [from, to] of pairs) {
        if (from.length !== 1 || from === to) continue;
        sources.add(from);
        for (const target of to.split(' ')) if (target.length === 1) targets.add(target);
      }
    }
  }
  simplifiedOnlyChars = new Uint8Array(0x10000);
  for (const char of targets) if (!sources.has(char)) simplifiedOnlyChars[char.charCodeAt(0)] = 1;
  return simplifiedOnlyChars;
}

const SAMPLE_WINDOWS = 64;
const SAMPLE_WINDOW_LENGTH = 16 * 1024;

export interface ScriptCounts {
  han: number;
  latinLetters: number;
  traditional: number;
  simplified: number;
}

/** Counts Han characters, Latin letters, and the characters specific to each Chinese script. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, latinLetters: 0, traditional: 0, simplified: 0 };
  const onlySimplified = simplifiedOnly();
  const count = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
        counts.latinLetters++;
      } else if (code >= 0x3400 && isHanCode(code)) {
        counts.han++;
        if (simplifiedCodeOf(code) !== code) counts.traditional++;
        else if (onlySimplified[code] === 1) counts.simplified++;
      }
    }
  };
  if (text.length <= SAMPLE_WINDOWS * SAMPLE_WINDOW_LENGTH) {
    count(0, text.length);
  } else {
    // A large text is judged on evenly spread windows: its script does not change every page.
    const step = Math.floor(text.length / SAMPLE_WINDOWS);
    for (let window = 0; window < SAMPLE_WINDOWS; window++) count(window * step, window * step + SAMPLE_WINDOW_LENGTH);
  }
  return counts;
}

/**
 * The script of a text. Latin letters outweighing Han characters several times over make it English;
 * otherwise the share of script-specific characters decides, and a text with a real share of both
 * is mixed. Markup is part of the text, so the thresholds leave room for tag names and URLs.
 */
export function classifyScripts(counts: ScriptCounts): DocumentLanguage {
  if (counts.han === 0 || counts.latinLetters > 4 * counts.han) return 'en';
  const specific = counts.traditional + counts.simplified;
  if (specific === 0) return 'zh-Hans';
  const traditionalShare = counts.traditional / specific;
  if (traditionalShare >= 0.8) return 'zh-Hant';
  if (traditionalShare <= 0.2) return 'zh-Hans';
  return 'mixed';
}
