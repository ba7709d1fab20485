/**
 * Lookup tables for reasoning about GBK byte framing, built once from the platform's own
 * decoders (TextDecoder 'gbk' and 'big5') so that no code table has to ship with the core.
 */

/** Packs a two-byte sequence into one number: lead byte in the high half. */
export function packPair(lead: number, trail: number): number {
  return (lead << 8) | trail;
}

export function isGbkLead(byte: number): boolean {
  return byte >= 0x81 && byte <= 0xfe;
}

export function isGbkTrail(byte: number): boolean {
  return byte >= 0x40 && byte <= 0xfe && byte !== 0x7f;
}

export function isPrivateUse(codePoint: number): boolean {
  return codePoint >= 0xe000 && codePoint <= 0xf8ff;
}

export interface GbkTables {
  /** Code point of each two-byte GBK sequence (index: packed pair), 0 where the pair is invalid. */
  readonly decodePair: Uint16Array;
  /** Packed two-byte GBK sequence of each BMP code point (private-use ones included), 0 where there is none. */
  readonly encodeChar: Uint16Array;
  /**
   * 1 for characters of everyday running text: GB2312 level 1 (the 3,755 common simplified
   * characters), Big5 level 1 (the 5,401 common traditional characters) and CJK punctuation.
   */
  readonly common: Uint8Array;
  /**
   * Two-byte sequences that decode to private-use characters. Documents usually lose those
   * characters (cleaners strip them), so such a pair may be hidden between two visible characters.
   */
  readonly invisiblePairs: readonly number[];
  /** The same pairs grouped by lead byte: lead → trails. */
  readonly invisiblePairsByLead: ReadonlyMap<number, readonly number[]>;
  /** The keys of {@link invisiblePairsByLead} and their trail lists, in the map's order, as arrays for the search's inner loops. */
  readonly hiddenLeads: readonly number[];
  readonly hiddenTrailsOfLead: readonly (readonly number[])[];
  /** Every trail byte of {@link hiddenTrailsOfLead}, once. */
  readonly hiddenTrails: readonly number[];
}

let cached: GbkTables | undefined;

export function gbkTables(): GbkTables {
  cached ??= buildTables();
  return cached;
}

/**
 * Decodes every listed pair in one call: each pair is followed by a line feed, which keeps the
 * framing of the decoder aligned whatever the pair decodes to.
 */
function decodePairs(label: string, pairs: readonly number[]): string[] {
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach((pair, index) => {
    bytes[index * 3] = pair >> 8;
    bytes[index * 3 + 1] = pair & 0xff;
    bytes[index * 3 + 2] = 0x0a;
  });
  return new TextDecoder(label).decode(bytes).split('\n');
}

function singleCodePoint(decoded: string | undefined): number {
  if (decoded === undefined || decoded.length !== 1) return 0;
  const codePoint = decoded.charCodeAt(0);
  return codePoint === 0xfffd ? 0 : codePoint;
}

function pairsInRange(firstLead: number, lastLead: number, accepts: (trail: number) => boolean): number[] {
  const pairs: number[] = [];
  for (let lead = firstLead; lead <= lastLead; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (accepts(trail)) pairs.push(packPair(lead, trail));
    }
  }
  return pairs;
}

function buildTables(): GbkTables {
  const decodePair = new Uint16Array(0x10000);
  const encodeChar = new Uint16Array(0x10000);
  const invisiblePairs: number[] = [];
  const allPairs = pairsInRange(0x81, 0xfe, isGbkTrail);
  const decoded = decodePairs('gbk', allPairs);
  allPairs.forEach((pair, index) => {
    const codePoint = singleCodePoint(decoded[index]);
    if (codePoint === 0) return;
    decodePair[pair] = codePoint;
    if (isPrivateUse(codePoint)) invisiblePairs.push(pair);
    if (encodeChar[codePoint] === 0) encodeChar[codePoint] = pair;
  });

  const common = new Uint8Array(0x10000);
  const markCommon = (codePoint: number) => {
    if (codePoint !== 0 && !isPrivateUse(codePoint)) common[codePoint] = 1;
  };
  const inclusive = (low: number, high: number) => (trail: number) => trail >= low && trail <= high;
  // GBK row A1 holds CJK punctuation (。、“”《》…), row A3 the full-width ASCII forms.
  for (const pair of pairsInRange(0xa1, 0xa1, inclusive(0xa1, 0xfe))) markCommon(decodePair[pair]!);
  for (const pair of pairsInRange(0xa3, 0xa3, inclusive(0xa1, 0xfe))) markCommon(decodePair[pair]!);
  for (const pair of pairsInRange(0xb0, 0xd7, inclusive(0xa1, 0xfe))) markCommon(decodePair[pair]!);
  const big5Common = pairsInRange(0xa4, 0xc6, (trail) => inclusive(0x40, 0x7e)(trail) || inclusive(0xa1, 0xfe)(trail))
    .filter((pair) => pair <= 0xc67e);
  decodePairs('big5', big5Common).forEach((text) => markCommon(singleCodePoint(text)));

  const invisiblePairsByLead = new Map<number, number[]>();
  for (const pair of invisiblePairs) {
    const trails = invisiblePairsByLead.get(pair >> 8) ?? [];
    trails.push(pair & 0xff);
    invisiblePairsByLead.set(pair >> 8, trails);
  }
  const hiddenTrailsOfLead = [...invisiblePairsByLead.values()];
  const hiddenTrails = [...new Set(hiddenTrailsOfLead.flat())];
  return { decodePair, encodeChar, common, invisiblePairs, invisiblePairsByLead, hiddenLeads: [...invisiblePairsByLead.keys()], hiddenTrailsOfLead, hiddenTrails };
}
