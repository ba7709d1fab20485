/**
 * The normalisation of metric phrases to claim keys, on top of the metric ontology. A key is the id
 * of the concept a phrase names (the simplified Chinese canonical label, so that "net profit" and
 * 净利润 meet), or a short phrase kept as written when it names none.
 */
import type { CorpusConfig } from './config';
import { changeKinds, directionWords, growthNouns } from './ontology/concepts';
import type { MetricConcept } from './ontology/kinds';
import { MetricOntology } from './ontology/metricOntology';
import {
  attributableToOwners,
  groupPossessive,
  chineseForm,
  dividendPerShareWords,
  cleanChinesePhrase,
  englishForm,
  isEnglishPhrase,
  leadingNoiseEn,
  simplify,
  stripChinese,
  stripWords,
  trailingNoiseEn,
} from './ontology/phrases';

export { cleanChinesePhrase, simplify };

/**
 * Words after which an English phrase starts again: verbs of reporting and planning, conjunctions
 * (Huaxin Bank said total loans …; while its branch reported loans of …).
 */
const englishRestartWords = new Set([
  'said', 'says', 'say', 'reported', 'reports', 'report', 'announced', 'announces', 'posted', 'posts', 'recorded', 'records', 'disclosed',
  'while', 'whereas', 'but', 'which', 'that', 'plans', 'plan', 'planned', 'aims', 'aim', 'expects', 'expect', 'targets', 'intends',
  'lift', 'raise', 'boost', 'grow', 'its', 'their', 'whose', 'with', 'maintains', 'maintained', 'maintaining', 'kept', 'keeps', 'keeping',
  'showed', 'shows', 'showing', 'registering', 'registered', 'proposing', 'proposed', 'proposes', 'declared', 'declaring', 'declares', 'pay', 'pays', 'paid', 'paying', 'distribute', 'distributed', 'distributing',
]);

/** Words that measure a balance, before or after its name. */
const englishMeasureOf = /^(?:(?:outstanding|total)\s+)?(?:balance|stock|amount|scale|size|volume|level)\s+of\s+(?:the\s+)?/;
const englishMeasureAfter = /\s+(?:balance|balances|scale|size|outstanding)$/;

/** An aside between a metric and its verb, up to the last comma of the phrase. */
const englishAside = /,\s*(?:including|such as|excluding|mainly|primarily|notably|especially|particularly|in particular|chiefly|which (?:covers|includes|indicates|measures|refers to|comprises|consists of|represents))\b.*,/is;

/** ", or M2,": another name of the metric, between commas. */
const englishAppositive = /,\s*or\s+(?:the\s+)?([A-Za-z0-9][\w-]*(?:\s+[\w-]+){0,3}),/i;

/** How many keys a normaliser remembers the lookups of before it starts again. */
const maxCachedKeys = 20_000;
interface LookupCaches {
  known: Map<string, boolean>;
  concepts: Map<string, MetricConcept | null>;
}
const cachesByOntology = new WeakMap<object, LookupCaches>();

function lookupCaches(ontology: object): LookupCaches {
  let caches = cachesByOntology.get(ontology);
  if (!caches) cachesByOntology.set(ontology, (caches = { known: new Map(), concepts: new Map() }));
  return caches;
}

/** The key of a growth rate: a figure's change is stated as the metric's key followed by this one. */
const growthKey = '同比增长';

/**
 * Phrases that name a year-on-year growth rate (同比增长, 增速, year on year). A change downwards is the
 * same key: the figure's direction word carries the sign.
 */
const growthForms: ReadonlySet<string> = (() => {
  const yoy = changeKinds.find((kind) => kind.id === 'yoy')!;
  const downwards = directionWords.down.zh;
  const zh = [growthKey, ...growthNouns.zh, ...yoy.zh.filter((word) => /同比|增长|按年/.test(word) && !downwards.some((down) => word.includes(down)))];
  const en = [...growthNouns.en, ...yoy.en.filter((word) => /^(?:year|yoy|y-o-y)/.test(word))];
  return new Set([...zh.map(chineseForm), ...en.map(englishForm)]);
})();
const chineseGrowthForms = [...growthForms].filter((form) => !isEnglishPhrase(form) && form.length >= 2);

