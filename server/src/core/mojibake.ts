/**
 * Finds and repairs GBK text whose two-byte framing slipped by one byte.
 *
 * How such a stretch arises: one byte of a GBK file is replaced by "?" (or lost), so the decoder
 * pairs every following byte with the wrong partner — the trail byte of one character with the
 * lead byte of the next — and produces plausible-looking but meaningless characters, until a
 * byte in the ASCII range (the trail byte of a traditional character such as 業 = 98 49, or a
 * real ASCII character) puts the framing right again. Full-width forms decoded on the way
 * (！, ；, Ｙ from row A3) are often folded to ASCII afterwards, and private-use characters
 * decoded from user-defined pairs are often stripped, so the repair has to undo both.
 *
 * The repair re-encodes the stretch, shifts the framing back by one byte and, where a byte is
 * unknown or a stripped pair may hide, chooses the reading the document's own language model
 * makes most likely. Everything is linear in the length of the text: each suspect "?" reads at
 * most a bounded number of characters ahead.
 */
import { DocumentCharacterModel } from './mojibakeModel';
import { gbkTables, isGbkLead, isGbkTrail, isPrivateUse, packPair, type GbkTables } from './mojibakeTables';
import type { MojibakeStretch } from './types';

/** Marks a character whose bytes are lost for good. */
export const lostCharacter = '□';

const questionMark = 0x3f;
const replacementCharacter = 0xfffd;
const maxSlippedCharacters = 80;
/** Minimum advantage, in nats per character, of the repaired reading over the surface. */
const minGainPerCharacter = 1.5;
/** Minimum total advantage, in nats, so that a single lucky character makes no stretch. */
const minTotalGain = 2;
/** A U+FFFD where the run ends is evidence of broken decoding in itself. */
const replacementCharacterEvidence = 6;
const optionsKeptPerUnit = 12;
const ideographicFullStop = 0x3002;
/**
 * How much likelier 。 is than its document frequency says as the character whose lead byte was
 * replaced: the usual way these stretches arise is a 。 turned into "?".
 */
const fullStopLogOdds = 10;
/** Candidates kept for a lost lead byte in front of a stripped pair. */
const leadingGuessesPerHiddenLead = 3;
/** Log-odds that a stripped private-use pair hides at one joint. */
const invisiblePairLogOdds = Math.log(0.1 / 0.9);

type EndingKind = 'trail' | 'lost-trail' | 'resync-inside' | 'open';

interface Ending {
  /** Offset just after the stretch. */
  end: number;
  kind: EndingKind;
  /** How many re-encoded bytes of the slipped run belong to the stretch. */
  byteCount: number;
  /** The resynchronising ASCII byte for kind 'trail'. */
  trail: number;
  /** True when the stretch ends with U+FFFD. */
  replacement: boolean;
}

interface SlippedRun {
  start: number;
  /** The slipped characters re-encoded as GBK. */
  bytes: number[];
  endings: Ending[];
  /** Offset up to which the run was read. */
  reach: number;
}

/** One character of the original byte stream, or an ASCII byte; null marks a lost byte. */
interface Unit {
  lead: number | null;
  trail: number | null;
  /** True when the unit joins a slipped character to the next byte, where a stripped pair may hide. */
  mayHidePair: boolean;
}

interface Option {
  /** The characters this option reads; 0 stands for a character that cannot be read. */
  codes: number[];
  /** Log-probability of the option on its own: inner pair and corruption odds. */
  inner: number;
  /** True when the option guesses a lost byte. */
  guessed: boolean;
}

