/**
 * Claim extraction: binds each figure to the entity its clause talks about, a normalised metric key
 * and the as-of period that governs it. The sentence model is deliberately shallow (sentences,
 * clauses, paragraphs found from punctuation and line structure); the rules work on Chinese topic
 * position, 的-modifiers and English word order rather than on a parse.
 */
import { throwIfCancelled, type CancellationToken } from './cancellation';
import type { CorpusConfig } from './config';
import { MetricNormaliser, cleanChinesePhrase, simplify } from './glossary';
import type { Claim, DateMention, DocumentDate, FigureMention, Mention, Period, Span } from './types';
import { ZoneMask } from './zoneMask';

interface Clause extends Span {
  sentence: number;
}

interface Sentence extends Span {
  paragraph: number;
  /** Clauses of the sentence: indices [firstClause, endClause) into the clause list. */
  firstClause: number;
  endClause: number;
}

interface TextModel {
  sentences: Sentence[];
  clauses: Clause[];
}

const clauseSeparators = new Set(['，', ',', '；', ';', '、', '：', ':']);
const sentenceTerminators = new Set(['。', '！', '？', '!', '?', '…']);
const openingBrackets = new Set(['（', '(', '【', '[', '《']);
const closingBrackets = new Set(['）', ')', '】', ']', '》']);
const englishDayBefore = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/;
const abbreviationBeforeFullStop = /\b(?:Co|Ltd|Inc|No|Mr|Ms|Dr|vs|approx|e\.g|i\.e)$/;

/**
 * Splits a text into paragraphs, sentences and clauses. A blank line, or a line break followed by
 * indentation or an HTML tag, starts a paragraph; a bare line break only ends a clause, because
 * extracted and hard-wrapped text breaks lines in mid-sentence. Separators inside brackets do not split.
 */
export function segmentText(text: string): TextModel {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  let paragraph = 0;
  let sentenceStart = 0;
  let clauseStart = 0;
  let depth = 0;

  const closeClause = (end: number) => {
    if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence: sentences.length });
    clauseStart = end + 1;
  };
  const closeSentence = (end: number) => {
    closeClause(end);
    let firstClause = clauses.length;
    while (firstClause > 0 && clauses[firstClause - 1]!.sentence === sentences.length) firstClause--;
    if (firstClause < clauses.length) sentences.push({ start: sentenceStart, end, paragraph, firstClause, endClause: clauses.length });
    sentenceStart = end + 1;
    clauseStart = end + 1;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    // A flattened table or an unclosed bracket can make one "clause" of megabytes with thousands of
    // figures; binding each figure looks over its clause, so clauses are cut at a bounded length.
    if (i - clauseStart >= maxClauseLength && canCutClauseAt(text, i)) {
      clauses.push({ start: clauseStart, end: i, sentence: sentences.length });
      clauseStart = i;
    }
    if (openingBrackets.has(char)) depth++;
    else if (closingBrackets.has(char)) depth = Math.max(0, depth - 1);
    if (char === '\n') {
      depth = 0;
      if (startsParagraph(text, i + 1)) {
        closeSentence(i);
        paragraph++;
      } else closeClause(i);
      continue;
    }
    if (depth > 0) continue;
    if (sentenceTerminators.has(char)) closeSentence(i);
    else if (
      char === '.' &&
      (i + 1 >= text.length || /\s/.test(text[i + 1]!)) &&
      /[A-Za-z0-9)”"%]/.test(text[i - 1] ?? '') &&
      !abbreviationBeforeFullStop.test(text.slice(Math.max(0, i - 6), i))
    ) {
      closeSentence(i);
    } else if (clauseSeparators.has(char)) {
      // Thousands separators and times (3,000; 01:46) do not separate clauses.
      if ((char === ',' || char === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      // Nor does the comma of an English date (December 31, 2023).
      if (char === ',' && /\d{4}/.test(text.slice(i + 1, i + 6).trim().slice(0, 4)) && englishDayBefore.test(text.slice(Math.max(0, i - 14), i))) continue;
      closeClause(i);
    }
  }
  closeSentence(text.length);
  return { sentences, clauses };
}

/** Real clauses are a few dozen characters (the seeds' longest is about 220). */
const maxClauseLength = 1_000;

/** A forced clause boundary must not fall inside a number, a Latin word or a surrogate pair. */
function canCutClauseAt(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (after >= 0xdc00 && after <= 0xdfff) return false;
  const isWordish = (code: number) =>
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff10 && code <= 0xff19) || code === 0x2e || code === 0x2c;
  return !(isWordish(before) && isWordish(after));
}

/** After a line break: a blank line, indentation, an HTML tag or a heading mark starts a paragraph. */
function startsParagraph(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const first = text[at]!;
  if (first === '\n' || first === '\r' || first === '\u3000' || first === '\t' || first === '<' || first === '#') return true;
  if (first === ' ') {
    const second = text[at + 1];
    return second === undefined || second === ' ' || second === '\n' || second === '\r' || second === '\u3000' || second === '\t' || second === '<';
  }
  return false;
}

/** A subject candidate: an entity from the lexicon, an organisation-shaped name, or a resolved pronoun. */
interface SubjectMention extends Span {
  name: string;
  organisation: boolean;
  /**
   * anaphor: 该行, the bank; speaker: 我行, we; branch: "its Shenzhen branch", named after the
   * organisation the sentence talks about.
   */
  pronoun: 'anaphor' | 'speaker' | 'branch' | null;
}

