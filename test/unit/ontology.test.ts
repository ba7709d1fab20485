/**
 * The metric ontology: whole phrases to concepts (simplified, traditional Chinese and English), the
 * concept named inside a longer phrase, the traps that name none, the corpus's own concepts, and the
 * integrity of the built-in data.
 */
import { strict as assert } from 'node:assert';
import { corpusConfigSchema, defaultCorpusConfig } from '../../server/src/core/config';
import { MetricNormaliser } from '../../server/src/core/glossary';
import { changeKinds, concepts, directionWords, generalAliases } from '../../server/src/core/ontology/concepts';
import { MetricOntology } from '../../server/src/core/ontology/metricOntology';
import { chineseForm, englishForm, isEnglishPhrase, simplify } from '../../server/src/core/ontology/phrases';

const ontology = new MetricOntology();

describe('metric ontology: lookup of a whole phrase', () => {
  const cases: [string, string | null][] = [
    // Profit: the group's, the parent's shareholders', and without non-recurring items stay three concepts.
    ['净利润', '净利润'],
    ['净利', '净利润'],
    ['税后利润', '净利润'],
    ['归母净利润', '归母净利润'],
    ['归属于母公司股东的净利润', '归母净利润'],
    ['归属于本行股东的净利润', '归母净利润'],
    ['扣非净利润', '扣非净利润'],
    ['扣除非经常性损益后的净利润', '扣非净利润'],
    ['淨利潤', '净利润'],
    ['歸屬於母公司股東的淨利潤', '归母净利润'],
    ['股東應佔溢利', '归母净利润'],
    ['除稅後溢利', '净利润'],
    ['net profit', '净利润'],
    ['Net Income', '净利润'],
    ['profit attributable to shareholders', '归母净利润'],
    ['net profit attributable to equity holders of the parent', '归母净利润'],
    ['net profit excluding non-recurring gains and losses', '扣非净利润'],
    // Revenue and its parts.
    ['营业收入', '营业收入'],
    ['营收', '营业收入'],
    ['營業收入', '营业收入'],
    ['operating income', '营业收入'],
    ['利息净收入', '利息净收入'],
    ['net interest income', '利息净收入'],
    ['手续费及佣金净收入', '手续费及佣金净收入'],
    ['非利息收入', '非利息净收入'],
    ['拨备前利润', '拨备前利润'],
    ['pre-provision operating profit', '拨备前利润'],
    ['基本每股收益', '基本每股收益'],
    ['EPS', '基本每股收益'],
    ['信用减值损失', '信用减值损失'],
    ['業務及管理費', '业务及管理费'],
    // Balances, disbursements, credit lines and running totals.
    ['各项贷款余额', '贷款余额'],
    ['貸款餘額', '贷款余额'],
    ['放款金额', '放款金额'],
    ['发放贷款', '放款金额'],
    ['累计放款金额', '累计放款金额'],
    ['cumulative loans disbursed', '累计放款金额'],
    ['授信额度', '授信金额'],
    ['loans disbursed', '放款金额'],
    ['total loans', '贷款余额'],
    ['个人贷款余额', '个人贷款'],
    ['对公贷款', '公司贷款'],
    ['普惠型小微企业贷款余额', '普惠小微贷款余额'],
    ['绿色信贷余额', '绿色贷款余额'],
    ['客户存款', '存款余额'],
    ['同业负债', '同业负债'],
    // Assets of the bank are not assets it manages for customers.
    ['资产总额', '资产总额'],
    ['總資產', '资产总额'],
    ['total assets', '资产总额'],
    ['assets under management', '管理资产规模'],
    ['AUM', '管理资产规模'],
    ['零售AUM', '零售客户资产管理规模'],
    ['净资产', '股东权益'],
    ["shareholders' equity", '股东权益'],
    ['shareholders’ equity', '股东权益'],
    // Ratios.
    ['不良率', '不良贷款率'],
    ['不良貸款率', '不良贷款率'],
    ['NPL ratio', '不良贷款率'],
    ['non-performing loan ratio', '不良贷款率'],
    ['撥備覆蓋率', '拨备覆盖率'],
    ['拨贷比', '拨贷比'],
    ['CET1 ratio', '核心一级资本充足率'],
    ['一級資本充足率', '一级资本充足率'],
    ['capital adequacy ratio', '资本充足率'],
    ['净息差', '净息差'],
    ['NIM', '净息差'],
    ['net interest spread', '净利差'],
    ['ROE', '净资产收益率'],
    ['加权平均净资产收益率', '加权平均净资产收益率'],
    ['ROA', '总资产收益率'],
    ['cost-to-income ratio', '成本收入比'],
    ['cost to income ratio', '成本收入比'],
    ['流动性覆盖率', '流动性覆盖率'],
    ['关注类贷款占比', '关注类贷款占比'],
    // Customers: all customers, those granted credit, borrowers and active users are four counts.
    ['客户数', '客户数'],
    ['授信客户', '授信客户'],
    ['贷款客户', '借款客户'],
    ['月活跃用户', '月活跃用户'],
    ['MAU', '月活跃用户'],
    ['monthly active users', '月活跃用户'],
    ['个人客户数', '个人客户'],
    ['個人客戶', '个人客户'],
    ['corporate customers', '企业客户'],
    ['小微企業客戶', '小微企业客户'],
    ['新增客户', '新增客户'],
    ['信用卡累计发卡量', '信用卡发卡量'],
    ['理财产品余额', '理财产品规模'],
    // Technology, staff and branches.
    ['科技投入', '科技投入'],
    ['金融科技投入', '科技投入'],
    ['科技人员', '科技人员'],
    ['专利申请', '专利申请数'],
    ['营业网点', '营业网点'],
    ['employees', '员工人数'],
    // Payments and central-bank statistics.
    ['移动支付业务笔数', '移动支付业务笔数'],
    ['移動支付業務金額', '移动支付业务金额'],
    ['非银行支付机构网络支付业务金额', '非银行支付机构网络支付业务金额'],
    ['银行卡在用发卡数量', '银行卡发卡量'],
    ['社融存量', '社会融资规模存量'],
    ['社会融资规模增量', '社会融资规模增量'],
    ['M2', '广义货币'],
    ['M2余额', '广义货币'],
    ['narrow money', '狭义货币'],
    ['新增人民币贷款', '人民币贷款增加'],
    ['人民币存款增加', '人民币存款增加'],
    ['LPR', '贷款市场报价利率'],
    ['1年期LPR', '一年期贷款市场报价利率'],
    ['5年期以上LPR', '五年期以上贷款市场报价利率'],
    ['存款准备金率', '存款准备金率'],
    ['reserve requirement ratio', '存款准备金率'],
    // Insurance and securities.
    ['保费收入', '保费收入'],
    ['综合偿付能力充足率', '综合偿付能力充足率'],
    ['两融余额', '融资融券余额'],
    // Hong Kong and Taiwan report wording.
    ['撥備前經營溢利', '拨备前利润'],
    ['成本對收入比率', '成本收入比'],
    ['普通股權一級資本比率', '核心一级资本充足率'],
    ['備抵呆帳覆蓋率', '拨备覆盖率'],
    ['每股盈餘', '基本每股收益'],
    ['客戶貸款及墊款總額', '贷款余额'],
    // Noise words at the ends are no part of the name.
    ['累计授信客户', '授信客户'],
    ['实现营业收入', '营业收入'],
    ['the NPL ratio was', '不良贷款率'],
    ['total assets reached', '资产总额'],
    // Traps: words that look like metrics and are not, or are too vague to be one.
    ['贷款利率', null],
    ['客户经理', null],
    ['存款准备金', null],
    ['收入', null],
    ['利润', null],
    ['达', null],
    ['', null],
    ['growth', null],
    ['car loans', null],
  ];
  for (const [phrase, id] of cases) it(`${phrase || '(empty)'} → ${id ?? '(none)'}`, () => assert.equal(ontology.lookup(phrase)?.id ?? null, id));
});