/** Stretches of GBK text decoded with slipped byte framing, with their likely original text. */
export function detectMojibake(text: string): MojibakeStretch[] {
  // Documents that had their full-width forms folded to ASCII show ！ as "!" inside stretches too.
  const foldedFullWidth = !/[\uff01-\uff5e]/.test(text);
  const runs: SlippedRun[] = [];
  for (let index = nextSuspect(text, 0); index >= 0; index = nextSuspect(text, index + 1)) {
    const run = scanSlippedRun(text, index, foldedFullWidth);
    if (run) runs.push(run);
  }
  if (runs.length === 0) return [];

  const suspectRegions = mergeRegions(runs.map((run) => ({ start: run.start, end: run.reach })));
  const model = new DocumentCharacterModel(text, suspectRegions, foldedFullWidth);
  const stretches: MojibakeStretch[] = [];
  let coveredUntil = 0;
  for (const run of runs) {
    if (run.start < coveredUntil) continue;
    const stretch = evaluateRun(text, run, model, foldedFullWidth);
    if (stretch) {
      stretches.push(stretch);
      coveredUntil = stretch.end;
    }
  }
  return stretches;
}

/** The text a quick fix puts in place of the stretch. */
export function repairMojibake(stretch: MojibakeStretch): string {
  return stretch.repaired;
}

function nextSuspect(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === questionMark || code === replacementCharacter) return index;
  }
  return -1;
}

function mergeRegions(regions: { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region.start <= last.end) last.end = Math.max(last.end, region.end);
    else merged.push({ ...region });
  }
  return merged;
}

/**
 * Reads the characters after a suspect "?" as a slipped run and lists where it could end:
 * at an ASCII character that can be a trail byte, at a "?" or U+FFFD standing for a lone lead
 * byte, or where a slipped character's own trail byte is in the ASCII range.
 */
function scanSlippedRun(text: string, start: number, foldedFullWidth: boolean): SlippedRun | null {
  const { encodeChar } = gbkTables();
  const bytes: number[] = [];
  const endings: Ending[] = [];
  let index = start + 1;
  const endHere = (end: number, kind: EndingKind, trail = -1) => {
    const replacement = text.charCodeAt(end - 1) === replacementCharacter;
    if (bytes.length >= 2 || (replacement && end === start + 2)) endings.push({ end, kind, byteCount: bytes.length, trail, replacement });
  };
  while (index < text.length && bytes.length < maxSlippedCharacters * 2) {
    const code = text.charCodeAt(index);
    if (code === replacementCharacter) {
      endHere(index + 1, 'lost-trail');
      break;
    }
    if (code >= 0x80) {
      const pair = encodeChar[code]!;
      if (pair === 0) break;
      bytes.push(pair >> 8, pair & 0xff);
      index += 1;
      if (!isGbkLead(pair & 0xff)) {
        endHere(index, 'resync-inside');
        break;
      }
      continue;
    }
    const printable = code >= 0x21 && code <= 0x7e;
    if (code >= 0x40 && code <= 0x7e) endHere(index + 1, 'trail', code);
    else if (code === questionMark) endHere(index + 1, 'lost-trail');
    // A later "?" is read as a folded ？ only right after the start ("??"): further on it more
    // likely ends the run, and reading on would make question-heavy text slow to scan.
    const foldedForm = foldedFullWidth && printable && (code !== questionMark || index === start + 1);
    if (!foldedForm) break;
    // Read on as if the character were a folded full-width form from GBK row A3.
    bytes.push(0xa3, code + 0x80);
    index += 1;
  }
  const last = endings[endings.length - 1];
  if (!last || last.byteCount < bytes.length) endHere(index, 'open');
  if (endings.length === 0) return null;
  return { start, bytes, endings, reach: Math.max(index, ...endings.map((ending) => ending.end)) };
}

/** The characters of the original byte stream: the slipped bytes with the framing shifted back. */
function unitsOf(run: SlippedRun, ending: Ending): Unit[] {
  const { bytes } = run;
  if (ending.byteCount === 0) return [{ lead: null, trail: null, mayHidePair: false }];
  const units: Unit[] = [{ lead: null, trail: bytes[0]!, mayHidePair: true }];
  for (let index = 1; index + 1 < ending.byteCount; index += 2) {
    units.push({ lead: bytes[index]!, trail: bytes[index + 1]!, mayHidePair: true });
  }
  units.push(finalUnit(run, ending));
  return units;
}

