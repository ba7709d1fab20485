/**
 * Subject candidates: entities from the lexicon, organisation-shaped names (Chinese and English),
 * quoted product names, branches and pronouns, and the choice of the head among them.
 */
import { simplify } from '../glossary';
import type { Span } from '../types';
import type { ZoneMask } from '../zoneMask';
import { firstStartingAt } from './sentences';

/** A subject candidate: an entity from the lexicon, an organisation-shaped name, or a resolved pronoun. */
export interface SubjectMention extends Span {
  name: string;
  organisation: boolean;
  /**
   * anaphor: 该行, the bank; speaker: 我行, we; branch: "its Shenzhen branch", named after the
   * organisation the sentence talks about.
   */
  pronoun: 'anaphor' | 'speaker' | 'branch' | null;
  /** A counted group of institutions (19家民营银行). Always set, so that every candidate has one shape. */
  collective: boolean;
}

const organisationSuffixes = [
  '银行业金融机构', '监督管理委员会', '监督管理局', '委员会', '管理局', '监管局', '总局', '分行', '支行', '银行', '公司', '集团', '机构',
  '协会', '研究院', '研究所', '研究中心', '交易所', '基金会', '联合会', '商会', '消费金融', '消金',
  // Taiwan's financial holdings (北辰金控, 南湖金融控股), and their brokers (北辰证券).
  '金控', '金融控股', '证券', '产险', '人寿', '票券', '投信',
];
/** Characters that end the name when walking left from a suffix. */
const nameBoundaryChars = new Set([...'由在与和及向对为据经是的了从将被让把给于其该各等我年月日来以并也都还就而且或即这那此本每个已共达超逾约近有占仅']);
/** Verbs of building or becoming, after which 银行 names a goal or a kind of bank (打造价值银行), not an organisation. */
const aspirationVerbs = ['打造', '建设', '建成', '成为', '争做', '争当', '做强', '构建', '致力于', '定位为', '转型为', '迈向'];
const nameBoundaryWords = [
  '目前', '同时', '其中', '此外', '另外', '截至', '以及', '通过', '我国', '全国', '包括', '作为', '推动', '支持', '联合', '携手', '依托', '能够', '突破',
  '帮助', '引导', '鼓励', '要求', '允许', '传统', '各大', '多家', '部分', '所有',
  // A relation before the name (子公司北辰银行, 旗下南湖证券): no part of it.
  '子公司', '旗下',
  // Words that single one out (单看北辰银行, 至于南湖银行): no part of its name.
  '单看', '單看', '至于', '至於', '具体到', '反观', '反觀',
  // Verbs of showing before the name they report on (这意味着北辰银行…, 数据显示南湖银行…).
  '意味着', '标志着', '表明', '显示', '说明',
  // Verbs of a deal before the business it concerns (出售加拿大银行业务, 收购南湖银行).
  '出售', '收购', '转让', '入股', '增持', '减持',
  // A relation named before the associate it is (联营公司南湖银行): no part of the name.
  '联营公司', '合营公司', '联营企业', '合营企业',
  // A period's end before the name (二季末保险公司…): the headline's date, not part of it.
  '季末', '年末', '月末', '年底', '季度末', '半年末',
  // 去年同期公司通过…: a period before 公司 is no part of a name.
  '同期', '期内', '报告期内',
  // A metric before a second name (北辰银行净利润占民营银行…) ends the walk: names hold no results.
  '净利润', '净利', '营收', '营业收入', '总资产', '总利润', '成员', '新晋', '随着', '持牌', '报告', '预测', '预计',
  // Balance-sheet items and owners of a profit (存放中央银行款项, 归属于银行股东).
  '存放', '归属', '归属于',
  // A goal after a verb of building or becoming (打造价值银行, 建设一流银行): no name (see aspirationBefore).
  ...aspirationVerbs,
];
/** Class nouns shaped like names that do not designate one organisation. */
const genericOrganisations = new Set([
  '金融机构', '商业银行', '银行机构', '合作机构', '民营银行', '互联网银行', '数字银行', '传统银行', '中小银行', '大型银行', '各类机构',
  '持牌机构', '监管机构', '研究机构', '科技公司', '上市公司', '金融科技公司', '子公司', '分公司', '总公司', '母公司', '村镇银行', '外资银行',
  '法人机构', '服务机构', '分支机构', '股份制银行', '城商行', '农商行', '国有银行', '大型商业银行', '股份制商业银行',
  '金控', '上市金控', '金控公司', '公股金控', '民营金控', '银行型金控', '寿险型金控', '证券型金控', '金融控股', '金融控股公司',
  '消费金融', '消金', '消费金融公司', '消金公司', '小贷公司', '小额贷款公司', '金融公司', '互联网消费金融', '持牌消费金融', '银行系消费金融',
  // An associate or a joint venture (与联营公司交通银行相关的亏损): a relation, not a name.
  '联营公司', '合营公司', '联营企业', '合营企业', '附属公司', '控股公司', '同期公司', '公司',
]);
/** What follows a broker's name when it speaks as an analyst (北辰证券认为, 北辰证券研究所, 北辰证券宏观团队). */
const analystAfter = /^[\s\u3000]*(?:股份有限公司|有限责任公司)?(?:认为|指出|表示|称|预计|预测|测算|估算|判断|研报|研究|分析|首席|宏观|固收|策略|团队|发布|点评|报告|观点|数据|统计|整理|银行业?|金融|非银|计算)/;
/** The balances a bank's name may run into: 客户贷款总额, 贷款余额, 存款规模, 客户总数. */
const ownBalanceAfter = /^(?:客户)?(?:贷款|存款)(?:总额|余额|规模|总量)|^客户(?:贷款|存款|总数)|^存放/;
/** The last words of a class noun before its suffix (头部公司, 中尾部公司, 银行系消金): a rank or kind, not a name. */
const classPrefixEnd = /(?:头部|腰部|尾部|中尾部|系|类|型|级|牌)$/;

