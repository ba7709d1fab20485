import type { LexiconEntry } from './config';
import type { EntityKind } from './types';

type EntityDetails = { owner?: string; role?: string; currency?: LexiconEntry['currency'] };

function entity(kind: EntityKind, canonical: string, aliases: string[], details: EntityDetails = {}): LexiconEntry {
  const entry: LexiconEntry = { canonical, aliases, kind };
  if (details.owner !== undefined) entry.owner = details.owner;
  if (details.role !== undefined) entry.role = details.role;
  if (details.currency !== undefined) entry.currency = details.currency;
  return entry;
}

const bank = (canonical: string, aliases: string[], details: EntityDetails = {}): LexiconEntry => entity('organisation', canonical, aliases, details);
/** A bank of Hong Kong, whose press writes 元 for Hong Kong dollars (盈利221.5亿元). */
const hongKongBank = (canonical: string, aliases: string[], details: EntityDetails = {}): LexiconEntry => bank(canonical, aliases, { ...details, currency: 'HKD' });
/** A Taiwanese holding, bank or insurer, whose press writes 元 for New Taiwan dollars (获利1208.5亿元). */
const singaporeBank = (canonical: string, aliases: string[], details: EntityDetails = {}): LexiconEntry => bank(canonical, aliases, { ...details, currency: 'SGD' });
const taiwaneseBank = (canonical: string, aliases: string[], details: EntityDetails = {}): LexiconEntry => bank(canonical, aliases, { ...details, currency: 'TWD' });

const regulator = (canonical: string, aliases: string[]): LexiconEntry =>
  entity('organisation', canonical, aliases, { role: 'regulator' });

/**
 * The built-in default lexicon: major Chinese banks, financial regulators, payment and clearing
 * institutions and the public credit infrastructure. Canonical names are the short simplified
 * names the Chinese financial press uses; full legal names, abbreviations and English names are
 * aliases. Traditional forms need no entry: the matcher reads traditional text through a
 * simplified copy.
 */
