import type { LexiconEntry } from './config';
import type { EntityKind } from './types';

function entity(
  kind: EntityKind,
  canonical: string,
  aliases: string[],
  details: { owner?: string; role?: string } = {},
): LexiconEntry {
  const entry: LexiconEntry = { canonical, aliases, kind };
  if (details.owner !== undefined) entry.owner = details.owner;
  if (details.role !== undefined) entry.role = details.role;
  return entry;
}

const bank = (canonical: string, aliases: string[], details: { owner?: string; role?: string } = {}): LexiconEntry =>
  entity('organisation', canonical, aliases, details);

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
  bank('农业银行', ['中国农业银行', '农行', 'Agricultural Bank of China']),
  bank('中国银行', ['中行', 'Bank of China']),
  bank('建设银行', ['中国建设银行', '建行', 'CCB', 'China Construction Bank']),
  bank('交通银行', ['中国交通银行', '交行', 'BOCOM', 'Bank of Communications']),
  bank('邮储银行', ['中国邮政储蓄银行', '邮政储蓄银行', 'PSBC', 'Postal Savings Bank of China', 'Postal Savings Bank']),
  bank('国家开发银行', ['国开行', 'China Development Bank']),
  bank('中国进出口银行', ['进出口银行', 'Export-Import Bank of China']),
  bank('中国农业发展银行', ['农业发展银行', '农发行', 'Agricultural Development Bank of China']),

  // Joint-stock commercial banks.
  bank('招商银行', ['招行', 'China Merchants Bank']),
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

  // City commercial banks.
  bank('北京银行', ['Bank of Beijing']),
  bank('上海银行', ['Bank of Shanghai']),
  bank('江苏银行', ['Bank of Jiangsu']),
  bank('宁波银行', ['Bank of Ningbo']),
  bank('南京银行', ['Bank of Nanjing']),
  bank('杭州银行', ['Bank of Hangzhou']),
  bank('徽商银行', ['Huishang Bank']),

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

  // Hong Kong's virtual banks.
  bank('众安银行', ['ZA Bank', '众安银行(香港)']),
  bank('汇立银行', ['WeLab Bank']),
  bank('理慧银行', ['livi bank', 'livi']),
  bank('Mox Bank', ['Mox', 'Mox银行']),
  bank('天星银行', ['Airstar Bank']),
  bank('富融银行', ['Fusion Bank']),
  bank('平安壹账通银行', ['PAObank']),
  bank('蚂蚁银行(香港)', ['蚂蚁银行', 'Ant Bank (Hong Kong)']),

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
});