const organisationSuffixes = [
  '银行业金融机构', '监督管理委员会', '监督管理局', '委员会', '管理局', '监管局', '总局', '分行', '支行', '银行', '公司', '集团', '机构',
  '协会', '研究院', '研究所', '研究中心', '交易所', '基金会', '联合会', '商会',
];
/** Characters that end the name when walking left from a suffix. */
const nameBoundaryChars = new Set([...'由在与和及向对为据经是的了从将被让把给于其该各等我年月日来以并也都还就而且或即这那此本每个已共达超逾约近有']);
const nameBoundaryWords = [
  '目前', '同时', '其中', '此外', '另外', '截至', '以及', '通过', '我国', '全国', '包括', '作为', '推动', '支持', '联合', '携手', '依托', '能够', '突破',
  '帮助', '引导', '鼓励', '要求', '允许', '传统', '各大', '多家', '部分', '所有',
];
/** Class nouns shaped like names that do not designate one organisation. */
const genericOrganisations = new Set([
  '金融机构', '商业银行', '银行机构', '合作机构', '民营银行', '互联网银行', '数字银行', '传统银行', '中小银行', '大型银行', '各类机构',
  '持牌机构', '监管机构', '研究机构', '科技公司', '上市公司', '金融科技公司', '子公司', '分公司', '总公司', '母公司', '村镇银行', '外资银行',
  '法人机构', '服务机构', '分支机构', '股份制银行', '城商行', '农商行', '国有银行', '大型商业银行', '股份制商业银行',
]);

function findOrganisationNames(simplified: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  const overlaps = (start: number, end: number) => taken.intersects(start, end);
  const suffixPattern = new RegExp(organisationSuffixes.join('|'), 'g');
  for (const match of simplified.matchAll(suffixPattern)) {
    const end = match.index + match[0].length;
    // 银行业, 银行卡, 银行间, 公司业务, 机构客户 … are not names.
    if (/[业卡账间家客金贷存类核系体产网]/.test(simplified[end] ?? '') && match[0] !== '银行业金融机构') continue;
    let start = match.index;
    while (start > 0 && /[\u4e00-\u9fff]/.test(simplified[start - 1]!) && match.index - start < 12) {
      if (nameBoundaryChars.has(simplified[start - 1]!)) break;
      if (nameBoundaryWords.some((word) => simplified.startsWith(word, start - word.length))) break;
      start--;
    }
    if (match.index - start < 2 && match[0] !== '银行业金融机构') continue;
    const name = simplified.slice(start, end);
    if (genericOrganisations.has(name) || overlaps(start, end)) continue;
    // A name right after 的, 等 or 各 is a modified class noun (从事信贷业务的法人机构), not an organisation.
    if (/[的等各]/.test(simplified[start - 1] ?? '')) continue;
    const previous = found[found.length - 1];
    if (previous && previous.end > start) {
      // A longer name ending later (中国银行深圳市分行 over 中国银行) wins.
      if (previous.start === start) found.pop();
      else continue;
    }
    found.push({ start, end, name, organisation: true, pronoun: null });
  }
  return found;
}

const englishOrganisationPattern =
  /\b(?:[A-Z][A-Za-z&'-]*\s+){1,5}(?:Bank|Group|Corporation|Company|Holdings|Insurance|Securities|Commission|Administration|Association)\b(?:\s+(?:Co\.,?\s*)?(?:Ltd\.?|Limited|Inc\.?))?/g;

function findEnglishOrganisationNames(text: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of text.matchAll(englishOrganisationPattern)) {
    let name = match[0];
    let start = match.index;
    const article = /^(?:The|In|By|At|For|And|As|From|Of|On)\s+/.exec(name);
    if (article) {
      name = name.slice(article[0].length);
      start += article[0].length;
    }
    if (!/\s/.test(name)) continue;
    const end = start + name.length;
    if (taken.intersects(start, end)) continue;
    found.push({ start, end, name, organisation: true, pronoun: null });
  }
  return found;
}

/** A quoted name shaped like a product (“华信快贷”, “…宝”, “…+”, “…平台”) that the lexicon does not know. */
const quotedProductPattern = /[“"「『]([^“”"「」『』\s，。、；：,;:]{2,12}?(?:贷|宝|卡|通|花|借|[+＋]|平台|APP|App))[”"」』]/g;

function findQuotedProducts(simplified: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of simplified.matchAll(quotedProductPattern)) {
    const start = match.index + 1;
    const end = start + match[1]!.length;
    if (taken.intersects(match.index, match.index + match[0].length)) continue;
    found.push({ start, end, name: match[1]!, organisation: false, pronoun: null });
  }
  return found;
}

/** A branch or subsidiary named in English after its place: "its Shenzhen branch", "the bank's Hong Kong unit". */
const englishBranchPattern = /\b(?:its|their|the bank's|the group's)?\s*((?:[A-Z][a-z]+\s+){1,2})(branch|sub-branch|subsidiary|unit|arm)\b/g;

function findEnglishBranches(text: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of text.matchAll(englishBranchPattern)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].length;
    if (taken.intersects(start, end)) continue;
    const place = match[1]!.trim();
    if (/^(?:The|A|An|Its|Our|This|That)$/.test(place)) continue;
    found.push({ start, end, name: `${place} ${match[2]}`, organisation: true, pronoun: 'branch' });
  }
  return found;
}

/** Anaphors that name an organisation (该行 is a bank, not the loan product it offers). */
const organisationalAnaphor = /^(?:该行|该公司|该集团|本行|我行|我司|本公司|我公司|本集团|(?:the|The) (?:bank|group|company|lender|Bank|Group|Company))$/;

const pronounPattern =
  /该行|该公司|该集团|该平台|该产品|本行|我行|我司|本公司|我公司|本集团|我们|我国|(?<![尤极])其(?![中他它实余次后间])|\b(?:the [Bb]ank|the [Gg]roup|the [Cc]ompany|the lender|the platform|it|its)\b|\b(?:we|our|We|Our)\b|\bThe (?:[Bb]ank|[Gg]roup|[Cc]ompany|lender|platform)\b|\bIts?\b/g;