/** The last character: the last slipped byte with the resynchronising byte, or with a lost one. */
function finalUnit(run: SlippedRun, ending: Ending): Unit {
  const lastByte = run.bytes[ending.byteCount - 1]!;
  if (ending.kind === 'resync-inside') return { lead: null, trail: lastByte, mayHidePair: false };
  if (ending.kind === 'trail') return { lead: lastByte, trail: ending.trail, mayHidePair: true };
  return { lead: lastByte, trail: null, mayHidePair: false };
}

function isAsciiUnit(unit: Unit): boolean {
  return unit.lead === null && unit.trail !== null && unit.trail < 0x80;
}

function decodeUnit(tables: GbkTables, lead: number, trail: number): number {
  const code = tables.decodePair[packPair(lead, trail)]!;
  return code === 0 || isPrivateUse(code) ? 0 : code;
}

/** The character of a unit read directly, without guessing; 0 when it is unknown or invalid. */
function directCode(tables: GbkTables, unit: Unit): number {
  if (isAsciiUnit(unit)) return unit.trail!;
  if (unit.lead === null || unit.trail === null) return 0;
  return decodeUnit(tables, unit.lead, unit.trail);
}

/**
 * Running log-likelihood of a sequence of characters, restarting the context after an unknown
 * one (code 0): `score[i]` and `counted[i]` cover the first i characters.
 */
function prefixScores(codes: readonly number[], model: DocumentCharacterModel): { score: number[]; counted: number[] } {
  const score = [0];
  const counted = [0];
  let previous = 0;
  for (const code of codes) {
    const known = code !== 0;
    score.push(score[score.length - 1]! + (known ? model.logBigram(previous, code) : 0));
    counted.push(counted[counted.length - 1]! + (known ? 1 : 0));
    previous = code;
  }
  return { score, counted };
}

function surfaceCodes(text: string, from: number, to: number): number[] {
  const codes: number[] = [];
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    codes.push(code === replacementCharacter ? 0 : code);
  }
  return codes;
}

/**
 * Chooses where the stretch ends: the ending whose repaired reading gains most over the surface,
 * characters read directly. A character whose byte is lost counts for nothing, so guesses never
 * make a stretch. Prefix sums keep this linear in the length of the run.
 */
function bestEnding(text: string, run: SlippedRun, model: DocumentCharacterModel): { ending: Ending; gain: number } | null {
  const tables = gbkTables();
  const longest = run.endings[run.endings.length - 1]!;
  const middleCodes = unitsOf(run, longest)
    .slice(1, Math.max(1, longest.byteCount / 2))
    .map((unit) => directCode(tables, unit));
  const middle = prefixScores(middleCodes, model);
  const middleCjk = [0];
  for (const code of middleCodes) middleCjk.push(middleCjk[middleCjk.length - 1]! + (code >= 0x80 ? 1 : 0));
  const surfaceStart = run.start + 1;
  const surface = prefixScores(surfaceCodes(text, surfaceStart, run.reach), model);

  let best: { ending: Ending; gain: number } | null = null;
  for (const ending of run.endings) {
    const gain = endingGain(run, ending, { tables, model, middleCodes, middle, middleCjk, surface, surfaceStart });
    if (gain !== null && (!best || gain > best.gain)) best = { ending, gain };
  }
  return best;
}

interface GainContext {
  tables: GbkTables;
  model: DocumentCharacterModel;
  middleCodes: number[];
  middle: { score: number[]; counted: number[] };
  middleCjk: number[];
  surface: { score: number[]; counted: number[] };
  surfaceStart: number;
}