export const builtinLexicon: readonly LexiconEntry[] = Object.freeze([
  // Large state-owned commercial banks and policy banks.
  bank('工商银行', ['中国工商银行', '工行', 'ICBC', 'Industrial and Commercial Bank of China']),
  bank('农业银行', ['中国农业银行', '农行', 'Agricultural Bank of China', 'ABC', 'AgBank']),
  bank('中国银行', ['中行', 'Bank of China', 'BOC']),
  bank('建设银行', ['中国建设银行', '建行', 'CCB', 'China Construction Bank']),
  bank('交通银行', ['中国交通银行', '交行', 'BOCOM', 'Bank of Communications']),
  bank('邮储银行', ['中国邮政储蓄银行', '邮政储蓄银行', 'PSBC', 'Postal Savings Bank of China', 'Postal Savings Bank']),
  bank('国家开发银行', ['国开行', 'China Development Bank']),
  bank('中国进出口银行', ['进出口银行', 'Export-Import Bank of China']),
  bank('中国农业发展银行', ['农业发展银行', '农发行', 'Agricultural Development Bank of China']),

  // Joint-stock commercial banks.
  bank('招商银行', ['招行', 'China Merchants Bank', 'CMB']),
  bank('浦发银行', ['上海浦东发展银行', 'SPD Bank', 'SPDB', 'Shanghai Pudong Development Bank']),
  bank('中信银行', ['中国中信银行', 'China CITIC Bank', 'CITIC Bank']),
  bank('光大银行', ['中国光大银行', 'China Everbright Bank', 'Everbright Bank']),
  bank('华夏银行', ['Hua Xia Bank', 'Huaxia Bank']),
  bank('民生银行', ['中国民生银行', 'China Minsheng Bank', 'Minsheng Bank']),
  bank('广发银行', ['China Guangfa Bank']),
  bank('平安银行', ['Ping An Bank']),
  bank('兴业银行', ['Industrial Bank', 'Industrial Bank Co., Ltd.']),
  bank('浙商银行', ['China Zheshang Bank', 'Zheshang Bank']),
  bank('渤海银行', ['China Bohai Bank']),
  bank('恒丰银行', ['Evergrowing Bank']),

  // City commercial banks, by both English names the press uses (Bank of Hangzhou, Hangzhou Bank).
  bank('北京银行', ['Bank of Beijing', 'Beijing Bank']),
  bank('上海银行', ['Bank of Shanghai', 'Shanghai Bank']),
  bank('江苏银行', ['Bank of Jiangsu', 'Jiangsu Bank']),
  bank('宁波银行', ['Bank of Ningbo', 'Ningbo Bank']),
  bank('南京银行', ['Bank of Nanjing', 'Nanjing Bank']),
  bank('杭州银行', ['Bank of Hangzhou', 'Hangzhou Bank']),
  bank('徽商银行', ['Huishang Bank']),
  bank('成都银行', ['Bank of Chengdu', 'Chengdu Bank']),
  bank('长沙银行', ['Bank of Changsha', 'Changsha Bank']),
  bank('重庆银行', ['Bank of Chongqing', 'Chongqing Bank']),
  bank('青岛银行', ['Bank of Qingdao', 'Qingdao Bank']),
  bank('郑州银行', ['Bank of Zhengzhou', 'Zhengzhou Bank']),
  bank('齐鲁银行', ['Qilu Bank']),
  bank('苏州银行', ['Bank of Suzhou', 'Suzhou Bank']),
  bank('厦门银行', ['Xiamen Bank']),
  bank('西安银行', ["Bank of Xi'an"]),
  bank('贵阳银行', ['Bank of Guiyang', 'Guiyang Bank']),
  bank('兰州银行', ['Bank of Lanzhou', 'Lanzhou Bank']),
  bank('天津银行', ['Bank of Tianjin', 'Tianjin Bank']),
  bank('广州银行', ['Bank of Guangzhou', 'Guangzhou Bank']),
  bank('盛京银行', ['Shengjing Bank']),
  bank('哈尔滨银行', ['Harbin Bank']),
  bank('中原银行', ['Zhongyuan Bank']),
  bank('江西银行', ['Jiangxi Bank']),
  bank('九江银行', ['Bank of Jiujiang', 'Jiujiang Bank']),

  // Rural commercial banks, whose short names (渝农商行, 沪农商行) end in no suffix of a name.
  bank('重庆农商行', ['重庆农村商业银行', '渝农商行', '重庆农商银行', 'Chongqing Rural Commercial Bank']),
  bank('上海农商银行', ['上海农村商业银行', '沪农商行', 'Shanghai Rural Commercial Bank']),
  bank('北京农商银行', ['北京农村商业银行', 'Beijing Rural Commercial Bank']),
  bank('广州农商银行', ['广州农村商业银行', 'Guangzhou Rural Commercial Bank']),
  bank('青农商行', ['青岛农商银行', '青岛农村商业银行', 'Qingdao Rural Commercial Bank']),
  bank('常熟银行', ['常熟农商银行', '常熟农商行', '江苏常熟农村商业银行', 'Changshu Rural Commercial Bank']),
  bank('紫金银行', ['紫金农商银行', '紫金农商行', '江苏紫金农村商业银行']),
  bank('张家港行', ['张家港农商银行', '张家港农商行', '江苏张家港农村商业银行']),
  bank('江阴银行', ['江阴农商银行', '江阴农商行', '江苏江阴农村商业银行']),
  bank('无锡银行', ['无锡农商银行', '无锡农商行', '无锡农村商业银行']),
  bank('苏农银行', ['苏州农商银行', '苏州农商行', '苏州农村商业银行']),
  bank('瑞丰银行', ['浙江绍兴瑞丰农村商业银行']),

  // Private and digital banks.
  bank('微众银行', ['深圳前海微众银行', '深圳前海微众银行股份有限公司', 'WeBank', 'WeBank Co., Ltd.']),
  bank('网商银行', ['浙江网商银行', '浙江网商银行股份有限公司', 'MYbank', 'Ant Bank', 'Zhejiang E-commerce Bank', 'Zhejiang Ecommerce Bank']),
  bank('新网银行', ['四川新网银行', 'XW Bank']),
  bank('百信银行', ['中信百信银行', 'aiBank']),
  bank('苏宁银行', ['江苏苏宁银行']),
  bank('众邦银行', ['武汉众邦银行']),
  bank('亿联银行', ['吉林亿联银行']),
  bank('华瑞银行', ['上海华瑞银行']),
  bank('金城银行', ['天津金城银行']),

  // Banks of Hong Kong, Macao and Singapore that the Chinese press reports on.
  hongKongBank('中银香港', ['中银香港(控股)', '中银香港控股', '中国银行(香港)', '中国银行（香港）', 'BOC Hong Kong', 'BOCHK', 'Bank of China (Hong Kong)']),
  hongKongBank('恒生银行', ['Hang Seng Bank']),
  bank('汇丰控股', ['汇丰集团', '汇丰银行', '香港上海汇丰银行', '汇丰', '汇控', 'HSBC Holdings', 'HSBC']),
  hongKongBank('东亚银行', ['東亞銀行', 'Bank of East Asia', 'BEA']),
  bank('渣打集团', ['渣打银行', '渣打', 'Standard Chartered']),
  hongKongBank('大新银行', ['大新银行集团', '大新金融', 'Dah Sing Bank', 'Dah Sing Banking Group', 'Dah Sing Financial']),
  hongKongBank('创兴银行', ['Chong Hing Bank']),
  hongKongBank('南洋商业银行', ['Nanyang Commercial Bank']),
  hongKongBank('工银亚洲', ['中国工商银行(亚洲)', 'ICBC (Asia)'], { owner: '工商银行', role: 'subsidiary' }),
  hongKongBank('建行亚洲', ['中国建设银行(亚洲)', 'CCB (Asia)'], { owner: '建设银行', role: 'subsidiary' }),
  hongKongBank('中信银行(国际)', ['中信银行国际', 'CNCBI', 'China CITIC Bank International'], { owner: '中信银行', role: 'subsidiary' }),
  hongKongBank('招商永隆银行', ['永隆银行', 'CMB Wing Lung Bank', 'Wing Lung Bank'], { owner: '招商银行', role: 'subsidiary' }),
  singaporeBank('星展银行', ['星展', 'DBS Bank', 'DBS']),
  singaporeBank('华侨银行', ['华侨银行集团', 'OCBC Bank', 'OCBC', 'Oversea-Chinese Banking Corporation', 'Oversea-Chinese Banking Corp']),
  singaporeBank('大华银行', ['UOB', 'United Overseas Bank']),

  // Hong Kong's virtual banks.
  hongKongBank('众安银行', ['ZA Bank', '众安银行(香港)']),
  hongKongBank('汇立银行', ['WeLab Bank']),
  hongKongBank('理慧银行', ['livi bank', 'livi']),
  hongKongBank('Mox Bank', ['Mox', 'Mox银行']),
  hongKongBank('天星银行', ['Airstar Bank']),
  hongKongBank('富融银行', ['Fusion Bank']),
  hongKongBank('平安壹账通银行', ['PAObank']),
  hongKongBank('蚂蚁银行(香港)', ['蚂蚁银行', 'Ant Bank (Hong Kong)']),

  // Taiwan's financial holdings, their banks and life insurers. The press shortens 富邦金融控股 to 富邦金控 and
  // 富邦金; canonical names keep 金控, which no bank's name ends in.
  taiwaneseBank('富邦金控', ['富邦金', '富邦', '富邦金融控股', 'Fubon Financial', 'Fubon Financial Holding']),
  taiwaneseBank('国泰金控', ['国泰金', '国泰金融控股', 'Cathay Financial', 'Cathay Financial Holding', 'Cathay Financial Holdings']),
  taiwaneseBank('中信金控', ['中信金', '中国信托金控', '中国信托金融控股', 'CTBC Financial', 'CTBC Financial Holding']),
  taiwaneseBank('玉山金控', ['玉山金', '玉山金融控股', 'E.SUN Financial', 'E.SUN Financial Holding']),
  taiwaneseBank('兆丰金控', ['兆丰金', '兆丰金融控股', 'Mega Financial', 'Mega Financial Holding']),
  taiwaneseBank('元大金控', ['元大金', '元大金融控股', 'Yuanta Financial', 'Yuanta Financial Holding']),
  taiwaneseBank('第一金控', ['第一金', '第一金融控股', 'First Financial Holding']),
  taiwaneseBank('华南金控', ['华南金', '华南金融控股', 'Hua Nan Financial', 'Hua Nan Financial Holdings']),
  taiwaneseBank('合库金控', ['合库金', '合作金库金控', '合作金库金融控股', 'Taiwan Cooperative Financial Holding']),
  taiwaneseBank('台新新光金控', ['台新新光金', '台新金控', '台新金', 'Taishin Financial', 'Taishin Financial Holding']),
  taiwaneseBank('新光金控', ['新光金', '新光金融控股', 'Shin Kong Financial', 'Shin Kong Financial Holding']),
  taiwaneseBank('永丰金控', ['永丰金', '永丰金融控股', 'SinoPac Financial', 'SinoPac Holdings']),
  taiwaneseBank('凯基金控', ['凯基金', '开发金控', '开发金', '中华开发金控', 'KGI Financial', 'China Development Financial']),
  taiwaneseBank('国票金控', ['国票金', '国票金融控股']),
  taiwaneseBank('台湾金控', ['台湾金融控股', 'Taiwan Financial Holding']),
  taiwaneseBank('土地银行', ['台湾土地银行', '土银', 'Land Bank of Taiwan']),
  taiwaneseBank('台湾银行', ['臺灣銀行', '台银', 'Bank of Taiwan']),
  taiwaneseBank('彰化银行', ['彰银', 'Chang Hwa Bank', 'Chang Hwa Commercial Bank']),
  taiwaneseBank('国泰世华银行', ['国泰世华', 'Cathay United Bank'], { owner: '国泰金控', role: 'subsidiary' }),
  taiwaneseBank('台北富邦银行', ['北富银', 'Taipei Fubon Bank'], { owner: '富邦金控', role: 'subsidiary' }),
  taiwaneseBank('中国信托银行', ['中国信托商业银行', 'CTBC Bank'], { owner: '中信金控', role: 'subsidiary' }),
  taiwaneseBank('国泰人寿', ['Cathay Life', 'Cathay Life Insurance'], { owner: '国泰金控', role: 'subsidiary' }),
  taiwaneseBank('富邦人寿', ['Fubon Life', 'Fubon Life Insurance'], { owner: '富邦金控', role: 'subsidiary' }),
  taiwaneseBank('新光人寿', ['Shin Kong Life'], { owner: '台新新光金控', role: 'subsidiary' }),
  taiwaneseBank('南山人寿', ['Nan Shan Life']),

  // Insurers and securities houses of the mainland and Hong Kong.
  bank('中国平安', ['中国平安保险', '平安集团', '中国平安保险(集团)', 'Ping An Insurance', 'Ping An Group']),
  bank('中国人寿', ['中国人寿保险', 'China Life', 'China Life Insurance']),
  bank('中国太保', ['中国太平洋保险', '太平洋保险', 'CPIC', 'China Pacific Insurance']),
  bank('中国人保', ['中国人民保险', '中国人民保险集团', 'PICC']),
  bank('新华保险', ['新华人寿', 'New China Life', 'New China Life Insurance']),
  bank('中国太平', ['中国太平保险', 'China Taiping']),
  bank('友邦保险', ['友邦', 'AIA Group', 'AIA']),
  bank('中信证券', ['CITIC Securities']),
  bank('中金公司', ['中国国际金融', 'CICC']),
  bank('华泰证券', ['Huatai Securities']),

  // Technology subsidiaries of banks.
  bank('兴业数金', ['兴业数字金融服务'], { owner: '兴业银行', role: 'subsidiary' }),
  bank('建信金科', ['建信金融科技'], { owner: '建设银行', role: 'subsidiary' }),
  bank('工银科技', [], { owner: '工商银行', role: 'subsidiary' }),
  bank('招银云创', [], { owner: '招商银行', role: 'subsidiary' }),

  // Central bank and financial regulators.
  regulator('中国人民银行', ['人民银行', '央行', '人行', '中国央行', 'PBOC', 'PBoC', "People's Bank of China"]),
  regulator('国家金融监督管理总局', ['金融监管总局', 'NFRA', 'National Financial Regulatory Administration']),
  regulator('银保监会', ['中国银保监会', '中国银行保险监督管理委员会', '银保监', 'CBIRC']),
  regulator('银监会', ['中国银监会', '中国银行业监督管理委员会', 'CBRC']),
  regulator('保监会', ['中国保监会', '中国保险监督管理委员会', 'CIRC']),
  regulator('证监会', ['中国证监会', '中国证券监督管理委员会', 'CSRC']),
  regulator('国家外汇管理局', ['外汇局', '外管局', 'SAFE', 'State Administration of Foreign Exchange']),
  regulator('中央金融办', ['中央金融委员会办公室']),
  regulator('香港金融管理局', ['香港金管局', 'HKMA', 'Hong Kong Monetary Authority']),

  // Payment and clearing institutions and their platforms.
  bank('蚂蚁集团', ['蚂蚁金服', 'Ant Group']),

  // Consumer-finance companies and listed lenders, whose press names them by short forms (招联消金, 马上金融).
  bank('招联消费金融', ['招联消金', '招联金融', '招联消费金融股份有限公司', '招联消费金融有限公司', 'Merchants Union Consumer Finance']),
  bank('马上消费金融', ['马上消金', '马上金融', '马上消费金融股份有限公司', 'Mashang Consumer Finance']),
  bank('兴业消费金融', ['兴业消金', '兴业消费金融股份公司']),
  bank('蚂蚁消费金融', ['蚂蚁消金', '重庆蚂蚁消费金融有限公司']),
  bank('中银消费金融', ['中银消金', '中银消费金融有限公司']),
  bank('奇富科技', ['Qifu Technology', 'Qifu Technology, Inc.', 'Qfin Holdings', 'QFIN Holdings', '360数科', '360 DigiTech', '360 Finance']),
  bank('乐信', ['LexinFintech', 'LexinFintech Holdings', 'LexinFintech Holdings Ltd.', 'Lexin Fintech']),
  entity('platform', '支付宝', ['Alipay'], { owner: '蚂蚁集团' }),
  entity('platform', 'Alipay+', [], { owner: '蚂蚁集团' }),
  entity('platform', '微信支付', ['WeChat Pay'], { owner: '腾讯' }),
  bank('财付通', ['Tenpay'], { owner: '腾讯' }),
  bank('银联', ['中国银联', 'UnionPay', 'China UnionPay']),
  entity('platform', '云闪付', ['UnionPay QuickPass'], { owner: '银联' }),
  bank('网联清算公司', ['网联清算有限公司', '网联', 'NetsUnion']),

  // Public credit and financing infrastructure.
  entity('platform', '国家金融信用信息基础数据库', ['金融信用信息基础数据库'], {
    owner: '中国人民银行',
    role: 'public-infrastructure',
  }),
  bank('征信中心', ['中国人民银行征信中心'], { owner: '中国人民银行', role: 'public-infrastructure' }),
  entity('platform', '应收账款融资服务平台', ['中征应收账款融资服务平台'], {
    owner: '中国人民银行',
    role: 'public-infrastructure',
  }),
  entity('platform', '动产融资统一登记公示系统', [], { owner: '中国人民银行', role: 'public-infrastructure' }),
  entity('platform', '全国信用信息共享平台', [], { owner: '国家发展改革委', role: 'public-infrastructure' }),
  entity('platform', '信用中国', [], { owner: '国家发展改革委', role: 'public-infrastructure' }),
]);