function findPronouns(simplified: string): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of simplified.matchAll(pronounPattern)) {
    const word = match[0];
    const speaker = /^(?:本行|我行|我司|本公司|我公司|本集团|我们|we|our|We|Our)$/.test(word);
    if (word === '我国') {
      found.push({ start: match.index, end: match.index + word.length, name: '中国', organisation: false, pronoun: null });
      continue;
    }
    found.push({ start: match.index, end: match.index + word.length, name: word, organisation: false, pronoun: speaker ? 'speaker' : 'anaphor' });
  }
  return found;
}

/** Verbs and prepositions after which a figure counts the noun that follows it (服务3亿个人客户). */
const objectVerbs = [
  '服务', '汇聚', '推出', '开源', '落地', '支持', '帮助', '吸引', '覆盖', '触达', '惠及', '连接', '有', '拥有', '为', '向', '给', '对', '帮扶',
  '助力', '提供', '发放', '新增', '累计', '已', '共', '达', '全国', '辐射', '投入', '获得', '培训', '招募', '举办', '上线', '聚集', '吸纳',
  '集聚', '另有', '还有', '设立', '开设', '发行', '累计为', '包括', '涵盖', '支撑', '在', '已在', '收录', '接入', '归集', '整合', '分析',
  '筛选出', '发掘', '办理', '促成', '上架', '发布', '吸引了', '汇聚了',
];
const objectVerbsEn = ['serve', 'reach', 'add', 'grant', 'served', 'serves', 'serving', 'has', 'have', 'had', 'with', 'helped', 'supported', 'attracted', 'launched', 'reached', 'covers', 'covering', 'granted', 'issued', 'added', 'gained', 'counts', 'boasts', 'including'];
/** Verbs whose meaning belongs to the metric of the noun after the figure (开源33个项目 → 开源项目). */
const meaningfulObjectVerbs = ['开源', '发放', '授信', '放款', '新增', '上线', '发行', '开设'];
/** Words at which the noun phrase after a figure ends. */
const postPhraseStops = [
  '提供', '投入', '共建', '申请', '参与', '实现', '获得', '使用', '通过', '进行', '落地', '得到', '受益', '贡献', '发放', '享受', '覆盖',
  '包括', '其中', '以及', '占', '中', '是', '为', '在', '的', '和', '与', '等', '并', '已', '均',
  // A new description after the counted noun (2300+ 机构 全球首个开源…).
  '全球', '首个', '首创', '业界', '面向', '打造',
];
const growthWords = /同比|环比|较上年|比上年|较去年|比去年|增速|增幅|增长|增加|下降|减少|year[- ]on[- ]year|\byoy\b|growth|\bup\b|\bdown\b|\brose\b|\bfell\b|increase|decrease/i;
/** What a figure after a base date states: a change against that date (较2018年末增长233%, 比上年末高2.1个百分点). */
const comparisonPredicate = /增长|增加|下降|减少|提高|降低|上升|提升|扩大|缩小|增|降|高|低|多|少|increase|decrease|rose|fell|up|down|higher|lower/i;
const levelAfterChange = /^[\s\u3000]*(?:(?:year[- ]on[- ]year|yoy|y-o-y|同比)[\s\u3000]*)?(?:to|reaching|至|增至|升至|降至|达到|达)[\s\u3000]*$/i;
const comparisonBefore = /(?:较|比|相比|相较|对比|同比|自|从|since|from|than|compared (?:with|to)|versus|vs\.?)\s*$/i;
const sinceAfter = /^\s*(?:以来|来|起|开始|至今|前|之前|以前)/;
const cumulativeWords = /累计|累積|累积|cumulative|accumulated|in total|to date/i;
const leadingDateWords = /^[\s\u3000]*(?:截至|截止|截止到|至|到|在|于|今年|as of|as at|by|at|in|during|for|at the end of|by the end of)?[\s\u3000]*(?:the\s+)?$/i;
const englishAsOfBefore = /(?:\bin|\bas of|\bas at|\bat|\bby|\bat the end of|\bend of|\bfor|\bduring|\bin the first half of|\bin the year)\s*(?:the\s+)?$/i;
const counterChars = /^[个家户名人笔位所只项次份张条]/;
const wordsStartingWithCounter = /^(?:个人|个体|人口|人员|人民|人群|家庭|户籍|名单|次数|项目|份额|条件|位于)/;

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when an opening bracket between from and offset is still open at offset. */
function insideBrackets(text: string, from: number, offset: number): boolean {
  let depth = 0;
  for (let i = from; i < offset; i++) {
    if (openingBrackets.has(text[i]!)) depth++;
    else if (closingBrackets.has(text[i]!) && depth > 0) depth--;
  }
  return depth > 0;
}

/** The spans of a sorted list that lie inside a range, found by binary search. */
function spansWithin<T extends Span>(sorted: readonly T[], range: Span): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < range.start) low = mid + 1;
    else high = mid;
  }
  const inside: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < range.end; i++) if (sorted[i]!.end <= range.end) inside.push(sorted[i]!);
  return inside;
}

function isCjk(char: string): boolean {
  return /[\u3400-\u9fff]/.test(char);
}

export class ClaimExtractor {
  private readonly normaliser: MetricNormaliser;

  constructor(config: Pick<CorpusConfig, 'metricAliases'>) {
    this.normaliser = new MetricNormaliser(config);
  }