/**
 * Words after which a new predicate starts: 在金融、政务等各个领域落地应用 → 落地应用. A field or aspect ends the
 * scope only as a setting (在…领域, 等领域, 各方面): one that names what is measured (科技领域贷款) stays in the key.
 */
const scopeEnds = /^.*(?:(?:在|于|等|各|多个|众多|诸多)[^在于等各，,]*(?:领域|方面)|过程中|基础上|范围内|背景下|情况下)/;
/**
 * A region ends the scope only when it is a setting (在多个地区落地, 等地区): a region that names the
 * population of the metric (长三角地区贷款余额) restricts it, and stays in the key.
 */
const settingRegion = /^.*(?:在|等|各)[^在等各]*地区/;

function lastPredicate(phrase: string): string {
  const rest = phrase.replace(scopeEnds, '').replace(settingRegion, '');
  return rest.length > 0 ? rest : phrase;
}

/** Per-unit words (户均, 笔均 …) make an average of the metric after them, never noise. */
const perUnitEnd = /(?:户均|笔均|人均|单户|单笔|每户|每笔|每人|单账户)$/;
/** A running-total word inside a phrase (信用卡累计发卡量) is marked on the claim, not kept in the key. */
const innerCumulative = /累计|累積|累积/g;

/** One ontology per configuration: documents analysed with the same config share its indexes. */
const ontologies = new WeakMap<object, { metrics: unknown; ontology: MetricOntology }>();
let defaultOntology: MetricOntology | null = null;

type NormaliserConfig = Pick<CorpusConfig, 'metricAliases'> & Partial<Pick<CorpusConfig, 'metrics'>>;

function ontologyFor(config: NormaliserConfig): MetricOntology {
  const metrics = config.metrics ?? [];
  if (metrics.length === 0 && Object.keys(config.metricAliases).length === 0) return (defaultOntology ??= new MetricOntology());
  const cached = ontologies.get(config.metricAliases);
  if (cached && cached.metrics === config.metrics) return cached.ontology;
  const ontology = new MetricOntology(metrics, config.metricAliases);
  ontologies.set(config.metricAliases, { metrics: config.metrics, ontology });
  return ontology;
}

export class MetricNormaliser {
  readonly ontology: MetricOntology;

  // Keys repeat across the figures of a corpus: their lookups are remembered per ontology, up to a bound.
  private readonly caches: LookupCaches;

  constructor(config: NormaliserConfig) {
    this.ontology = ontologyFor(config);
    this.caches = lookupCaches(this.ontology);
  }

  /** True when a key is a concept id or exactly one of the phrasings of a concept (or of a growth rate). */
  isKnown(phrase: string): boolean {
    let known = this.caches.known.get(phrase);
    if (known === undefined) {
      known = this.keyOf(phrase) !== undefined;
      this.remember(this.caches.known, phrase, known);
    }
    return known;
  }

  /** The ontology concept of a key or of one of its exact phrasings, or null for a phrase-only key. */
  concept(key: string): MetricConcept | null {
    let concept = this.caches.concepts.get(key);
    if (concept === undefined) {
      concept = this.ontology.get(key) ?? this.ontology.lookupExact(key);
      this.remember(this.caches.concepts, key, concept);
    }
    return concept;
  }


  private remember<V>(cache: Map<string, V>, key: string, value: V): void {
    if (cache.size >= maxCachedKeys) cache.clear();
    cache.set(key, value);
  }

  private keyOf(phrase: string, measured = false): string | undefined {
    const trimmed = phrase.trim();
    return this.keyOfForm(isEnglishPhrase(trimmed) ? englishForm(trimmed) : chineseForm(trimmed), measured);
  }