/** A counted class of institutions (19家民营银行, 42 listed banks) speaks of the group, not of one of them. */
// No optional prefix before the count: a pattern without a fixed first character is tried at every
// position of the document.
const collectivePattern = new RegExp(
  `((?:\\d+|[一二两三四五六七八九十百]+)家(?:${[...genericOrganisations, '银行', '公司'].sort((a, b) => b.length - a.length).join('|')}))`,
  'g',
);

/**
 * The press's names of the big state banks as a group (国有六大行, 六大国有银行, 六家国有大行, 四大行): one subject, so that
 * the group's totals never go to the bank the article is about. Written in the group's usual name (国有六大行).
 */
const bigBanksPattern = /(?:国有)?([四五六])大(?:国有)?(?:商业)?银?行|([四五六])家国有(?:大型)?(?:商业)?(?:大行|银行)/g;
/** 在六大行中, 六大行之首, 六大行里排名: the group as the field of a comparison, not what the figures measure. */
const groupAsFieldBefore = /(?:在|于|於|为|為|是|居|列|位列|领跑|跑赢|高于|低于|超过|较)[\s\u3000]*$/;
const groupAsFieldAfter = /^[\s\u3000]*(?:中|之中|当中|里|之首|之最|首位|第[一二三四五六1-6]|排名|排行|垫底|居首|领先|最高|最低|之间)/;

function findBigBankGroups(simplified: string, taken: ZoneMask, found: SubjectMention[]): void {
  for (const match of simplified.matchAll(bigBanksPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.intersects(start, end)) continue;
    if (groupAsFieldBefore.test(simplified.slice(Math.max(0, start - 4), start)) || groupAsFieldAfter.test(simplified.slice(end, end + 4))) continue;
    const count = match[1] ?? match[2]!;
    found.push({ start, end, name: count === '六' ? '国有六大行' : `${count}大行`, organisation: true, pronoun: null, collective: true });
  }
}