describe('metric ontology: the concept named inside a longer phrase', () => {
  /** phrase → [concept id, the text it was found in] or null. */
  const cases: [string, [string, string] | null][] = [
    ['截至报告期末的不良贷款率', ['不良贷款率', '不良贷款率']],
    ['普惠型小微企业贷款余额', ['普惠小微贷款余额', '普惠型小微企业贷款余额']],
    ['该行普惠型小微企业贷款余额较年初', ['普惠小微贷款余额', '普惠型小微企业贷款余额']],
    // The head is last, and a measuring word extends the name before it: 个人住房贷款余额 is not 贷款余额.
    ['个人贷款余额', ['个人贷款', '个人贷款余额']],
    ['个人住房贷款余额', ['个人住房贷款', '个人住房贷款余额']],
    ['手机银行月活跃用户数', ['手机银行月活跃用户', '手机银行月活跃用户数']],
    ['营业收入和净利润', ['净利润', '净利润']],
    ['报告期内实现归属于母公司股东的净利润', ['归母净利润', '归属于母公司股东的净利润']],
    ['歸屬於本行股東的淨利潤', ['归母净利润', '歸屬於本行股東的淨利潤']],
    ['管理资产规模', ['管理资产规模', '管理资产规模']],
    ['全行零售客户资产管理规模', ['零售客户资产管理规模', '零售客户资产管理规模']],
    ['截至6月末，M2余额', ['广义货币', 'M2余额']],
    ['全国银行业金融机构共处理移动支付业务笔数', ['移动支付业务笔数', '移动支付业务笔数']],
    ['扣非后归母净利润', ['扣非净利润', '扣非后归母净利润']],
    ['该行贷款', ['贷款余额', '贷款']],
    ['不 良 贷 款 率', ['不良贷款率', '不 良 贷 款 率']],
    // English: the longest alias between word boundaries.
    ['net profit attributable to shareholders of the bank rose', ['归母净利润', 'net profit attributable to shareholders of the bank']],
    ['its net profit rose', ['净利润', 'net profit']],
    ['total assets under management', ['管理资产规模', 'total assets under management']],
    ['total assets of the Bank amounted to', ['资产总额', 'total assets']],
    ['the non-performing  loan ratio fell', ['不良贷款率', 'non-performing  loan ratio']],
    ["the Group's shareholders' equity", ['股东权益', "shareholders' equity"]],
    ['loans', ['贷款余额', 'loans']],
    ['monthly active users of its app', ['月活跃用户', 'monthly active users']],
    // Traps: a general word that only modifies another, a name inside a longer English word, nothing at all.
    ['贷款利率', null],
    ['客户经理人数', null],
    // In English a general word names its concept only alone: the head of an English noun phrase may come first.
    ['loans to small businesses rose', null],
    ['customers served by branches', null],
    ['its loans', ['贷款余额', 'loans']],
    ['nimble', null],
    ['carloans', null],
    ['该行表示', null],
  ];
  for (const [phrase, expected] of cases) {
    it(`${phrase} → ${expected ? expected[0] : '(none)'}`, () => {
      const found = ontology.find(phrase);
      assert.deepEqual(found ? [found.concept.id, phrase.slice(found.start, found.end)] : null, expected);
    });
  }
});

