/**
 * A small language model of one document: character and character-pair counts of the text outside
 * the suspect regions, interpolated with a prior that knows which characters are common at all.
 * It answers "how likely is this character after that one here", in natural-log units, which lets
 * the repair prefer words the document already uses (科技, 規模, 方式 …) and reject readings made
 * of rare characters.
 */
import { gbkTables } from './mojibakeTables';

/**
 * Weight, in characters, of the prior against the document's own counts: large enough that a
 * common character the document happens not to use stays far likelier than a rare one.
 */
const priorWeight = 2000;
/** Share of the pair estimate against the single-character estimate where the first character is known. */
const pairWeight = 0.5;
const logUnseenPairShare = Math.log(1 - pairWeight);
// Shares of running text: common characters and punctuation carry almost all of it.
const commonShare = 0.9 / 8000;
const asciiShare = 0.02 / 95;
const rareShare = 0.01 / 25000;

/**
 * Exact counts of character pairs in an open-addressing table: compact even for large documents.
 * One table serves every model in turn ({@link DocumentCharacterModel} clears it): it keeps the size
 * the largest document needed, so that no later document allocates or grows it again.
 */
class PairCounts {
  // A slot holds the pair's key plus one, so that 0 marks an empty slot.
  private keys = new Uint32Array(1 << 12);
  private counts = new Uint32Array(1 << 12);
  /** 32 minus the table's bits: the product's high bits index a slot. */
  private shift = 32 - 12;
  private used = 0;

  private static keyOf(first: number, second: number): number {
    return ((first << 16) | second) >>> 0;
  }

  clear(): void {
    if (this.used === 0) return;
    this.keys.fill(0);
    this.counts.fill(0);
    this.used = 0;
  }

  private slotOf(stored: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing takes the product's high bits: its low bits depend only on the key's low
    // bits (the second character), which would put every pair ending in 的 on one probe chain.
    let slot = Math.imul(stored, 0x9e3779b1) >>> this.shift;
    for (; this.keys[slot] !== 0 && this.keys[slot] !== stored; slot = (slot + 1) & mask);
    return slot;
  }

  add(first: number, second: number): void {
    const key = PairCounts.keyOf(first, second);
    if (key === 0xffffffff) return;
    const slot = this.slotOf(key + 1);
    this.counts[slot]! += 1;
    if (this.keys[slot] === 0) {
      this.keys[slot] = key + 1;
      this.used += 1;
      if (this.used * 2 > this.keys.length) this.grow();
    }
  }

  get(first: number, second: number): number {
    const key = PairCounts.keyOf(first, second);
    if (key === 0xffffffff) return 0;
    return this.counts[this.slotOf(key + 1)]!;
  }

  /** Fills `max` (zeroed) with the largest count of a pair each first character starts (0 when it starts none). */
  maxCountByFirst(max: Uint32Array): void {
    const { keys, counts } = this;
    for (let slot = 0; slot < keys.length; slot++) {
      const stored = keys[slot]!;
      if (stored === 0) continue;
      const first = (stored - 1) >>> 16;
      if (counts[slot]! > max[first]!) max[first] = counts[slot]!;
    }
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.shift -= 1;
    keys.forEach((stored, index) => {
      if (stored === 0) return;
      const slot = this.slotOf(stored);
      this.keys[slot] = stored;
      this.counts[slot] = counts[index]!;
    });
  }
}

/**
 * The tables behind a model, allocated once and cleared for each new model: a document with
 * suspect text would otherwise allocate (and leave the collector) a megabyte and more of them.
 * Only the newest model may be asked anything; detectMojibake makes one per call and keeps none.
 */
const shared = {
  charCounts: new Uint32Array(0x10000),
  pairCounts: new PairCounts(),
  unigramCache: new Float64Array(0x10000),
  maxPairAfter: new Uint32Array(0x10000),
};

export class DocumentCharacterModel {
  private readonly charCounts = shared.charCounts.fill(0);
  private readonly pairCounts = shared.pairCounts;
  private readonly common = gbkTables().common;
  private total = 0;
  // Log-probabilities are asked for the same characters again and again while repairing.
  private readonly unigramCache = shared.unigramCache.fill(Number.NaN);
  /** Per first character, the largest count of a pair it starts; built on first use, after counting. */
  private maxPairAfter: Uint32Array | undefined;

