/**
 * A built-in bilingual glossary of finance metrics and the normalisation of metric phrases to keys.
 * A key is the simplified Chinese canonical term, so that "net profit" and 净利润 meet.
 */
import type { CorpusConfig } from './config';
import { toSimplifiedSameLength } from './textChinese';

export interface GlossaryEntry {
  key: string;
  /** Other Chinese phrasings (simplified; traditional text is simplified before lookup). */
  zh: string[];
  /** English phrasings, lower case, single spaces. */
  en: string[];
}

export const builtinGlossary: readonly GlossaryEntry[] = [
  { key: '净利润', zh: ['净利', '归母净利润', '税后利润', '股东应占溢利', '本公司股东应占溢利', '除税后溢利', '净溢利'], en: ['profit attributable to shareholders', 'profit attributable to equity holders', 'net profit', 'net income', 'profit after tax', 'net earnings', 'net profit attributable to shareholders', 'net profit attributable to equity holders', 'net profit attributable to shareholders of the bank'] },
  { key: '营业收入', zh: ['营收', '营业总收入', '经营收入', '营运收入', '经营收入总额'], en: ['revenue', 'operating income', 'operating revenue', 'total revenue', 'revenues'] },
  { key: '利润总额', zh: ['税前利润', '除税前溢利', '税前溢利'], en: ['profit before tax', 'pre-tax profit', 'total profit'] },
  { key: '资产总额', zh: ['总资产', '资产规模'], en: ['total assets', 'assets'] },
  { key: '负债总额', zh: ['总负债'], en: ['total liabilities', 'liabilities'] },
  { key: '贷款余额', zh: ['各项贷款余额', '贷款总额', '贷款和垫款总额', '贷款及垫款总额', '客户贷款及垫款总额', '客户贷款及垫款', '发放贷款和垫款'], en: ['loans and advances to customers', 'gross loans and advances', 'loan balance', 'outstanding loans', 'loans outstanding', 'total loans', 'loans', 'loan book'] },
  { key: '存款余额', zh: ['各项存款余额', '存款总额', '客户存款总额', '客户存款', '吸收存款'], en: ['customer deposits', 'deposits from customers', 'deposit balance', 'total deposits', 'deposits'] },
  { key: '授信金额', zh: ['授信总额', '授信规模', '授信额度'], en: ['credit granted', 'credit extended', 'credit lines granted', 'credit line'] },
  { key: '放款金额', zh: ['发放贷款金额', '放款规模', '贷款发放金额', '发放贷款', '放款'], en: ['loans disbursed', 'loan disbursement', 'disbursed loans', 'disbursements'] },
  { key: '授信客户', zh: ['授信客户数', '授信企业', '授信企业客户'], en: ['credit customers', 'customers granted credit', 'borrowers granted credit'] },
  { key: '客户数', zh: ['客户', '客户总数', '客户数量', '用户', '用户数'], en: ['customers', 'clients', 'users', 'number of customers', 'customer base'] },
  { key: '个人客户', zh: ['个人用户', '个人客户数'], en: ['individual customers', 'retail customers', 'personal customers', 'individual clients'] },
  { key: '小微企业客户', zh: ['小微客户', '小微企业法人客户', '小微市场主体', '中小微企业客户', '小微企业用户'], en: ['sme customers', 'small and micro enterprise customers', 'small business customers', 'msme customers'] },
  { key: '同比增长', zh: ['同比增速', '同比增幅', '较上年增长', '比上年增长', '增速', '增幅', '增长', '同比上涨', '同比上升', '同比提高', '同比增加', '同比'], en: ['year-on-year growth', 'year on year', 'year-on-year', 'yoy', 'y-o-y', 'growth', 'increase'] },
  { key: '不良贷款率', zh: ['不良率'], en: ['npl ratio', 'non-performing loan ratio', 'non-performing loans ratio'] },
  { key: '资本充足率', zh: [], en: ['capital adequacy ratio'] },
  { key: '核心一级资本充足率', zh: [], en: ['core tier 1 capital adequacy ratio', 'cet1 ratio', 'core tier one capital ratio'] },
  { key: '拨备覆盖率', zh: [], en: ['provision coverage ratio', 'provision coverage'] },
  { key: '净息差', zh: [], en: ['net interest margin', 'nim'] },
  { key: '成本收入比', zh: [], en: ['cost-to-income ratio', 'cost to income ratio', 'cost-income ratio'] },
  { key: '净资产收益率', zh: ['ROE'], en: ['return on equity', 'roe'] },
  { key: '总资产收益率', zh: ['ROA'], en: ['return on assets', 'roa'] },
  { key: '市场份额', zh: ['市占率'], en: ['market share'] },
  { key: '员工人数', zh: ['员工总数', '员工'], en: ['employees', 'staff', 'headcount', 'number of employees'] },
  { key: '科技人员占比', zh: ['科技人才占比', '科技人员占全员比例'], en: ['share of technology staff', 'tech staff share'] },
  { key: '笔均贷款金额', zh: ['笔均借款', '笔均贷款', '笔均借款金额'], en: ['average loan size', 'average loan amount'] },
  { key: '开源项目', zh: [], en: ['open-source projects', 'open source projects'] },
  { key: '机构', zh: ['企业及机构', '企业和机构', '机构和企业', '成员单位', '机构成员'], en: ['institutions', 'member institutions', 'enterprises and institutions'] },
  { key: '社区成员', zh: ['个人成员', '社区开发者', '开发者', '社区用户'], en: ['developers', 'community members', 'individual members'] },
  { key: '落地应用', zh: ['标杆应用', '应用落地', '应用案例'], en: ['applications deployed', 'deployed applications', 'live applications'] },
  { key: '交易峰值', zh: ['单日交易峰值', '单日金融交易峰值'], en: ['peak daily transactions'] },
];

