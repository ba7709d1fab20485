/**
 * Traditional ↔ simplified helpers on opencc-js's character tables (Taiwan traditional to mainland
 * simplified), precomputed in textChineseTables.ts. Conversion is character by character so that the
 * simplified copy has exactly the length of the original: every offset found in the copy is an
 * offset into the original text.
 */
import { simplifiedOnlyCharacters, traditionalPairs } from './textChineseTables';
import type { DocumentLanguage } from './types';

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

let simplifiedCode: Uint16Array | null = null;

/** The simplified code unit of every code unit (itself when it has none of the same length). */
function simplifiedTable(): Uint16Array {
  if (simplifiedCode) return simplifiedCode;
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let i = 0; i + 1 < traditionalPairs.length; i += 2) table[traditionalPairs.charCodeAt(i)] = traditionalPairs.charCodeAt(i + 1);
  return (simplifiedCode = table);
}

function simplifiedCodeOf(code: number): number {
  return (simplifiedCode ?? simplifiedTable())[code]!;
}

/** The simplified form of one Han character, or the character itself when it has none of the same length. */
export function simplifiedChar(char: string): string {
  return char.length === 1 ? String.fromCharCode(simplifiedCodeOf(char.charCodeAt(0))) : char;
}

// ignoreBOM keeps a leading U+FEFF, which the decoder would otherwise drop (and shift every offset).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

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

/** Characters that exist only in simplified writing (银, 众, 贷 …), as a table by code unit. */
function simplifiedOnly(): Uint8Array {
  if (simplifiedOnlyChars) return simplifiedOnlyChars;
  simplifiedOnlyChars = new Uint8Array(0x10000);
  for (let i = 0; i < simplifiedOnlyCharacters.length; i++) simplifiedOnlyChars[simplifiedOnlyCharacters.charCodeAt(i)] = 1;
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

const LATIN_LETTER = 1;
const HAN = 2;
const TRADITIONAL = 4;
const SIMPLIFIED_ONLY = 8;
let scriptClasses: Uint8Array | null = null;

/** The classes {@link countScripts} counts, per code unit: one table read a character. */
function scriptClassTable(): Uint8Array {
  if (scriptClasses) return scriptClasses;
  const table = new Uint8Array(0x10000);
  const onlySimplified = simplifiedOnly();
  for (let code = 0; code < 0x10000; code++) {
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) table[code] = LATIN_LETTER;
    else if (code >= 0x3400 && isHanCode(code)) {
      if (simplifiedCodeOf(code) !== code) table[code] = HAN | TRADITIONAL;
      else table[code] = onlySimplified[code] === 1 ? HAN | SIMPLIFIED_ONLY : HAN;
    }
  }
  return (scriptClasses = table);
}

/** Counts Han characters, Latin letters, and the characters specific to each Chinese script. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, latinLetters: 0, traditional: 0, simplified: 0 };
  const classes = scriptClassTable();
  const count = (from: number, to: number): void => {
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const classOf = classes[text.charCodeAt(i)]!;
      if (classOf === 0) continue;
      if (classOf === LATIN_LETTER) counts.latinLetters++;
      else {
        counts.han++;
        if (classOf & TRADITIONAL) counts.traditional++;
        else if (classOf & SIMPLIFIED_ONLY) counts.simplified++;
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
