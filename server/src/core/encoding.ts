/**
 * Turns the bytes of a file into text: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5 are detected;
 * binary files are refused. The assumed encoding is reported so that editors can show it.
 *
 * Detection looks at a sample from the start of the file, so it costs the same for 10 MB as for
 * 300 KB; only the final decoding reads everything. Nothing here ever encodes text: files are
 * read, never written back.
 */
import { gbkTables } from './mojibakeTables';

export interface DecodedText {
  kind: 'text';
  text: string;
  /** WHATWG encoding label: "utf-8", "utf-16le", "utf-16be", "gb18030", "big5". */
  encoding: string;
  bom: boolean;
  /** False when the encoding was guessed from weak evidence. */
  confident: boolean;
}

export interface BinaryFile {
  kind: 'binary';
  reason: string;
}

const sampleLength = 256 * 1024;
/** Share of control bytes above which a file is taken for binary. */
const maxControlShare = 0.05;
/** Share of NUL bytes that marks BOM-less UTF-16 (ASCII characters carry one NUL each). */
const minNulShareForUtf16 = 0.02;
/** Share of the NUL bytes on one parity that makes it the hint for the byte order. */
const minNulParityShare = 0.9;
/** Share of textual code units for a BOM-less UTF-16 reading with NUL bytes. */
const minNulUtf16TextualShare = 0.7;
/** Share of textual code units for a BOM-less UTF-16 reading without NUL bytes (CJK-only text). */
const minUtf16TextualShare = 0.9;
/** Fewer CJK characters than this in the sample make a legacy-encoding guess weak. */
const minCjkForConfidence = 20;
/** Lead in plausibility that one legacy decoding needs over the other for a confident choice. */
const minPlausibilityMargin = 0.15;

/** Decodes a file's bytes; `pinned` (from the corpus config) skips detection. */
export function decodeBytes(bytes: Uint8Array, pinned?: string): DecodedText | BinaryFile {
  const bom = detectBom(bytes);
  if (pinned !== undefined) {
    const encoding = canonicalLabel(pinned);
    if (encoding) {
      const withBom = bom?.encoding === encoding;
      return decoded(bytes, encoding, withBom, true);
    }
  }
  if (bom) return decoded(bytes, bom.encoding, true, true);
  if (bytes.length === 0) return { kind: 'text', text: '', encoding: 'utf-8', bom: false, confident: true };

  const sample = bytes.subarray(0, Math.min(bytes.length, sampleLength));
  const truncated = sample.length < bytes.length;
  const nuls = nulPattern(sample);
  if (nuls.share > 0) {
    const utf16 = nuls.share >= minNulShareForUtf16 ? likelierUtf16(sample, nuls.encoding) : null;
    if (utf16) return decoded(bytes, utf16, false, true);
    return { kind: 'binary', reason: `contains NUL bytes (${describeShare(nuls.share)} of the first ${sample.length} bytes)` };
  }
  const utf8 = utf8Validity(sample, truncated);
  // A few stray bytes in otherwise valid UTF-8 are damage, not another encoding.
  const mostlyUtf8 = utf8.invalid === 0 || (utf8.multiByte > 0 && utf8.invalid * 50 < utf8.multiByte);
  if (!mostlyUtf8 && sample.length % 2 === 0) {
    // CJK-only UTF-16 has no NUL bytes; its low bytes may look like control bytes.
    for (const utf16 of ['utf-16le', 'utf-16be'] as const) {
      if (textualShare(sample, utf16) >= minUtf16TextualShare) return decoded(bytes, utf16, false, false);
    }
  }
  const controls = controlShare(sample);
  if (controls > maxControlShare) {
    return { kind: 'binary', reason: `contains control bytes (${describeShare(controls)} of the first ${sample.length} bytes)` };
  }
  if (mostlyUtf8) return decoded(bytes, 'utf-8', false, utf8.invalid === 0);
  return decodeLegacy(bytes, sample);
}

function decoded(bytes: Uint8Array, encoding: string, bom: boolean, confident: boolean): DecodedText {
  // TextDecoder drops a BOM of its own encoding unless told otherwise; strip nothing else.
  const text = new TextDecoder(encoding, { ignoreBOM: !bom }).decode(bytes);
  return { kind: 'text', text, encoding, bom, confident };
}

function canonicalLabel(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // The WHATWG "gbk" decoder is the GB18030 decoder; report the name of what is decoded.
    return encoding === 'gbk' ? 'gb18030' : encoding;
  } catch {
    return null;
  }
}

function detectBom(bytes: Uint8Array): { encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  return null;
}

function describeShare(share: number): string {
  return `${(share * 100).toFixed(share < 0.01 ? 2 : 0)}%`;
}

/**
 * The UTF-16 byte order under which the sample reads as text, if either does. The NUL bytes of
 * ASCII characters point to one order, but CJK text has NULs of its own (U+3000, U+4E00), so the
 * readings themselves decide when the parity is mixed.
 */