function endingGain(run: SlippedRun, ending: Ending, context: GainContext): number | null {
  const { tables, model, middleCodes, middle, middleCjk, surface, surfaceStart } = context;
  const evidence = ending.replacement ? replacementCharacterEvidence : 0;
  const middleCount = Math.max(0, ending.byteCount / 2 - 1);
  const finalCode = ending.byteCount > 0 ? directCode(tables, finalUnit(run, ending)) : 0;
  const readDirectly = middleCjk[middleCount]! + (finalCode >= 0x80 ? 1 : 0);
  if (readDirectly === 0) return evidence > 0 ? evidence : null;

  const previous = middleCount > 0 ? middleCodes[middleCount - 1]! : 0;
  const repairedScore = middle.score[middleCount]! + (finalCode !== 0 ? model.logBigram(previous, finalCode) : 0);
  const repairedCounted = middle.counted[middleCount]! + (finalCode !== 0 ? 1 : 0);
  // A lost trail byte leaves a "?" or U+FFFD on the surface that the repair replaces by a guess.
  const surfaceLength = (ending.kind === 'lost-trail' ? ending.end - 1 : ending.end) - surfaceStart;
  const surfaceScore = surface.score[surfaceLength]!;
  const surfaceCounted = Math.max(1, surface.counted[surfaceLength]!);
  const perCharacter = repairedScore / repairedCounted - surfaceScore / surfaceCounted;
  return perCharacter * repairedCounted + evidence;
}

function evaluateRun(text: string, run: SlippedRun, model: DocumentCharacterModel, foldedFullWidth: boolean): MojibakeStretch | null {
  const best = bestEnding(text, run, model);
  if (!best) return null;
  const units = unitsOf(run, best.ending);
  const needed = best.ending.replacement ? 0 : Math.max(minTotalGain, minGainPerCharacter * (units.length - 1));
  if (best.gain < needed) return null;
  const { codes, lost } = repairUnits(text, run.start, best.ending.end, units, model);
  let repaired = String.fromCharCode(...codes.map((code) => (code === 0 ? lostCharacter.charCodeAt(0) : code)));
  if (foldedFullWidth) repaired = foldFullWidth(repaired);
  return { start: run.start, end: best.ending.end, text: text.slice(run.start, best.ending.end), repaired, lost };
}

function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (form) => String.fromCharCode(form.charCodeAt(0) - 0xfee0));
}

/** Keeps the best few options by rank without sorting every candidate. */
class BestOptions {
  private readonly kept: { option: Option; rank: number }[] = [];

  constructor(private readonly capacity: number) {}

  /** The rank an offer must beat to be kept. */
  get threshold(): number {
    return this.kept.length < this.capacity ? -Infinity : this.kept[this.kept.length - 1]!.rank;
  }

  offer(codes: number[], inner: number, guessed: boolean, rank: number): void {
    if (rank <= this.threshold) return;
    if (this.kept.length === this.capacity) this.kept.pop();
    let index = this.kept.length;
    while (index > 0 && this.kept[index - 1]!.rank < rank) index -= 1;
    this.kept.splice(index, 0, { option: { codes, inner, guessed }, rank });
  }

  options(): Option[] {
    return this.kept.map((entry) => entry.option);
  }
}

/** The directly read characters next to a unit, which tell whether a restored pair fits in. */
interface Neighbours {
  previous: number;
  next: number;
}

function unitOptions(tables: GbkTables, unit: Unit, model: DocumentCharacterModel, neighbours: Neighbours): Option[] {
  if (isAsciiUnit(unit)) return [{ codes: [unit.trail!], inner: 0, guessed: false }];
  const best = new BestOptions(optionsKeptPerUnit);
  if (unit.lead === null || unit.trail === null) {
    offerGuesses(tables, unit, model, best);
    if (unit.lead === null && unit.trail !== null && unit.mayHidePair) offerHiddenLeadingPairs(tables, unit.trail, model, best);
  } else {
    const direct = decodeUnit(tables, unit.lead, unit.trail);
    if (direct !== 0) best.offer([direct], 0, false, model.logUnigram(direct));
    if (unit.mayHidePair) offerHiddenPairs(tables, unit.lead, unit.trail, direct, neighbours, model, best);
  }
  const options = best.options();
  return options.length > 0 ? options : [{ codes: [0], inner: 0, guessed: true }];
}