  /** The key of a phrase in lookup form: a concept's exact name (or, when measured, with a measuring word after it) or a growth phrase. */
  private keyOfForm(form: string, measured: boolean): string | undefined {
    const concept = measured ? this.ontology.lookupForm(form) : this.ontology.lookupExact(form);
    if (concept) return concept.id;
    return growthForms.has(form) ? growthKey : undefined;
  }

  /**
   * The metric key of the words before (or after) a figure, or '' when they name no metric.
   * A phrase ending in a concept's name keeps its own qualifying words in front of the concept id
   * (长三角地区贷款余额 stays apart from 贷款余额), so only whole phrases cross languages; a measuring word
   * after a name keeps the concept (个人贷款余额 is 个人贷款).
   */
  normalise(raw: string): string {
    // Curly quotes around an English abbreviation (loan (“NPL”) ratio), typographic hyphens (parent‑company) and
    // no-break spaces leave the phrase English.
    const trimmed =
      /[A-Za-z]{3}/.test(raw) && !/[\u3400-\u9fff]/.test(raw)
        ? raw.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[\u2010\u2011]/g, '-').replace(/\u00a0/g, ' ').trim()
        : raw.trim();
    if (trimmed.length === 0) return '';
    if (isEnglishPhrase(trimmed)) return this.normaliseEnglish(trimmed);
    // 获利 每股赚 (a headline's two parts): two metrics a space keeps apart, of which the figure's is the nearer.
    const spaced = /^(.*[\u3400-\u9fff])[ \u3000]+([\u3400-\u9fff][^ \u3000]*)$/.exec(trimmed);
    if (spaced && this.isKnown(spaced[1]!.trim()) && this.isKnown(spaced[2]!)) return this.normalise(spaced[2]!);
    const scoped = lastPredicate(cleanChinesePhrase(trimmed));
    // A running total that is a concept of its own (累计放款金额) keeps its word.
    const cumulativeAt = scoped.search(innerCumulative);
    if (cumulativeAt >= 0) {
      const running = this.ontology.lookup(scoped.slice(cumulativeAt));
      if (running?.cumulative && running.zh.some((alias) => /累计/.test(alias))) return running.id;
    }
    // 实现归属于母公司股东的净利润: the 归母 rewrite holds after the leading verb too.
    const stated = stripChinese(scoped.replace(innerCumulative, '').replace(attributableToOwners, '归母')).replace(attributableToOwners, '归母').replace(dividendPerShareWords, '每股股息');
    if (stated.length === 0) return '';
    // Already clean, simplified and rewritten to 归母: only the Latin letters are left to lower.
    const whole = this.keyOfForm(stated.toLowerCase(), true);
    if (whole) return whole;
    // 集团之股东应占溢利, 本行净利润: the reporter's own accounts, unless a concept is named so (tried above).
    const cleaned = stated.replace(groupPossessive, '');
    const owned = cleaned !== stated ? this.keyOfForm(cleaned.toLowerCase(), true) : undefined;
    if (owned) return owned;
    const suffix = this.longestSuffix(cleaned);
    if (suffix) {
      const rawPrefix = cleaned.slice(0, cleaned.length - suffix.length);
      const perUnit = perUnitEnd.exec(rawPrefix)?.[0] ?? '';
      const prefix = stripChinese(rawPrefix.slice(0, rawPrefix.length - perUnit.length)) + perUnit;
      // A qualifier that is itself a metric takes its canonical form before a growth key (净利同比增长 →
      // 净利润同比增长), not before a noun (客户存款总额 stays 客户存款余额, not 客户数存款余额).
      // A measuring word after it keeps the concept there too (客户贷款总额同比增长 → 贷款余额同比增长).
      // A prefix the ontology knows only as a qualified concept (零售不良率 → 零售不良贷款率) takes the form its level has.
      const canonicalPrefix = suffix.key === growthKey ? (this.keyOf(prefix, true) ?? (prefix.length >= 3 ? this.normalise(prefix) || undefined : undefined)) : undefined;
      return (canonicalPrefix ?? prefix) + suffix.key;
    }
    return cleaned;
  }

  /** The longest concept alias or growth phrase a cleaned Chinese phrase ends with (and is longer than). */
  private longestSuffix(cleaned: string): { key: string; length: number } | null {
    const form = cleaned.toLowerCase();
    const found = this.ontology.longestSuffix(form);
    let best = found ? { key: found.concept.id, length: found.length } : null;
    for (const growth of chineseGrowthForms) {
      if (form.endsWith(growth) && form.length > growth.length && (!best || growth.length > best.length)) best = { key: growthKey, length: growth.length };
    }
    return best;
  }

  private normaliseEnglish(raw: string): string {
    // "The broad money supply, or M2, stood at": the phrase names its metric twice; whichever name is known.
    const appositive = englishAppositive.exec(raw);
    if (appositive) {
      const main = this.normaliseEnglish(raw.slice(0, appositive.index) + ' ' + raw.slice(appositive.index + appositive[0].length));
      if (this.isKnown(main)) return main;
      const other = this.keyOf(appositive[1]!);
      return other ?? main;
    }
    // An abbreviation in brackets after a name (non-performing loan (NPL) ratio) repeats it; an aside
    // after it (non-interest income, including fees and trading gains, rose …) says what it holds.
    const words = raw
      // "attributable to its parent-company shareholders": whose shareholders is no part of the metric, and its
      // "its" no restart of the phrase.
      .replace(/\battributable to (?:the |its |their )?(?:(?:bank|company|group|parent|parent[- ]company)(?:['’]s)?\s+)?(shareholders|equity holders|owners)\b/gi, 'attributable to $1')
      .replace(englishAside, ' ')
      .replace(/\s*\(\s*["“”']?[A-Z][A-Z0-9]{1,5}s?["“”']?\s*\)/g, ' ')
      .toLowerCase()
      .replace(/[“”"()]/g, ' ')
      .replace(/'s\b/g, ' ')
      .split(/[^a-z0-9\-]+/)
      .filter((word) => word.length > 0);
    const untilPredicate = stripWords(words, [], trailingNoiseEn);
    // A name with a restart word inside it (total deposits with authorized institutions) is known whole.
    if (untilPredicate.some((word) => englishRestartWords.has(word))) {
      for (let from = 0; from < untilPredicate.length; from++) {
        const whole = this.keyOf(untilPredicate.slice(from).join(' '));
        if (whole) return whole;
        if (!leadingNoiseEn.includes(untilPredicate[from]!)) break;
      }
    }
    let restart = 0;
    untilPredicate.forEach((word, index) => {
      if (englishRestartWords.has(word)) restart = index + 1;
    });
    const restarted = stripWords(untilPredicate.slice(restart), [], trailingNoiseEn);
    // A leading word may belong to the name (total equity), so each shorter start is tried in turn.
    for (let from = 0; from < restarted.length; from++) {
      const whole = this.keyOf(restarted.slice(from).join(' '));
      if (whole) return whole;
      if (!leadingNoiseEn.includes(restarted[from]!)) break;
    }
    const kept = stripWords(restarted, leadingNoiseEn, trailingNoiseEn);
    if (kept.length === 0) return '';
    const phrase = kept.join(' ');
    // "the balance of M2", "the stock of social financing", "RMB loan balance": the measure of a balance
    // names the balance itself.
    const measured = phrase.replace(englishMeasureOf, '').replace(englishMeasureAfter, '');
    if (measured !== phrase && measured.length > 0) {
      const key = this.keyOf(measured, true);
      if (key) return key;
    }
    for (let from = 1; from < kept.length; from++) {
      const key = this.keyOf(kept.slice(from).join(' '));
      if (!key) continue;
      const prefix = stripWords(kept.slice(0, from), leadingNoiseEn, trailingNoiseEn).join(' ');
      if (prefix.length === 0) return key;
      // A qualifier that is itself a metric (revenue growth → 营业收入同比增长) joins in its canonical form.
      const prefixKey = this.keyOf(prefix);
      return prefixKey ? `${prefixKey}${key}` : `${prefix} ${key}`;
    }
    return phrase;
  }
}