  extract(text: string, mentions: readonly Mention[], documentDate: DocumentDate | null, token: CancellationToken): Claim[] {
    // Each pass over the whole text checks the token, so that a long document cancels promptly.
    const simplified = simplify(text);
    throwIfCancelled(token);
    const model = segmentText(text);
    throwIfCancelled(token);
    const figures: { figure: FigureMention; index: number }[] = [];
    const dates: DateMention[] = [];
    const entities: SubjectMention[] = [];
    mentions.forEach((mention, index) => {
      if (mention.kind === 'figure') figures.push({ figure: mention, index });
      else if (mention.kind === 'date') dates.push(mention);
      else entities.push({ start: mention.start, end: mention.end, name: mention.canonical, organisation: mention.entityKind === 'organisation', pronoun: null });
    });
    const taken = new ZoneMask(mentions);
    const organisations = findOrganisationNames(simplified, taken);
    const englishOrganisations = findEnglishOrganisationNames(text, taken);
    const named = [...entities, ...organisations, ...englishOrganisations];
    const namedTaken = taken.with(named);
    named.push(...findQuotedProducts(simplified, namedTaken), ...findEnglishBranches(text, namedTaken));
    named.sort((a, b) => a.start - b.start);
    throwIfCancelled(token);
    const namedMask = new ZoneMask(named);
    const pronouns = findPronouns(simplified).filter((pronoun) => !namedMask.intersects(pronoun.start, pronoun.end));
    throwIfCancelled(token);
    const subjects = [...named, ...pronouns].sort((a, b) => a.start - b.start);
    const speaker = mainOrganisation(named);
    const organisationNames = new Set(named.filter((entity) => entity.organisation && entity.pronoun === null).map((entity) => entity.name));
    const owners = new Map<string, string>();
    for (const mention of mentions) if (mention.kind === 'product' && mention.owner) owners.set(mention.canonical, mention.owner);
    let lastOrganisation: string | null = null;
    // A document without a date of its own (a report extracted from a PDF) speaks as of its latest cut-off.
    const statedOrLatestDate = documentDate ?? latestCutOff(dates);
    const figureMentions = figures.map((entry) => entry.figure);

    const claims: Claim[] = [];
    let paragraphSubject: string | null = null;
    let lastSubject: string | null = null;
    let paragraph = -1;
    let paragraphAsOf: Period | null = null;
    // A cut-off opening a sentence carries on to the next sentences of its line, for a short stretch.
    let carriedAsOf: { period: Period; until: number } | null = null;
    let figureCursor = 0;

    for (const sentence of model.sentences) {
      throwIfCancelled(token);
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        paragraphSubject = null;
        const firstClause = model.clauses[sentence.firstClause]!;
        paragraphAsOf = governingParagraphDate(text, firstClause, spansWithin(dates, firstClause));
      }
      let sentenceSubject: string | null = null;
      let previousMetric: string | null = null;
      const sentenceClauses = model.clauses.slice(sentence.firstClause, sentence.endClause);
      let sentenceAsOf: Period | null = null;
      let enumerationCumulative = false;

      for (const clause of sentenceClauses) {
        // A sentence may be a whole flattened document (no full stop in megabytes of text).
        throwIfCancelled(token);
        // A parenthetical remark (此前无人行信贷征信记录) does not change what the clause talks about.
        const clauseSubjects = spansWithin(subjects, clause).filter((subject) => !insideBrackets(text, clause.start, subject.start));
        const clauseDates = spansWithin(dates, clause);
        const resolve = (subject: SubjectMention): string | null => {
          if (subject.pronoun === 'speaker') return speaker ?? sentenceSubject ?? paragraphSubject ?? lastSubject;
          if (subject.pronoun === 'anaphor') {
            const recent = sentenceSubject ?? paragraphSubject ?? lastSubject;
            // 该行, the bank: an organisation, never the product the text spoke of last (its owner, if known).
            if (organisationalAnaphor.test(subject.name) && recent && !organisationNames.has(recent)) {
              return owners.get(recent) ?? lastOrganisation ?? recent;
            }
            return recent;
          }
          if (subject.pronoun === 'branch') {
            const owner = sentenceSubject ?? paragraphSubject ?? lastOrganisation;
            return owner ? `${owners.get(owner) ?? owner} ${subject.name}` : subject.name;
          }
          return subject.name;
        };
        const clauseDate = clauseInitialDate(text, clause, clauseDates);
        if (clauseDate) sentenceAsOf = clauseDate;
        let consumedUntil = clause.start;
        // Items of an enumeration share the running-total word of the first: 累计服务个人客户3亿、小微企业270万家.
        const inheritsCumulative: boolean = enumerationCumulative && text[clause.start - 1] === '、';
        enumerationCumulative = inheritsCumulative || cumulativeWords.test(simplified.slice(clause.start, clause.end));

        while (figureCursor < figures.length && figures[figureCursor]!.figure.start < clause.start) figureCursor++;
        for (let cursor = figureCursor; cursor < figures.length && figures[cursor]!.figure.start < clause.end; cursor++) {
          const { figure, index } = figures[cursor]!;
          const before = clauseSubjects.filter((subject) => subject.end <= figure.start);
          const head = headSubject(text, before);
          // A paragraph that names nobody (As of December 31, 2023, total assets were …) goes on about the
          // organisation the document last spoke of.
          // Only for the document's main organisation and the standard metrics of the glossary, so that
          // statistics about others in a subject-less paragraph are not given to the bank.
          const named = (head ? resolve(head) : null) ?? sentenceSubject ?? paragraphSubject;
          const fallback = !named && lastOrganisation !== null && lastOrganisation === speaker ? lastOrganisation : null;
          let subject = named ?? fallback;
          const metricStart = Math.max(
            consumedUntil,
            head ? head.end : clause.start,
            ...before.map((entity) => entity.end),
            // A cut-off date bounds the metric phrase; a period inside it (net profit for 2023 rose …) is cut out.
            ...clauseDates.filter((date) => date.end <= figure.start && date.asOf).map((date) => date.end),
          );
          let binding = this.bindMetric(text, simplified, figure, metricStart, clause, mentions, subjects, previousMetric);
          // English names the owner after the metric: total assets of the Bank amounted to …
          const ownerAfterOf = head !== null && /\bof\s+$/i.test(text.slice(Math.max(clause.start, head.start - 5), head.start));
          if (!binding.metric && ownerAfterOf) {
            const start = Math.max(consumedUntil, clause.start, ...clauseDates.filter((date) => date.end <= head.start && date.asOf).map((date) => date.end));
            const retry = this.bindMetric(text, simplified, figure, start, clause, mentions, subjects, previousMetric, head);
            if (retry.metric) binding = retry;
          }
          binding.metric = binding.metric ? tidyMetric(binding.metric, figure) : '';
          if (!binding.metric) binding.baseMetric = '';
          if (!isQualifyingFigure(figure)) consumedUntil = Math.max(figure.end, binding.consumedUntil);
          if (isQualifyingFigure(figure) || (figure.value === null && figure.low === null && figure.high === null)) continue;
          // Growth and share rates refer to the figure just before them, so a figure without a metric breaks the chain.
          previousMetric = binding.comparedWithDate ? null : binding.baseMetric || null;
          if (binding.comparedWithDate || !binding.metric || !subject) continue;
          if (!named && !this.normaliser.isKnown(binding.baseMetric)) continue;
          // A product carried over from an earlier sentence has no balance sheet: the bank's ratios and
          // results (The provision coverage ratio was …) belong to its owner.
          if (!head && !sentenceSubject && !organisationNames.has(subject) && institutionMetrics.has(binding.baseMetric)) {
            subject = owners.get(subject) ?? lastOrganisation ?? subject;
          }
          const carried = carriedAsOf && figure.start < carriedAsOf.until ? carriedAsOf.period : null;
          const asOf = this.asOfFor(text, figure, clause, clauseDates, sentenceAsOf, carried ?? paragraphAsOf, statedOrLatestDate);
          if (!asOf) continue;
          // Without a date of the document or the text, only the glossary's standard metrics are worth a claim.
          if (asOf.source === 'document-date' && !documentDate && !this.normaliser.isKnown(binding.baseMetric)) continue;
          const leading = simplified.slice(clause.start, figure.start);
          const outlook = outlookOf(simplified.slice(sentence.start, clause.start), leading, asOf, documentDate);
          claims.push({
            subject,
            metric: outlook ? outlookMetric(binding.metric, outlook) : binding.metric,
            unit: figure.unit,
            asOf,
            mention: index,
            cumulative: inheritsCumulative || cumulativeWords.test(leading) || cumulativeWords.test(binding.phrase),
          });
        }
        if (clauseSubjects.length > 0) {
          const clauseHead = headSubject(text, clauseSubjects);
          const resolved = clauseHead ? resolve(clauseHead) : null;
          if (resolved) sentenceSubject = resolved;
          const namedOrganisations = clauseSubjects.filter((candidate) => candidate.organisation && candidate.pronoun === null);
          if (resolved && organisationNames.has(resolved)) lastOrganisation = resolved;
          else if (resolved && owners.has(resolved)) lastOrganisation = owners.get(resolved)!;
          else if (namedOrganisations.length > 0) lastOrganisation = namedOrganisations[namedOrganisations.length - 1]!.name;
        }
      }
      if (sentenceSubject) {
        paragraphSubject = sentenceSubject;
        lastSubject = sentenceSubject;
      }
      // A cut-off date opening a sentence (截至2023年末，…) governs the later sentences of its paragraph,
      // also after a heading line that opened the paragraph.
      for (let index = sentence.firstClause; index < sentence.endClause; index++) {
        // Heading remnants before the date (二、零售业务 截至2023年末，…) hold no figures.
        const opening = model.clauses[index]!;
        const openingDates = spansWithin(dates, opening);
        const openingDate = clauseInitialDate(text, opening, openingDates);
        // Only a cut-off (截至2023年末, as of) carries on; a year that opens a sentence (2023年，…) is its own.
        if (openingDate && openingDates[0]?.asOf) {
          const lineEnd = text.indexOf('\n', sentence.end);
          carriedAsOf = { period: openingDate, until: Math.min(sentence.end + carriedReach, lineEnd < 0 ? text.length : lineEnd) };
        }
        if (openingDate || spansWithin(figureMentions, opening).length > 0) break;
      }
    }
    return claims;
  }

  private bindMetric(
    text: string,
    simplified: string,
    figure: FigureMention,
    metricStart: number,
    clause: Clause,
    mentions: readonly Mention[],
    subjects: readonly SubjectMention[],
    previousMetric: string | null,
    owner: SubjectMention | null = null,
  ): { metric: string; baseMetric: string; phrase: string; consumedUntil: number; comparedWithDate: boolean } {
    const from = Math.min(metricStart, figure.start);
    let before = '';
    let cursor = from;
    for (const mention of spansWithin(mentions, { start: from, end: figure.start })) {
      if (mention.kind !== 'date') continue;
      before += text.slice(cursor, mention.start);
      cursor = mention.end;
    }
    before += text.slice(cursor, figure.start);
    // The owner named after the metric (… of the Bank) is no part of it.
    if (owner) before = before.replace(new RegExp(`\\s+of\\s+${escapeRegExp(text.slice(owner.start, owner.end))}`), ' ');
    const comparedWithDate = spansWithin(mentions, clause).some(
      (mention) =>
        mention.kind === 'date' &&
        mention.end <= figure.start &&
        comparisonBefore.test(simplified.slice(clause.start, mention.start)) &&
        (figure.direction !== null || comparisonPredicate.test(simplified.slice(mention.end, figure.start))),
    );
    let phrase = before;
    let metric = this.normaliser.normalise(before);
    let consumedUntil = figure.end;
    const cleanedBefore = cleanChinesePhrase(before);
    // 的 right before the figure makes it a modifier of the noun after it (…等领域的30多个开源项目).
    const modifiesNoun = /的[\s\u3000]*$/.test(simplify(before));
    if (!metric || modifiesNoun || endsWithObjectVerb(before)) {
      const after = postPhrase(text, figure, clause, mentions, subjects);
      const verb = meaningfulObjectVerbs.find((candidate) => cleanedBefore.endsWith(candidate)) ?? '';
      const objectMetric = after.text ? this.normaliser.normalise(verb + shareMetric(after.text, figure)) : '';
      if (objectMetric) {
        metric = objectMetric;
        phrase = before + after.text;
        consumedUntil = after.end;
      }
    }
    // The level after a change names the metric of the change: rose 20% to 39.36 billion yuan; 同比增长20%至393.6亿元.
    const growthKey = this.normaliser.normalise('同比增长');
    if ((!metric || metric === growthKey) && previousMetric && levelAfterChange.test(simplify(before))) metric = previousMetric;
    if (!metric || /^[\d\s.%]*$/.test(metric)) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate };
    const growth = this.normaliser.normalise('同比增长');
    const isRate = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
    // A growth word before an amount (增长至555万亿元) states a level, not a metric of its own.
    if (metric === growth && !isRate && figure.direction === null) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate };
    const simplifiedBefore = simplify(before);
    const statesChange = figure.direction !== null || metric === growth || growthWords.test(simplifiedBefore);
    if (statesChange) {
      // Growth rates name the metric they grow: 净利润31.66亿元，同比增长20% → 净利润同比增长; 营业收入增长10% keeps its own.
      // A change of an amount (净利润增加10亿元) is kept apart from the amount itself.
      const periodOnPeriod = /环比/.test(simplifiedBefore);
      const rate = isRate ? (periodOnPeriod ? '环比增长' : growth) : '变动额';
      const stripped = metric === growth ? '' : metric.replace(new RegExp(`${growth}$`), '').replace(/(?:同比|环比|较上年|比上年|较去年|比去年)$/, '');
      const base = stripped || previousMetric;
      if (!base) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate };
      // 营业收入增长至393.6亿元 states the new level.
      // 不良贷款率下降至1.12% and the NPL ratio fell to 1.12% state the new level of a rate as well.
      const level = (!isRate || stripped !== '') && figure.direction === null && /(?:至|到|\bto|reaching)[\s\u3000]*$/i.test(simplifiedBefore);
      if (level) return { metric: base, baseMetric: base, phrase, consumedUntil, comparedWithDate };
      return { metric: `${base}${rate}`, baseMetric: base, phrase, consumedUntil, comparedWithDate };
    }
    // A bare rate (获贷率为46.8% after 获得贷款支持的高新技术企业有21.75万家) is the rate of the population just counted.
    if (isRate && previousMetric && /^[\u4e00-\u9fff]{1,3}率$/.test(metric) && !/(?:率|占比|比重|比例)$/.test(previousMetric) && !this.normaliser.isKnown(metric)) {
      return { metric: `${previousMetric}${metric}`, baseMetric: metric, phrase, consumedUntil, comparedWithDate };
    }
    if (/^占/.test(metric) && isRate) {
      // A share without the population it measures (占全国人口的15.4% after an unrecognised figure) is no claim.
      if (!previousMetric) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate };
      return { metric: `${previousMetric}${metric}`, baseMetric: previousMetric, phrase, consumedUntil, comparedWithDate };
    }
    return { metric, baseMetric: metric, phrase, consumedUntil, comparedWithDate };
  }

  private asOfFor(
    text: string,
    figure: FigureMention,
    clause: Clause,
    dates: readonly DateMention[],
    sentenceAsOf: Period | null,
    paragraphAsOf: Period | null,
    documentDate: DocumentDate | null,
  ): Claim['asOf'] | null {
    const governing = (date: DateMention): boolean =>
      !comparisonBefore.test(simplify(text.slice(Math.max(clause.start, date.start - 12), date.start))) &&
      !sinceAfter.test(simplify(text.slice(date.end, date.end + 4)));
    const inClause = dates.filter((date) => date.start >= clause.start && date.end <= figure.start && governing(date));
    let period: Period | null = inClause.length > 0 ? periodOf(inClause[inClause.length - 1]!) : null;
    if (!period) {
      // English puts the date after the figure: "3.4 billion yuan in 2023".
      const after = dates.find(
        (date) => date.start >= figure.end && date.end <= clause.end && englishAsOfBefore.test(text.slice(figure.end, date.start)) && governing(date),
      );
      if (after) period = periodOf(after);
    }
    period ??= sentenceAsOf ?? paragraphAsOf;
    if (period) return { ...period, source: 'text' };
    if (documentDate) return { start: documentDate.date, end: documentDate.date, source: 'document-date' };
    return null;
  }
}