function offerGuesses(tables: GbkTables, unit: Unit, model: DocumentCharacterModel, best: BestOptions): void {
  if (unit.lead === null && unit.trail === null) return;
  for (let byte = 0x40; byte <= 0xfe; byte++) {
    let code = 0;
    if (unit.lead === null) code = isGbkLead(byte) ? decodeUnit(tables, byte, unit.trail!) : 0;
    else code = isGbkTrail(byte) ? decodeUnit(tables, unit.lead, byte) : 0;
    if (code !== 0) best.offer([code], 0, true, model.logUnigram(code));
  }
}

/**
 * Readings of the start of a stretch where the first slipped pair itself was stripped: the
 * character whose lead byte was lost ends with the stripped pair's first byte, and the next one
 * starts with its second byte. Common after 。 (A1 A3) in traditional text, whose characters often
 * have lead bytes 81–A0: A3 with such a byte is a user-defined pair.
 */
function offerHiddenLeadingPairs(tables: GbkTables, firstSlippedByte: number, model: DocumentCharacterModel, best: BestOptions): void {
  // The second character depends on the hidden trail byte only; the best bound of its likelihood
  // lets whole groups of readings that cannot rank go unscored.
  let maxSecondLog = -Infinity;
  for (const hiddenTrail of tables.hiddenTrails) {
    const second = decodeUnit(tables, hiddenTrail, firstSlippedByte);
    secondCodes[hiddenTrail] = second;
    if (second === 0) continue;
    maxSecondLog = Math.max(maxSecondLog, model.logUnigram(second));
    secondProbabilities[hiddenTrail] = model.probability(second);
  }
  if (maxSecondLog === -Infinity) return;
  const leadingByLead = leadingGuessesOf(tables, model);
  for (let leadIndex = 0; leadIndex < tables.hiddenLeads.length; leadIndex++) {
    const hiddenTrails = tables.hiddenTrailsOfLead[leadIndex]!;
    const candidates = leadingByLead[leadIndex]!;
    if (candidates.length === 0) continue;
    // Every reading of a first character ranks at most its bound: skip the ones the kept options beat.
    const threshold = best.threshold;
    const firsts = candidates.filter((first) => {
      const bonus = invisiblePairLogOdds + (first === ideographicFullStop ? fullStopLogOdds : 0);
      return model.logUnigram(first) + bonus + model.logBigramBound(first, maxSecondLog) + rankMargin > threshold;
    });
    if (firsts.length === 0) continue;
    const bounds = firsts.map((first) => new RankBound(model, first, model.logUnigram(first) + invisiblePairLogOdds + (first === ideographicFullStop ? fullStopLogOdds : 0)));
    for (const hiddenTrail of hiddenTrails) {
      const second = secondCodes[hiddenTrail]!;
      if (second === 0) continue;
      for (let f = 0; f < firsts.length; f++) {
        const first = firsts[f]!;
        if (bounds[f]!.cannotRank(secondProbabilities[hiddenTrail]!, best)) continue;
        const inner = model.logBigram(first, second) + invisiblePairLogOdds + (first === ideographicFullStop ? fullStopLogOdds : 0);
        best.offer([first, second], inner, true, model.logUnigram(first) + inner);
      }
    }
  }
}

/**
 * Whether a reading of two characters, the first given, can rank among the kept options: its rank is
 * `base` (what the first character adds) plus the log-likelihood of the second after it, which
 * {@link DocumentCharacterModel.bigramProbabilityBound} bounds without a look-up or a logarithm. The
 * kept options' threshold is turned into a probability once each time it changes.
 */
class RankBound {
  private readonly share: number;
  private thresholdSeen = Number.NaN;
  private limit = 0;

  constructor(
    model: DocumentCharacterModel,
    first: number,
    private readonly base: number,
  ) {
    this.share = model.pairShareBound(first);
  }

  /** True when no second character of this probability can make a reading the kept options take. */
  cannotRank(secondProbability: number, best: BestOptions): boolean {
    const threshold = best.threshold;
    if (threshold === -Infinity) return false;
    if (threshold !== this.thresholdSeen) {
      this.thresholdSeen = threshold;
      this.limit = Math.exp(threshold - this.base - rankMargin);
    }
    return DocumentCharacterModel.bigramProbabilityBound(this.share, secondProbability) <= this.limit;
  }
}

