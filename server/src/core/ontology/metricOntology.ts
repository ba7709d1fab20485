/**
 * The metric ontology at run time: the built-in concepts, the corpus's own concepts and its legacy
 * metric aliases, indexed once per configuration so that looking up or finding a concept costs time
 * in proportion to the phrase, never to the size of the ontology.
 */
import { concepts as builtinConcepts, generalAliases } from './concepts';
import type { ConceptKind, MetricConcept, UnitFamily } from './kinds';
import {
  chineseForm,
  cleanChinesePhrase,
  englishForm,
  isEnglishPhrase,
  leadingNoiseEn,
  simplify,
  stripChinese,
  stripWords,
  trailingNoiseEn,
  trailingNoiseZh,
} from './phrases';

/** A concept as the corpus config declares it (the `metrics` field of fincorpus.json). */
export interface UserConcept {
  id: string;
  kind: ConceptKind;
  labels?: { zhHans?: string; zhHant?: string; en?: string };
  /** Chinese or English phrasings; each is taken from any built-in concept that had it. */
  aliases: readonly string[];
  units?: readonly UnitFamily[];
  cumulative?: boolean;
}

export interface ConceptMatch {
  concept: MetricConcept;
  /** Offsets into the phrase given to {@link MetricOntology.find}. */
  start: number;
  end: number;
}

/**
 * Words after a Chinese concept name that measure it without changing it: 个人贷款余额 is 个人贷款,
 * 个人客户数 is 个人客户. Money words follow money concepts, counting words count concepts.
 */
const measureWords: Readonly<Partial<Record<UnitFamily, readonly string[]>>> = {
  money: ['余额', '总额', '金额', '规模', '总量'],
  count: ['数量', '总数', '人数', '户数', '数'],
};

/** Units a user concept may take when its declaration names none. */
const defaultUnits: Readonly<Record<ConceptKind, UnitFamily[]>> = {
  flow: ['money', 'count', 'other'],
  stock: ['money', 'count', 'other'],
  ratio: ['percent', 'multiple'],
  count: ['count'],
};

/**
 * The kind of a legacy alias group (`metricAliases`), which declares none: a rate or share is a ratio,
 * a number of customers or things a count, an increase or a sum over a period a flow, anything else a
 * balance at a moment.
 */
function guessKind(id: string): ConceptKind {
  if (/(?:率|比|占比|比重|比例|ratio|rate|share|margin)$/i.test(id)) return 'ratio';
  if (/(?:数|数量|客户|用户|人数|户数|家数|笔数|customers|users|clients|employees)$/i.test(id)) return 'count';
  if (/(?:新增|增加|增量|发放|放款|收入|利润|支出|费用|交易额|金额|income|revenue|profit|disbursed)/i.test(id)) return 'flow';
  return 'stock';
}

/** Curly apostrophes as straight ones, so that shareholders’ equity is an English phrase. */
function straightQuotes(phrase: string): string {
  return phrase.replace(/[‘’]/g, "'");
}

/** The lookup form of an alias, Chinese or English. */
function formOf(phrase: string): string {
  const straight = straightQuotes(phrase);
  return isEnglishPhrase(straight) ? englishForm(straight) : chineseForm(straight);
}

/**
 * The forms under which an alias is found inside longer text: its lookup form and, for Chinese, the
 * cleaned form as written (归属于母公司股东净利润, whose lookup form is 归母净利润).
 */
function textFormsOf(phrase: string): string[] {
  const form = formOf(phrase);
  const straight = straightQuotes(phrase);
  if (isEnglishPhrase(straight)) return [form];
  const written = cleanChinesePhrase(straight).toLowerCase();
  return written === form || written.length === 0 ? [form] : [form, written];
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Characters the trie walk passes over inside a name: 的 (归属于母公司股东的净利润), quotation marks, apostrophes. */
function isTransparentCode(code: number): boolean {
  return code === 0x7684 || code === 0x27 || code === 0x2019 || code === 0x201c || code === 0x201d || code === 0x22;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0;
}

const spaceCode = 0x20;

/** One code unit of a phrase as the trie knows it: ASCII in lower case, hyphens and dashes as spaces. */
function trieCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x2d || code === 0x2010 || code === 0x2013 || code === 0x2014) return spaceCode;
  return code;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The concept whose alias ends here, and whether that alias is one of the deliberately general ones. */
  concept?: MetricConcept;
  general?: boolean;
}

function newNode(): TrieNode {
  return { next: new Map() };
}

/** A concept while the constructor gathers its declarations (its arrays are copies, free to grow). */
type Draft = MetricConcept;