/** Counted groups of institutions as subjects of their own: 19家民营银行合计实现净利润187.77亿元. */
export function findCollectives(simplified: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  findBigBankGroups(simplified, taken, found);
  for (const match of simplified.matchAll(collectivePattern)) {
    const start = match.index + match[0].length - match[1]!.length;
    const end = match.index + match[0].length;
    if (taken.intersects(start, end)) continue;
    // 一家数字银行 is "a digital bank", not a group.
    if (/^[一1]家/.test(match[1]!)) continue;
    if (found.some((group) => group.start < end && start < group.end)) continue;
    found.push({ start, end, name: match[1]!, organisation: true, pronoun: null, collective: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The populations a statistics release counts, at the head of their clause: 银行共处理电子支付业务…,
 * 全国支付系统共处理支付业务…, 非银行支付机构处理网络支付业务…. Their figures are the population's,
 * not the publisher's (中国人民银行发布的数据显示) nor the country's (我国).
 */
const populationPattern =
  /(?<=^|[，,。；;：:\s）)】末度季])(?:全国|我国)?(支付系统|银行业金融机构|非银行支付机构|银行)(?=共|累计|合计|处理|办理|发生)/gm;
const populationNames: Record<string, string> = { 支付系统: '支付系统', 银行业金融机构: '银行业金融机构', 非银行支付机构: '非银行支付机构', 银行: '银行' };

/**
 * A whole class of institutions as the population (全国民营银行共实现净利润…, 民营银行合计…, Taiwan's 本國銀行):
 * found from its anchors (全国/我国 before it, 共/累计/合计 after it), so that ordinary text costs a few
 * indexOf calls rather than a pattern of forty names tried at every position.
 */
const classNames = [...genericOrganisations].sort((a, b) => b.length - a.length);
const nationwideAfter = /^(?:共|累计|合计|实现|处理|办理|发生|总资产|资产总额|净利润|营业收入|不良)/;
const totalAfter = /^(?:共计?|累计|合计|总共)/;
const populationStart = /[，,。；;：:\s）)】末度季年]/;

function findNationwideClasses(simplified: string, taken: ZoneMask, found: SubjectMention[]): void {
  const push = (start: number, end: number, name: string) => {
    if (start > 0 && !populationStart.test(simplified[start - 1]!)) return;
    if (!taken.intersects(start, end)) found.push({ start, end, name, organisation: true, pronoun: null, collective: true });
  };
  for (const lead of ['全国', '我国']) {
    for (let at = simplified.indexOf(lead); at >= 0; at = simplified.indexOf(lead, at + 2)) {
      const name = classNames.find((candidate) => simplified.startsWith(candidate, at + 2));
      if (name && nationwideAfter.test(simplified.slice(at + 2 + name.length, at + 2 + name.length + 4))) push(at, at + 2 + name.length, name);
    }
  }
  for (const anchor of ['共', '累计', '合计']) {
    for (let at = simplified.indexOf(anchor); at >= 0; at = simplified.indexOf(anchor, at + 1)) {
      if (!totalAfter.test(simplified.slice(at, at + 2)) && anchor === '共') continue;
      const name = classNames.find((candidate) => simplified.endsWith(candidate, at));
      if (name && !/全国|我国/.test(simplified.slice(at - name.length - 2, at - name.length))) push(at - name.length, at, name);
    }
  }
  for (const name of ['本国银行', '外商银行', '外国银行']) {
    for (let at = simplified.indexOf(name); at >= 0; at = simplified.indexOf(name, at + name.length)) push(at, at + name.length, name);
  }
  // A regulator's release by sector (其中，大型商业银行本外币资产总额…；财产险公司3.2万亿元): a sector opening its clause
  // before its measure or its figure is the population of that clause.
  for (const name of sectorClasses) {
    for (let at = simplified.indexOf(name); at >= 0; at = simplified.indexOf(name, at + name.length)) {
      const clauseHead = at === 0 || populationStart.test(simplified[at - 1]!) || /(?:其中|此外|同时)[，,]?$/.test(simplified.slice(Math.max(0, at - 3), at));
      // 我国商业银行净息差: the country before the sector is part of its name.
      const country = !clauseHead && /(?:我国|全国)$/.test(simplified.slice(Math.max(0, at - 2), at));
      if ((clauseHead || country) && sectorMeasureAfter.test(simplified.slice(at + name.length, at + name.length + 4))) push(country ? at - 2 : at, at + name.length, name);
    }
  }
}

/** The sectors of banking and insurance statistics, longest first so that 股份制商业银行 is not read as 商业银行. */
const sectorClasses = [
  '股份制商业银行', '大型商业银行', '城市商业银行', '农村商业银行', '农村金融机构', '保险资产管理公司', '财产险公司', '人身险公司', '再保险公司',
  '商业银行', '民营银行', '外资银行', '保险公司',
];
/** What follows a sector that opens a clause of statistics: a balance, a ratio's name or the figure itself. */
const sectorMeasureAfter = /^(?:本外币|人民币|资产|总资产|负债|不良|贷款|存款|净利润|拨备|资本|流动性|净息差|正常|关注|原保险|赔款|[0-9０-９])/;

export function findStatisticalPopulations(simplified: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of simplified.matchAll(populationPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.intersects(start, end)) continue;
    found.push({ start, end, name: populationNames[match[1]!]!, organisation: true, pronoun: null, collective: true });
  }
  findNationwideClasses(simplified, taken, found);
  return found.sort((a, b) => a.start - b.start);
}

/** The lines of business a bank reports by (零售银行, 私人银行), which its own brand before them would make a name. */
const businessLine = /^(?:零售|私人|环球|全球|公司|企业|投资|交易|个人|对公|数字|网络|手机|直销|社区|批发|财富|商业及)银行$/;

/** The last characters of Chinese dates (2025年, 第三季度, 6月末, 上半年). */
const dateEndings = new Set(['年', '月', '日', '度', '季', '末', '底', '初', '期']);

export function findOrganisationNames(simplified: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  const overlaps = (start: number, end: number) => taken.intersects(start, end);
  const suffixPattern = new RegExp(organisationSuffixes.join('|'), 'g');
  for (const match of simplified.matchAll(suffixPattern)) {
    const end = match.index + match[0].length;
    // 银行业, 银行卡, 银行间, 公司业务, 机构客户 … are not names.
    // A consumer-finance name goes on into what it lends (兴业消金贷款余额), which 银行贷款 does not.
    // 证券投资, 证券交易, 证券市场: securities as a business, not a broker's name.
    const notAName =
      match[0] === '消金' || match[0] === '消费金融' ? /[业卡账间家客类核系体产网]/ : match[0] === '证券' ? /[投交市化账户业公基行类资时日简代利开下Aa]/ : /^(?:产险|人寿|票券|投信)$/.test(match[0]) ? /[公业保类市费]/ : /[业卡账间家客金贷存类核系体产网]/;
    // A name's own balance sheet may follow it (北辰银行客户贷款总额, 北辰银行存款余额): the checks of a class below still apply.
    const ownBalance = match[0] === '银行' && ownBalanceAfter.test(simplified.slice(end, end + 6));
    if (notAName.test(simplified[end] ?? '') && !ownBalance && match[0] !== '银行业金融机构') continue;
    // 债务证券, 有价证券: kinds of securities, not brokers; and a broker that speaks as an analyst (北辰证券认为, 北辰证券研究所,
    // 北辰证券银行团队) states no figure of its own.
    if (match[0] === '证券' && (/(?:债务|有价|金融|持有|发行|债)$/.test(simplified.slice(Math.max(0, match.index - 2), match.index)) || analystAfter.test(simplified.slice(end, end + 6)))) continue;
    let start = match.index;
    while (start > 0 && /[\u4e00-\u9fff]/.test(simplified[start - 1]!) && match.index - start < 12) {
      if (nameBoundaryChars.has(simplified[start - 1]!)) break;
      // 第三季度北辰银行: a date before the name ends it (a product's name before it still makes the whole no name).
      if (dateEndings.has(simplified[start - 1]!) && taken.intersects(start - 1, start)) break;
      if (nameBoundaryWords.some((word) => simplified.startsWith(word, start - word.length))) break;
      start--;
    }
    if (match.index - start < 2 && match[0] !== '银行业金融机构') continue;
    if (aspirationVerbs.some((word) => simplified.startsWith(word, start - word.length))) continue;
    const name = canonicalOrganisation(simplified.slice(start, end));
    // 零售银行, 环球银行及资本市场, 私人银行: a group's lines of business, not banks of their own.
    if (businessLine.test(name)) continue;
    // 存放中央银行款项, 向中央银行借款: balance-sheet items (归属银行股东净利润 stops the walk at 归属: no name).
    if (/^(?:存放|向|拆放|归属|归于)/.test(name) || /^(?:款项|借款)/.test(simplified.slice(end, end + 5))) continue;
    // 非银行业金融机构贷款增加…: in money and credit statistics, the sector lent to or taking deposits, not who states it.
    if (name === '非银行业金融机构' && /^(?:贷款|存款|各项贷款|各项存款)/.test(simplified.slice(end, end + 4))) continue;
    // A class qualified by its market (A股上市股份制银行, 上市城商行, 全部上市银行): still a class.
    const unqualified = name.replace(/^(?:[AH]?股|港股|沪深|两地)?(?:上市|全部上市|已上市)?/, '');
    if (genericOrganisations.has(name) || (unqualified !== name && (genericOrganisations.has(unqualified) || unqualified === '银行')) || classPrefixEnd.test(simplified.slice(start, match.index)) || overlaps(start, end)) continue;
    // A name right after 的, 等 or 各 is a modified class noun (从事信贷业务的法人机构), not an organisation.
    if (/[的等各]/.test(simplified[start - 1] ?? '')) continue;
    const previous = found[found.length - 1];
    if (previous && previous.end > start) {
      // A longer name ending later (中国银行深圳市分行 over 中国银行) wins.
      if (previous.start === start) found.pop();
      else continue;
    }
    found.push({ start, end, name, organisation: true, pronoun: null, collective: false });
  }
  return found;
}

/**
 * One form for the ways a name is written: the legal form after a kind of institution goes (招联消费金融有限公司,
 * 招联消费金融公司 → 招联消费金融), and 消金 is short for 消费金融 (招联消金 → 招联消费金融).
 */
export function canonicalOrganisation(name: string): string {
  // 中国银行业金融机构, 我国商业银行: the country's sector is the sector (中国银行 itself is a name, and stays).
  if (/^(?:中国|我国|全国)(?:银行业金融机构|商业银行|银行业)$/.test(name)) return name.slice(2);
  const short = name.replace(/消金(?=(?:股份有限公司|有限责任公司|有限公司|公司)?$)/, '消费金融');
  const bare = short.replace(/(?:股份有限公司|有限责任公司|有限公司|公司)$/, '');
  return bare !== short && /(?:消费金融|银行)$/.test(bare) && bare.length > 4 ? bare : short;
}

const englishOrganisationPattern =
  /\b(?:[A-Z][A-Za-z&'-]*\s+){1,5}(?:Bank|Group|Corporation|Company|Holdings|Insurance|Securities|Commission|Administration|Association)\b(?:\s+(?:Co\.,?\s*)?(?:Ltd\.?|Limited|Inc\.?))?/g;

export function findEnglishOrganisationNames(text: string, taken: ZoneMask): SubjectMention[] {
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
    // "Central Bank" written as a name (a wire headline's "Central Bank: …") is the country's, as 央行 is; the common
    // noun (central bank rate cuts) is no name and no subject.
    const canonical = /^(?:China's\s+|Chinese\s+)?Central Bank$/.test(name) ? centralBank : name;
    found.push({ start, end, name: canonical, organisation: true, pronoun: null, collective: false });
  }
  // The sectors of a regulator's release in English ("the NPL ratio of commercial banks", "Large commercial banks led …").
  for (const match of text.matchAll(englishSectorPattern)) {
    const start = match.index + match[0].length - match[1]!.length;
    const end = match.index + match[0].length;
    if (taken.intersects(start, end) || found.some((other) => other.start < end && start < other.end)) continue;
    // "several traditional commercial banks", "other commercial banks": some of a sector, compared with, not the sector.
    if (someOfASector.test(text.slice(Math.max(0, start - 24), start))) continue;
    found.push({ start, end, name: englishSectors[match[1]!.toLowerCase()]!, organisation: true, pronoun: null, collective: true });
  }
  return found.sort((a, b) => a.start - b.start);
}
const centralBank = '中国人民银行';

/** English names of the sectors in banking and insurance statistics, and the sector each is. */
const englishSectors: Record<string, string> = {
  'banking financial institutions': '银行业金融机构',
  'banking institutions': '银行业金融机构',
  'banking sector': '银行业金融机构',
  'banking industry': '银行业金融机构',
  'large commercial banks': '大型商业银行',
  'large state-owned commercial banks': '大型商业银行',
  'joint-stock commercial banks': '股份制商业银行',
  'joint-stock banks': '股份制商业银行',
  'city commercial banks': '城市商业银行',
  'rural commercial banks': '农村商业银行',
  'rural financial institutions': '农村金融机构',
  'commercial banks': '商业银行',
  'insurance companies': '保险公司',
};
const someOfASector = /\b(?:several|other|traditional|many|some|most|all|among|these|those|listed|small|smaller|mid-sized|major|local|leading|peer|than|\d+)\s+(?:[a-z-]+\s+)?$/i;
const englishSectorPattern = new RegExp(
  `\\b(${Object.keys(englishSectors)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'gi',
);

/** A quoted name shaped like a product (“华信快贷”, “…宝”, “…+”, “…平台”) that the lexicon does not know. */
const quotedProductPattern = /[“"「『]([^“”"「」『』\s，。、；：,;:]{2,12}?(?:贷|宝|卡|通|花|借|[+＋]|平台|APP|App))[”"」』]/g;

export function findQuotedProducts(simplified: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of simplified.matchAll(quotedProductPattern)) {
    const start = match.index + 1;
    const end = start + match[1]!.length;
    if (taken.intersects(match.index, match.index + match[0].length)) continue;
    found.push({ start, end, name: match[1]!, organisation: false, pronoun: null, collective: false });
  }
  return found;
}

/** A branch or subsidiary named in English after its place: "its Shenzhen branch", "the bank's Hong Kong unit". */
const englishBranchPattern = /\b(?:its|their|the bank's|the group's)?\s*((?:[A-Z][a-z]+\s+){1,2})(branch|sub-branch|subsidiary|unit|arm)\b/g;

export function findEnglishBranches(text: string, taken: ZoneMask): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of text.matchAll(englishBranchPattern)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].length;
    if (taken.intersects(start, end)) continue;
    const place = match[1]!.trim();
    if (/^(?:The|A|An|Its|Our|This|That)$/.test(place)) continue;
    found.push({ start, end, name: `${place} ${match[2]}`, organisation: true, pronoun: 'branch', collective: false });
  }
  return found;
}

/** Anaphors that name an organisation (该行 is a bank, not the loan product it offers). */
export const organisationalAnaphor = /^(?:该行|该公司|该集团|本行|我行|我司|本公司|我公司|本集团|(?:the|The) (?:bank|group|company|lender|Bank|Group|Company))$/;

const pronounPattern =
  /该行|该公司|该集团|该平台|该产品|本行|我行|我司|本公司|我公司|本集团|(?<![\u3400-\u9fff])(?:集团|公司)(?=之|的|在|于|实现|录得|全年|上半年|下半年|前三季度|第?[一二三四]季度|单季|本期|报告期内|今年|(?:19|20)[0-9]{2}年|营业|营收|净利|归母|总资产)|我们|我国|(?<![尤极])其(?![中他它实余次后间])|\b(?:the [Bb]ank|the [Gg]roup|the [Cc]ompany|the lender|the platform|it|its)\b|\b(?:we|our|We|Our)\b|\bThe (?:[Bb]ank|[Gg]roup|[Cc]ompany|lender|platform)\b|\bIts?\b/g;

/** A statistical population right after 我国 (商业银行, 银行业金融机构, 保险公司 …). */
const populationAfterCountry = /^(?:银行业|保险业|商业银行|大型商业银行|股份制商业银行|城市商业银行|农村商业银行|农村金融机构|民营银行|外资银行|保险公司|金融机构|银行保险机构)/;

export function findPronouns(simplified: string): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of simplified.matchAll(pronounPattern)) {
    const word = match[0];
    // "profit attributable to the bank's shareholders": whose shareholders is part of the metric's name.
    if (/attributable\s+to\s+$/i.test(simplified.slice(Math.max(0, match.index - 20), match.index))) continue;
    const speaker = /^(?:本行|我行|我司|本公司|我公司|本集团|集团|我们|we|our|We|Our)$/.test(word);
    if (word === '我国') {
      // 我国商业银行, 我国银行业金融机构: the country qualifies the population after it, which is the subject.
      if (populationAfterCountry.test(simplified.slice(match.index + 2, match.index + 10))) continue;
      found.push({ start: match.index, end: match.index + word.length, name: '中国', organisation: false, pronoun: null, collective: false });
      continue;
    }
    found.push({ start: match.index, end: match.index + word.length, name: word, organisation: false, pronoun: speaker ? 'speaker' : 'anaphor', collective: false });
  }
  return found;
}

/**
 * The entity a run of candidates talks about. The first one is the topic, unless a later one is
 * what it modifies (由我行牵头打造的…FISCO BCOS, 微众银行的微粒贷, WeBank's Weilidai).
 */
export function headSubject(text: string, candidates: readonly SubjectMention[], figures: readonly Span[] = []): SubjectMention | null {
  let head: SubjectMention | null = candidates[0] ?? null;
  for (const candidate of candidates.slice(1)) {
    if (!head) break;
    const between = simplify(text.slice(head.end, candidate.start));
    if (/的|旗下|之|’s|'s|\bof\b/.test(between) || between.trim() === '') head = candidate;
    // 北辰银行营收增速2.62% 南湖银行营收增速8.14%: a name after the figures of the one before, with nothing
    // but a space or a conjunction between, moves the clause on to it (no comparison: 较南湖银行高…).
    else if (candidate.pronoun === null && !candidate.collective && nameAfterFigures(text, head.end, candidate.start, figures)) head = candidate;
    // 北辰银行（…）、南湖银行（…）等2家银行: the counted group the list ends in is what the clause is about.
    else if (candidate.collective && /等[\s\u3000]*$/.test(between)) head = candidate;
  }
  return head;
}

const listSeparatorAfterFigure = /^[\s\u3000]*(?:[、；;]|和|及|与|而|and)?[\s\u3000]*$/;

/** True when a figure ends between two offsets and only a separator follows the last one. */
function nameAfterFigures(text: string, from: number, to: number, figures: readonly Span[]): boolean {
  let lastEnd = -1;
  for (let i = firstStartingAt(figures, from); i < figures.length && figures[i]!.end <= to; i++) lastEnd = figures[i]!.end;
  return lastEnd >= 0 && listSeparatorAfterFigure.test(text.slice(lastEnd, to));
}

/**
 * The organisation a document is about: the one it names most often, an entity of the lexicon before an
 * organisation-shaped name of the same count, and a counted group (19家民营银行) never. Ties go to the
 * name that comes first.
 */
const institutionClass = /(?:金融机构|机构)$/;

export function mainOrganisation(named: readonly SubjectMention[], known: ReadonlySet<string> = new Set()): string | null {
  const counts = new Map<string, number>();
  // A class of institutions (非银行业金融机构) is nobody's topic.
  for (const entity of named) if (entity.organisation && entity.pronoun === null && !entity.collective && !institutionClass.test(entity.name)) counts.set(entity.name, (counts.get(entity.name) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, count] of counts) {
    // A lexicon entity weighs half a mention more, so it wins ties against a guessed name.
    const score = count + (known.has(name) ? 0.5 : 0);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

const citingBefore = /(?:据|根据|援引|引用|来自|来源于?)[\s\u3000]*$/;
const citedAfter = /^[\s\u3000]*(?:的|之)?(?:最新)?(?:数据|统计|披露|发布|公布|显示|报告|公告|测算|调查|信息|资料|年报)/;

/** A name introduced as the source of what follows (据X数据, 根据X发布的统计): it reports, it is not reported on. */
export function isCitedSource(simplified: string, subject: Span): boolean {
  return citingBefore.test(simplified.slice(Math.max(0, subject.start - 3), subject.start)) && citedAfter.test(simplified.slice(subject.end, subject.end + 8));
}

const creditLineBefore = /(?:^|[\n。；;])[ \t\u3000]*(?:注|备注|来源|数据来源|资料来源|图片来源|图表来源|制图|制表|整理|编辑|责编|责任编辑|作者|记者)[ \t\u3000]*[：:][ \t\u3000]*$/;
const compiledAfter = /^[\s\u3000]*(?:根据|据|依据|基于)[^。；;\n]{0,24}(?:整理|制作|制图|制表|绘制)/;

/**
 * A name credited for a chart or a table (注：北辰研究院根据央行数据整理, 制图：某某财经): it compiled what it shows, and it
 * is not what the figures around it measure.
 */
export function isCompiler(simplified: string, subject: Span): boolean {
  return (
    creditLineBefore.test(simplified.slice(Math.max(0, subject.start - 16), subject.start)) ||
    compiledAfter.test(simplified.slice(subject.end, subject.end + 40)) ||
    (bylineBracketBefore.test(simplified.slice(Math.max(0, subject.start - 4), subject.start)) && bylineBracketAfter.test(simplified.slice(subject.end, subject.end + 24)))
  );
}

/** A research note's team and analysts in the bracket that opens its title line (【北辰证券银行张三】…). */
const bylineBracketBefore = /(?:^|\n)[ \t\u3000]*【$/;
const bylineBracketAfter = /^[^】\n]{0,6}?(?:[\u4e00-\u9fff]{2,4}(?:[、,，\s][\u4e00-\u9fff]{2,4})*|研究|团队|分析师?|点评)】/;

/** A bank's name at the head of a compound noun (中国银行卡发卡量 is the country's bank cards, not Bank of China's). */
export function isPartOfNoun(simplified: string, subject: Span & { name: string }): boolean {
  if (/银行$/.test(simplified.slice(subject.start, subject.end)) && /^(?:卡|业|间|账户|账)/.test(simplified.slice(subject.end, subject.end + 2))) return true;
  // 存放央行 (deposits with the central bank) and 向央行借款 are a bank's balance-sheet items, not the central bank's figures.
  return subject.name === '中国人民银行' && (/(?:存放|存放于|缴存|向)$/.test(simplified.slice(Math.max(0, subject.start - 3), subject.start)) || /^(?:款项|借款)/.test(simplified.slice(subject.end, subject.end + 2)));
}