/** Slack for rounding when an upper bound is compared with a rank: a bound never prunes a reading that could rank. */
const rankMargin = 1e-6;

/** Per document model: the characters most likely to have lost their lead byte before each hidden lead byte (in the order of `hiddenLeads`). */
const leadingGuessesByModel = new WeakMap<DocumentCharacterModel, number[][]>();

function leadingGuessesOf(tables: GbkTables, model: DocumentCharacterModel): number[][] {
  let guesses = leadingGuessesByModel.get(model);
  if (!guesses) {
    guesses = tables.hiddenLeads.map((hiddenLead) => {
      const leading = new BestOptions(leadingGuessesPerHiddenLead);
      offerGuesses(tables, { lead: null, trail: hiddenLead, mayHidePair: false }, model, leading);
      return leading.options().map((option) => option.codes[0]!);
    });
    leadingGuessesByModel.set(model, guesses);
  }
  return guesses;
}

/**
 * Readings of a joint as two characters around a stripped private-use pair. Where the direct
 * reading is a common character, the restored characters must also fit the document: as a pair
 * it uses repeatedly, or each joined to its neighbour as elsewhere in the document. A stripped
 * pair is then the better explanation, not merely a possible one.
 */
function offerHiddenPairs(
  tables: GbkTables,
  lead: number,
  trail: number,
  direct: number,
  neighbours: Neighbours,
  model: DocumentCharacterModel,
  best: BestOptions,
): void {
  const directIsCommon = direct !== 0 && model.isCommon(direct);
  // The second character depends on the hidden trail byte only: read each once, into scratch tables
  // rather than a fresh map; whether it fits the next character is asked only where needed (unknownFit until then).
  let maxSecondLog = -Infinity;
  for (const hiddenTrail of tables.hiddenTrails) {
    const code = decodeUnit(tables, hiddenTrail, trail);
    secondCodes[hiddenTrail] = code;
    secondFitsNext[hiddenTrail] = unknownFit;
    if (code === 0) continue;
    maxSecondLog = Math.max(maxSecondLog, model.logUnigram(code));
    secondProbabilities[hiddenTrail] = model.probability(code);
  }
  if (maxSecondLog === -Infinity) return;
  for (let leadIndex = 0; leadIndex < tables.hiddenLeads.length; leadIndex++) {
    const hiddenTrails = tables.hiddenTrailsOfLead[leadIndex]!;
    const first = decodeUnit(tables, lead, tables.hiddenLeads[leadIndex]!);
    if (first === 0) continue;
    const firstScore = model.logUnigram(first);
    // Every reading with this first character ranks at most its bound: skip the lead when the kept options beat it.
    if (firstScore + invisiblePairLogOdds + model.logBigramBound(first, maxSecondLog) + rankMargin <= best.threshold) continue;
    // Where the direct reading is common, a restored pair needs support: both joints, or the pair
    // itself at least twice. A first character that starts no pair that often has none to offer
    // unless both joints fit. (The joints are looked up only where the direct reading is common.)
    const fitsPrevious = directIsCommon && model.pairCount(neighbours.previous, first) > 0;
    const pairSupport = model.maxPairCountAfter(first) >= 2;
    if (directIsCommon && !fitsPrevious && !pairSupport) continue;
    const bound = new RankBound(model, first, firstScore + invisiblePairLogOdds);
    for (const hiddenTrail of hiddenTrails) {
      const second = secondCodes[hiddenTrail]!;
      if (second === 0 || bound.cannotRank(secondProbabilities[hiddenTrail]!, best)) continue;
      if (directIsCommon) {
        if (fitsPrevious && secondFitsNext[hiddenTrail] === unknownFit) secondFitsNext[hiddenTrail] = model.pairCount(second, neighbours.next) > 0 ? 1 : 0;
        const fitsBoth = fitsPrevious && secondFitsNext[hiddenTrail] === 1;
        if (!fitsBoth && (!pairSupport || model.pairCount(first, second) < 2)) continue;
      }
      const inner = model.logBigram(first, second) + invisiblePairLogOdds;
      best.offer([first, second], inner, false, firstScore + inner);
    }
  }
}