/** Words around a metric that carry no meaning of their own (running totals, emphasis, hedges, verbs of stating). */
const leadingNoiseZh = [
  '累计', '累積', '共计', '总共', '合计', '共', '已经', '已', '目前', '至今', '现已', '现', '其中', '此外', '另外', '同时', '并且', '并',
  '全年', '当年', '年内', '期内', '实现', '达到', '达', '拥有', '有', '服务了', '服务', '为', '对', '向', '给', '在', '将', '和', '及', '与',
  '以及', '还', '再', '超过了', '超过', '超', '逾', '约', '近', '全国', '全行', '平台', '用于', '还有', '分别', '了', '再次', '均',
  '每年', '每月', '历年', '始终', '持续', '一直', '自推出以来', '推出以来', '以来', '等各类', '各类', '等',
  '预计将', '预计', '预期', '计划', '力争', '争取', '有望', '拟', '将会', '将',
];
/** Words that begin with a noise word but are not noise (有效客户, 在贷余额, 现金分红). */
const protectedStarts = ['有效', '有息', '现金', '现有', '共享', '共同', '在贷', '在线', '在途', '在保', '在管', '为期', '平均', '均值', '及时', '达标'];
const trailingNoiseZh = [
  '分别为', '分别达', '约为', '高达', '达到了', '达到', '已达', '达', '为', '是', '超过了', '超过', '超', '逾', '突破', '约', '近', '仅为', '仅',
  '保持在', '保持', '将会', '将要', '将', '降低至', '降至', '升至', '增至', '提升至', '提高至', '至', '到', '了', '已', '共', '有', '在', '占', '均', '也', '就', '还',
  '始终', '持续', '一直', '已经', '仍', '依然', '预计将', '预计', '预期', '有望', '将',
];
const leadingNoiseEn = [
  'the', 'a', 'an', 'its', 'their', 'our', 'total', 'cumulative', 'cumulatively', 'accumulated', 'has', 'have', 'had', 'reported', 'reports',
  'posted', 'recorded', 'achieved', 'served', 'serves', 'with', 'and', 'of', 'in', 'to', 'for', 'over', 'more', 'than', 'about', 'nearly',
  'approximately', 'around', 'some', 'reached', 'its', 'which', 'that', 'while', 'whose', 'as', 'at', 'by', 'on', 'number', 'today',
];
const trailingNoiseEn = [
  'of', 'was', 'were', 'is', 'are', 'reached', 'totalled', 'totaled', 'stood', 'at', 'to', 'amounted', 'came', 'in', 'rose', 'grew', 'increased',
  'hit', 'exceeded', 'over', 'more', 'than', 'about', 'nearly', 'approximately', 'around', 'some', 'by', 'topped', 'surpassed', 'reaching',
  'has', 'have', 'had', 'been', 'a', 'an', 'the', 'up', 'down', 'almost', 'roughly', 'just', 'under', 'below', 'above', 'least',
  'tops', 'topped', 'climbed', 'jumped', 'declined', 'dropped', 'fell', 'stands', 'totalling', 'totaling', 'amounting', 'standing',
  'soared', 'slipped', 'edged', 'exceeding', 'surpassing', 'reach', 'hitting', 'remained', 'remains', 'stable', 'steady', 'unchanged',
  'flat', 'for', 'expected', 'projected', 'forecast', 'likely', 'set', 'due', 'will', 'be', 'would', 'is', 'are', 'today',
];
/**
 * Words after which an English phrase starts again: verbs of reporting and planning, conjunctions
 * (Huaxin Bank said total loans …; while its branch reported loans of …).
 */