/** Residues of dates inside a metric phrase (24年1-6月, 今年前10月): the period belongs to the as-of, not the key. */
const dateResidue =
  /(?:\d{2,4}年)?\d{1,2}(?:[-—~～至]\d{1,2})?月份?|\d{2,4}年度?|今年|去年|上年|本年|前\d+个?月|上半年|下半年|[一二三四]季度|年内|年初|年末|年底|同期/g;
/** A comparison with others (低于国内外同行的十分之一) states no metric of its own. */
const comparisonStart = /^(?:不到|低于|高于|超过|相当于|约为|仅为|不足|大于|小于|优于)|.(?:不到|低于|高于|相当于|不足|优于)/;
/** Words after which the noun phrase of a long metric starts again (通过开源及SaaS模式服务科技企业 → 科技企业). */
const metricRestart =
  /(?:通过|帮助|支持|服务了?|实现了?|落地至|至(?!少|今)|向|对(?![公私外])|(?<![作成因])为(?!主)|给|(?<![存所现])在(?![贷线途保管])|将(?!近)|从(?![事中])|由(?!此)|其中|面向|针对|围绕|打造|推出|提供|开展|首创|带动)/g;
/** Verbs that, left alone, name no metric (收录11.6亿 without its noun). */
const bareVerbs = new Set(['收录', '接入', '归集', '整合', '分析', '筛选出', '从中筛选出', '发掘', '由此发掘', '覆盖', '服务', '帮助', '支持', '实现', '带动', '吸引', '汇聚', '提供']);
/** Class nouns that count things; with a money unit they are the population of another figure, not its metric. */
const populationNouns = /^(?:企业|客户|机构|用户|个人|商户|小微企业|农户|居民)$|(?:客户|客户数|用户|企业|商户|农户|户数)$/;
const maxMetricLength = 16;