export class MetricOntology {
  private readonly byId = new Map<string, MetricConcept>();
  private readonly byForm = new Map<string, MetricConcept>();
  private readonly concepts: MetricConcept[];
  private readonly trie = newNode();
  /** Chinese forms reversed, for the longest alias a phrase ends with. */
  private readonly suffixTrie = newNode();

  constructor(
    userConcepts: readonly UserConcept[] = [],
    metricAliases: Readonly<Record<string, readonly string[]>> = {},
    base: readonly MetricConcept[] = builtinConcepts,
  ) {
    const drafts = new Map<string, Draft>();
    /** Lookup form → id of the concept that owns it; later declarations take forms from earlier ones. */
    const owners = new Map<string, string>();
    /** Forms of the text in which an alias is found by {@link find}, with the lookup form they stand for. */
    const written = new Map<string, string>();
    const claim = (alias: string, id: string) => {
      const [form, ...others] = textFormsOf(alias);
      if (!form) return;
      owners.set(form, id);
      for (const other of others) written.set(other, form);
    };
    for (const concept of base) {
      drafts.set(concept.id, { ...concept, labels: { ...concept.labels }, zh: [...concept.zh], en: [...concept.en], units: [...concept.units] });
      for (const alias of namesOf(concept)) claim(alias, concept.id);
    }
    const declare = (declared: UserConcept) => {
      const id = chineseOrEnglishId(declared.id);
      const existing = drafts.get(id);
      const zh = declared.aliases.filter((alias) => !isEnglishPhrase(alias));
      const english = declared.aliases.filter((alias) => isEnglishPhrase(alias));
      const en = english.map((alias) => alias.toLowerCase().replace(/\s+/g, ' ').trim());
      const draft: Draft = existing
        ? { ...existing, kind: declared.kind, zh: [...existing.zh, ...zh], en: [...existing.en, ...en], units: declared.units ? [...declared.units] : existing.units }
        : {
            id,
            kind: declared.kind,
            labels: { zhHans: id, zhHant: id, en: english[0]?.trim() ?? id },
            zh,
            en,
            units: declared.units ? [...declared.units] : [...defaultUnits[declared.kind]],
          };
      if (declared.labels) draft.labels = { ...draft.labels, ...Object.fromEntries(Object.entries(declared.labels).filter(([, value]) => value)) };
      if (declared.cumulative !== undefined) draft.cumulative = declared.cumulative;
      drafts.set(id, draft);
      for (const alias of [id, ...declared.aliases]) claim(alias, id);
    };
    // The short form first, so that a full declaration of the same concept refines it.
    for (const [key, phrases] of Object.entries(metricAliases)) {
      const renamed = owners.get(formOf(key));
      declare({ id: key, kind: (renamed ? drafts.get(renamed)?.kind : undefined) ?? guessKind(key), aliases: phrases });
    }
    for (const declared of userConcepts) declare(declared);

    // Aliases taken by a later declaration leave the concept that listed them.
    this.concepts = [...drafts.values()].map((draft) => {
      const concept: MetricConcept = {
        id: draft.id,
        kind: draft.kind,
        labels: draft.labels,
        zh: unique(draft.zh.filter((alias) => owners.get(formOf(alias)) === draft.id)),
        en: unique(draft.en.filter((alias) => owners.get(formOf(alias)) === draft.id)),
        units: unique(draft.units),
        ...(draft.cumulative ? { cumulative: true } : {}),
        ...(draft.timing ? { timing: draft.timing } : {}),
        ...(draft.nationwide ? { nationwide: true } : {}),
        ...(draft.publisher ? { publisher: draft.publisher } : {}),
      };
      return Object.freeze(concept);
    });
    for (const concept of this.concepts) this.byId.set(concept.id, concept);
    const generalForms = new Set([...generalAliases.zh, ...generalAliases.en].map(formOf));
    for (const [form, id] of owners) {
      const concept = this.byId.get(id)!;
      this.byForm.set(form, concept);
      const general = generalForms.has(form);
      this.insert(this.trie, form, concept, general);
      // A qualified count noun counts the qualified population (视障客户 → 视障客户数), but a general
      // amount names its concept only alone: 发放无纸化贷款 may be disbursed, not outstanding.
      const suffixable = !general || concept.kind === 'count';
      if (suffixable && !isEnglishPhrase(form) && form.length >= 2) this.insert(this.suffixTrie, form.split('').reverse().join(''), concept, false);
    }
    for (const [text, form] of written) {
      const concept = this.byForm.get(form);
      if (concept && !this.byForm.has(text)) this.insert(this.trie, text, concept, false);
    }
  }

