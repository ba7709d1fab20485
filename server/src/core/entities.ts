import { throwIfCancelled, type CancellationToken } from './cancellation';
import type { LexiconEntry } from './config';
import { aliasGuards } from './lexicon';
import { classifyScripts, countScripts, toSimplifiedSameLength } from './textChinese';
import type { DocumentLanguage, ProductMention } from './types';
import type { ZoneMask } from './zoneMask';

interface Target {
  entry: LexiconEntry;
  /** The simplified form of the name that matched, used to look up guards. */
  name: string;
  /** Acronyms written in capitals (FATE, SAFE) only match in capitals, never the English word. */
  capitalsOnly: boolean;
  startsWithWordChar: boolean;
  endsWithWordChar: boolean;
}

interface TrieNode {
  children: Map<number, TrieNode>;
  targets: Target[] | null;
}

const SPACE = 0x20;
const CHECK_CANCELLATION_EVERY = 1 << 16;

function newNode(): TrieNode {
  return { children: new Map(), targets: null };
}

function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** Folds full-width ASCII to ASCII and Latin capitals to lower case; both keep the length. */
function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code;
}

function isWordCode(code: number): boolean {
  const folded = fold(code);
  return (folded >= 0x30 && folded <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
}

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

const BANK_SUFFIX = '银行';
/** 银行业 is the banking sector, unless 业 begins 业务 (business) or 业绩 (results). */
const SECTOR_CONTINUATIONS = '务绩';
/** 银行间 (interbank) and 银行家 (bankers) are not the bank either. */
const NOT_THE_BANK_AFTER = '间家';

const BRANCH_SUFFIXES = ['中心支行', '分行', '支行', '监管局', '监管分局', '营业管理部', '营业部', '分公司'];
/** Characters that end a place name: a branch suffix after them belongs to another phrase. */
const NOT_IN_PLACE_NAMES = new Set('的与和及或在向对为从了是将把被等其该此由于各并且而但也都已又行银旗下属子多家个总');
const MAX_PLACE_LENGTH = 6;
const MAX_EDITION_PREFIX = 5;

/** Matches lexicon entities (products, organisations, platforms) in simplified, traditional and English text. */
export class EntityMatcher {
  private readonly root: TrieNode = newNode();
  /**
   * 1 at every code unit whose folded form starts a name (full-width and capital forms included),
   * to skip most positions with one array read and no folding.
   */
  private readonly firstCodes = new Uint8Array(0x10000);

  constructor(readonly entries: readonly LexiconEntry[]) {
    for (const entry of entries) {
      const names = new Set<string>();
      for (const name of [entry.canonical, ...entry.aliases]) {
        const trimmed = name.trim();
        if (trimmed.length === 0) continue;
        names.add(trimmed);
        names.add(toSimplifiedSameLength(trimmed));
      }
      for (const name of names) this.add(name, entry);
    }
    // The table holds the folded first characters; every code unit that folds to one is marked too.
    for (let code = 0; code < 0x10000; code++) if (this.firstCodes[fold(code)] === 1) this.firstCodes[code] = 1;
  }

  private add(name: string, entry: LexiconEntry): void {
    let node = this.root;
    let previousWasSpace = false;
    for (let i = 0; i < name.length; i++) {
      let code = fold(name.charCodeAt(i));
      if (isInlineSpace(code)) {
        if (previousWasSpace) continue;
        code = SPACE;
        previousWasSpace = true;
      } else {
        previousWasSpace = false;
      }
      if (node === this.root) this.firstCodes[code] = 1;
      let child = node.children.get(code);
      if (!child) {
        child = newNode();
        node.children.set(code, child);
      }
      node = child;
    }
    const target: Target = {
      entry,
      name,
      capitalsOnly: /[A-Z]{2}/.test(name) && !/[a-z]/.test(name),
      startsWithWordChar: isWordCode(name.charCodeAt(0)),
      endsWithWordChar: isWordCode(name.charCodeAt(name.length - 1)),
    };
    node.targets ??= [];
    if (!node.targets.some((existing) => existing.entry === entry)) node.targets.push(target);
  }

  /** `language` is the text's {@link detectLanguage}, when the caller knows it already. */
  match(text: string, mask: ZoneMask, token: CancellationToken, language: DocumentLanguage = detectLanguage(text)): ProductMention[] {
    // Traditional text is read through a simplified copy of the same length, so offsets carry over.
    const search = language === 'zh-Hant' || language === 'mixed' ? toSimplifiedSameLength(text) : text;
    const mentions: ProductMention[] = [];
    for (let i = 0; i < search.length; i++) {
      if ((i & (CHECK_CANCELLATION_EVERY - 1)) === 0) throwIfCancelled(token);
      if (this.firstCodes[search.charCodeAt(i)] === 0) continue;
      if (mask.covers(i)) {
        i = mask.skip(i) - 1;
        continue;
      }
      const mention = this.longestAt(search, text, i, mask);
      if (mention) {
        mentions.push(mention);
        i = mention.end - 1;
      }
    }
    return mentions;
  }

  /** The longest acceptable name starting at `start`, with branch and edition extensions. */
  private longestAt(search: string, text: string, start: number, mask: ZoneMask): ProductMention | null {
    const candidates: { end: number; targets: Target[] }[] = [];
    let node = this.root;
    let position = start;
    while (position < search.length) {
      const code = search.charCodeAt(position);
      let next: TrieNode | undefined;
      if (isInlineSpace(code)) {
        next = node.children.get(SPACE);
        if (next) while (position < search.length && isInlineSpace(search.charCodeAt(position))) position++;
      } else {
        next = node.children.get(fold(code));
        if (next) position++;
      }
      if (!next) break;
      node = next;
      if (node.targets) candidates.push({ end: position, targets: node.targets });
    }
    for (let c = candidates.length - 1; c >= 0; c--) {
      const { end, targets } = candidates[c]!;
      if (mask.intersects(start, end)) continue;
      const target = targets.find((candidate) => this.accepts(candidate, search, text, start, end));
      if (target) return this.mention(target, search, text, start, end);
    }
    return null;
  }

  private accepts(target: Target, search: string, text: string, start: number, end: number): boolean {
    if (target.startsWithWordChar && start > 0 && isWordCode(search.charCodeAt(start - 1))) return false;
    if (target.endsWithWordChar && end < search.length && isWordCode(search.charCodeAt(end))) return false;
    if (target.capitalsOnly && /[a-z\uff41-\uff5a]/.test(text.slice(start, end))) return false;
    const before = start > 0 ? search[start - 1]! : '';
    const after = end < search.length ? search[end]! : '';
    const surface = search.slice(start, end);
    if (surface.endsWith(BANK_SUFFIX) || (surface.length === 2 && surface.endsWith('行'))) {
      if (after === '业' && !SECTOR_CONTINUATIONS.includes(search[end + 1] ?? '')) return false;
      if (after !== '' && NOT_THE_BANK_AFTER.includes(after) && surface.endsWith(BANK_SUFFIX)) return false;
      if (surface.length === 2 && after === '为') return false;
    }
    const guard = aliasGuards[toSimplifiedSameLength(surface)];
    if (guard) {
      if (before !== '' && guard.notAfter?.includes(before)) return false;
      if (after !== '' && guard.notBefore?.includes(after)) return false;
    }
    return true;
  }

  private mention(target: Target, search: string, text: string, start: number, end: number): ProductMention {
    const { entry } = target;
    const branchEnd = entry.kind === 'organisation' ? branchSuffixEnd(search, end) : null;
    if (branchEnd !== null) {
      // A branch or local office (工商银行深圳市分行) is its own organisation, owned by the bank.
      return {
        kind: 'product',
        start,
        end: branchEnd,
        text: text.slice(start, branchEnd),
        canonical: search.slice(start, branchEnd),
        entityKind: 'organisation',
        owner: entry.canonical,
      };
    }
    const editionEnd = entry.kind === 'product' || entry.kind === 'platform' ? editionSuffixEnd(search, end) : null;
    const finalEnd = editionEnd ?? end;
    return {
      kind: 'product',
      start,
      end: finalEnd,
      text: text.slice(start, finalEnd),
      canonical: entry.canonical,
      entityKind: entry.kind,
      owner: entry.owner ?? null,
    };
  }
}

/** The end of a branch name (深圳市分行, 深圳监管局) directly after an organisation, or null. */
function branchSuffixEnd(search: string, from: number): number | null {
  for (let length = 1; length <= MAX_PLACE_LENGTH; length++) {
    const char = search[from + length - 1];
    if (char === undefined || !isHanCode(char.charCodeAt(0)) || NOT_IN_PLACE_NAMES.has(char)) return null;
    for (const suffix of BRANCH_SUFFIXES) {
      if (search.startsWith(suffix, from + length)) return from + length + suffix.length;
    }
  }
  return null;
}

/** The end of an edition name (爸妈版, 无障碍版) directly after a product, or null. */
function editionSuffixEnd(search: string, from: number): number | null {
  for (let length = 1; length <= MAX_EDITION_PREFIX; length++) {
    const char = search[from + length - 1];
    if (char === undefined || !isHanCode(char.charCodeAt(0)) || NOT_IN_PLACE_NAMES.has(char)) return null;
    const versionAt = from + length;
    if (search[versionAt] === '版' && search[versionAt + 1] !== '本') return versionAt + 1;
  }
  return null;
}

/** Script of a document: traditional text is matched through a simplified copy. */
export function detectLanguage(text: string): DocumentLanguage {
  return classifyScripts(countScripts(text));
}