/**
 * The key a metric phrase may stand as, or '' when it names nothing sensible: date residues and
 * bullets go, comparisons with others and bare verbs make no key, a long clause fragment keeps
 * only the noun phrase after its last verb or preposition (or makes no key when that is still long).
 */
function tidyMetric(metric: string, figure: FigureMention): string {
  // English keys and keys that join an English qualifier to a Chinese term (inclusive 贷款余额) are left as they are.
  if (!/[\u3400-\u9fff]/.test(metric) || /[A-Za-z]{2,}\s/.test(metric)) return metric;
  let key = metric.replace(/^[\s•·●▪\-—、，,.:：;；]+/, '').replace(dateResidue, '');
  if (key.length === 0 || comparisonStart.test(key) || bareVerbs.has(key)) return '';
  if (key.length > 14) {
    let cut = -1;
    for (const match of key.matchAll(metricRestart)) if (key.length - (match.index + match[0].length) >= 2) cut = match.index + match[0].length;
    // A measure word alone (…特殊群体服务人次 → 人次) is no noun phrase: keep the whole.
    if (cut > 0 && !/^(?:人次|人|户|家|个|次|笔|元|名|项)$/.test(key.slice(cut))) key = key.slice(cut);
  }
  if (key.length > maxMetricLength || bareVerbs.has(key)) return '';
  if (figure.unit !== 'count' && populationNouns.test(key)) return '';
  return key;
}