  private insert(root: TrieNode, form: string, concept: MetricConcept, general: boolean): void {
    let node = root;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = newNode()));
      node = child;
    }
    node.concept = concept;
    node.general = general;
  }

  get(id: string): MetricConcept | null {
    return this.byId.get(id) ?? null;
  }

  all(): readonly MetricConcept[] {
    return this.concepts;
  }

  kindOf(id: string): ConceptKind | null {
    return this.byId.get(id)?.kind ?? null;
  }

  /** True when the key is a concept id or one of the phrasings {@link lookup} accepts. */
  isKnown(key: string): boolean {
    return this.lookup(key) !== null;
  }

  /** The concept whose id, label or alias is exactly this phrase in lookup form (no noise words stripped). */
  lookupExact(phrase: string): MetricConcept | null {
    return this.byForm.get(formOf(phrase.trim())) ?? null;
  }

  /**
   * The concept a whole phrase names: exactly, after the noise words at its ends (累计, 实现, the,
   * reached), or with a measuring word after the name (个人贷款余额, 个人客户数).
   */
  lookup(phrase: string): MetricConcept | null {
    const trimmed = straightQuotes(phrase.trim());
    if (trimmed.length === 0) return null;
    if (isEnglishPhrase(trimmed)) {
      const form = englishForm(trimmed.replace(/[.,;:!?]+$/, ''));
      const exact = this.byForm.get(form);
      if (exact) return exact;
      const words = form.split(' ');
      for (let from = 0; from < words.length; from++) {
        const kept = stripWords(words.slice(from), [], trailingNoiseEn);
        const found = kept.length > 0 ? this.byForm.get(kept.join(' ')) : undefined;
        if (found) return found;
        if (!leadingNoiseEn.includes(words[from]!)) break;
      }
      return null;
    }
    const form = chineseForm(trimmed);
    const candidates = [form, stripChinese(form)];
    if (form.includes('累计')) candidates.push(stripChinese(form.replace(/累计/g, '')));
    for (const candidate of candidates) {
      const found = this.byForm.get(candidate) ?? this.measured(candidate);
      if (found) return found;
    }
    return null;
  }

  /**
   * The concept of a phrase already in lookup form and stripped of noise words (as {@link chineseForm}
   * and the noise stripping leave it): exactly, or with a measuring word after the name.
   */
  lookupForm(form: string): MetricConcept | null {
    return this.byForm.get(form) ?? (isEnglishPhrase(form) ? null : this.measured(form));
  }

  /** A concept name followed by a word that measures it: 个人贷款余额 → 个人贷款. */
  private measured(form: string): MetricConcept | null {
    for (const [family, words] of Object.entries(measureWords) as [UnitFamily, readonly string[]][]) {
      for (const word of words) {
        if (!form.endsWith(word) || form.length <= word.length) continue;
        const concept = this.byForm.get(form.slice(0, form.length - word.length));
        if (concept && concept.kind !== 'ratio' && concept.units.includes(family)) return concept;
      }
    }
    return null;
  }

  /** The longest Chinese alias the lookup form ends with, shorter than the form itself (general amounts excepted). */
  longestSuffix(form: string): { concept: MetricConcept; length: number } | null {
    let best = this.longestAliasSuffix(form);
    // A measuring word extends the name before it (长三角地区个人住房贷款余额 ends with 个人住房贷款, not 贷款余额).
    for (const [family, words] of Object.entries(measureWords) as [UnitFamily, readonly string[]][]) {
      for (const word of words) {
        if (!form.endsWith(word)) continue;
        const named = this.longestAliasSuffix(form.slice(0, form.length - word.length));
        if (!named || named.concept.kind === 'ratio' || !named.concept.units.includes(family)) continue;
        const length = named.length + word.length;
        if (length < form.length && (!best || length > best.length)) best = { concept: named.concept, length };
      }
    }
    return best;
  }

  private longestAliasSuffix(form: string): { concept: MetricConcept; length: number } | null {
    let node = this.suffixTrie;
    let best: { concept: MetricConcept; length: number } | null = null;
    for (let i = form.length - 1; i > 0; i--) {
      const child = node.next.get(form.charCodeAt(i));
      if (!child) break;
      node = child;
      if (node.concept) best = { concept: node.concept, length: form.length - i };
    }
    return best;
  }

  /**
   * The concept named inside a longer phrase. Chinese puts the head noun last, so the match that
   * ends last wins, and of those the longest: in 截至报告期末的不良贷款率 that is 不良贷款率, in
   * 个人住房贷款余额 个人住房贷款 (a measuring word such as 余额 or 数 extends the name before it, so
   * 个人住房贷款余额 beats 贷款余额). English names a concept with a noun phrase that may be followed
   * by qualifiers (net profit attributable to shareholders of the bank), so the longest alias between
   * word boundaries wins, and of equal ones the last. General aliases (贷款, customers) count only as
   * the last word of a Chinese phrase (贷款利率 names no loan balance) and as the whole of an English one.
   */
  find(phrase: string): ConceptMatch | null {
    const text = simplify(phrase);
    const chinese = /[\u3400-\u9fff]/.test(text);
    const contentEnd = contentEndOf(text, chinese);
    // In Chinese a general word must end the phrase (该行贷款); in English it must be all of it (its loans),
    // since an English head may come first (loans to small businesses, customers served by branches).
    const contentStart = chinese ? text.length : englishContentStart(text);
    let best: ConceptMatch | null = null;
    const length = text.length;
    for (let start = 0; start < length; start++) {
      const first = text.charCodeAt(start);
      if (isAsciiAlnum(first) && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) continue;
      let node = this.trie.next.get(trieCode(first));
      // The walk from this start: 的 and quotation marks inside a name are passed over; spaces match the
      // space of an English alias, or vanish between Chinese characters (extracted text spaces them out).
      for (let i = start; node !== undefined; ) {
        const code = text.charCodeAt(i);
        if (node.concept && (!isAsciiAlnum(code) || i + 1 >= length || !isAsciiAlnum(text.charCodeAt(i + 1)))) {
          const end = isCjkCode(code) ? this.extendOverMeasureWord(text, i + 1, node.concept) : i + 1;
          const misplacedGeneral = node.general === true && (end < contentEnd || (!chinese && start > contentStart));
          if (!misplacedGeneral && (!best || better(start, end, best, chinese))) best = { concept: node.concept, start, end };
        }
        i++;
        while (i < length && isTransparentCode(text.charCodeAt(i))) i++;
        if (i >= length) break;
        if (isSpaceCode(text.charCodeAt(i))) {
          let after = i + 1;
          while (after < length && isSpaceCode(text.charCodeAt(after))) after++;
          if (after >= length) break;
          const spaced = node.next.get(spaceCode);
          if (spaced) node = spaced;
          else if (!isCjkCode(code)) break;
          i = after;
        }
        node = node.next.get(trieCode(text.charCodeAt(i)));
      }
    }
    return best;
  }

  private extendOverMeasureWord(text: string, end: number, concept: MetricConcept): number {
    if (concept.kind === 'ratio') return end;
    for (const family of concept.units) {
      for (const word of measureWords[family] ?? []) if (text.startsWith(word, end)) return end + word.length;
    }
    return end;
  }
}

