/**
 * The text as the date recogniser reads it: full-width digits, letters and punctuation folded to
 * ASCII and the many dash forms folded to "-", one character for one, so that patterns stay simple.
 * In text extracted from a PDF with a running line index (every line starting “N、” with N counting
 * up), a line break followed by its marker is dropped from the view, so a date split across lines
 * (“2019 年\n11、 8月”) reads whole; offsets map back to the original text.
 */
import type { Span } from './types';

function foldCharacter(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009) return 0x20;
  if (code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2013 || code === 0x2014 || code === 0x2212) return 0x2d;
  if (code === 0x301c) return 0x7e;
  if (code === 0x2019 || code === 0x2018) return 0x27;
  return code;
}

let foldTable: Uint16Array | null = null;

/** The folded code unit of every code unit, built once from {@link foldCharacter}. */
function foldedCodes(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code < 0xa0 ? code : foldCharacter(code);
  return (foldTable = table);
}

// ignoreBOM keeps a leading U+FEFF, which the decoder would otherwise drop (and shift every offset).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export function foldText(text: string): string {
  const table = foldedCodes();
  // Most of a text folds to itself; one that has nothing to fold is its own view.
  let first = 0;
  while (first < text.length && table[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  const folded = new Uint16Array(text.length);
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code & 0xf800) === 0xd800) surrogates = true;
    folded[i] = table[code]!;
  }
  // The decoder would replace a lone surrogate by U+FFFD: such a text is copied code unit by code unit.
  if (!surrogates) return utf16.decode(folded);
  let out = '';
  for (let i = 0; i < folded.length; i += 8192) out += String.fromCharCode(...folded.subarray(i, i + 8192));
  return out;
}

const LINE_MARKER = /^([0-9]{1,4})、/;

/** True when most lines start with a running extraction index “1、”, “2、”, “3、” … */
export function hasRunningLineIndex(text: string): boolean {
  const lines = text.split('\n');
  let nonEmpty = 0;
  let counting = 0;
  let previous = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonEmpty++;
    const marker = LINE_MARKER.exec(line);
    if (!marker) continue;
    const value = Number(marker[1]);
    if (value === previous + 1) counting++;
    previous = value;
  }
  return counting >= 5 && counting >= nonEmpty * 0.8;
}

export class DateTextView {
  /** The folded text with joiners removed. */
  readonly text: string;
  /** Original offset of every view character, or null when the view is the folded text itself. */
  private readonly origins: Int32Array | null;

  constructor(readonly original: string) {
    const folded = foldText(original);
    if (!hasRunningLineIndex(original)) {
      this.text = folded;
      this.origins = null;
      return;
    }
    const joiner = /\r?\n[0-9]{1,4}、[ \t]*/g;
    const origins = new Int32Array(folded.length);
    let view = '';
    let length = 0;
    let copiedUpTo = 0;
    const copy = (from: number, to: number) => {
      view += folded.slice(from, to);
      for (let i = from; i < to; i++) origins[length++] = i;
    };
    for (let match = joiner.exec(folded); match; match = joiner.exec(folded)) {
      copy(copiedUpTo, match.index);
      copiedUpTo = match.index + match[0].length;
    }
    copy(copiedUpTo, folded.length);
    this.text = view;
    this.origins = origins.subarray(0, length);
  }

  /** Original offset of the view character at offset. */
  originalOffset(offset: number): number {
    if (!this.origins) return offset;
    if (offset >= this.origins.length) return this.original.length;
    return this.origins[offset]!;
  }

  /** Original span of the view span [start, end). */
  originalSpan(start: number, end: number): Span {
    if (end <= start) return { start: this.originalOffset(start), end: this.originalOffset(start) };
    return { start: this.originalOffset(start), end: this.originalOffset(end - 1) + 1 };
  }

  /** The original spans of the characters of a view span, split where joiners were removed. */
  originalPieces(start: number, end: number): Span[] {
    // The folded text itself maps one for one: a non-empty span is its own single piece.
    if (!this.origins) return end > start ? [{ start, end }] : [];
    const pieces: Span[] = [];
    for (let i = start; i < end; i++) {
      const at = this.originalOffset(i);
      const last = pieces[pieces.length - 1];
      if (last && last.end === at) last.end = at + 1;
      else pieces.push({ start: at, end: at + 1 });
    }
    return pieces;
  }
}