const englishRestartWords = new Set([
  'said', 'says', 'say', 'reported', 'reports', 'report', 'announced', 'announces', 'posted', 'posts', 'recorded', 'records', 'disclosed',
  'while', 'whereas', 'but', 'which', 'that', 'plans', 'plan', 'planned', 'aims', 'aim', 'expects', 'expect', 'targets', 'intends',
  'lift', 'raise', 'boost', 'grow', 'its', 'their', 'whose', 'with',
]);

/** Simplified form of a text with the same length, so offsets into it are offsets into the original. */
export function simplify(text: string): string {
  return toSimplifiedSameLength(text);
}

function isEnglishPhrase(phrase: string): boolean {
  return /^[\x20-\x7e]*$/.test(phrase) && /[A-Za-z]/.test(phrase);
}

function stripWords(words: string[], leading: readonly string[], trailing: readonly string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && leading.includes(words[from]!)) from++;
  while (to > from && trailing.includes(words[to - 1]!)) to--;
  return words.slice(from, to);
}

/** Strips noise words at both ends of a Chinese phrase, longest first, until nothing changes. */
const leadingNoiseZhLongestFirst = [...leadingNoiseZh].sort((a, b) => b.length - a.length);
const trailingNoiseZhLongestFirst = [...trailingNoiseZh].sort((a, b) => b.length - a.length);

function stripChinese(phrase: string): string {
  const leading = leadingNoiseZhLongestFirst;
  const trailing = trailingNoiseZhLongestFirst;
  let current = phrase;
  for (let changed = true; changed && current.length > 0; ) {
    changed = false;
    const guarded = protectedStarts.some((start) => current.startsWith(start));
    for (const word of guarded ? [] : leading) {
      if (current.startsWith(word) && current.length > word.length) {
        current = current.slice(word.length);
        changed = true;
        break;
      }
    }
    for (const word of trailing) {
      if (current.endsWith(word) && current.length > word.length) {
        current = current.slice(0, current.length - word.length);
        changed = true;
        break;
      }
    }
  }
  // A lone noise word is no metric.
  return leadingNoiseZh.includes(current) || trailingNoiseZh.includes(current) ? '' : current;
}