  /**
   * Counts the text outside the given regions (sorted, non-overlapping spans of suspect text).
   * In a document whose full-width forms were folded to ASCII, a full-width form counts as its ASCII twin.
   */
  constructor(
    text: string,
    excluded: readonly { start: number; end: number }[],
    private readonly foldedFullWidth: boolean,
  ) {
    this.pairCounts.clear();
    const { charCounts, pairCounts } = this;
    let position = 0;
    for (const region of [...excluded, { start: text.length, end: text.length }]) {
      let previous = -1;
      for (let index = position; index < region.start; index++) {
        const code = text.charCodeAt(index);
        charCounts[code]! += 1;
        // Pairs of ASCII characters tell nothing about GBK framing; leaving them out saves time.
        if (previous >= 0 && (previous >= 0x80 || code >= 0x80)) pairCounts.add(previous, code);
        previous = code;
      }
      this.total += Math.max(0, region.start - position);
      position = Math.max(position, region.end);
    }
  }

  private counted(code: number): number {
    return this.foldedFullWidth && code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  }

  count(code: number): number {
    return this.charCounts[this.counted(code)]!;
  }

  isCommon(code: number): boolean {
    return this.common[code] === 1;
  }

  private prior(code: number): number {
    if (code >= 0x20 && code < 0x7f) return asciiShare;
    return this.common[code] === 1 ? commonShare : rareShare;
  }

  /** The probability of a character on its own: what {@link logUnigram} is the logarithm of. */
  probability(code: number): number {
    return (this.count(code) + priorWeight * this.prior(this.counted(code))) / (this.total + priorWeight);
  }

  /** Log-probability of a character on its own. */
  logUnigram(code: number): number {
    let cached = this.unigramCache[code]!;
    if (Number.isNaN(cached)) {
      cached = Math.log(this.probability(code));
      this.unigramCache[code] = cached;
    }
    return cached;
  }

  /** Log-probability of a character right after another (0 as `previous` means no context). */
  logBigram(previous: number, code: number): number {
    if (previous === 0) return this.logUnigram(code);
    const first = this.counted(previous);
    const firstCount = this.charCounts[first]!;
    if (firstCount === 0 || (first < 0x80 && this.counted(code) < 0x80)) return this.logUnigram(code);
    // Most characters start no counted pair at all: the table says so without a hash look-up.
    const pair = this.maxPairCountAfter(first) === 0 ? 0 : this.pairCounts.get(first, this.counted(code));
    if (pair === 0) return logUnseenPairShare + this.logUnigram(code);
    return Math.log(pairWeight * (pair / firstCount) + (1 - pairWeight) * this.probability(code));
  }

  /**
   * An upper bound of {@link logBigram}(previous, c) over every character c whose
   * {@link logUnigram} is at most `maxLogUnigram`: lets a search skip readings that cannot rank.
   */
  logBigramBound(previous: number, maxLogUnigram: number): number {
    if (previous === 0) return maxLogUnigram;
    const first = this.counted(previous);
    const firstCount = this.charCounts[first]!;
    const maxPair = firstCount === 0 ? 0 : this.maxPairCountAfter(first);
    if (maxPair === 0) return maxLogUnigram;
    return Math.max(maxLogUnigram, Math.log(pairWeight * (maxPair / firstCount) + (1 - pairWeight) * Math.exp(maxLogUnigram)));
  }

  /**
   * The largest share a counted pair after the character adds to {@link logBigram}'s estimate
   * (pair weight × largest pair count ÷ its count); 0 when it starts none.
   */
  pairShareBound(previous: number): number {
    if (previous === 0) return 0;
    const first = this.counted(previous);
    const firstCount = this.charCounts[first]!;
    const maxPair = firstCount === 0 ? 0 : this.maxPairCountAfter(first);
    return maxPair === 0 ? 0 : pairWeight * (maxPair / firstCount);
  }

  /**
   * An upper bound of exp({@link logBigram}(previous, c)) for a character c of the given
   * {@link probability}, where `share` is the {@link pairShareBound} of `previous`: no logarithm and no look-up.
   */
  static bigramProbabilityBound(share: number, probability: number): number {
    return Math.max(probability, share + (1 - pairWeight) * probability);
  }

  /** How often the document uses the two characters side by side (outside the suspect regions). */
  pairCount(previous: number, code: number): number {
    if (previous === 0) return 0;
    const first = this.counted(previous);
    return this.maxPairCountAfter(first) === 0 ? 0 : this.pairCounts.get(first, this.counted(code));
  }

  /** The largest count of any pair the character starts (folded like the counts); 0 when it starts none. */
  maxPairCountAfter(previous: number): number {
    if (!this.maxPairAfter) {
      this.maxPairAfter = shared.maxPairAfter.fill(0);
      this.pairCounts.maxCountByFirst(this.maxPairAfter);
    }
    return this.maxPairAfter[this.counted(previous)]!;
  }
}