describe('metric ontology: concepts of the corpus', () => {
  const config = corpusConfigSchema.parse({
    metricAliases: { 科技贷款: ['科创企业贷款余额'], 净利润: ['纯收益'] },
    metrics: [
      { id: '数字人民币商户', kind: 'count', aliases: ['数币商户', 'e-CNY merchants'] },
      { id: '归母净利润', kind: 'flow', aliases: ['本行净利润'] },
      { id: '科技贷款', kind: 'stock', labels: { en: 'Technology loans' }, aliases: ['tech loans'], units: ['money'] },
    ],
  });
  const custom = new MetricOntology(config.metrics, config.metricAliases);

  it('adds a new concept with its Chinese and English aliases, in the units of its kind', () => {
    const concept = custom.lookup('数币商户');
    assert.equal(concept?.id, '数字人民币商户');
    assert.equal(custom.lookup('e-CNY merchants')?.id, '数字人民币商户');
    assert.equal(custom.kindOf('数字人民币商户'), 'count');
    assert.deepEqual(concept?.units, ['count']);
    assert.deepEqual(concept?.labels, { zhHans: '数字人民币商户', zhHant: '数字人民币商户', en: 'e-CNY merchants' });
    assert.deepEqual(concept?.en, ['e-cny merchants']);
  });

  it('extends a built-in concept that has the same id, keeping its own aliases', () => {
    assert.equal(custom.lookup('本行净利润')?.id, '归母净利润');
    assert.equal(custom.lookup('归属于母公司股东的净利润')?.id, '归母净利润');
    assert.equal(custom.lookup('纯收益')?.id, '净利润');
    assert.equal(custom.all().length, concepts.length + 2);
  });

  it('takes an alias away from the built-in concept that had it', () => {
    assert.equal(custom.lookup('科创企业贷款余额')?.id, '科技贷款');
    assert.equal(ontology.lookup('科创企业贷款余额')?.id, '科技企业贷款');
    assert.ok(!custom.get('科技企业贷款')!.zh.includes('科创企业贷款余额'));
    assert.equal(custom.get('科技贷款')?.labels.en, 'Technology loans');
    assert.equal(custom.kindOf('科技贷款'), 'stock');
  });

  it('gives a short-form alias group the kind of its name', () => {
    const guessed = new MetricOntology([], { 线上放款客户占比: ['线上客户比例'], 线上放款金额: [] , 线上网点: [] });
    assert.equal(guessed.kindOf('线上放款客户占比'), 'ratio');
    assert.equal(guessed.kindOf('线上放款金额'), 'flow');
    assert.equal(guessed.kindOf('线上网点'), 'stock');
  });

  it('is what the metric normaliser keys claims with', () => {
    const normaliser = new MetricNormaliser(config);
    assert.equal(normaliser.normalise('数币商户'), '数字人民币商户');
    assert.equal(normaliser.normalise('实现本行净利润'), '归母净利润');
    assert.equal(normaliser.concept('数字人民币商户')?.kind, 'count');
    assert.equal(new MetricNormaliser(defaultCorpusConfig).concept('數字人民幣商戶'), null);
  });
});