/** The latest cut-off date (截至2024年6月末) a document mentions, standing in for a missing document date. */
function latestCutOff(dates: readonly DateMention[]): DocumentDate | null {
  let latest: DateMention | null = null;
  for (const date of dates) if (date.asOf && !date.relative && (!latest || date.period.end > latest.period.end)) latest = date;
  return latest ? { date: latest.period.end, source: 'inferred', span: { start: latest.start, end: latest.end } } : null;
}

/** Metrics of an institution's accounts, which a product does not have. */
const institutionMetrics = new Set([
  '净利润', '营业收入', '利润总额', '资产总额', '负债总额', '存款余额', '拨备覆盖率', '资本充足率', '核心一级资本充足率', '净息差',
  '成本收入比', '净资产收益率', '总资产收益率', '员工人数',
]);

/** How far (in characters after its sentence) a sentence-opening cut-off date governs. */
const carriedReach = 200;

type Outlook = 'target' | 'forecast';

const forecastWords = /预计|预期|预测|有望|展望|估计|\b(?:expects?|expected|forecasts?|forecast|projects?|projected|estimates?|estimated|outlook|guidance|anticipates?)\b/i;
const targetWords =
  /目标(?!客)|计划|规划|力争|争取|(?<![模虚])拟|打算|将(?:会|要)?(?:突破|达到|达|超过|超|增至|增长|提升|提高|实现|新增|降至|保持|扩大|覆盖|服务)|\b(?:plans?|planned|aims?|aiming|targets?|targeting|intends?|seeks?|goal|will|pledged?)\b/i;

/**
 * Whether a figure states a target or a forecast rather than an actual: a planning word in its
 * clause, or in its sentence when the period lies after the document date (到2025年末…将突破, plans to
 * lift … by 2025). A future period alone is not enough: document dates can be wrong.
 */
function outlookOf(sentenceBefore: string, clauseBefore: string, asOf: Claim['asOf'], documentDate: DocumentDate | null): Outlook | null {
  const future = asOf.source === 'text' && documentDate !== null && asOf.end > documentDate.date;
  const scope = future ? sentenceBefore + clauseBefore : clauseBefore;
  if (forecastWords.test(scope)) return 'forecast';
  if (targetWords.test(scope)) return 'target';
  return null;
}

/** 资产总额 → 资产总额目标; a key that already says so (资产总额目标) is kept. */
function outlookMetric(metric: string, outlook: Outlook): string {
  const base = metric.replace(/预计|预期|有望/g, '').replace(/(?:目标|预测|计划)$/, '');
  return `${base || metric}${outlook === 'target' ? '目标' : '预测'}`;
}

/** A cut-off date stands for its last day (截至2023年 → 2023-12-31); other dates keep their period. */
function periodOf(date: DateMention): Period {
  return date.asOf ? { start: date.period.end, end: date.period.end } : { start: date.period.start, end: date.period.end };
}

/** A date at the very start of a clause governs the rest of the sentence (2021年末，…; In 2023, …). */
function clauseInitialDate(text: string, clause: Clause, dates: readonly DateMention[]): Period | null {
  const first = dates.find((date) => date.start >= clause.start && date.end <= clause.end);
  if (!first) return null;
  const lead = text.slice(clause.start, first.start).replace(/<[^>]*>/g, '');
  if (!leadingDateWords.test(lead)) return null;
  if (sinceAfter.test(simplify(text.slice(first.end, first.end + 4)))) return null;
  return periodOf(first);
}