/** Removes brackets with their content, quotation marks, 的 and spaces between Chinese characters. */
export function cleanChinesePhrase(raw: string): string {
  return simplify(raw)
    .replace(/[（(][^（()）]*[)）]/g, '')
    .replace(/^[^（(]*[)）]/, '')
    .replace(/[“”"‘’'「」『』《》〈〉【】]/g, '')
    .replace(/的/g, '')
    .replace(/\s+/g, '');
}

/** Words after which a new predicate starts: 在金融、政务等各个领域落地应用 → 落地应用. */
const scopeEnds = /^.*(?:领域|方面|过程中|基础上|范围内|背景下|情况下)/;
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
/** 归属于本行股东的净利润 is the 归母 figure. */
const attributableToOwners = /^(?:归属于)?(?:本行|本公司|本集团|母公司|上市公司|银行)?(?:普通)?股东(?=净利润|净利)/;

export class MetricNormaliser {
  /** Lookup phrase → key, Chinese phrases simplified and English phrases lower-cased. */
  private readonly aliases = new Map<string, string>();
  /** Chinese aliases by length, longest first, for suffix matching. */
  private readonly chineseSuffixes: string[];
  private readonly englishSuffixes: string[];

  constructor(config: Pick<CorpusConfig, 'metricAliases'>) {
    for (const entry of builtinGlossary) {
      this.aliases.set(entry.key, entry.key);
      for (const phrase of [...entry.zh, ...entry.en]) this.aliases.set(this.lookupForm(phrase), entry.key);
    }
    // Corpus aliases take precedence over the built-in glossary.
    for (const [key, phrases] of Object.entries(config.metricAliases)) {
      this.aliases.set(this.lookupForm(key), key);
      for (const phrase of phrases) this.aliases.set(this.lookupForm(phrase), key);
    }
    const forms = [...this.aliases.keys()];
    this.chineseSuffixes = forms.filter((form) => !isEnglishPhrase(form) && form.length >= 2).sort((a, b) => b.length - a.length);
    this.englishSuffixes = forms.filter((form) => isEnglishPhrase(form)).sort((a, b) => b.length - a.length);
  }

  /** True when a key is a glossary or corpus key, or one of their phrasings. */
  isKnown(phrase: string): boolean {
    return this.aliases.has(this.lookupForm(phrase));
  }

  private lookupForm(phrase: string): string {
    return isEnglishPhrase(phrase) ? phrase.toLowerCase().replace(/\s+/g, ' ').trim() : cleanChinesePhrase(phrase);
  }

  /**
   * The metric key of the words before (or after) a figure, or '' when they name no metric.
   * A phrase ending in a glossary term keeps its own qualifying words in front of the canonical
   * term (普惠型小微企业贷款余额 stays apart from 贷款余额), so only whole phrases cross languages.
   */
  normalise(raw: string): string {
    const trimmed = raw.trim();
    if (trimmed.length === 0) return '';
    if (isEnglishPhrase(trimmed)) return this.normaliseEnglish(trimmed);
    const cleaned = stripChinese(lastPredicate(cleanChinesePhrase(trimmed)).replace(innerCumulative, '').replace(attributableToOwners, '归母'));
    if (cleaned.length === 0) return '';
    const whole = this.aliases.get(cleaned);
    if (whole) return whole;
    for (const suffix of this.chineseSuffixes) {
      if (cleaned.endsWith(suffix) && cleaned.length > suffix.length) {
        const rawPrefix = cleaned.slice(0, cleaned.length - suffix.length);
        const perUnit = perUnitEnd.exec(rawPrefix)?.[0] ?? '';
        const prefix = stripChinese(rawPrefix.slice(0, rawPrefix.length - perUnit.length)) + perUnit;
        // A qualifier that is itself a metric takes its canonical form before a growth key (净利同比增长 →
        // 净利润同比增长), not before a noun (客户存款总额 stays 客户存款余额, not 客户数存款余额).
        const key = this.aliases.get(suffix)!;
        const canonicalPrefix = key === this.aliases.get('同比增长') ? this.aliases.get(prefix) : undefined;
        return (canonicalPrefix ?? prefix) + key;
      }
    }
    return cleaned;
  }

  private normaliseEnglish(raw: string): string {
    const words = raw
      .toLowerCase()
      .replace(/[“”"()]/g, ' ')
      .replace(/'s\b/g, ' ')
      .split(/[^a-z0-9\-]+/)
      .filter((word) => word.length > 0);
    const untilPredicate = stripWords(words, [], trailingNoiseEn);
    let restart = 0;
    untilPredicate.forEach((word, index) => {
      if (englishRestartWords.has(word)) restart = index + 1;
    });
    const kept = stripWords(untilPredicate.slice(restart), leadingNoiseEn, trailingNoiseEn);
    if (kept.length === 0) return '';
    const phrase = kept.join(' ');
    const whole = this.aliases.get(phrase);
    if (whole) return whole;
    for (const suffix of this.englishSuffixes) {
      if (phrase.endsWith(` ${suffix}`)) {
        const prefix = stripWords(phrase.slice(0, phrase.length - suffix.length).trim().split(' '), leadingNoiseEn, trailingNoiseEn).join(' ');
        const key = this.aliases.get(suffix)!;
        if (prefix.length === 0) return key;
        // A qualifier that is itself a metric (revenue growth → 营业收入同比增长) joins in its canonical form.
        const prefixKey = this.aliases.get(prefix);
        return prefixKey ? `${prefixKey}${key}` : `${prefix} ${key}`;
      }
    }
    return phrase;
  }
}