describe('metric normaliser on the ontology', () => {
  const normaliser = new MetricNormaliser(defaultCorpusConfig);
  const cases: [string, string][] = [
    ['归属于本行股东的净利润', '归母净利润'],
    ['net profit attributable to shareholders', '归母净利润'],
    ['扣非净利润', '扣非净利润'],
    ['全年发放贷款', '放款金额'],
    ['累计放款金额', '累计放款金额'],
    ['该行累计放款', '累计放款金额'],
    ['个人住房贷款余额', '个人住房贷款'],
    ['长三角地区个人住房贷款余额', '长三角地区个人住房贷款'],
    ['视障客户数', '视障客户数'],
    ['发放无纸化贷款', '发放无纸化贷款'],
    ['the total equity of', '股东权益'],
    ['net interest income growth', '利息净收入同比增长'],
  ];
  for (const [phrase, key] of cases) it(`${phrase} → ${key}`, () => assert.equal(normaliser.normalise(phrase), key));

  it('knows concept ids and exact phrasings, and the concept behind a key', () => {
    assert.ok(normaliser.isKnown('归母净利润'));
    assert.ok(normaliser.isKnown('同比增长'));
    assert.ok(!normaliser.isKnown('有效服务客户数'));
    assert.equal(normaliser.concept('资产总额')?.kind, 'stock');
    assert.equal(normaliser.concept('total assets')?.id, '资产总额');
    assert.equal(normaliser.concept('有效服务客户数'), null);
  });
});