/**
 * Contexts in which a short alias means something else: 人行道 is a pavement, 中央行政 is not the
 * central bank. A match is dropped when the character before it is in `notAfter` or the character
 * after it is in `notBefore`. Keys are simplified.
 */
export interface AliasGuard {
  notAfter?: string;
  notBefore?: string;
}

export const aliasGuards: Readonly<Record<string, AliasGuard>> = Object.freeze({
  人行: { notAfter: '个行路私本步', notBefore: '道为动走' },
  央行: { notAfter: '中' },
  工行: { notAfter: '加施' },
  中行: { notAfter: '其集空进执运平期高' },
  交行: { notAfter: '外社成提递' },
  建行: { notAfter: '自新创组搭构在' },
  农行: { notAfter: '务' },
  微众: { notBefore: '筹籌' },
  网联: { notAfter: '联', notBefore: '网合盟动' },
  // 中信金融资产, 开发金融, 第一金融: words that start with a holding's short name.
  ...Object.fromEntries(
    ['富邦金', '国泰金', '中信金', '玉山金', '兆丰金', '元大金', '第一金', '华南金', '合库金', '台新金', '新光金', '永丰金', '开发金', '国票金'].map(
      (name) => [name, { notBefore: '融' }],
    ),
  ),
  // 富邦媒 (momo) is another company of the group.
  富邦: { notBefore: '媒' },
  // 平台银行卡: the platform's bank card, not 台银.
  台银: { notAfter: '平' },
  友邦: { notBefore: '国' },
});
