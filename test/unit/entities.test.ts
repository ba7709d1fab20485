import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neverCancelled, CancelledError } from '../../server/src/core/cancellation';
import { corpusConfigSchema, type LexiconEntry } from '../../server/src/core/config';
import { EntityMatcher, detectLanguage } from '../../server/src/core/entities';
import { builtinLexicon } from '../../server/src/core/lexicon';
import { toSimplifiedSameLength } from '../../server/src/core/textChinese';
import type { DocumentLanguage } from '../../server/src/core/types';
import { ZoneMask } from '../../server/src/core/zoneMask';
import { findZones } from '../../server/src/core/zones';

const corpusLexicon: LexiconEntry[] = [
  { canonical: '微众银行', aliases: ['WeBank', '微众'], kind: 'organisation' },
  { canonical: '微粒贷', aliases: [], kind: 'product', owner: '微众银行' },
  { canonical: '微众银行财富+', aliases: [], kind: 'product', owner: '微众银行' },
  { canonical: 'FATE', aliases: [], kind: 'platform', owner: '微众银行' },
  { canonical: 'FISCO BCOS', aliases: [], kind: 'platform', owner: '微众银行' },
];
const matcher = new EntityMatcher([...corpusLexicon, ...builtinLexicon]);

/** Mentions as "surface→canonical@start", the form the tables below are written in. */
function mentionsOf(text: string, mask: ZoneMask = ZoneMask.EMPTY): string[] {
  return matcher.match(text, mask, neverCancelled).map((m) => `${m.text}→${m.canonical}@${m.start}`);
}

describe('EntityMatcher', () => {
  const cases: [string, string, string[]][] = [
    ['a simplified name', '微众银行推出微粒贷', ['微众银行→微众银行@0', '微粒贷→微粒贷@6']],
    ['the longest match only', '“微众银行财富+”产品', ['微众银行财富+→微众银行财富+@1']],
    ['a traditional name through the simplified copy', '微眾銀行推出微粒貸', ['微眾銀行→微众银行@0', '微粒貸→微粒贷@6']],
    ['traditional names in a traditional document', '中國人民銀行、國家外匯管理局的指導', ['中國人民銀行→中国人民银行@0', '國家外匯管理局→国家外汇管理局@7']],
    ['an English name, case-insensitively', 'Founded in 2014, webank serves', ['webank→微众银行@17']],
    ['an acronym as a whole word', '聯邦學習框架 FATE (Federated', ['FATE→FATE@7']],
    ['a name with a space', '区块链底层平台FISCO BCOS已汇聚', ['FISCO BCOS→FISCO BCOS@7']],
    ['a short alias', '独具微众特色', ['微众→微众银行@2']],
    ['an abbreviation of the central bank', '此前無人行信貸征信記錄', ['人行→中国人民银行@3']],
    ['a bank branch owned by the bank', '工商银行深圳市分行普惠贷款', ['工商银行深圳市分行→工商银行深圳市分行@0']],
    ['a product edition', '“微众银行财富+爸妈版”上线', ['微众银行财富+爸妈版→微众银行财富+@1']],
    ['full-width Latin', 'ＷｅＢａｎｋ 2024', ['ＷｅＢａｎｋ→微众银行@0']],
    ['a Hong Kong bank by its short traditional name', '中銀香港（2388）公布中期業績', ['中銀香港→中银香港@0']],
    ['a Hong Kong bank in English', 'BOC Hong Kong and Hang Seng Bank reported', ['BOC Hong Kong→中银香港@0', 'Hang Seng Bank→恒生银行@18']],
    ['Taiwan holdings by the press\'s short names', '富邦金、國泰金與凱基金', ['富邦金→富邦金控@0', '國泰金→国泰金控@4', '凱基金→凯基金控@8']],
    ['a holding\'s life insurer, its own entity', '國泰金旗下國泰人壽', ['國泰金→国泰金控@0', '國泰人壽→国泰人寿@5']],
    ['a rural commercial bank by its short name', '渝農商行淨利潤', ['渝農商行→重庆农商行@0']],
  ];
  for (const [name, text, expected] of cases) {
    it(`finds ${name}`, () => assert.deepEqual(mentionsOf(text), expected));
  }

  const lookAlikes: [string, string][] = [
    ['the banking sector', '近年來,中國銀行業在數字普惠金融領域'],
    ['the interbank market', '中国银行间市场交易商协会'],
    ['an English word that shares letters with an acronym', 'the fate of small firms'],
    ['an acronym inside a longer word', 'FATED and SAFEGUARD'],
    ['a pavement', '行人走在人行道上'],
    ['central administration', '中央行政部门'],
    ['founding a bank', '自建行之初就坚持开放'],
    ['micro crowdfunding', '发起微众筹项目'],
    ['a state asset manager that starts with a holding\'s short name', '中信金融资产管理公司'],
    ['development finance', '开发金融支持'],
    ['a platform\'s bank card', '平台银行卡'],
    ['a media company of a group', '富邦媒营收'],
  ];
  for (const [name, text] of lookAlikes) {
    it(`does not mistake ${name} for an entity`, () => assert.deepEqual(mentionsOf(text), []));
  }

  it('keeps 业务 after a bank name: the bank’s business', () => {
    assert.deepEqual(mentionsOf('中国银行业务部'), ['中国银行→中国银行@0']);
  });

  it('reports nothing inside masked zones such as URLs and attributes', () => {
    const text = '<a href="https://webank.com/微众银行">微众银行</a>';
    assert.deepEqual(mentionsOf(text, new ZoneMask(findZones(text))), ['微众银行→微众银行@34']);
  });

  it('preserves offsets after traditional conversion', () => {
    const text = '“臺灣”數據顯示，微眾銀行財富+無障礙版已服務超過1.7萬';
    const mentions = matcher.match(text, ZoneMask.EMPTY, neverCancelled);
    assert.equal(mentions.length, 1);
    const [mention] = mentions;
    assert.equal(text.slice(mention!.start, mention!.end), mention!.text);
    assert.deepEqual(
      { text: mention!.text, canonical: mention!.canonical, kind: mention!.entityKind, owner: mention!.owner },
      { text: '微眾銀行財富+無障礙版', canonical: '微众银行财富+', kind: 'product', owner: '微众银行' },
    );
  });

  it('honours cancellation', () => {
    assert.throws(() => matcher.match('微众银行', ZoneMask.EMPTY, { isCancellationRequested: true }), CancelledError);
  });
});