function better(start: number, end: number, best: ConceptMatch, chinese: boolean): boolean {
  const length = end - start;
  const bestLength = best.end - best.start;
  if (chinese) return end > best.end || (end === best.end && length > bestLength);
  return length > bestLength || (length === bestLength && end > best.end);
}

/** Where an English phrase's content starts: after leading noise words (the, its, total). */
function englishContentStart(text: string): number {
  let start = 0;
  for (let match = /^\s*([A-Za-z]+)\s+/.exec(text); match && leadingNoiseEn.includes(match[1]!.toLowerCase()); ) {
    start += match[0].length;
    match = /^([A-Za-z]+)\s+/.exec(text.slice(start));
  }
  return start + (text.slice(start).length - text.slice(start).trimStart().length);
}

/** Where a phrase's content ends: before trailing spaces, punctuation and noise words (为, 达到, was, reached). */
function contentEndOf(text: string, chinese: boolean): number {
  let end = text.length;
  for (let changed = true; changed; ) {
    changed = false;
    while (end > 0 && /[\s\u3000,，。；;:：、.!?！？)）\]】"”']/.test(text[end - 1]!)) {
      end--;
      changed = true;
    }
    if (chinese) {
      const word = trailingNoiseZh.find((noise) => text.startsWith(noise, end - noise.length) && end > noise.length);
      if (word) {
        end -= word.length;
        changed = true;
      }
    } else {
      const match = /([A-Za-z]+)$/.exec(text.slice(0, end));
      if (match && trailingNoiseEn.includes(match[1]!.toLowerCase()) && match.index > 0) {
        end = match.index;
        changed = true;
      }
    }
  }
  return end;
}

function namesOf(concept: MetricConcept): string[] {
  return [concept.id, concept.labels.zhHans, concept.labels.zhHant, concept.labels.en, ...concept.zh, ...concept.en];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** A declared id as a key: Chinese ids simplified and cleaned like aliases, English ids kept as written. */
function chineseOrEnglishId(id: string): string {
  const trimmed = id.trim();
  return isEnglishPhrase(trimmed) ? trimmed : simplify(trimmed).replace(/\s+/g, '');
}