/** A cut-off date (截至…, as of …) opening a paragraph governs every sentence of it. */
function governingParagraphDate(text: string, clause: Clause, dates: readonly DateMention[]): Period | null {
  const first = dates[0];
  if (!first || !first.asOf) return null;
  return clauseInitialDate(text, clause, dates);
}

/**
 * The entity a run of candidates talks about. The first one is the topic, unless a later one is
 * what it modifies (由我行牵头打造的…FISCO BCOS, 微众银行的微粒贷, WeBank's Weilidai).
 */
function headSubject(text: string, candidates: readonly SubjectMention[]): SubjectMention | null {
  let head: SubjectMention | null = candidates[0] ?? null;
  for (const candidate of candidates.slice(1)) {
    if (!head) break;
    const between = simplify(text.slice(head.end, candidate.start));
    if (/的|旗下|之|’s|'s|\bof\b/.test(between) || between.trim() === '') head = candidate;
  }
  return head;
}

function mainOrganisation(named: readonly SubjectMention[]): string | null {
  const counts = new Map<string, number>();
  for (const entity of named) if (entity.organisation) counts.set(entity.name, (counts.get(entity.name) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** Ages and durations qualify a population or a period (60岁及以上人口); they are no claims and belong to the metric phrase. */
function isQualifyingFigure(figure: FigureMention): boolean {
  return figure.unit === 'years' || figure.counter === '岁' || figure.counter === '歲';
}

/**
 * A share names its population and condition: 17%的客户为首贷户 and 约18%为首贷户 are both the share
 * of first-time borrowers (首贷户占比); 约70%的客户单笔借款成本低于… keeps its condition.
 */
function shareMetric(after: string, figure: FigureMention): string {
  if (figure.unit !== '%' || !/[\u3400-\u9fff]/.test(after)) return after;
  const cleaned = cleanChinesePhrase(after).replace(/^(?:客户|用户)/, '');
  const predicate = /^(?:.*?)(?:为|是|系)(.+)$/.exec(cleaned);
  return predicate ? `${predicate[1]}占比` : cleaned;
}

function endsWithObjectVerb(before: string): boolean {
  const cleaned = cleanChinesePhrase(before)
    .replace(/[\s,，]+$/, '')
    .replace(/[了着过]$/, '');
  if (/[a-z]$/i.test(before.trim())) {
    const lastWord = /([A-Za-z]+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
    return objectVerbsEn.includes(lastWord);
  }
  return objectVerbs.some((verb) => cleaned.endsWith(verb));
}

/** The noun phrase right after a figure (个人客户 in 超3.6亿个人客户), up to a verb, mention or clause end. */
function postPhrase(
  text: string,
  figure: FigureMention,
  clause: Clause,
  mentions: readonly Mention[],
  subjects: readonly SubjectMention[],
): { text: string; end: number } {
  const range = { start: figure.end, end: clause.end };
  const nextMention = spansWithin(mentions, range).find((mention) => !(mention.kind === 'figure' && isQualifyingFigure(mention)));
  const nextSubject = spansWithin(subjects, range)[0];
  const limit = Math.min(clause.end, nextMention?.start ?? clause.end, nextSubject?.start ?? clause.end);
  let start = figure.end;
  const window = text.slice(start, limit);
  const yearOnYear = /^[\s\u3000]*(?:year[- ]on[- ]year|yoy|y-o-y)\b/i.exec(window);
  if (yearOnYear) return { text: 'year on year', end: start + yearOnYear[0].length };
  if (/^[\s\u3000]*[A-Za-z]/.test(window)) {
    const words = /^[\s\u3000]*((?:[A-Za-z][A-Za-z-]*\s*){1,5})/.exec(window)?.[1] ?? '';
    const stop = /\b(?:in|of|at|as|by|for|from|across|and|to|with|on|which|that|who|were|was|are|is|than|over|since|compared)\b/i.exec(words);
    const phrase = (stop ? words.slice(0, stop.index) : words).trim();
    return { text: phrase, end: start + window.indexOf(phrase) + phrase.length };
  }
  const simplifiedWindow = simplify(window).replace(/^[\s\u3000]+/, '');
  start += window.length - window.replace(/^[\s\u3000]+/, '').length;
  // A measure word left outside the figure (超3.6亿 个人客户 is not one: 个人 is a word).
  let phrase = figure.counter === null && !wordsStartingWithCounter.test(simplifiedWindow) ? simplifiedWindow.replace(counterChars, '') : simplifiedWindow;
  const skipped = simplifiedWindow.length - phrase.length;
  // 17%的客户为首贷户: a share names its whole population and condition, so only punctuation ends it.
  const share = (figure.unit === '%' || figure.unit === 'pp') && phrase.startsWith('的');
  let cut = phrase.length;
  for (let i = 0; i < phrase.length && i < (share ? 16 : 12); i++) {
    if (!isCjk(phrase[i]!) && !/[“”"‘’0-9 /]/.test(phrase[i]!)) {
      cut = i;
      break;
    }
    // 贡献者 (contributors) is a noun, not the verb 贡献.
    if (i > 0 && !share && postPhraseStops.some((word) => phrase.startsWith(word, i) && !(word === '贡献' && phrase[i + 2] === '者'))) {
      cut = i;
      break;
    }
    cut = i + 1;
  }
  phrase = phrase.slice(0, cut);
  return { text: phrase, end: start + skipped + cut };
}

/** Binds each figure to (subject, metric, as-of period). */
export function extractClaims(
  text: string,
  mentions: readonly Mention[],
  documentDate: DocumentDate | null,
  config: CorpusConfig,
  token: CancellationToken,
): Claim[] {
  return new ClaimExtractor(config).extract(text, mentions, documentDate, token);
}
