/**
 * Anchors: the characters at which a recogniser can start. A table over all 65,536 UTF-16 code
 * units gives each its anchor classes, so one linear pass of `charCodeAt` and a table load finds
 * them, and stretches with none are passed over at about the cost of that loop.
 *
 * Recognisers use an anchor class only where it is provably a superset of the positions they would
 * try: the figure class is built from the very predicates the figure scanner starts on, and the
 * mojibake class holds exactly the characters its detector starts on. Dates, products and zones are
 * found by patterns that also start on letters and common words, so they are counted, never gated.
 */
import { chineseDigitValue, isDigit, magnitudeOf } from './numerals';

/** Anchor classes, as bits of the table. */
export const AnchorClass = {
  /** A character a figure may start on: digits (ASCII, full-width), Chinese numerals and magnitudes, 数/几/上. */
  figure: 1,
  /** "?" and U+FFFD, where GBK mojibake shows. */
  mojibake: 2,
  /** 年/月/日/号/季/度/末/底/今/去/上/本/前 and the like, which dates are written with (counted only). */
  dateMarker: 4,
  /** <, &, @ and :// openers of markup, entities, e-mail and URLs (counted only). */
  markup: 8,
} as const;

const dateMarkers = '年月日号號季度末底今去前本上下半周週';
const markupOpeners = '<&@:';

let table: Uint8Array | undefined;

/** The class table, built once from the recognisers' own predicates. */
export function anchorTable(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    // The figure scanner's start test (figures.ts, mayStartFigure), without its look-around: a superset.
    if (isDigit(char) || chineseDigitValue(char) >= 0 || magnitudeOf(char) !== null || '十数數几幾上百千万萬'.includes(char)) built[code]! |= AnchorClass.figure;
    if (char === '?' || code === 0xfffd) built[code]! |= AnchorClass.mojibake;
  }
  for (const char of dateMarkers) built[char.charCodeAt(0)]! |= AnchorClass.dateMarker;
  for (const char of markupOpeners) built[char.charCodeAt(0)]! |= AnchorClass.markup;
  return (table = built);
}

/** The first position at or after `from` whose character has one of the classes, or the text's length. */
export function nextAnchor(text: string, from: number, classes: number): number {
  const classOf = anchorTable();
  for (let i = from; i < text.length; i++) if ((classOf[text.charCodeAt(i)]! & classes) !== 0) return i;
  return text.length;
}

export interface AnchorCounts {
  figure: number;
  mojibake: number;
  dateMarker: number;
  markup: number;
}

/** One pass over the text: how many characters of each class it holds. */
export function countAnchors(text: string): AnchorCounts {
  const classOf = anchorTable();
  let figure = 0;
  let mojibake = 0;
  let dateMarker = 0;
  let markup = 0;
  for (let i = 0; i < text.length; i++) {
    const classes = classOf[text.charCodeAt(i)]!;
    if (classes === 0) continue;
    if (classes & AnchorClass.figure) figure++;
    if (classes & AnchorClass.mojibake) mojibake++;
    if (classes & AnchorClass.dateMarker) dateMarker++;
    if (classes & AnchorClass.markup) markup++;
  }
  return { figure, mojibake, dateMarker, markup };
}