// Scratch tables of offerHiddenPairs and offerHiddenLeadingPairs, indexed by the hidden trail byte: each
// call fills the slot of every hidden trail byte before it reads any, so that no call reads what another wrote.
const secondCodes = new Uint16Array(256);
const secondProbabilities = new Float64Array(256);
const secondFitsNext = new Uint8Array(256);
/** A slot of secondFitsNext not asked yet. */
const unknownFit = 2;

/**
 * Chooses one option per unit (Viterbi under the document's character-pair model, with the
 * characters around the stretch as context). A guess the document gives no support to becomes □.
 */
function repairUnits(
  text: string,
  start: number,
  end: number,
  units: Unit[],
  model: DocumentCharacterModel,
): { codes: number[]; lost: number } {
  const tables = gbkTables();
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  const directCodes = units.map((unit) => directCode(tables, unit));
  const optionsPerUnit = units.map((unit, index) =>
    unitOptions(tables, unit, model, {
      previous: index > 0 ? directCodes[index - 1]! : before,
      next: index + 1 < units.length ? directCodes[index + 1]! : after,
    }),
  );
  const transition = (previous: number, code: number) => (code === 0 ? -20 : model.logBigram(previous, code));

  let scores = optionsPerUnit[0]!.map((option) => option.inner + transition(before, option.codes[0]!));
  const backPointers: number[][] = [];
  for (let unitIndex = 1; unitIndex < optionsPerUnit.length; unitIndex++) {
    const previousOptions = optionsPerUnit[unitIndex - 1]!;
    const previousScores = scores;
    const pointers: number[] = [];
    scores = optionsPerUnit[unitIndex]!.map((option) => {
      let bestScore = -Infinity;
      let bestPrevious = 0;
      previousOptions.forEach((previous, previousIndex) => {
        const candidate = previousScores[previousIndex]! + transition(lastCode(previous), option.codes[0]!);
        if (candidate > bestScore) {
          bestScore = candidate;
          bestPrevious = previousIndex;
        }
      });
      pointers.push(bestPrevious);
      return bestScore + option.inner;
    });
    backPointers.push(pointers);
  }
  const lastOptions = optionsPerUnit[optionsPerUnit.length - 1]!;
  const finalScore = (index: number) => scores[index]! + (after === 0 ? 0 : transition(lastCode(lastOptions[index]!), after));
  let choice = 0;
  for (let index = 1; index < lastOptions.length; index++) if (finalScore(index) > finalScore(choice)) choice = index;
  const chosen: Option[] = [];
  for (let unitIndex = optionsPerUnit.length - 1; unitIndex >= 0; unitIndex--) {
    chosen.unshift(optionsPerUnit[unitIndex]![choice]!);
    if (unitIndex > 0) choice = backPointers[unitIndex - 1]![choice]!;
  }

  const codes: number[] = [];
  let lost = 0;
  chosen.forEach((option, index) => {
    const previous = index > 0 ? lastCode(chosen[index - 1]!) : before;
    const next = index + 1 < chosen.length ? chosen[index + 1]!.codes[0]! : after;
    for (const code of option.codes) {
      const readable = code !== 0 && (!option.guessed || isSupportedGuess(model, code, previous, next));
      codes.push(readable ? code : 0);
      if (!readable) lost += 1;
    }
  });
  return { codes, lost };
}

function lastCode(option: Option): number {
  return option.codes[option.codes.length - 1]!;
}

/** A guess stands when the document uses the character next to the same neighbour elsewhere, or uses it often. */
function isSupportedGuess(model: DocumentCharacterModel, code: number, previous: number, next: number): boolean {
  return model.pairCount(previous, code) > 0 || model.pairCount(code, next) > 0 || model.count(code) >= 3;
}