function likelierUtf16(sample: Uint8Array, parityHint: 'utf-16le' | 'utf-16be' | null): 'utf-16le' | 'utf-16be' | null {
  const littleEndian = textualShare(sample, 'utf-16le');
  const bigEndian = textualShare(sample, 'utf-16be');
  const best = littleEndian > bigEndian || (littleEndian === bigEndian && parityHint !== 'utf-16be') ? 'utf-16le' : 'utf-16be';
  return Math.max(littleEndian, bigEndian) >= minNulUtf16TextualShare ? best : null;
}

/** Share of NUL bytes, and the UTF-16 byte order their positions suggest. */
function nulPattern(sample: Uint8Array): { share: number; encoding: 'utf-16le' | 'utf-16be' | null } {
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  }
  const total = even + odd;
  if (total === 0) return { share: 0, encoding: null };
  let encoding: 'utf-16le' | 'utf-16be' | null = null;
  if (odd >= total * minNulParityShare) encoding = 'utf-16le';
  else if (even >= total * minNulParityShare) encoding = 'utf-16be';
  return { share: total / sample.length, encoding };
}

function controlShare(sample: Uint8Array): number {
  let controls = 0;
  for (const byte of sample) {
    // Tab, line feed, form feed, carriage return and escape occur in text files.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) controls += 1;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** Share of the sample's UTF-16 code units that look like text: ASCII, CJK, CJK punctuation, full-width forms. */
function textualShare(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  let textual = 0;
  const units = Math.floor(sample.length / 2);
  for (let index = 0; index + 1 < sample.length; index += 2) {
    const unit = encoding === 'utf-16le' ? sample[index]! | (sample[index + 1]! << 8) : (sample[index]! << 8) | sample[index + 1]!;
    const isText =
      (unit >= 0x20 && unit < 0x7f) ||
      unit === 0x09 ||
      unit === 0x0a ||
      unit === 0x0d ||
      (unit >= 0x4e00 && unit <= 0x9fff) ||
      (unit >= 0x3000 && unit <= 0x303f) ||
      (unit >= 0xff00 && unit <= 0xffef) ||
      (unit >= 0x2000 && unit <= 0x206f);
    if (isText) textual += 1;
  }
  return units === 0 ? 0 : textual / units;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and invalid bytes. A sequence cut off by the end
 * of a truncated sample is not held against the encoding.
 */
function utf8Validity(sample: Uint8Array, truncated: boolean): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  let index = 0;
  while (index < sample.length) {
    const byte = sample[index]!;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid += 1;
      index += 1;
      continue;
    }
    if (index + length > sample.length && truncated) break;
    let valid = index + length <= sample.length;
    for (let offset = 1; valid && offset < length; offset++) {
      const continuation = sample[index + offset]!;
      valid = continuation >= 0x80 && continuation <= 0xbf;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = sample[index + 1] ?? 0;
    if (valid && byte === 0xe0 && second < 0xa0) valid = false;
    if (valid && byte === 0xed && second > 0x9f) valid = false;
    if (valid && byte === 0xf0 && second < 0x90) valid = false;
    if (valid && byte === 0xf4 && second > 0x8f) valid = false;
    if (valid) {
      multiByte += 1;
      index += length;
    } else {
      invalid += 1;
      index += 1;
    }
  }
  return { multiByte, invalid };
}

interface LegacyReading {
  encoding: 'gb18030' | 'big5';
  /** Share of common characters among the non-ASCII characters, less the broken ones. */
  plausibility: number;
  cjk: number;
}

/**
 * Chooses between GB18030 and Big5 by decoding the sample both ways: the right decoding is made of
 * common characters, the wrong one of rare characters, kana, private-use characters and U+FFFD.
 */
function decodeLegacy(bytes: Uint8Array, sample: Uint8Array): DecodedText {
  const readings = (['gb18030', 'big5'] as const).map((encoding) => legacyReading(sample, encoding));
  readings.sort((a, b) => b.plausibility - a.plausibility);
  const [best, runnerUp] = readings as [LegacyReading, LegacyReading];
  const confident = best.cjk >= minCjkForConfidence && best.plausibility - runnerUp.plausibility >= minPlausibilityMargin && best.plausibility > 0.7;
  return decoded(bytes, best.encoding, false, confident);
}

function legacyReading(sample: Uint8Array, encoding: 'gb18030' | 'big5'): LegacyReading {
  const { common } = gbkTables();
  // Trim an incomplete trailing sequence off the sample so that it does not count as broken.
  const text = new TextDecoder(encoding).decode(sample.subarray(0, lastCompleteBoundary(sample)));
  let nonAscii = 0;
  let good = 0;
  let cjk = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    nonAscii += 1;
    if (code >= 0x4e00 && code <= 0x9fff) cjk += 1;
    if (common[code] === 1) good += 1;
  }
  return { encoding, plausibility: nonAscii === 0 ? 0 : good / nonAscii, cjk };
}

/** The sample length less a trailing run of up to four non-ASCII bytes that may be a cut-off character. */
function lastCompleteBoundary(sample: Uint8Array): number {
  let end = sample.length;
  while (end > 0 && sample.length - end < 4 && sample[end - 1]! >= 0x80) end -= 1;
  return end > 0 ? end : sample.length;
}