describe('metric ontology: the data', () => {
  const formOf = (name: string) => (isEnglishPhrase(name) ? englishForm(name) : chineseForm(name));

  it('holds at least 170 concepts, each with three labels, a kind and a unit family', () => {
    assert.ok(concepts.length >= 170, `${concepts.length} concepts`);
    for (const concept of concepts) {
      assert.equal(concept.labels.zhHans, concept.id, concept.id);
      assert.equal(simplify(concept.labels.zhHant), concept.labels.zhHans, `${concept.id}: ${concept.labels.zhHant}`);
      assert.ok(concept.labels.en.length > 0, concept.id);
      assert.ok(['flow', 'stock', 'ratio', 'count'].includes(concept.kind), concept.id);
      assert.ok(concept.units.length >= 1, concept.id);
    }
  });

  it('has unique ids and no name shared by two concepts', () => {
    assert.equal(new Set(concepts.map((concept) => concept.id)).size, concepts.length);
    const owner = new Map<string, string>();
    for (const concept of concepts) {
      for (const name of [concept.id, concept.labels.zhHant, concept.labels.en, ...concept.zh, ...concept.en]) {
        const form = formOf(name);
        const previous = owner.get(form);
        assert.ok(previous === undefined || previous === concept.id, `${name} is both ${previous} and ${concept.id}`);
        owner.set(form, concept.id);
      }
    }
  });

  it('finds every concept by each of its names, and writes English aliases in lower case with single spaces', () => {
    for (const concept of concepts) {
      for (const name of [concept.id, concept.labels.zhHant, concept.labels.en, ...concept.zh, ...concept.en]) {
        assert.equal(ontology.lookupExact(name)?.id, concept.id, name);
      }
      for (const alias of concept.en) assert.equal(alias, alias.toLowerCase().replace(/\s+/g, ' ').trim(), alias);
      for (const alias of concept.zh) assert.ok(!isEnglishPhrase(alias), `${alias} belongs with the English aliases`);
    }
  });

  it('keeps the concepts the press blurs apart', () => {
    const pairs: [string, string][] = [
      ['净利润', '归母净利润'], ['净利润', '扣非净利润'], ['营业收入', '利息净收入'], ['贷款余额', '放款金额'], ['放款金额', '累计放款金额'],
      ['贷款余额', '授信金额'], ['客户数', '授信客户'], ['授信客户', '借款客户'], ['客户数', '月活跃用户'], ['资产总额', '管理资产规模'],
      ['净资产收益率', '加权平均净资产收益率'], ['信用卡发卡量', '信用卡在用卡量'],
    ];
    for (const [a, b] of pairs) {
      assert.ok(ontology.get(a) && ontology.get(b), `${a} / ${b}`);
      assert.notEqual(ontology.lookup(ontology.get(a)!.labels.en)?.id, b);
    }
    assert.equal(ontology.kindOf('资产总额'), 'stock');
    assert.equal(ontology.kindOf('营业收入'), 'flow');
    assert.equal(ontology.kindOf('不良贷款率'), 'ratio');
    assert.equal(ontology.kindOf('个人客户'), 'count');
    assert.equal(ontology.kindOf('新增客户'), 'flow');
    assert.equal(ontology.kindOf('no such concept'), null);
    assert.equal(ontology.get('累计放款金额')?.cumulative, true);
  });

  it('lists each general alias on exactly one concept', () => {
    for (const alias of [...generalAliases.zh, ...generalAliases.en]) {
      const owners = concepts.filter((concept) => [concept.id, ...concept.zh, ...concept.en].includes(alias));
      assert.equal(owners.length, 1, alias);
    }
    assert.ok(generalAliases.zh.includes('贷款') && generalAliases.en.includes('customers'));
  });

  it('names the change kinds and the direction words as data', () => {
    assert.deepEqual(changeKinds.map((kind) => kind.id), ['yoy', 'qoq', 'ytd', 'pp', 'bp']);
    const byId = new Map(changeKinds.map((kind) => [kind.id, kind]));
    assert.ok(byId.get('yoy')!.zh.includes('同比增长') && byId.get('yoy')!.en.includes('year on year'));
    assert.ok(byId.get('qoq')!.zh.includes('环比') && byId.get('qoq')!.en.includes('quarter on quarter'));
    assert.ok(byId.get('ytd')!.zh.includes('较上年末') && byId.get('ytd')!.en.includes('from the end of last year'));
    assert.ok(byId.get('pp')!.zh.includes('个百分点') && byId.get('pp')!.en.includes('percentage points'));
    // No word is a change of two kinds, nor a direction both ways.
    const words = changeKinds.flatMap((kind) => [...kind.zh, ...kind.en]);
    assert.equal(new Set(words).size, words.length);
    for (const word of [...directionWords.up.zh, ...directionWords.up.en]) {
      assert.ok(![...directionWords.down.zh, ...directionWords.down.en, ...directionWords.flat.zh, ...directionWords.flat.en].includes(word), word);
    }
    assert.ok(directionWords.down.zh.includes('下行') && directionWords.down.en.includes('fell'));
    assert.ok(directionWords.up.zh.includes('提升') && directionWords.up.en.includes('grew'));
  });
});
