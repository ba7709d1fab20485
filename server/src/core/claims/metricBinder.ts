/**
 * The metric binder: the phrase a figure measures — before it (净利润31.66亿元), after it (服务3亿个人客户),
 * or carried from the figure before (同比增长20%) — normalised to a key through the metric ontology.
 */
import { englishFallNouns, englishRiseNouns } from '../figuresLexicon';
import type { MetricNormaliser } from '../glossary';
import { cleanChinesePhrase, simplify } from '../glossary';
import type { MetricConcept, UnitFamily } from '../ontology/kinds';
import type { DateMention, FigureMention, Mention } from '../types';
import { isBaseUnit, splitUnit, unitKind, type Unit, type UnitKind } from '../units';
import { relativeFromWords } from './patterns/fromTo';
import { comparisonBefore } from './periods';
import { spansWithin, type Clause } from './sentences';
import type { SubjectMention } from './subjects';

/** Verbs and prepositions after which a figure counts the noun that follows it (服务3亿个人客户). */
const objectVerbs = [
  '服务', '汇聚', '推出', '开源', '落地', '支持', '帮助', '吸引', '覆盖', '触达', '惠及', '连接', '有', '拥有', '为', '向', '给', '对', '帮扶',
  '助力', '提供', '发放', '新增', '累计', '已', '共', '达', '全国', '辐射', '投入', '获得', '培训', '招募', '举办', '上线', '聚集', '吸纳',
  '集聚', '另有', '还有', '设立', '开设', '发行', '累计为', '包括', '涵盖', '支撑', '在', '已在', '收录', '接入', '归集', '整合', '分析',
  '筛选出', '发掘', '办理', '促成', '上架', '发布', '吸引了', '汇聚了',
];
const objectVerbsEn = ['processed', 'handled', 'conducted', 'serve', 'reach', 'add', 'grant', 'served', 'serves', 'serving', 'has', 'have', 'had', 'with', 'helped', 'supported', 'attracted', 'launched', 'reached', 'covers', 'covering', 'granted', 'issued', 'added', 'gained', 'counts', 'boasts', 'including'];
/** Verbs whose meaning belongs to the metric of the noun after the figure (开源33个项目 → 开源项目). */
/** The 从 or 由 of a before-and-after right before its first value (净利差由去年1.14%…). */
const fromWordBefore = new RegExp(`[从從由](?:${relativeFromWords})?[\\s\\u3000]*$`);
/** "a dip in operating income of" before a percentage: the change noun and the metric it changes. */
const changeNouns = `${englishRiseNouns}|${englishFallNouns}`;
const englishChangeNounBefore = new RegExp(
  `(?:^|\\s)(?:an?\\s+)?(?:(?:year[- ](?:on|over)[- ]year|yoy)\\s+)?(${changeNouns})(?:\\s+in)?\\s+(?:the\\s+|its\\s+)?((?:(?:bank|group|company)'s\\s+)?[A-Za-z][A-Za-z -]{1,40}?)\\s+(?:of|by)\\s*$`,
  'i',
);
/** "a 0.9% rise in 2024 net profit": the change noun and "in" before a date. */
const changeNounThenIn = new RegExp(`^\\s*(?:${changeNouns})\\s+in\\s+$`, 'i');
/** "a 29.82% rise in net profit", "a 4.2% drop in …": the noun after "in" is what changed. */
const changeNounAfter = new RegExp(
  `^[\\s\\u3000]*(?:year[- ](?:on|over)[- ]year\\s+)?(?:${changeNouns})\\s+in\\s+((?:the\\s+|its\\s+)?(?:[A-Za-z][A-Za-z-]*\\s*){1,4}?)(?=[,.;]|\\s*\\([A-Za-z]{2,6}\\)|\\s+(?:to|from|and|in|of|at|for|while|compared|year)\\b|$)`,
  'i',
);
/** "… increase in revenue to" before a level: the growth's noun, the metric, and the word of the level. */
const englishGrowthNounLevel = /^[\s,]*(?:(?:year[- ](?:on|over)[- ]year|yoy)\s+)?(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease)\s+in\s+(?:the\s+)?(?:(?:bank|group|company)'s\s+)?([A-Za-z][A-Za-z -]{1,40}?)\s*,?\s*(?:to|reaching|amounting to|at)\s*$/i;
/** What is left of a clause that restates the metric before at another period (，2022年末为…; （9月为…）). */
// 年末不良贷款率微降至1.44%，但上半年曾攀升至1.65%: a verb that reaches a level restates the metric at its period too.
const restatedAtPeriod = /^[\s\u3000,，;；（(]*(?:则|而|亦|但|但是)?(?:曾|一度|曾经)?(?:为|是|达|则为|(?:攀升|回升|上升|升|回落|下降|降|下滑|增|提升|提高)至)[\s\u3000]*$/;
/** English verbs whose object counts what is new (added 3 million customers). */
const englishIncrementVerb = /\b(?:added|adds|adding|gained|gaining|acquired|acquiring|onboarded|won|attracted)\s+(?:(?:a|an|another|some|over|more than|nearly|about|around|approximately|almost)\s+)*$/i;
const meaningfulObjectVerbs = ['开源', '发放', '授信', '放款', '新增', '上线', '发行', '开设'];
/** Verbs of ranking after a figure (排第2, 稳居第三, 分列第3, 拿下…获利王): what follows is a place, not a noun. */
const rankingAfter = /^(?:排|居|位居|稳居|高居|名列|分列|位列|列|夺下|夺得|拿下|蝉联|连续|稳坐|超车|领先|跻身|再创|创下?)/;
/** Words at which the noun phrase after a figure ends. */
const postPhraseStops = [
  '提供', '投入', '共建', '申请', '参与', '实现', '获得', '使用', '通过', '进行', '落地', '得到', '受益', '贡献', '发放', '享受', '覆盖',
  '包括', '其中', '以及', '占', '中', '是', '为', '在', '的', '和', '与', '等', '并', '已', '均',
  // A new description after the counted noun (2300+ 机构 全球首个开源…).
  '全球', '首个', '首创', '业界', '面向', '打造',
];
/** The key suffix of the amount a metric changed by (净利润增加10亿元 → 净利润变动额). */
export const changeAmountKey = '变动额';
export const growthWords = /同比|环比|按年|较上年|比上年|较去年|比去年|增速|增幅|增长|增加|下降|减少|下行|上行|上升|下滑|回落|回升|收窄|提升|提高|降低|year[- ](?:on|over)[- ]year|\byoy\b|growth|\bup\b|\bdown\b|\brose\b|\bfell\b|increase|decrease/i;
/** What a figure after a base date states: a change against that date (较2018年末增长233%, 比上年末高2.1个百分点). */
/**
 * The base of the standard changes (较上年末增长10.19%, 较年初下降3bp, 较上年同期增长): the period before the
 * governing one, so the change is the metric's usual growth, not a comparison with a base date of its own.
 */
const previousPeriodBase = /^(?:上年末|上年底|去年末|去年底|上年年末|年初|今年初|本年初|上年同期|去年同期|上年|去年|上一年)$/;
const comparisonPredicate = /增长|增加|下降|减少|提高|降低|上升|提升|扩大|缩小|增|降|高|低|多|少|increase|decrease|rose|fell|up|down|higher|lower/i;
const quarterOnQuarterAfter =
  /^\s*,?\s*(?:(?:from|over|compared (?:to|with)|versus|vs\.?) (?:the )?(?:previous|last|prior|preceding) quarter|(?:quarter[- ]on[- ]quarter|qoq|sequentially)\b)/i;
/** 与一季度末的 … 相比: the frame of a comparison around its base's value. */
const framedBaseBefore = /(?:与|與|和|同|跟)[\s\u3000]*[^，,。；;的\d]{1,10}的[\s\u3000]*$/;
const framedBaseAfter = /^[\s\u3000]*(?:相比|相较|相較|比较|比較)/;
const changeNounFirst = /^\s*(?:increase|rise|growth|gain|decrease|decline|drop|fall)\b/i;
const otherBaseAfter =
  /^\s*,?\s*(?:from|over|compared (?:to|with)|versus|vs\.?|than|(?:above|below) (?:the )?(?:levels? )?(?:seen |recorded |reported )?(?:in|of)) (?:that of |those of )?(?:the )?(?:first half|first three quarters|first quarter|second quarter|third quarter|first nine months|end of (?:march|june|september|(?:the )?(?:first|second|third) quarter|Q[1-3]|[1-3]Q)|(?:19|20)\d{2}\b(?! ?(?:levels?|figures?))|mid-(?:(?:19|20)\d{2}|year)\b|middle of the year|[HQ][1-4](?:\s*(?:19|20)?\d{2})?\b|[1-4][HQ](?:\d{2})?\b|previous half)/i;

/** Adverbs of a change (同比微增, 逆势增长, 虽同比下降, 小幅上升): how it changed, not what. */
const changeAdverbs = /(?:微|略有|略|稍|小幅|大幅|大|骤|暴|猛|明显|显著|逆势|稳步|进一步|双双|均|虽|虽然|但|仍|继续|仅|仅仅|只)+$/;
/** Nothing but the words of a change between the level and its change (", a decline of", 「，同比」). */
const changeOfPrevious = /^[\s\u3000,，;；（(]*(?:或|or\b)?[\s\u3000]*(?:仅|仅仅|只|大幅|小幅|微|略|稍|明显|显著|进一步|继续|仍|亦|也)?(?:同比|环比|较上年|比上年)?(?:仅|大幅|小幅|微|略|稍|明显|显著)?[\s\u3000]*(?:(?:reflecting|marking|representing|showing|indicating|posting|recording|registering|seeing|with)\s+)?(?:(?:a|an|or)\s+)?(?:(?:significant|slight|modest|sharp|marginal|substantial|strong|robust|steady|notable)\s+)?(?:(?:year[- ](?:on|over)[- ]year|yoy|y-o-y)\s+)?(?:(?:increase|decrease|decline|drop|rise|growth|fall|gain)\s+of|up|down|rising|falling|increasing|decreasing)?[\s\u3000]*$/i;
/** A clause opening with last year's same period and a copula at most (去年同期为, 较上年同期). */
const sameTimeLastYearOpening = /^[\s\u3000]*(?:而|且|但)?[\s\u3000]*(?:较|比|相比|与)?[\s\u3000]*(?:去年|上年|上一年)同期[\s\u3000]*(?:为|是|则为|的|录得)?[\s\u3000]*$/;
/** "a 1.6% rise", "a 2% increase year on year": a change noun after the figure that is followed by no "in" or "of". */
const englishChangeNounOnly = new RegExp(`^\\s*(?:${changeNouns})(?=\\s*(?:[,.;:)]|$|(?:year[- ](?:on|over)[- ]year|yoy|y-o-y|from|over|compared|versus|against)\\b))`, 'i');
/** "… ($9.7 billion) in operating income": a concept after "in", past a bracketed conversion. */
const englishInConceptAfter = /^(\s*(?:\([^()]{0,40}\)\s*)?in\s+)((?:[A-Za-z][A-Za-z'-]*\s*){1,6})/i;
/** The noun of a growth after a rate and its 的 (21.01%的增长率, 3.1%的降幅). */
const growthNounAfter = /^[\s\u3000]*的[\s\u3000]*(?:增长率|增速|增幅|降幅|增长|下降)/;
const namedGrowthNounAfter = /^[\s\u3000]*的[\s\u3000]*[\u4e00-\u9fff]{2,8}?(?:增长率|增速|增幅|降幅)/;
/** A direction word inside a figure's own text (增长5%, 下降0.3个百分点), which a base's value has none of. */
const directionInside = /[增降减減升跌涨漲长長]|下行|回落|收窄|扩大|擴大|提高|提升/;
const levelAfterChange = /^[\s\u3000)）]*(?:(?:year[- ](?:on|over)[- ]year|yoy|y-o-y|同比)[\s\u3000]*)?(?:to|reaching|(?:to )?come in at|coming in at|(?:bringing|taking|lifting|pushing) (?:the|its) total to|至|增至|升至|降至|达到|达)[\s\u3000]*$/i;
/** "an increase of 66 basis points in the cost-to-income ratio": a change of the figure's own text, then its concept. */
const changeNounOfFigure = new RegExp(`^(?:${changeNouns})s?\\s+of\\b`, 'i');
const conceptAfterIn = /^(\s*in\s+(?:the\s+|its\s+)?(?:(?:bank|group|company)'s\s+)?)((?:[A-Za-z][A-Za-z'-]*\s*){1,6})/i;
/** Verbs of a change that name no direction ("improved by 13 basis points", 改善了11个基点 is signed by the lexicon). */
const unsignedChangeBefore = /\b(?:improved|improving|deteriorated|deteriorating|changed|changing|moved|shifted|optimi[sz]ed)\s+(?:by\s*)?$/i;
/** Measures that are better lower: their improvement is a fall. */
const lowerIsBetter = /成本|不良|逾期|关注|信用减值|拨备计提|cost|npl|non-performing|overdue|impairment/i;
/** "down 3 basis points quarter-on-quarter and 18 basis points year-on-year": the second change of the same metric. */
const pairedChangeBefore = /^[\s,]*(?:(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)|yoy|qoq|y-o-y|q-o-q|sequentially)\s*,?\s*and\s*$/i;
const yearOnYearAfter = /^\s*,?\s*(?:year[- ](?:on|over)[- ]year|yoy|y-o-y|(?:from|over|compared (?:to|with)) (?:a year (?:earlier|ago)|the (?:previous|prior|same period of the previous) year|last year))\b/i;
/** The characters the relative-base, period and 持平 rewrites of a phrase start from. */
const relativeOrPeriodChar = /[较較比环環同YyQHAE上下前持月]/;
/** Words that point back at the metric just stated (这一数字, 该比例, the figure). */
const metricAnaphor = /^(?:这一|这个|该|此|那一)(?:数字|数据|数值|比例|比重|比率|占比|指标|规模)$|^(?:this|that|the) (?:figure|number|ratio|share|proportion)$/i;
const counterChars = /^[个家户名人笔位所只项次份张条]/;
const wordsStartingWithCounter = /^(?:个人|个体|人口|人员|人民|人群|家庭|户籍|名单|次数|项目|份额|条件|位于)/;

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isMoneyUnit(unit: Unit): boolean {
  const { base, per } = splitUnit(unit);
  return per.length === 0 && isBaseUnit(base) && unitKind(base) === 'money';
}

function isCjk(char: string): boolean {
  return /[\u3400-\u9fff]/.test(char);
}

export interface MetricBinding {
  metric: string;
  /** The metric a change or share is of (净利润 for 净利润同比增长), or the metric itself. */
  baseMetric: string;
  /** The text the metric was read from. */
  phrase: string;
  /** Where the binding's reading of the clause ended (after a noun phrase that follows the figure). */
  consumedUntil: number;
  /** True when the figure states a change against a dated base (较2018年末增长233%). */
  comparedWithDate: boolean;
  /** The base date of that comparison, when the clause states it (较2021年, 较2018年末). */
  comparisonBase: DateMention | undefined;
  /** True when the figure is the metric's level a year before the governing period ("up from … a year earlier"). */
  previousYear: boolean;
  /** The year a base level names after it (compared to RMB 277.6 billion in the same period of 2018). */
  baseYear?: number;
  /** The date of a comparison's base whose value the figure is (较2022年的28.04%). */
  baseValueDate?: DateMention;
  /** True when the figure is the base a comparison is framed around (与一季度末的100.00亿张相比), at a period of its own. */
  framedBase?: boolean;
  /** True when nothing but change words stand between it and the figure before, whose metric it changes. */
  continuesPrevious: boolean;
}

export class MetricBinder {
  /** The key suffix of a year-on-year change (同比增长), normalised once rather than per figure. */
  readonly growthKey: string;

  constructor(private readonly normaliser: MetricNormaliser) {
    this.growthKey = normaliser.normalise('同比增长');
  }

  bind(
    text: string,
    simplified: string,
    figure: FigureMention,
    metricStart: number,
    clause: Clause,
    mentions: readonly Mention[],
    subjects: readonly SubjectMention[],
    previousMetric: string | null,
    owner: SubjectMention | null = null,
  ): MetricBinding {
    const from = Math.min(metricStart, figure.start);
    let before = '';
    let cursor = from;
    for (const mention of spansWithin(mentions, { start: from, end: figure.start })) {
      if (mention.kind !== 'date') continue;
      // The preposition that introduced the date goes with it (operating income for 2024 was …).
      // So does the comparison word before a base date (不良贷款率较年初下降…).
      before += text
        .slice(cursor, mention.start)
        .replace(/\s+(?:for|in|during|as of|as at|at the end of|by the end of|at|by|of)\s*$/i, ' ')
        .replace(/(?:较|較|比|相比|相较于?|相較於?|对比|對比)[\s\u3000]*$/, '')
        // 汇款总额于8月份为…, 存款总额在今年8月份上升…: the preposition of the date goes with it too.
        .replace(/(?<=[\u3400-\u9fff])(?:于|於|在)[\s\u3000]*$/, '');
      // 2025年上半年度净利: the 度 after a period the date recogniser read is the date's too.
      cursor = mention.end + (text[mention.end] === '度' && !/[假过過]/.test(text[mention.end + 1] ?? '') && mention.end + 1 <= figure.start ? 1 : 0);
    }
    before += text.slice(cursor, figure.start);
    // "loan volume*4 reached": a release's footnote marker after a noun is no part of it.
    if (before.includes('*')) before = before.replace(footnoteMarker, '');
    // The owner named after the metric (… of the Bank) is no part of it.
    if (owner) before = before.replace(new RegExp(`\\s+(?:of|for)\\s+${escapeRegExp(text.slice(owner.start, owner.end))}`), ' ');
    // 较年初下降0.05个百分点至1.19%: the level after 至 is no comparison with the base date.
    const levelAfterTo = /(?:至|到|\bto)[\s\u3000]*$/i.test(text.slice(Math.max(clause.start, figure.start - 4), figure.start));
    // English names the base after the change: "down 5.39 percentage points from the previous quarter"
    // (period on period), "down 12 basis points from the first half of the year" (a base of its own).
    // "a 0.5% increase from the end of Q3": the noun of the change comes first.
    const window = text.slice(figure.end, Math.min(clause.end, figure.end + 60));
    const nounAfter = changeNounFirst.exec(window);
    const baseAfter = nounAfter ? window.slice(nounAfter[0].length) : window;
    const changed = figure.direction !== null || nounAfter !== null;
    const quarterOnQuarter = changed && quarterOnQuarterAfter.test(baseAfter);
    const comparisonBase = levelAfterTo
      ? undefined
      : spansWithin(mentions, clause).find(
          (mention): mention is DateMention =>
            mention.kind === 'date' &&
            mention.end <= figure.start &&
            !previousPeriodBase.test(simplify(mention.text)) &&
            comparisonBefore.test(simplified.slice(clause.start, mention.start)) &&
            (figure.direction !== null || comparisonPredicate.test(simplified.slice(mention.end, figure.start))),
        );
    const comparedWithDate = (!levelAfterTo && changed && otherBaseAfter.test(baseAfter)) || comparisonBase !== undefined;
    // The rewrites below look for a few characters only; most phrases have none of them.
    // 港元存款按月下跌2.1%, 按季上升: Hong Kong's words of a change against the month or quarter before.
    if (/按[月季]/.test(before)) before = before.replace(/按[月季][\s\u3000]*$/, '环比');
    // 2Q25末存款, 2Q25末不良率: the 末 after a quarter the date recogniser read is the date's, not the metric's (末期 is a word).
    if (/^[\s\u3000]*末(?!期)/.test(before)) before = before.replace(/^[\s\u3000]*末/, '');
    const rewritable = relativeOrPeriodChar.test(before);
    // 较上季度下降5个基点, 环比24Q3下降: a change against the quarter before, which the key says.
    const quarterBase = rewritable && /(?:较|較|比|环比|環比)[\s\u3000]*(?:上季度|上季|上一季度|上个季度|(?:20)?\d{2}Q[1-4]|[1-4]Q(?:\d{2})?)/i.test(before);
    // A relative base the date recogniser could not resolve (no document date: 较上年末增长) is the usual one.
    if (rewritable) before = before
      .replace(/(?:较|較|比|相比|相较于?)[\s\u3000]*(?:(?:上年|去年|上一年|上季度|上季|上一季度|上个季度)(?:末|底|年末|年底|同期)?|(?:今年|本年)?年初|期初)/g, '')
      .replace(/(?<=环比|環比|较|較)[\s\u3000]*(?:(?:20)?\d{2}Q[1-4]|[1-4]Q(?:\d{2})?)末?/gi, '')
      // Periods the date recogniser left in the phrase (上半年 without a document date, 24Q2, 2024H1) belong to the as-of.
      .replace(/(?<![A-Za-z0-9])(?:(?:20)?\d{2}(?:Q[1-4]|H[12]|A|E)|[1-4]Q(?:\d{2})?)末?(?![A-Za-z0-9])|上半年|下半年|前三季度|(?<![\d年])(?:1[0-2]|[1-9])[\s\u3000]?月(?:末|底)/g, '')
      // 月末人民币贷款余额: "the month's end" of the release opening the phrase belongs to the as-of too.
      .replace(/^[\s\u3000]*(?:月末|月底|季末|年末|年底)/, '')
      // 同比+5.1%, YoY+6.2%: the sign is the figure's, the words a year-on-year change.
      .replace(/(?<=同比|YoY|yoy)[\s\u3000]*[+＋][\s\u3000]*$/, '')
      .replace(/(?:YoY|yoy|y-o-y)[\s\u3000]*$/, '同比');
    // 本报告期比上年同期增减变动幅度-2.73%: a filing's column of the change on the year before, of the row's metric.
    if (/增减/.test(before)) before = before.replace(/(?:本报告期|报告期|(?:年初)?至报告期末|本期)?[\s\u3000]*(?:比|较|較)?[\s\u3000]*(?:上年同期|去年同期|上年)?[\s\u3000]*增减(?:变动|變動)?(?:幅度|比例|率|\(%\)|（%）)?[\s\u3000]*(?:为|為)?[\s\u3000]*$/, '同比增长');
    // 不良率季度环比持平1.06%: a level unchanged on the period before, not a change.
    if (rewritable) before = before.replace(/(?:季度|单季)?(?:环比|環比|同比|较上年末|较年初|较上季度?)?(?:基本)?持平(?:于|在|为)?[\s\u3000]*$/, '');
    // 年增0.85%, 年減1.39%: Taiwanese and Hong Kong outlets' year-on-year, after the level it changes.
    if (figure.direction !== null && /年[\s\u3000]*$/.test(before)) before = before.replace(/(?:^|(?<=[，,；;、\s\u3000]))年[\s\u3000]*$/, '同比');
    // 月減6.9%: the change on the month before, as Taiwan's monthly earnings reports state it.
    if (figure.direction !== null && /月[\s\u3000]*$/.test(before)) before = before.replace(/(?:^|(?<=[，,；;、\s\u3000]))月[\s\u3000]*$/, '环比');
    // 多赚14%, 少赚4.2%: Hong Kong's and Taiwan's press name the profit by the verb of its change.
    if (figure.direction !== null && /^[多少][赚賺]/.test(figure.text)) before = before.replace(/[\s\u3000]*$/, '') + '赚同比';
    // 净利润实现0.8%的增长, 营收录得3.1%的降幅: the verb before a change its noun names after the figure.
    if (figure.direction !== null && /^(?:%|pp|bp)$/.test(figure.unit) && growthNounAfter.test(simplified.slice(figure.end, figure.end + 8))) {
      before = before.replace(/(?:实现了?|實現了?|录得|錄得|取得了?)[\s\u3000]*$/, '');
    }
    // 与去年同期相比下降了8.5%: the comparison's frame, its base date gone, is no part of the metric.
    if (rewritable || /相比|相较|相較/.test(before)) {
      before = before
        .replace(/(?:与|與|和|同|跟)[\s\u3000]*(?:去年|上年|上一年)?同期[\s\u3000]*(?:相比|相较|相較|比较|比較)(?:之下)?[\s\u3000，,]*(?:则|則)?[\s\u3000]*$/, '')
        .replace(/(?:与|與|和|同|跟)?[\s\u3000]*(?:相比|相较|相較|比较|比較)(?:之下)?[\s\u3000，,]*$/, '');
    }
    // 信用减值损失的激增（20.1亿元，同比增长20.1%）: the bracket after a noun's change holds that noun's figures.
    // (这一降幅主要源于…: the cause a change is put down to starts the noun.)
    if (/[（(][\s\u3000]*$/.test(before)) {
      before = before.replace(/(?:的)?(?:激增|大增|猛增|上升|增长|增加|下降|减少|攀升|下滑|回落|提升|扩大|收窄)[\s\u3000]*[（(][\s\u3000]*$/, '').replace(/^.*(?:源于|得益于|受益于|归因于|由于|因为)/, '');
    }
    // 中期归母净利润同为221.52亿元, 亦为: "likewise" before the copula is no part of the metric.
    before = before.replace(/(?<=[\u3400-\u9fff])(?:同|亦|也|均|皆)(?=[为為][\s\u3000]*$)/, '');
    // Citation markers of summaries ([1], [18][24]) are no part of a metric.
    before = before.replace(/\[\d{1,3}\](?:\[\d{1,3}\])*/g, ' ');
    // "was given as", "were shown as": how a table put it, not what it measures.
    before = before.replace(/\s+(?:was|were|is|are|had been|has been)\s+(?:given|shown|put|listed|reported|stated|recorded|booked)\s+(?:as|at)\s*$/i, ' ');
    // 净利润从-2.15亿元…, 净利差由去年1.14%…: the 从 or 由 of a before and after belongs to no metric.
    before = before.replace(fromWordBefore, '');
    // "net profit rose from 9.4 billion yuan": the earlier value of a before-and-after is a level of the metric.
    before = before.replace(/(?<=\S)\s+(?:(?:has|have|had)\s+)?(?:rose|risen|grew|grown|increased|climbed|jumped|surged|fell|fallen|declined|dropped|decreased|slipped|shrank|shrunk|eased)\s+from\s*$/i, '');
    // 即每股派现0.32元: the same distribution restated per share.
    before = before.replace(/(?:^|(?<=[，,；;\s\u3000]))(?:即|也即|相当于)(?=每)/, '');
    // 拟派发末期股息每股0.206元，连同中期股息每股…，全年股息每股…: the verbs of paying and adding leave the key, the
    // part of the year stays in it (末期, 中期), and the whole year's is the distribution itself.
    before = before
      .replace(/(?<!每[0-9十]{0,2}股)(?:拟|建议)?(?:派发|派送|宣派|派付|连同|連同)(?=(?:末期|中期|全年|特别|特別)?(?:现金)?(?:股息|分红|红利|股利))/g, '')
      .replace(/全年(?=(?:现金)?(?:股息|分红|红利|股利)每股)/g, '');
    // 利润分配方案为每10股派发现金红利…: the plan names the distribution it proposes.
    before = before.replace(/(?:年度|中期)?利润分配(?:方案|预案)[\s\u3000]*(?:为|是|拟|：|:)?[\s\u3000]*(?=(?:拟)?每)/g, '');
    // 去年同期为1.25%, 较去年同期204.63亿元增长11.4%: a clause that opens with last year's same period states the
    // value of the metric just stated a year before.
    // (较去年同期下降了16个基点 is the change itself, whose direction word the figure holds.)
    if (previousMetric && !directionInside.test(figure.text) && sameTimeLastYearOpening.test(simplify(text.slice(clause.start, figure.start)))) {
      return { metric: previousMetric, baseMetric: previousMetric, phrase: before, consumedUntil: figure.end, comparedWithDate: false, comparisonBase: undefined, previousYear: true, continuesPrevious: true };
    }
    // "0.565 yuan per 10 shares": the number of shares is the base of the rate before it.
    if (/\b(?:per|for every)\s*$/i.test(text.slice(Math.max(clause.start, figure.start - 12), figure.start))) return { metric: '', baseMetric: '', phrase: before, consumedUntil: figure.end, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
    // A wire story's dateline (BEIJING, Aug. 13 (Xinhua) -- …) opens its first sentence, not the metric.
    before = before.replace(/^[^]*\((?:Xinhua|Reuters|AFP|AP|Bloomberg|Dow Jones|CNA|Kyodo|Yonhap)\)\s*(?:--|—|–|-)\s*/, '');
    // "The net profit for the fourth quarter was": the quarter is the claim's period (read from the text), not the key's.
    before = before.replace(/\s(?:for|in|during|of|(?:at|by) the end of) the (?:first|second|third|fourth|last|final) (?:quarter|half)(?: of the year)?(?=\s|$)/gi, ' ');
    // "interest income for the year was": the whole year is the claim's period.
    before = before.replace(/\s(?:for|in|during|over) the (?:full |whole )?year(?=\s|$)/gi, ' ');
    // "The net profit … for the same period is": the period is the one just stated, no part of the metric.
    before = before.replace(/\s(?:for|in|during|over) the (?:same|corresponding|reporting) period(?=\s|$)/gi, ' ');
    // "The M2 -- a broad measure of money supply -- increased …": the words between dashes describe the metric.
    before = before.replace(/\s(?:--|—|–)\s[^]*?\s(?:--|—|–)\s/g, ' ').replace(/(?:^|\s)(?:--|—|–)\s*$/, ' ');
    // A list bullet (- 净息差…) opens the line, not the metric.
    before = before.replace(/^[\s\u3000]*[-–—•·*▪●◆■][\s\u3000]+/, '');
    // "a 0.8% dip in …" reads after the figure; "a dip in operating income of 0.8%" before it (the figure
    // recogniser signed it from the noun).
    const changeNoun = figure.unit === '%' ? englishChangeNounBefore.exec(before) : null;
    if (changeNoun) {
      const grown = this.normaliser.normalise(`${changeNoun[2]!} growth`);
      return { metric: grown, baseMetric: grown.replace(new RegExp(`${this.growthKey}$`), ''), phrase: before, consumedUntil: figure.end, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
    }
    const isRateUnit = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
    // 对比该4家股份行, 上述10家银行: a count after a demonstrative points back at a group; it states nothing.
    if (figure.unit === 'count' && /(?:该|这|此|上述|前述|其余|以上)[\s\u3000]*$/.test(simplify(text.slice(Math.max(clause.start, figure.start - 4), figure.start)))) {
      return { metric: '', baseMetric: '', phrase: before, consumedUntil: figure.end, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
    }
    // "the cost of liabilities improved by 13 basis points": a change whose words do not say which way it went is no
    // level. An improvement of what is better higher (the CET1 ratio improved by 1.18 percentage points) is a rise;
    // of a cost or a bad-loan measure, a fall the figure does not sign, and no claim.
    const unsigned = figure.direction === null ? unsignedChangeBefore.exec(before) : null;
    if (unsigned) {
      const named = this.normaliser.normalise(before.slice(0, unsigned.index));
      if (!/^improv/i.test(unsigned[0].trim()) || !named || lowerIsBetter.test(named)) {
        return { metric: '', baseMetric: '', phrase: before, consumedUntil: figure.end, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
      }
      before = `${before.slice(0, unsigned.index)} increased by `;
    }
    // "with a quarter-on-quarter decrease of 4 basis points in net interest margin": the concept after "in".
    if (figure.direction !== null && changeNounOfFigure.test(figure.text)) {
      const from = figure.end;
      const inNoun = conceptAfterIn.exec(text.slice(from, Math.min(clause.end, from + 80)));
      const words = inNoun ? inNoun[2]!.trim().split(/\s+/) : [];
      for (let count = words.length; count > 0; count--) {
        const noun = words.slice(0, count).join(' ');
        if (!this.normaliser.isKnown(noun)) continue;
        const base = this.normaliser.normalise(noun);
        const end = from + inNoun![1]!.length + inNoun![2]!.indexOf(noun) + noun.length;
        const periodOnPeriod = quarterOnQuarter || /\b(?:quarter[- ]on[- ]quarter|qoq|q-o-q|sequential)\b/i.test(before.slice(-40)) || quarterOnQuarterAfter.test(text.slice(end, clause.end));
        const metric = isRateUnit ? `${base}${periodOnPeriod ? '环比增长' : this.growthKey}` : this.changeAmountOf(base);
        return { metric, baseMetric: base, phrase: `${before}${figure.text} in ${noun}`, consumedUntil: end, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
      }
    }
    // "a dividend of RMB 1 per share, totaling RMB 25.2 billion": the distribution's whole amount.
    if (previousMetric && /^(?:末期|中期|特别)?(?:每股股利|每10股派息)$/.test(previousMetric) && isMoneyUnit(figure.unit) &&
      /^[\s,，]*(?:totaling|totalling|amounting to|for a total of|with a total of|共计|合计|總計|合計)[\s\u3000]*$/i.test(before)) {
      return { metric: '现金分红总额', baseMetric: '现金分红总额', phrase: before, consumedUntil: figure.end, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
    }
    // "… quarter-on-quarter and 18 basis points year-on-year": the same metric's change against another base.
    if (previousMetric && isRateUnit && pairedChangeBefore.test(before)) {
      const base = previousMetric.replace(/(?:同比增长|环比增长)$/, '');
      const after = text.slice(figure.end, clause.end);
      const kind = quarterOnQuarterAfter.test(after) ? '环比增长' : yearOnYearAfter.test(after) ? this.growthKey : null;
      if (kind) return { metric: `${base}${kind}`, baseMetric: base, phrase: before, consumedUntil: figure.end, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: true };
    }
    let phrase = before;
    let metric = this.normaliser.normalise(before);
    let consumedUntil = figure.end;
    const cleanedBefore = cleanChinesePhrase(before);
    // 的 right before the figure makes it a modifier of the noun after it (…等领域的30多个开源项目).
    const modifiesNoun = /的[\s\u3000]*$/.test(simplify(before));
    // 下降1BP至0.92%: the level after a change is the changed metric's, whatever follows it.
    const levelOfPrevious = previousMetric !== null && levelAfterChange.test(simplify(before));
    if ((!metric || modifiesNoun || endsWithObjectVerb(before)) && !(levelOfPrevious && !metric)) {
      const after = postPhrase(text, figure, clause, mentions, subjects);
      const verb = meaningfulObjectVerbs.find((candidate) => cleanedBefore.endsWith(candidate)) ?? '';
      // "added 3 million personal customers" counts new ones, as 新增个人客户 does.
      const added = englishIncrementVerb.test(before) ? this.normaliser.normalise(shareMetric(after.text, figure)) : '';
      // 34.6亿元排第2, 以806.19亿元稳居第三: a rank after the figure is no noun it counts.
      const ranked = rankingAfter.test(after.text);
      const objectMetric = added ? `新增${added}` : after.text && !ranked ? this.normaliser.normalise(verb + shareMetric(after.text, figure)) : '';
      if (objectMetric) {
        metric = objectMetric;
        phrase = before + after.text;
        consumedUntil = after.end;
      }
    }
    // "generated 69.4 billion yuan ($9.7 billion) in operating income": the concept after "in", past a bracketed
    // conversion, is what the amount measures.
    if (!metric && figure.unit !== '%' && /[a-z]\s*$/i.test(before)) {
      const inNoun = englishInConceptAfter.exec(text.slice(figure.end, Math.min(clause.end, figure.end + 80)));
      const words = inNoun ? inNoun[2]!.trim().split(/\s+/) : [];
      for (let count = words.length; count > 0; count--) {
        const noun = words.slice(0, count).join(' ');
        if (!this.normaliser.isKnown(noun)) continue;
        metric = this.normaliser.normalise(noun);
        phrase = `${before} in ${noun}`;
        consumedUntil = figure.end + inNoun![1]!.length + inNoun![2]!.indexOf(noun) + noun.length;
        break;
      }
    }
    // 以1.88%的同比增速实现其营业总收入1739.64亿元: the rate is the growth of the concept the verb after it names.
    if (/以[\s\u3000]*$/.test(cleanedBefore) && figure.unit === '%') {
      const after = simplify(text.slice(figure.end, Math.min(clause.end, figure.end + 24)));
      const growthOf = /^[\s\u3000]*的[\s\u3000]*(?:同比)?(?:增速|增幅|增长率|增长)[\s\u3000]*(?:实现|录得|达到|取得)?了?[\s\u3000]*(?:其)?/.exec(after);
      const named = growthOf ? this.normaliser.ontology.find(after.slice(growthOf[0].length)) : null;
      if (growthOf && named && named.start === 0) {
        metric = `${named.concept.id}${this.growthKey}`;
        return { metric, baseMetric: named.concept.id, phrase: before + after.slice(0, growthOf[0].length + named.end), consumedUntil: figure.end + growthOf[0].length, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
      }
    }
    // 以860.2亿元的总资产规模位列第三: the figure is the measure of the concept named after its 的.
    if (/以[\s\u3000]*$/.test(cleanedBefore)) {
      const after = simplify(text.slice(figure.end, Math.min(clause.end, figure.end + 16)));
      const named = /^[\s\u3000]*的/.exec(after) ? this.normaliser.ontology.find(after.slice(after.indexOf('的') + 1)) : null;
      if (named && named.start === 0) {
        metric = named.concept.id;
        phrase = before + after.slice(0, after.indexOf('的') + 1 + named.end);
        consumedUntil = figure.end + after.indexOf('的') + 1 + named.end;
      }
    }
    // "a cash dividend of 5.65 yuan per 10 shares", "a dividend of RMB 0.565 per share": the distribution's base.
    const perShares = /^[\s,]*(?:(?:yuan|RMB|CNY)\s+)?(?:\(?(?:tax[- ]inclusive|before tax|pre-tax)\)?\s+)?per\s+(10|ten)?\s*(?:(?:ordinary|common|A|H)\s+)?shares?\b/i.exec(text.slice(figure.end, Math.min(clause.end, figure.end + 40)));
    if (perShares && figure.unit !== '%' && /\bdividends?\b|分红|派息|红利|股利/i.test(before)) {
      // A final, interim or special dividend is a part of the year's, kept apart from the whole (末期每股股利).
      const part = /\bfinal\b/i.test(before) ? '末期' : /\binterim\b/i.test(before) ? '中期' : /\bspecial\b/i.test(before) ? '特别' : '';
      metric = `${part}${perShares[1] ? '每10股派息' : '每股股利'}`;
      consumedUntil = figure.end + perShares[0].length;
    }
    // The level after a change names the metric of the change: rose 20% to 39.36 billion yuan; 同比增长20%至393.6亿元.
    // "a 31.03% increase in revenue to 35.364 billion yuan": the level after a growth named by its noun.
    const grownTo = englishGrowthNounLevel.exec(before);
    if (grownTo) {
      const grown = this.normaliser.normalise(grownTo[1]!);
      if (grown && this.normaliser.isKnown(grown)) metric = grown;
    }
    // 与一季度末的100.00亿张相比: the value a comparison is framed around is the base's, of the metric just stated.
    if (previousMetric && framedBaseBefore.test(simplified.slice(clause.start, figure.start)) && framedBaseAfter.test(simplified.slice(figure.end, figure.end + 6))) {
      const base = previousMetric.endsWith(this.growthKey) ? null : previousMetric;
      const concept = base ? this.normaliser.concept(base) : null;
      if (base && (concept === null || unitFitsConcept(figure.unit, concept))) {
        return { metric: base, baseMetric: base, phrase, consumedUntil, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false, framedBase: true };
      }
    }
    // 增速较2022年的28.04%和2023年的23%: the figure is the value of the comparison's base, at the base's period.
    // (A change whose noun comes after it, 较2023年21.01%的增幅, has no direction word of its own.)
    const baseValueDate = figure.direction === null || !directionInside.test(figure.text) ? this.baseValueDate(simplified, figure, clause, mentions) : null;
    if (baseValueDate) {
      // 营业支出从2023年末的42.4亿元: the metric is named before the 从 of a before-and-after.
      const namedBeforeFrom = /^(.+?)[从從由][^从從由]*$/.exec(before)?.[1];
      const beforeFrom = namedBeforeFrom ? this.normaliser.normalise(namedBeforeFrom) : '';
      const stated = metric && this.normaliser.isKnown(metric) ? metric : beforeFrom && this.normaliser.isKnown(beforeFrom) ? beforeFrom : previousMetric;
      // 增速较2022年的28.04%: the growth of the metric the sentence is about.
      const own = stated === this.growthKey ? (previousMetric ? `${previousMetric.replace(new RegExp(`${this.growthKey}$`), '')}${this.growthKey}` : null) : stated;
      if (!own) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate: true, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
      const base = own.endsWith(this.growthKey) ? own.slice(0, -this.growthKey.length) : own;
      const growthOfBase =
        own.endsWith(this.growthKey) ||
        (previousMetric !== null && own === previousMetric && /增速|增幅|增长率/.test(simplify(text.slice(clause.start, figure.start)))) ||
        (/^(?:%|pp|bp)$/.test(figure.unit) && growthNounAfter.test(simplified.slice(figure.end, figure.end + 8)));
      const key = growthOfBase && !own.endsWith(this.growthKey) ? `${own}${this.growthKey}` : own;
      // 普及率86%…从2015年的108.22万亿元: an amount is no value of the rate before it, nor of a growth.
      const isRate = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
      const concept = this.normaliser.concept(key);
      if (key.endsWith(this.growthKey) ? !isRate : concept !== null && !unitFitsConcept(figure.unit, concept)) {
        return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate: true, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
      }
      return { metric: key, baseMetric: base, phrase, consumedUntil, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false, baseValueDate };
    }
    // 归母净利润9.04亿元的增长: an amount of change, not the level. (A rate before the noun, 实现0.8%的增长, is the
    // change itself, which the figure recogniser signed by the noun.)
    if (!/^(?:%|pp|bp)$/.test(figure.unit) && /^[\s\u3000]*的[\s\u3000]*(?:增长|增加|增幅|提升|上升|下降|减少|降幅|下滑|回落)/.test(simplify(text.slice(figure.end, figure.end + 6)))) {
      return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate: false, comparisonBase, previousYear: false, continuesPrevious: false };
    }
    // 2023年末不良贷款率1.46%，2022年末为1.47%: a value of the metric just stated, at the period its clause names.
    if (!metric && previousMetric && restatedAtPeriod.test(simplify(before)) && spansWithin(mentions, { start: from, end: figure.start }).some((mention) => mention.kind === 'date')) {
      metric = previousMetric;
    }
    // "added 3 million customers, bringing the total to 210 million": the total is the level, not what was added.
    if (previousMetric && levelAfterChange.test(simplify(before))) metric = /\btotal to\s*$/i.test(before) ? previousMetric.replace(/^新增/, '') : previousMetric;
    // "…, a decline of 0.47%" and 「，降幅0.3%」 after a level: the change of the metric just stated.
    // 比上年末高2.1个百分点: a bare comparative after a rate is the change of that rate.
    const bareComparative = /^(?:高|低|多|少|高出|低了|提高|降低|上升|下降)$/.test(metric) && (figure.unit === 'pp' || figure.unit === 'bp');
    // 资产总额 17.08万亿元 +8.64%: in a table's row, a signed rate right after an amount is the amount's change.
    const signedAfterAmount =
      figure.unit === '%' && /^[ \t\u3000]+[+＋]?[ \t\u3000]*$/.test(before) && (/[+＋]/.test(before) || /^[-−+＋]/.test(figure.text)) && !/[%％]$/.test(text.slice(Math.max(0, from - 1), from));
    // "increased by 1.5 per cent in October and increased by 3.9 per cent compared to a year ago": a second change of
    // the metric, when it names a base of its own.
    const secondChange =
      !metric && figure.direction !== null && /^\s*,?\s*and\s*$/i.test(before) && (yearOnYearAfter.test(window) || quarterOnQuarterAfter.test(window));
    const continuesPrevious =
      (((!metric && figure.direction !== null) || bareComparative) && previousMetric !== null && (bareComparative || secondChange || changeOfPrevious.test(before))) ||
      (signedAfterAmount && previousMetric !== null);
    // "rose to 2.21% compared to 1.87% in the first half of 2023", "up from RMB 380.2 billion a year earlier":
    // the base is a level of the same metric, of the year before when the words after say so.
    if (previousMetric && /^[\s,]*(?:compared (?:to|with)|versus|vs\.?|against|up from|down from|(?:an? )?(?:(?:slight|sharp|significant|modest) )?(?:decrease|increase|rise|drop|decline|fall|gain) from|from)\s*$/i.test(before)) {
      const previousYear = /^[\s,]*(?:a year (?:earlier|ago|before)|(?:in )?the (?:previous|prior|preceding) (?:(?:fiscal|financial) )?(?:year|period)|last (?:fiscal )?year|at the end of the previous year|(?:in |for )?the (?:corresponding|same) period (?:of |in )?(?:the )?(?:last|previous|prior) year|(?:in |for )?the (?:corresponding|same) period last year|(?:in |for )?the (?:corresponding|same) (?:period|quarter|half|months?)(?: of)? (?:a year (?:earlier|ago|before)|(?:the )?(?:last|previous|prior) year)|(?:in |for )?the prior[- ]year period|(?:from |in |for )?the year[- ]ago (?:period|quarter|half|months?)|(?:in |for )?the same period(?=\s*(?:[.;]|$))|year[- ](?:on|over)[- ]year|year[- ]over[- ]year|yoy)\b/i.test(baseAfter);
      // "compared to RMB 277.6 billion in the same period of 2018": the governing period, in the year named.
      // (A base that names a period of its own, "in the first half of 2023", is a date the as-of reads.)
      const namedYear = /^[\s,]*(?:(?:in|for|during)\s+)?(?:the\s+)?(?:same|corresponding) period (?:of|in)\s+((?:19|20)\d{2})\b/i.exec(baseAfter);
      // "the ratio was 39.1 per cent, compared with 37.8 per cent.": a base whose period the text leaves out is of
      // none the reader can tell.
      const undated = !previousYear && !namedYear && /^(?:compared (?:to|with)|versus|vs\.?|against)\b/i.test(before.trim().replace(/^,\s*/, '')) && !spansWithin(mentions, { start: figure.end, end: clause.end }).some((mention) => mention.kind === 'date') && /^[\s\u3000]*(?:[.;。；]|$)/.test(baseAfter);
      return {
        metric: previousMetric,
        baseMetric: previousMetric,
        phrase,
        consumedUntil,
        comparedWithDate: undated,
        comparisonBase: undefined,
        previousYear,
        continuesPrevious: false,
        ...(namedYear ? { baseYear: Number(namedYear[1]) } : {}),
      };
    }
    // "…, accounting for 34.71% of total operating income": the share of the metric just stated in another.
    const share = figure.unit === '%' ? (this.englishShare(before, text.slice(figure.end, clause.end), previousMetric) ?? this.chineseShare(before, previousMetric)) : null;
    if (share) return { metric: share, baseMetric: share, phrase, consumedUntil, comparedWithDate: false, comparisonBase: undefined, previousYear: false, continuesPrevious: false };
    if (bareComparative) metric = '';
    if (continuesPrevious) metric = previousMetric;
    // 这一数字在2022年约为28.5%, the ratio was: the metric just stated, at another period or place.
    if (metricAnaphor.test(metric)) metric = previousMetric ?? '';
    if (!metric || /^[\d\s.%]*$/.test(metric)) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
    const growth = this.growthKey;
    const isRate = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
    // A growth word before an amount (增长至555万亿元) states a level, not a metric of its own.
    if (metric === growth && !isRate && figure.direction === null) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
    const simplifiedBefore = simplify(before);
    const statesChange = continuesPrevious || figure.direction !== null || metric === growth || growthWords.test(simplifiedBefore);
    if (statesChange) {
      // Growth rates name the metric they grow: 净利润31.66亿元，同比增长20% → 净利润同比增长; 营业收入增长10% keeps its own.
      // A change of an amount (净利润增加10亿元) is kept apart from the amount itself.
      const periodOnPeriod = quarterOnQuarter || quarterBase || /环比/.test(simplifiedBefore);
      const rate = isRate ? (periodOnPeriod ? '环比增长' : growth) : changeAmountKey;
      const stripped =
        metric === growth
          ? ''
          : metric
              .replace(new RegExp(`${growth}$`), '')
              // 净息差小幅下行至1.85%: the verb of the change is no part of the metric.
              .replace(/(?:下行|上行|下降|上升|提升|提高|降低|回落|回升|收窄|扩大|下滑|增长|增加|减少)$/, '')
              .replace(changeAdverbs, '')
              .replace(/(?:同比|环比|较上年|比上年|较去年|比去年)$/, '')
              .replace(changeAdverbs, '')
              // An opening bracket left of a remark (（2021年较2020年增长33.48%）) names nothing, nor does the
              // comparison word of a base the recognisers left as a figure (较23年提升6.4pct).
              .replace(/^[\s\u3000（(【\[“"‘,，、;；:：]+$/, '')
              .replace(/^(?:较|較|比|相比|相较|相較)(?:\d{2,4}年(?:末|底|同期)?|\d{2}Q[1-4]|\d{2}H[12])?$/, '');
      // The stripped phrase in its key form (息差 → 净息差), so the level after the change meets it.
      const base = (stripped && (this.normaliser.isKnown(stripped) ? this.normaliser.normalise(stripped) : stripped)) || previousMetric;
      // A change of a growth rate (the growth rate improved by 1.29 percentage points) has no key of its own.
      if (!base || base.endsWith(growth)) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
      // 营业收入增长至393.6亿元 states the new level.
      // 不良贷款率下降至1.12% and the NPL ratio fell to 1.12% state the new level of a rate as well.
      // (增长至2024年的6517.76亿元: the date between 至 and the level leaves its 的.)
      const level = (!isRate || stripped !== '') && figure.direction === null && /(?:至|到|\bto|reaching|\bcom(?:e|ing) in at)[\s\u3000]*(?:的[\s\u3000]*)?$/i.test(simplifiedBefore);
      if (level) return { metric: base, baseMetric: base, phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
      const changed = rate === changeAmountKey ? this.changeAmountOf(base) : `${base}${rate}`;
      return { metric: changed, baseMetric: base, phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious };
    }
    // A bare rate (获贷率为46.8% after 获得贷款支持的高新技术企业有21.75万家) is the rate of the population just counted.
    if (isRate && previousMetric && /^[\u4e00-\u9fff]{1,3}率$/.test(metric) && !/(?:率|占比|比重|比例)$/.test(previousMetric) && !this.normaliser.isKnown(metric)) {
      // The population's rate is the metric that later changes of it (比上年末提高0.8个百分点) change.
      return { metric: `${previousMetric}${metric}`, baseMetric: `${previousMetric}${metric}`, phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
    }
    // 占全部贷款的比例, 在总营收中占比: a share names the population it is taken of, after the metric just stated.
    if ((/^占/.test(metric) || /^[\u4e00-\u9fff]{1,8}中(?:的)?(?:占比|比重)$/.test(metric)) && isRate) {
      // A share without the population it measures (占全国人口的15.4% after an unrecognised figure) is no claim.
      if (!previousMetric) return { metric: '', baseMetric: '', phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
      return { metric: `${previousMetric}${metric}`, baseMetric: previousMetric, phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
    }
    return { metric, baseMetric: metric, phrase, consumedUntil, comparedWithDate, comparisonBase, previousYear: false, continuesPrevious: false };
  }

  /**
   * The date right before a figure, with only 的 between, in a clause that compares with it (较2022年的28.04%,
   * …和2023年的23%): the figure is the base's value. Null when the figure is no such value.
   */
  private baseValueDate(simplified: string, figure: FigureMention, clause: Clause, mentions: readonly Mention[]): DateMention | null {
    // 较2023年的21.01%; 对比2023年净利润21.01%的增长率, 较2023年21.01%的增幅: the rate a change is set against.
    // (对比2023年21.01%的净利润增速: the growth's metric may stand between its 的 and its noun.)
    const rateOfBase = /^(?:%|pp|bp)$/.test(figure.unit) && (growthNounAfter.test(simplified.slice(figure.end, figure.end + 8)) || namedGrowthNounAfter.test(simplified.slice(figure.end, figure.end + 16)));
    if (!rateOfBase && !/的[\s\u3000]*$/.test(simplified.slice(Math.max(clause.start, figure.start - 3), figure.start))) return null;
    const date = spansWithin(mentions, { start: clause.start, end: figure.start }).filter((mention): mention is DateMention => mention.kind === 'date').pop();
    if (!date) return null;
    const between = simplified.slice(date.end, figure.start);
    if (!/^[\s\u3000]*(?:末|底)?[\s\u3000]*的[\s\u3000]*$/.test(between) && !(rateOfBase && /^[\s\u3000]*(?:末|底)?(?:[\s\u3000]*的)?[\u3400-\u9fff]{0,8}[\s\u3000]*$/.test(between))) return null;
    if (/(?:较|較|比|相比|相较|对比|从)/.test(simplified.slice(clause.start, date.start))) return date;
    // 与一季度末的100.00亿张相比: a comparison framed around its base.
    return /(?:与|同|和|跟)[\s\u3000]*$/.test(simplified.slice(Math.max(clause.start, date.start - 3), date.start)) && /^[\s\u3000]*(?:相比|相较|比较)/.test(simplified.slice(figure.end, figure.end + 6)) ? date : null;
  }

  /**
   * The key of the amount a metric changed by: the ontology's concept of its increase when there is one
   * (人民币贷款增加13.27万亿元 is 新增人民币贷款, 人民币贷款增加), else the metric's 变动额.
   */
  changeAmountOf(base: string): string {
    const stem = base.replace(/余额$/, '');
    // 社融新增1.16万亿元: a name of the increment (社融增量, 新增社融) is the flow the amount states.
    for (const increase of [`${stem}增加`, `${stem}增量`, `新增${stem}`]) {
      const concept = this.normaliser.concept(increase);
      if (concept) return concept.id;
    }
    return `${base}${changeAmountKey}`;
  }

  /**
   * The key of an English share: of the metric named before its verb ("fee income accounted for 10% of
   * revenue") or else the one just stated, in the whole named after the figure; null when it is none.
   */
  private englishShare(before: string, after: string, previousMetric: string | null): string | null {
    const verb = englishShareVerb.exec(before);
    if (!verb) return null;
    const part = this.normaliser.normalise(before.slice(0, verb.index)) || previousMetric;
    if (!part) return null;
    const whole = englishShareWhole.exec(after);
    const wholeKey = whole ? this.normaliser.normalise(whole[1]!) : '';
    return this.shareKey(part, wholeKey);
  }

  /**
   * 科技投入12.3亿元占营收3.5%: 占 and a metric the ontology knows, before a rate, is the share of the metric just
   * stated in that one (a whole it does not know, 占全国人口, is left to the phrase rule of {@link bind}).
   */
  private chineseShare(before: string, previousMetric: string | null): string | null {
    const share = previousMetric ? /^[\s\u3000，,]*(?:占|佔)([^，,；;。\d]{1,12}?)(?:的)?(?:比重|比例|比)?(?:为|為|达|達|约|約)?[\s\u3000]*$/.exec(simplify(before)) : null;
    const whole = share ? this.normaliser.normalise(share[1]!) : '';
    return whole && this.normaliser.isKnown(whole) ? this.shareKey(previousMetric!, whole) : null;
  }

  /** The key of a part's share in a whole: the ontology's phrasing when it has one. */
  private shareKey(part: string, wholeKey: string): string | null {
    if (!wholeKey || wholeKey === part) return null;
    for (const word of ['比重', '比例', '占比']) {
      const phrase = `${part}占${wholeKey}${word}`;
      if (this.normaliser.isKnown(phrase)) return this.normaliser.normalise(phrase);
    }
    return `${part}占${wholeKey}比重`;
  }
}

/** The verb of a share in English ("accounting for 34.71% of …"), right before the figure. */
const englishShareVerb = /\b(?:accounting for|accounted for|representing|making up|made up|constituting)\s*$/i;
/** What the share is of: the words after "of", up to the clause's next break. */
const englishShareWhole = /^\s*of\s+(?:the\s+)?(?:(?:bank|group|company)'s\s+)?((?:[A-Za-z][A-Za-z-]*)(?:\s+[A-Za-z][A-Za-z-]*){0,5}?)\s*(?=[,.;)]|$|\s+(?:and|in|for|as|at|during|from|while)\b)/i;

/** Residues of dates inside a metric phrase (24年1-6月, 今年前10月): the period belongs to the as-of, not the key. */
const dateResidue =
  /(?:成立|推出|上线|开业)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})年多?(?:来|以来)|(?:\d{2,4}年)?\d{1,2}(?:[-—~～至]\d{1,2})?[\s\u3000]?月(?:份|末|底)?|\d{2,4}年度?|今年|去年|上年|本年|前\d+个?月|上半年|下半年|第?[一二三四]季度(?:单季)?|单季度?|年内|年初|年末|年底|同期/g;
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
const maxEnglishMetricWords = 6;

/**
 * The key a metric phrase may stand as, or '' when it names nothing sensible: date residues and
 * bullets go, comparisons with others and bare verbs make no key, a long clause fragment keeps
 * only the noun phrase after its last verb or preposition (or makes no key when that is still long).
 */
export function tidyMetric(metric: string, figure: FigureMention): string {
  // Punctuation, a bracket or a stray letter names nothing.
  if (!/[A-Za-z]{2}|[\u3400-\u9fff]/.test(metric)) return '';
  // English keys and keys that join an English qualifier to a Chinese term (inclusive 贷款余额) are left as they are,
  // unless they are a clause rather than a noun phrase (more than six words, or words run together).
  if (!/[\u3400-\u9fff]/.test(metric) || /[A-Za-z]{2,}\s/.test(metric)) {
    if (metric.trim().split(/\s+/).length > maxEnglishMetricWords || /[A-Za-z]{24,}/.test(metric) || /\d/.test(metric)) return '';
    return metric;
  }
  let key = metric.replace(/^[\s•·●▪\-—、，,.:：;；]+/, '').replace(dateResidue, '');
  // One character before an amount (以 in 以4521亿元紧随其后) is a function word left over; after a count it is a noun (30个省).
  // 十家银行中仅两家: a locative after a group is where the count is taken, not what it counts.
  if (key.length === 0 || (key.length === 1 && (figure.unit !== 'count' || /[中内里间]/.test(key))) || comparisonStart.test(key) || bareVerbs.has(key)) return '';
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

/** Ages and durations qualify a population or a period (60岁及以上人口); they are no claims and belong to the metric phrase. */
export function isQualifyingFigure(figure: FigureMention): boolean {
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
  // 不良率保持在0.76%: a level the metric before it stays at, not an object after it.
  if (/(?:保持|维持|稳定|控制|持平|下降|上升|回落|回升|提升|降低|增长|减少|处)在$/.test(cleaned)) return false;
  if (/[a-z]$/i.test(before.trim())) {
    const lastWord = /([A-Za-z]+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
    return objectVerbsEn.includes(lastWord);
  }
  return objectVerbs.some((verb) => cleaned.endsWith(verb));
}

/** A footnote marker right after a word (volume*4, consumers*1). */
const footnoteMarker = /(?<=[A-Za-z])\*[0-9]{1,2}(?![0-9])/g;
const comparativeYearOnYear = new RegExp(
  '^[\\s\\u3000]*(?:(?:lower|higher)[ ]+(?:y-o-y|yoy|year[- ](?:on|over)[- ]year)|year[- ](?:on|over)[- ]year|yoy|y-o-y|' +
    '(?:higher|more|lower|less)[ ]+(?:than|from|compared (?:to|with)|versus|vs\\.?|against)[ ]+(?:a year (?:earlier|ago|before)|(?:in )?the (?:previous|prior) year|last year|' +
    'the same period (?:of |in )?(?:last|the previous|a) year))\\b',
  'i',
);
const comparativeSinceYearEnd = /^[\s\u3000]*(?:higher|more|lower|less)[ ]+(?:than|from|compared (?:to|with)|versus|vs\.?|against)[ ]+(?:at )?the (?:end of (?:last|the previous|the prior) year|(?:previous|prior) year-end|year-end)\b/i;

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
  let window = text.slice(start, limit);
  if (window.includes('*')) window = window.replace(footnoteMarker, (marker) => ' '.repeat(marker.length));
  // "a 0.9% rise in 2024 net profit": the year between "in" and the noun is the claim's period, not the phrase's end.
  if (nextMention?.kind === 'date' && nextMention.start === limit && changeNounThenIn.test(window)) {
    const after = spansWithin(mentions, { start: nextMention.end, end: clause.end })[0];
    const extended = Math.min(clause.end, after?.start ?? clause.end, spansWithin(subjects, { start: nextMention.end, end: clause.end })[0]?.start ?? clause.end);
    window = window + ' '.repeat(nextMention.end - nextMention.start) + text.slice(nextMention.end, extended);
  }
  // "44% higher than a year earlier" is a year-on-year rise (a lower one would need its sign, which the figure lacks).
  // "6% lower y-o-y": the comparative the figure recogniser read the direction from.
  // The base may be a date of its own ("than at the end of last year"), which ends the window: the clause's rest is read.
  const rest = text.slice(start, clause.end);
  const yearOnYear = comparativeYearOnYear.exec(rest);
  if (yearOnYear) return { text: 'year on year', end: start + yearOnYear[0].length };
  // "1.2% higher than at the end of last year": a change of the level before it, since the year's end.
  const sinceYearEnd = comparativeSinceYearEnd.exec(rest);
  if (sinceYearEnd) return { text: '', end: start + sinceYearEnd[0].length };
  const periodOnPeriod = /^[\s\u3000]*(?:quarter[- ]on[- ]quarter|month[- ]on[- ]month|qoq|q-o-q)\b/i.exec(window);
  // "8.42% quarter-on-quarter" changes the metric before it, period on period: no noun of its own.
  if (periodOnPeriod) return { text: '', end: start + periodOnPeriod[0].length };
  // "…, a 1.6% rise": the noun of the change names no metric; the level before it does.
  const bareChange = figure.direction !== null ? englishChangeNounOnly.exec(window) : null;
  if (bareChange) return { text: '', end: start + bareChange[0].length };
  if (/^[\s\u3000]*[A-Za-z]/.test(window)) {
    // "a 29.82% rise in net profit", "a 4.2% drop in …": the noun after "in" is what changed (the figure
    // recogniser signed a fall).
    const growth = changeNounAfter.exec(window);
    if (growth && figure.unit === '%') {
      const noun = growth[1]!.replace(/^(?:the|its)\s+/i, '').trim();
      return { text: `${noun} growth`, end: start + growth[0].length };
    }
    const words = /^[\s\u3000]*((?:[A-Za-z][A-Za-z-]*\s*){1,5})/.exec(window)?.[1] ?? '';
    // "small and micro business customers" is one noun phrase; any other "and" ends it.
    const stop = /\b(?:in|of|at|as|by|for|from|across|(?<!small |micro )and(?! micro| small)|to|with|on|which|that|who|were|was|are|is|than|over|since|compared|worth|valued|amounting|totalling|totaling)\b/i.exec(words);
    const phrase = (stop ? words.slice(0, stop.index) : words).trim();
    return { text: phrase, end: start + window.indexOf(phrase) + phrase.length };
  }
  const simplifiedWindow = simplify(window).replace(/^[\s\u3000]+/, '');
  start += window.length - window.replace(/^[\s\u3000]+/, '').length;
  // 科技投入12.3亿元占营收3.5%: what follows 占 is the whole of a share, not what the figure counts.
  if (/^(?:占|佔)/.test(simplifiedWindow)) return { text: '', end: start };
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

const familyOfKind: Readonly<Record<UnitKind, UnitFamily>> = {
  money: 'money', percent: 'percent', pp: 'percent', bp: 'percent', x: 'multiple', years: 'duration', count: 'count', t: 'other',
};

/** Whether a figure's unit is one the concept is stated in (a percentage is no total assets). Rates per unit pass. */
export function unitFitsConcept(unit: Unit, concept: MetricConcept): boolean {
  const { base, per } = splitUnit(unit);
  if (per.length > 0 || !isBaseUnit(base)) return true;
  return concept.units.includes(familyOfKind[unitKind(base)]);
}