describe('detectLanguage', () => {
  const cases: [string, string, DocumentLanguage][] = [
    ['simplified', '微众银行推出国内首个线上无抵押企业流动资金贷款产品', 'zh-Hans'],
    ['traditional', '數字普惠金融作為數字技術驅動的普惠金融新模式', 'zh-Hant'],
    ['English', 'WeBank is a digital bank founded in Shenzhen in 2014.', 'en'],
    ['mixed scripts', '微众银行推出贷款产品。數字普惠金融作為數字技術驅動', 'mixed'],
  ];
  for (const [name, text, expected] of cases) {
    it(`recognises ${name} text`, () => assert.equal(detectLanguage(text), expected));
  }

  it('converts traditional text without changing its length', () => {
    const text = '微眾銀行財富+「臺灣」裡著乾後';
    const simplified = toSimplifiedSameLength(text);
    assert.equal(simplified.length, text.length);
    assert.equal(simplified.slice(0, 7), '微众银行财富+');
  });
});

describe('lexicons', () => {
  it('the seeds corpus config validates against the schema', () => {
    const json: unknown = JSON.parse(readFileSync(join('seeds', 'fincorpus.json'), 'utf8'));
    const parsed = corpusConfigSchema.safeParse(json);
    assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
  });

  it('the built-in lexicon names each canonical entity once, with its owner in the lexicon or a known group', () => {
    const canonicals = builtinLexicon.map((entry) => entry.canonical);
    assert.equal(new Set(canonicals).size, canonicals.length);
    const outsideOwners = new Set(['腾讯', '国家发展改革委']);
    for (const entry of builtinLexicon) {
      if (entry.owner) assert.ok(canonicals.includes(entry.owner) || outsideOwners.has(entry.owner), entry.owner);
    }
  });
});
