/**
 * The built-in metric ontology: concepts of bank, fintech, payments and statistics reporting, as data.
 *
 * Each concept's id is its simplified Chinese canonical label and the claim key. Concepts that the
 * press blurs stay apart because their definitions differ: 净利润 (the group's net profit) is not
 * 归母净利润 (the part attributable to the parent's shareholders) nor 扣非净利润; 营业收入 is not
 * 利息净收入; 贷款余额 (a balance) is not 放款金额 (disbursed over a period), 累计放款金额 (a running
 * total) nor 授信金额 (credit lines granted); 客户数 is not 授信客户, 借款客户 nor 月活跃用户; 资产总额 is
 * not 管理资产规模 (customers' assets the bank manages). Names follow the line items of the Chinese
 * accounting standards, IFRS and the regulators' statistics. 普惠小微贷款 (the central bank's
 * statistic) and 普惠型小微企业贷款 (the supervisor's) share one concept: both count loans with a credit
 * line of up to 10 million yuan per borrower to small and micro enterprises and their owners.
 *
 * Aliases are stored as written; the ontology normalises them as it normalises phrases. Simplified
 * aliases only: traditional text is simplified before lookup, so 淨利潤 finds 净利润.
 */
import type { MetricConcept } from './kinds';

export type { ConceptKind, MetricConcept, UnitFamily } from './kinds';

export const concepts: readonly MetricConcept[] = [
  // 利润表 Income statement
  {
    id: '营业收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '营业收入', zhHant: '營業收入', en: 'Operating income' },
    zh: ['营收', '总营收', '总营业收入', '营业总收入', '经营收入', '营运收入', '经营收入总额', '营业收入总额', '营业净收入', '营运收入总额',
      '提取减值准备前之净经营收入', '提取减值准备前净经营收入', '提取减值前净经营收入', '减值前净经营收入'],
    en: ['revenue', 'revenues', 'operating income', 'operating revenue', 'total revenue', 'total operating income', 'net operating income', 'operating net income',
      // Hong Kong banks' top line: 提取减值准备前之净经营收入.
      'net operating income before impairment allowances', 'net operating income before impairment', 'net operating income before impairment provisions',
      'net operating income before impairment charges',
      // Singapore's banks call their top line total income.
      'total income'],
  },
  {
    id: '利息净收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '利息净收入', zhHant: '利息淨收入', en: 'Net interest income' },
    zh: ['净利息收入', '利息收入净额', '利息净收入总额', '净利息收益'],
    en: ['net interest income', 'nii'],
  },
  {
    id: '利息收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '利息收入', zhHant: '利息收入', en: 'Interest income' },
    zh: ['利息收入总额'],
    en: ['interest income', 'total interest income', 'gross interest income'],
  },
  {
    id: '利息支出', kind: 'flow', units: ['money'],
    labels: { zhHans: '利息支出', zhHant: '利息支出', en: 'Interest expense' },
    zh: ['利息支出总额'],
    en: ['interest expense', 'interest expenses', 'total interest expense'],
  },
  {
    id: '非利息净收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '非利息净收入', zhHant: '非利息淨收入', en: 'Net non-interest income' },
    zh: ['非利息收入', '非息收入', '非息净收入', '非利息收入净额', '净非息收入', '净非利息收入'],
    en: ['non-interest income', 'net non-interest income', 'non-interest revenue', 'non-interest net income', 'net non-interest revenue'],
  },
  {
    id: '手续费及佣金净收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '手续费及佣金净收入', zhHant: '手續費及佣金淨收入', en: 'Net fee and commission income' },
    zh: ['手续费及佣金收入净额', '净手续费及佣金收入', '手续费净收入', '手续费和佣金净收入', '净手续费收入'],
    en: ['net fee and commission income', 'net fee income', 'net fees and commissions'],
  },
  {
    id: '手续费及佣金收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '手续费及佣金收入', zhHant: '手續費及佣金收入', en: 'Fee and commission income' },
    zh: ['手续费和佣金收入', '手续费收入'],
    en: ['fee and commission income', 'gross fee and commission income', 'fee income'],
  },
  {
    id: '中间业务收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '中间业务收入', zhHant: '中間業務收入', en: 'Intermediary business income' },
    zh: ['中收'],
    en: ['intermediary business income'],
  },
  {
    id: '投资收益', kind: 'flow', units: ['money'],
    labels: { zhHans: '投资收益', zhHant: '投資收益', en: 'Investment income' },
    zh: ['投资净收益', '投资收益净额'],
    en: ['investment income', 'investment gains', 'net investment income'],
  },
  {
    id: '公允价值变动损益', kind: 'flow', units: ['money'],
    labels: { zhHans: '公允价值变动损益', zhHant: '公允價值變動損益', en: 'Gains or losses from changes in fair value' },
    zh: ['公允价值变动收益', '公允价值变动净收益'],
    en: ['fair value gains', 'net gains from changes in fair value', 'gains from changes in fair value'],
  },
  {
    id: '汇兑损益', kind: 'flow', units: ['money'],
    labels: { zhHans: '汇兑损益', zhHant: '匯兌損益', en: 'Foreign exchange gains or losses' },
    zh: ['汇兑净收益', '汇兑收益'],
    en: ['foreign exchange gains', 'exchange gains', 'net exchange gains'],
  },
  {
    id: '其他业务收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '其他业务收入', zhHant: '其他業務收入', en: 'Other business income' },
    zh: ['其他业务净收入'],
    en: ['other business income', 'other operating revenue'],
  },
  {
    id: '营业支出', kind: 'flow', units: ['money'],
    labels: { zhHans: '营业支出', zhHant: '營業支出', en: 'Operating expenses' },
    zh: ['营业总支出', '营业支出总额'],
    en: ['operating expenses', 'total operating expenses'],
  },
  {
    id: '业务及管理费', kind: 'flow', units: ['money'],
    labels: { zhHans: '业务及管理费', zhHant: '業務及管理費', en: 'General and administrative expenses' },
    zh: ['业务及管理费用', '业务管理费'],
    en: ['general and administrative expenses', 'operating and administrative expenses', 'administrative expenses'],
  },
  {
    id: '信用减值损失', kind: 'flow', units: ['money'],
    labels: { zhHans: '信用减值损失', zhHant: '信用減值損失', en: 'Credit impairment losses' },
    zh: ['计提信用减值损失', '信用减值损失计提', '预期信贷损失', '预期信用损失', '信贷损失'],
    en: ['credit impairment losses', 'credit impairment charges', 'expected credit losses', 'credit losses'],
  },
  {
    id: '资产减值损失', kind: 'flow', units: ['money'],
    labels: { zhHans: '资产减值损失', zhHant: '資產減值損失', en: 'Asset impairment losses' },
    zh: ['其他资产减值损失'],
    en: ['asset impairment losses', 'impairment losses on assets', 'impairment losses on other assets'],
  },
  {
    // The press's sum of both lines (信用减值损失 and 其他资产减值损失), kept apart from either.
    id: '信用及其他资产减值损失', kind: 'flow', units: ['money'],
    labels: { zhHans: '信用及其他资产减值损失', zhHant: '信用及其他資產減值損失', en: 'Credit and other asset impairment losses' },
    zh: ['信用及其他资产减值损失', '信用及资产减值损失', '信用减值及其他资产减值损失'],
    en: ['credit and other asset impairment losses', 'credit and other asset impairment loss'],
  },
  {
    id: '贷款减值损失', kind: 'flow', units: ['money'],
    labels: { zhHans: '贷款减值损失', zhHant: '貸款減值損失', en: 'Impairment losses on loans' },
    zh: ['贷款信用减值损失', '贷款减值准备计提'],
    en: ['impairment losses on loans', 'loan impairment losses', 'loan impairment charges', 'loan loss provisions'],
  },
  {
    id: '税金及附加', kind: 'flow', units: ['money'],
    labels: { zhHans: '税金及附加', zhHant: '稅金及附加', en: 'Taxes and surcharges' },
    zh: ['营业税金及附加'],
    en: ['taxes and surcharges'],
  },
  {
    id: '营业利润', kind: 'flow', units: ['money'],
    labels: { zhHans: '营业利润', zhHant: '營業利潤', en: 'Operating profit' },
    zh: ['经营利润'],
    en: ['operating profit'],
  },
  {
    id: '拨备前利润', kind: 'flow', units: ['money'],
    labels: { zhHans: '拨备前利润', zhHant: '撥備前利潤', en: 'Pre-provision profit' },
    zh: ['拨备前营业利润', '拨备前利润总额', '拨备前营业利润总额', '拨备前经营溢利', '拨备前经营利润'],
    en: ['pre-provision profit', 'pre-provision operating profit', 'ppop', 'profit before provisions'],
  },
  {
    id: '利润总额', kind: 'flow', units: ['money'],
    labels: { zhHans: '利润总额', zhHant: '利潤總額', en: 'Total profit' },
    zh: ['税前利润', '除税前溢利', '除税前利润', '税前溢利', '税前利润总额', '税前盈余', '税前获利', '税前纯益', '税前盈利', '除税前盈利'],
    en: ['profit before tax', 'pre-tax profit', 'total profit', 'profit before income tax', 'pretax profit', 'profit before taxation'],
  },
  {
    id: '所得税费用', kind: 'flow', units: ['money'],
    labels: { zhHans: '所得税费用', zhHant: '所得稅費用', en: 'Income tax expense' },
    zh: ['所得税', '所得税支出'],
    en: ['income tax expense', 'income tax', 'income taxes'],
  },
  {
    id: '净利润', kind: 'flow', units: ['money'],
    labels: { zhHans: '净利润', zhHant: '淨利潤', en: 'Net profit' },
    // Taiwan's press: 获利 and 税后获利 for the profit after tax; a group's 合并 (consolidated) figure is its net profit.
    zh: ['净利', '税后利润', '除税后溢利', '除税后利润', '净溢利', '税后净利润', '税后净利', '纯利润', '净利润总额', '纯益', '税后纯益', '税后盈余', '合并税后纯益', '合并税后净利', '合并税后净利润', '合并税后盈余',
      '获利', '税后获利', '合并净利润', '合并净利', '合并税后净利', '合并税后盈余', '合并税后纯益', '合并税后获利',
      // Hong Kong's profit for the period (本期溢利227.96亿港元), before the shareholders' part of it.
      '本期溢利'],
    en: ['net profit', 'net income', 'profit after tax', 'net earnings', 'profit for the year', 'profit for the period', 'net profit after tax', 'net profits'],
  },
  {
    id: '归母净利润', kind: 'flow', units: ['money'],
    labels: { zhHans: '归母净利润', zhHant: '歸母淨利潤', en: 'Net profit attributable to shareholders of the parent' },
    zh: ['归属于母公司股东的净利润', '归属于母公司所有者的净利润', '归属于本行股东的净利润', '归属于本公司股东的净利润', '归属于本集团股东的净利润', '归属于上市公司股东的净利润', '归属于银行股东的净利润', '股东应占溢利', '本公司股东应占溢利', '本行股东应占溢利', '母公司股东应占溢利', '归母净利', '归属净利润', '母公司股东净利润', '归属母公司净利润', '归属于母公司净利润', '归属母公司股东净利润',
      // Hong Kong's press writes 纯利 for the profit attributable to shareholders (工行首三季纯利2,699亿元), and
      // 赚 (建行上半年赚1620亿元) for the same; a Taiwanese holding's 赚 is its net profit (earnedProfit.ts).
      '纯利', '赚', '净赚', '赚进', '赚取', '税后赚', '多赚'],
    en: ['profit attributable to shareholders', 'profit attributable to equity holders', 'net profit attributable to shareholders', 'net profit attributable to equity holders', 'net profit attributable to shareholders of the bank', 'net profit attributable to shareholders of the parent', 'net profit attributable to shareholders of the parent company', 'profit attributable to shareholders of the parent company', 'net profit attributable to equity holders of the parent', 'net profit attributable to owners of the parent', 'profit attributable to owners of the parent', 'profit attributable to shareholders of the bank', 'profit attributable to equity holders of the bank', 'attributable net profit', 'net income attributable to shareholders', 'net profit attributable to bank shareholders', 'profit attributable to bank shareholders',
      'profit attributable to equity holders of the company', 'net profit attributable to equity holders of the company', 'profit attributable to shareholders of the company', 'profit attributable to equity holders of the group',
      "shareholders' attributable profit", "interim shareholders' profit"],
  },
  {
    // Banks with preference shares and perpetual bonds pay their holders first: the ordinary shareholders'
    // share is smaller than the parent's, and no conflict with it.
    id: '归属于普通股股东的净利润', kind: 'flow', units: ['money'],
    labels: { zhHans: '归属于普通股股东的净利润', zhHant: '歸屬於普通股股東的淨利潤', en: 'Net profit attributable to ordinary shareholders' },
    zh: ['归属于母公司普通股股东的净利润', '归属于本行普通股股东的净利润', '普通股股东应占溢利', '归属于普通股股东净利润'],
    en: ['net profit attributable to ordinary shareholders', 'profit attributable to ordinary shareholders', 'net profit attributable to ordinary shareholders of the bank', 'profit attributable to ordinary equity holders'],
  },
  {
    id: '扣非净利润', kind: 'flow', units: ['money'],
    labels: { zhHans: '扣非净利润', zhHant: '扣非淨利潤', en: 'Net profit excluding non-recurring gains and losses' },
    zh: ['扣除非经常性损益后的净利润', '扣除非经常性损益的净利润', '扣非后净利润', '扣非归母净利润', '扣非后归母净利润', '归属于母公司股东的扣除非经常性损益的净利润', '归属于上市公司股东的扣除非经常性损益的净利润', '扣非净利'],
    en: ['net profit excluding non-recurring gains and losses', 'net profit after deducting non-recurring gains and losses', 'net profit excluding non-recurring items', 'recurring net profit', 'adjusted net profit excluding non-recurring items'],
  },
  {
    id: '少数股东损益', kind: 'flow', units: ['money'],
    labels: { zhHans: '少数股东损益', zhHant: '少數股東損益', en: 'Profit attributable to non-controlling interests' },
    zh: ['少数股东权益损益', '归属于少数股东的净利润'],
    en: ['profit attributable to non-controlling interests', 'minority interests in profit'],
  },
  {
    id: '综合收益总额', kind: 'flow', units: ['money'],
    labels: { zhHans: '综合收益总额', zhHant: '綜合收益總額', en: 'Total comprehensive income' },
    zh: ['综合收益'],
    en: ['total comprehensive income'],
  },
  {
    id: '基本每股收益', kind: 'flow', units: ['money'],
    labels: { zhHans: '基本每股收益', zhHant: '基本每股收益', en: 'Basic earnings per share' },
    zh: ['每股收益', '每股盈利', '基本每股盈利', '每股基本收益', '每股基本盈利', '基本及摊薄每股盈利', '每股盈余', '每股税后盈余', '每股税后纯益', '每股获利', '每股赚'],
    en: ['basic earnings per share', 'earnings per share', 'eps', 'basic eps'],
  },
  {
    id: '稀释每股收益', kind: 'flow', units: ['money'],
    labels: { zhHans: '稀释每股收益', zhHant: '稀釋每股收益', en: 'Diluted earnings per share' },
    zh: ['稀释每股盈利', '每股稀释收益'],
    en: ['diluted earnings per share', 'diluted eps'],
  },
  {
    id: '每股股利', kind: 'flow', units: ['money'],
    labels: { zhHans: '每股股利', zhHant: '每股股利', en: 'Dividend per share' },
    zh: ['每股分红', '每股派息', '每股现金分红', '每股股息', '分红每股', '股息每股', '现金股息每股',
      // Hong Kong's 中期息每股0.1094元 and 末期息每股: the part of the year stays before the key.
      '息每股', '派息每股', '每股派现', '每股派发现金红利', '每股现金红利'],
    en: ['dividend per share', 'dividends per share', 'dps', 'cash dividend per share'],
  },
  {
    // Mainland banks state a distribution per 10 shares (每10股派发现金红利2.5元), a tenth of which is per share.
    id: '每10股派息', kind: 'flow', units: ['money'],
    labels: { zhHans: '每10股派息', zhHant: '每10股派息', en: 'Dividend per 10 shares' },
    zh: ['每10股派现', '每10股派发现金红利', '每10股派发现金股利', '每10股现金红利', '每10股现金股利', '每10股现金分红', '每10股分红', '每10股派', '每十股派息', '每十股派发现金红利'],
    en: ['dividend per 10 shares', 'cash dividend per 10 shares', 'dividends per 10 shares'],
  },
  {
    id: '现金分红总额', kind: 'flow', units: ['money'],
    labels: { zhHans: '现金分红总额', zhHant: '現金分紅總額', en: 'Total cash dividends' },
    zh: ['现金分红', '分红总额', '派息总额', '现金分红金额', '派发现金红利', '派发现金股利', '现金红利总额', '现金红利', '现金股利'],
    en: ['cash dividends', 'total cash dividends', 'total dividends', 'cash dividend', 'total cash dividend'],
  },
  {
    id: '分红比例', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '分红比例', zhHant: '分紅比例', en: 'Dividend payout ratio' },
    zh: ['现金分红比例', '派息比率', '分红率', '派息率'],
    en: ['dividend payout ratio', 'payout ratio', 'cash dividend payout ratio'],
  },
  {
    id: '经营活动现金流量净额', kind: 'flow', units: ['money'],
    labels: { zhHans: '经营活动现金流量净额', zhHant: '經營活動現金流量淨額', en: 'Net cash flows from operating activities' },
    zh: ['经营活动产生的现金流量净额', '经营性现金流净额', '经营现金流'],
    en: ['net cash flows from operating activities', 'net cash from operating activities', 'operating cash flow'],
  },

  // 资产负债表 Balance sheet
  {
    id: '资产总额', kind: 'stock', units: ['money'],
    labels: { zhHans: '资产总额', zhHant: '資產總額', en: 'Total assets' },
    zh: ['总资产', '资产规模', '资产总计', '总资产规模', '资产总量', '本外币资产总额', '本外币资产'],
    en: ['total assets', 'assets', 'total asset', 'asset size'],
  },
  {
    id: '负债总额', kind: 'stock', units: ['money'],
    labels: { zhHans: '负债总额', zhHant: '負債總額', en: 'Total liabilities' },
    zh: ['总负债', '负债总计', '负债规模', '负债合计'],
    en: ['total liabilities', 'liabilities'],
  },
  {
    id: '股东权益', kind: 'stock', units: ['money'],
    labels: { zhHans: '股东权益', zhHant: '股東權益', en: 'Total equity' },
    zh: ['股东权益合计', '所有者权益', '所有者权益合计', '净资产', '权益总额', '股东权益总额', '权益合计'],
    en: ['shareholders equity', 'total equity', 'total shareholders equity', 'net assets', 'owners equity'],
  },
  {
    id: '归母股东权益', kind: 'stock', units: ['money'],
    labels: { zhHans: '归母股东权益', zhHant: '歸母股東權益', en: 'Equity attributable to shareholders of the parent' },
    zh: ['归属于母公司股东的权益', '归属于母公司股东权益', '归属于本行股东的权益', '归属于本行股东权益', '归属于母公司所有者权益', '归母净资产', '归属于上市公司股东的净资产', '归母权益'],
    en: ['equity attributable to shareholders', 'equity attributable to equity holders of the parent', 'equity attributable to shareholders of the bank', 'equity attributable to owners of the parent'],
  },
  {
    id: '每股净资产', kind: 'stock', units: ['money'],
    labels: { zhHans: '每股净资产', zhHant: '每股淨資產', en: 'Net assets per share' },
    zh: ['每股账面价值', '归属于普通股股东的每股净资产', '每股净资产值'],
    en: ['net assets per share', 'book value per share', 'bvps'],
  },
  {
    id: '贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '贷款余额', zhHant: '貸款餘額', en: 'Total loans and advances to customers' },
    zh: ['各项贷款余额', '各项贷款', '贷款总额', '放款总余额', '放款余额', '放款总额', '贷款和垫款总额', '贷款及垫款总额', '客户贷款及垫款总额', '客户贷款及垫款', '客户贷款和垫款', '贷款规模', '贷款', '客户贷款', '贷款和垫款', '贷款及垫款', '贷款总量',
      '发放贷款和垫款本金总额', '贷款和垫款本金总额', '贷款本金总额', '贷款与垫款总额'],
    en: ['loans and advances to customers', 'gross loans and advances', 'loan balance', 'loan balances', 'outstanding loans', 'loans outstanding', 'total loans', 'loans', 'loan book', 'gross loans', 'total loans and advances', 'total gross loans', 'loan portfolio',
      // The customers a loan is made to are no qualifier of the concept (loans to customers, customer loans).
      'loans to customers', 'customer loans', 'gross loans to customers', 'total loans and advances to customers', 'gross loans and advances to customers',
      'loans and advances', 'total customer loans'],
  },
  {
    id: '存款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '存款余额', zhHant: '存款餘額', en: 'Total deposits from customers' },
    zh: ['各项存款余额', '各项存款', '存款总额', '客户存款总额', '客户存款', '吸收存款本金', '吸收存款本金总额', '存款规模', '存款', '存款总量', '认可机构存款总额', '认可机构的存款总额'],
    en: ['customer deposits', 'deposits from customers', 'deposit balance', 'total deposits', 'deposits', 'total customer deposits', 'deposit base',
      'total deposits with authorized institutions', 'deposits with authorized institutions'],
  },
  // The balance sheet's lines are not the totals the press compares: 发放贷款和垫款 is net of the allowance and holds the
  // interest accrued, 吸收存款 holds the interest payable; their principals (各项贷款, 各项存款) differ by a few per cent.
  {
    id: '发放贷款和垫款', kind: 'stock', units: ['money'],
    labels: { zhHans: '发放贷款和垫款', zhHant: '發放貸款和墊款', en: 'Loans and advances to customers (balance sheet)' },
    zh: ['发放贷款及垫款', '发放贷款和垫款余额', '发放贷款及垫款余额'],
    en: [],
  },
  {
    id: '吸收存款', kind: 'stock', units: ['money'],
    labels: { zhHans: '吸收存款', zhHant: '吸收存款', en: 'Deposits from customers (balance sheet)' },
    zh: ['吸收存款余额'],
    en: [],
  },
  {
    id: '个人贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '个人贷款', zhHant: '個人貸款', en: 'Personal loans' },
    zh: ['个人贷款和垫款', '个人贷款及垫款', '零售贷款', '个贷', '个人类贷款'],
    en: ['personal loans', 'retail loans', 'personal loans and advances', 'individual loans'],
  },
  {
    id: '公司贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '公司贷款', zhHant: '公司貸款', en: 'Corporate loans' },
    zh: ['公司贷款和垫款', '公司贷款及垫款', '对公贷款', '企业贷款', '公司类贷款'],
    en: ['corporate loans', 'corporate loans and advances', 'loans to corporates'],
  },
  {
    id: '票据贴现', kind: 'stock', units: ['money'],
    labels: { zhHans: '票据贴现', zhHant: '票據貼現', en: 'Discounted bills' },
    zh: ['贴现票据', '票据融资', '贴现'],
    en: ['discounted bills', 'bill discounting', 'bills discounted'],
  },
  {
    id: '个人住房贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '个人住房贷款', zhHant: '個人住房貸款', en: 'Residential mortgage loans' },
    zh: ['住房贷款', '个人住房按揭贷款', '按揭贷款', '房贷', '住房按揭贷款'],
    en: ['residential mortgage loans', 'residential mortgages', 'mortgage loans', 'mortgages', 'home loans'],
  },
  {
    id: '个人消费贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '个人消费贷款', zhHant: '個人消費貸款', en: 'Personal consumption loans' },
    zh: ['消费贷款', '消费贷', '个人消费类贷款'],
    en: ['personal consumption loans', 'consumer loans', 'personal consumer loans', 'consumer credit'],
  },
  {
    id: '个人经营贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '个人经营贷款', zhHant: '個人經營貸款', en: 'Personal business loans' },
    zh: ['个人经营性贷款', '经营贷', '个人经营类贷款'],
    en: ['personal business loans', 'personal operating loans'],
  },
  {
    id: '信用卡贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '信用卡贷款', zhHant: '信用卡貸款', en: 'Credit card loans' },
    zh: ['信用卡透支', '信用卡应收账款', '信用卡透支余额', '信用卡贷款余额'],
    en: ['credit card loans', 'credit card receivables', 'credit card balances'],
  },
  {
    id: '普惠小微贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '普惠小微贷款余额', zhHant: '普惠小微貸款餘額', en: 'Inclusive loans to small and micro enterprises' },
    zh: ['普惠型小微企业贷款', '普惠型小微企业贷款余额', '普惠小微贷款', '普惠型小微贷款', '普惠小微企业贷款', '普惠型小微企业贷款规模'],
    en: ['inclusive loans to small and micro enterprises', 'inclusive small and micro business loans', 'inclusive sme loans', 'inclusive small and micro loans'],
  },
  {
    id: '小微企业贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '小微企业贷款', zhHant: '小微企業貸款', en: 'Loans to small and micro enterprises' },
    zh: ['小微贷款', '小微企业贷款余额', '小型微型企业贷款'],
    en: ['loans to small and micro enterprises', 'small and micro enterprise loans', 'sme loans', 'small business loans', 'msme loans'],
  },
  {
    id: '绿色贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '绿色贷款余额', zhHant: '綠色貸款餘額', en: 'Green loans' },
    zh: ['绿色贷款', '绿色信贷', '绿色信贷余额', '绿色贷款规模'],
    en: ['green loans', 'green credit', 'green loan balance'],
  },
  {
    id: '涉农贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '涉农贷款', zhHant: '涉農貸款', en: 'Agriculture-related loans' },
    zh: ['涉农贷款余额', '农业农村贷款'],
    en: ['agriculture-related loans', 'agro-related loans', 'agricultural loans'],
  },
  {
    id: '普惠型涉农贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '普惠型涉农贷款', zhHant: '普惠型涉農貸款', en: 'Inclusive agriculture-related loans' },
    zh: ['普惠型涉农贷款余额'],
    en: ['inclusive agriculture-related loans'],
  },
  {
    id: '制造业贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '制造业贷款', zhHant: '製造業貸款', en: 'Loans to manufacturing' },
    zh: ['制造业贷款余额'],
    en: ['loans to manufacturing', 'manufacturing loans'],
  },
  {
    id: '制造业中长期贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '制造业中长期贷款', zhHant: '製造業中長期貸款', en: 'Medium and long-term loans to manufacturing' },
    zh: ['制造业中长期贷款余额'],
    en: ['medium and long-term loans to manufacturing', 'medium and long term manufacturing loans'],
  },
  {
    id: '科技企业贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '科技企业贷款', zhHant: '科技企業貸款', en: 'Loans to technology enterprises' },
    zh: ['科技型企业贷款', '科创企业贷款', '科技型企业贷款余额', '科创贷款'],
    en: ['loans to technology enterprises', 'technology enterprise loans', 'loans to tech companies'],
  },
  {
    id: '房地产贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '房地产贷款', zhHant: '房地產貸款', en: 'Real estate loans' },
    zh: ['房地产业贷款', '对公房地产贷款', '房地产开发贷款'],
    en: ['real estate loans', 'property loans', 'real estate development loans'],
  },
  {
    id: '不良贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '不良贷款余额', zhHant: '不良貸款餘額', en: 'Non-performing loans' },
    zh: ['不良贷款', '不良贷款额', '不良贷款总额'],
    en: ['non-performing loans', 'npls', 'npl balance', 'nonperforming loans', 'non-performing loan balance', 'balance of non-performing loans'],
  },
  {
    id: '关注类贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '关注类贷款', zhHant: '關注類貸款', en: 'Special-mention loans' },
    zh: ['关注类贷款余额'],
    en: ['special-mention loans', 'special mention loans'],
  },
  {
    id: '逾期贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '逾期贷款', zhHant: '逾期貸款', en: 'Overdue loans' },
    zh: ['逾期贷款余额'],
    en: ['overdue loans', 'past-due loans'],
  },
  {
    id: '贷款损失准备', kind: 'stock', units: ['money'],
    labels: { zhHans: '贷款损失准备', zhHant: '貸款損失準備', en: 'Allowance for loan impairment' },
    zh: ['贷款减值准备', '拨备余额', '贷款损失准备余额', '贷款拨备余额'],
    en: ['allowance for loan impairment', 'loan loss allowance', 'loan loss reserves', 'allowance for impairment losses on loans'],
  },
  {
    id: '同业负债', kind: 'stock', units: ['money'],
    labels: { zhHans: '同业负债', zhHant: '同業負債', en: 'Interbank liabilities' },
    zh: ['同业及其他金融机构存放款项', '同业存放款项', '同业存放', '同业负债余额'],
    en: ['interbank liabilities', 'deposits from banks and other financial institutions', 'due to banks'],
  },
  {
    id: '同业资产', kind: 'stock', units: ['money'],
    labels: { zhHans: '同业资产', zhHant: '同業資產', en: 'Interbank assets' },
    zh: ['存放同业款项', '存放同业及其他金融机构款项', '存放同业'],
    en: ['interbank assets', 'deposits with banks and other financial institutions', 'due from banks'],
  },
  {
    id: '拆入资金', kind: 'stock', units: ['money'],
    labels: { zhHans: '拆入资金', zhHant: '拆入資金', en: 'Placements from banks and other financial institutions' },
    zh: ['拆入资金余额'],
    en: ['placements from banks and other financial institutions', 'placements from banks'],
  },
  {
    id: '拆出资金', kind: 'stock', units: ['money'],
    labels: { zhHans: '拆出资金', zhHant: '拆出資金', en: 'Placements with banks and other financial institutions' },
    zh: ['拆出资金余额'],
    en: ['placements with banks and other financial institutions', 'placements with banks'],
  },
  {
    id: '向中央银行借款', kind: 'stock', units: ['money'],
    labels: { zhHans: '向中央银行借款', zhHant: '向中央銀行借款', en: 'Borrowings from the central bank' },
    zh: ['向央行借款'],
    en: ['borrowings from the central bank', 'borrowings from central banks'],
  },
  {
    id: '应付债券', kind: 'stock', units: ['money'],
    labels: { zhHans: '应付债券', zhHant: '應付債券', en: 'Debt securities issued' },
    zh: ['已发行债务证券', '应付债券余额'],
    en: ['debt securities issued', 'bonds payable', 'bonds issued'],
  },
  {
    id: '金融投资', kind: 'stock', units: ['money'],
    labels: { zhHans: '金融投资', zhHant: '金融投資', en: 'Financial investments' },
    zh: ['金融投资总额', '投资类资产'],
    en: ['financial investments'],
  },
  {
    id: '交易性金融资产', kind: 'stock', units: ['money'],
    labels: { zhHans: '交易性金融资产', zhHant: '交易性金融資產', en: 'Financial assets held for trading' },
    zh: ['以公允价值计量且其变动计入当期损益的金融资产'],
    en: ['financial assets held for trading', 'financial assets at fair value through profit or loss', 'trading financial assets'],
  },
  {
    id: '债权投资', kind: 'stock', units: ['money'],
    labels: { zhHans: '债权投资', zhHant: '債權投資', en: 'Debt investments at amortised cost' },
    zh: ['以摊余成本计量的金融投资', '以摊余成本计量的金融资产'],
    en: ['debt investments at amortised cost', 'financial assets at amortised cost', 'financial investments at amortised cost'],
  },
  {
    id: '其他债权投资', kind: 'stock', units: ['money'],
    labels: { zhHans: '其他债权投资', zhHant: '其他債權投資', en: 'Other debt investments at fair value through other comprehensive income' },
    zh: ['以公允价值计量且其变动计入其他综合收益的金融资产'],
    en: ['financial assets at fair value through other comprehensive income', 'other debt investments'],
  },
  {
    id: '现金及存放中央银行款项', kind: 'stock', units: ['money'],
    labels: { zhHans: '现金及存放中央银行款项', zhHant: '現金及存放中央銀行款項', en: 'Cash and balances with the central bank' },
    zh: ['现金及存放央行款项'],
    en: ['cash and balances with the central bank', 'cash and balances with central banks'],
  },
  {
    // The deposits alone, without the cash: analysts' asset tables (存放央行同比下降5.6%) name this line.
    id: '存放中央银行款项', kind: 'stock', units: ['money'],
    labels: { zhHans: '存放中央银行款项', zhHant: '存放中央銀行款項', en: 'Balances with the central bank' },
    zh: ['存放央行', '存放央行款项', '存放中央银行'],
    en: ['balances with the central bank', 'balances with central banks', 'deposits with the central bank'],
  },
  {
    id: '个人存款', kind: 'stock', units: ['money'],
    labels: { zhHans: '个人存款', zhHant: '個人存款', en: 'Personal deposits' },
    zh: ['储蓄存款', '零售存款', '个人存款余额', '个人客户存款'],
    en: ['personal deposits', 'retail deposits', 'individual deposits', 'savings deposits'],
  },
  {
    id: '公司存款', kind: 'stock', units: ['money'],
    labels: { zhHans: '公司存款', zhHant: '公司存款', en: 'Corporate deposits' },
    zh: ['对公存款', '单位存款', '企业存款', '公司客户存款'],
    en: ['corporate deposits', 'deposits from corporate customers'],
  },
  {
    id: '活期存款', kind: 'stock', units: ['money'],
    labels: { zhHans: '活期存款', zhHant: '活期存款', en: 'Demand deposits' },
    zh: ['活期存款余额'],
    en: ['demand deposits'],
  },
  {
    id: '定期存款', kind: 'stock', units: ['money'],
    labels: { zhHans: '定期存款', zhHant: '定期存款', en: 'Time deposits' },
    zh: ['定期存款余额'],
    en: ['time deposits'],
  },
  {
    id: '核心一级资本净额', kind: 'stock', units: ['money'],
    labels: { zhHans: '核心一级资本净额', zhHant: '核心一級資本淨額', en: 'Net core tier 1 capital' },
    zh: ['核心一级资本'],
    en: ['net core tier 1 capital', 'core tier 1 capital', 'cet1 capital'],
  },
  {
    id: '一级资本净额', kind: 'stock', units: ['money'],
    labels: { zhHans: '一级资本净额', zhHant: '一級資本淨額', en: 'Net tier 1 capital' },
    zh: ['一级资本'],
    en: ['net tier 1 capital', 'tier 1 capital'],
  },
  {
    id: '资本净额', kind: 'stock', units: ['money'],
    labels: { zhHans: '资本净额', zhHant: '資本淨額', en: 'Net capital base' },
    zh: ['总资本净额', '资本总额'],
    en: ['net capital base', 'total capital'],
  },
  {
    id: '风险加权资产', kind: 'stock', units: ['money'],
    labels: { zhHans: '风险加权资产', zhHant: '風險加權資產', en: 'Risk-weighted assets' },
    zh: ['风险加权资产合计', '风险加权资产总额'],
    en: ['risk-weighted assets', 'rwa', 'rwas'],
  },
  {
    id: '市值', kind: 'stock', units: ['money'],
    labels: { zhHans: '市值', zhHant: '市值', en: 'Market capitalisation' },
    zh: ['总市值'],
    en: ['market capitalisation', 'market capitalization', 'market cap'],
  },

  // 新增与发放 New business
  {
    id: '新增贷款', kind: 'flow', units: ['money'],
    labels: { zhHans: '新增贷款', zhHant: '新增貸款', en: 'Increase in loans' },
    zh: ['贷款增加额', '贷款增量', '贷款新增额', '新增各项贷款', '各项贷款增加额'],
    en: ['increase in loans', 'loan growth in value', 'new loans'],
  },
  {
    id: '新增存款', kind: 'flow', units: ['money'],
    labels: { zhHans: '新增存款', zhHant: '新增存款', en: 'Increase in deposits' },
    zh: ['存款增加额', '存款增量', '新增各项存款', '各项存款增加额'],
    en: ['increase in deposits', 'new deposits'],
  },
  {
    id: '放款金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '放款金额', zhHant: '放款金額', en: 'Loans disbursed' },
    zh: ['发放贷款金额', '放款规模', '贷款发放金额', '发放贷款', '放款', '贷款发放额', '发放贷款额', '放贷金额', '放贷规模', '放款额'],
    en: ['loans disbursed', 'loan disbursement', 'disbursed loans', 'disbursements', 'loan disbursements', 'loans granted'],
  },
  {
    id: '累计放款金额', kind: 'flow', units: ['money'], cumulative: true,
    labels: { zhHans: '累计放款金额', zhHant: '累計放款金額', en: 'Cumulative loans disbursed' },
    zh: ['累计放款', '累计发放贷款', '累计放款规模', '累计发放贷款金额', '累计放贷'],
    en: ['cumulative loans disbursed', 'cumulative disbursements', 'cumulative loan disbursements', 'cumulative lending', 'cumulative loans'],
  },
  {
    id: '授信金额', kind: 'stock', units: ['money'],
    labels: { zhHans: '授信金额', zhHant: '授信金額', en: 'Credit granted' },
    zh: ['授信总额', '授信规模', '授信额度', '授信'],
    en: ['credit granted', 'credit extended', 'credit lines granted', 'credit line', 'credit lines'],
  },
  {
    id: '不良贷款处置', kind: 'flow', units: ['money'],
    labels: { zhHans: '不良贷款处置', zhHant: '不良貸款處置', en: 'Non-performing loans disposed of' },
    zh: ['处置不良贷款', '不良资产处置', '处置不良资产', '不良贷款处置金额'],
    en: ['npl disposal', 'non-performing loans disposed of', 'disposal of non-performing loans'],
  },
  {
    id: '贷款核销', kind: 'flow', units: ['money'],
    labels: { zhHans: '贷款核销', zhHant: '貸款核銷', en: 'Loans written off' },
    zh: ['核销贷款', '核销不良贷款', '核销金额'],
    en: ['loans written off', 'write-offs', 'written-off loans'],
  },
  {
    id: '债券承销规模', kind: 'flow', units: ['money'],
    labels: { zhHans: '债券承销规模', zhHant: '債券承銷規模', en: 'Bonds underwritten' },
    zh: ['债券承销金额', '承销债券', '债券承销量'],
    en: ['bonds underwritten', 'bond underwriting'],
  },
  {
    id: '国际结算量', kind: 'flow', units: ['money'],
    labels: { zhHans: '国际结算量', zhHant: '國際結算量', en: 'International settlements' },
    zh: ['国际结算金额', '国际结算业务量'],
    en: ['international settlements', 'international settlement volume'],
  },
  {
    id: '跨境人民币结算量', kind: 'flow', units: ['money'],
    labels: { zhHans: '跨境人民币结算量', zhHant: '跨境人民幣結算量', en: 'Cross-border RMB settlements' },
    zh: ['跨境人民币结算金额', '跨境人民币业务量'],
    en: ['cross-border rmb settlements', 'cross-border renminbi settlement'],
  },

  // 比率 Ratios
  {
    id: '不良贷款率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '不良贷款率', zhHant: '不良貸款率', en: 'Non-performing loan ratio' },
    zh: ['不良率', '不良贷款比率', '不良贷款比例', '逾放比', '逾放比率', '逾期放款比率'],
    en: ['npl ratio', 'non-performing loan ratio', 'non-performing loans ratio', 'nonperforming loan ratio'],
  },
  {
    id: '拨备覆盖率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '拨备覆盖率', zhHant: '撥備覆蓋率', en: 'Provision coverage ratio' },
    zh: ['拨备覆盖比率', '不良贷款拨备覆盖率', '备抵呆帐覆盖率'],
    en: ['provision coverage ratio', 'provision coverage', 'npl coverage ratio', 'allowance to npl ratio', 'npl coverage', 'allowance to npls', 'allowance to npl', 'allowance to non-performing loans', 'allowance coverage ratio', 'allowance coverage',
      'loan provision coverage ratio', 'loan loss provision coverage ratio', 'provision coverage ratio for loans'],
  },
  {
    id: '拨贷比', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '拨贷比', zhHant: '撥貸比', en: 'Allowance-to-loan ratio' },
    zh: ['贷款拨备率', '贷款拨备比', '贷款拨备比率'],
    en: ['allowance-to-loan ratio', 'allowance to total loans ratio', 'loan provision ratio'],
  },
  {
    id: '资本充足率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '资本充足率', zhHant: '資本充足率', en: 'Capital adequacy ratio' },
    zh: ['总资本充足率', '资本充足比率', '总资本比率'],
    en: ['capital adequacy ratio', 'total capital adequacy ratio', 'total capital ratio', 'car', 'capital adequacy', 'total capital adequacy'],
  },
  {
    id: '一级资本充足率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '一级资本充足率', zhHant: '一級資本充足率', en: 'Tier 1 capital adequacy ratio' },
    zh: ['一级资本充足比率', '一级资本比率'],
    en: ['tier 1 capital adequacy ratio', 'tier 1 capital ratio', 'tier one capital ratio', 'tier 1 ratio', 'tier 1 capital adequacy'],
  },
  {
    id: '核心一级资本充足率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '核心一级资本充足率', zhHant: '核心一級資本充足率', en: 'Core tier 1 capital adequacy ratio' },
    zh: ['核心一级资本充足比率', '普通股权一级资本比率', '普通股一级资本比率'],
    en: ['core tier 1 capital adequacy ratio', 'cet1 ratio', 'core tier one capital ratio', 'core tier 1 capital ratio', 'common equity tier 1 ratio', 'cet1 capital ratio',
      'core tier 1 capital adequacy', 'common equity tier 1 capital ratio', 'common equity tier 1 capital adequacy ratio', 'cet1 capital adequacy ratio', 'common equity tier one capital ratio'],
  },
  {
    id: '净息差', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '净息差', zhHant: '淨息差', en: 'Net interest margin' },
    zh: ['净利息收益率', '息差', '平均净息差'],
    en: ['net interest margin', 'nim', 'average net interest margin'],
  },
  {
    id: '净利差', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '净利差', zhHant: '淨利差', en: 'Net interest spread' },
    zh: ['净利息差'],
    en: ['net interest spread', 'net interest rate spread'],
  },
  {
    id: '净资产收益率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '净资产收益率', zhHant: '淨資產收益率', en: 'Return on equity' },
    // The regulator's 资本利润率 (profit over average capital) is the sector's return on equity.
    zh: ['平均净资产收益率', '股东权益回报率', '平均股东权益回报率', '权益回报率', '净资产回报率', '资本利润率', '平均资本利润率'],
    en: ['return on equity', 'roe', 'return on average equity', 'roae'],
  },
  {
    id: '加权平均净资产收益率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '加权平均净资产收益率', zhHant: '加權平均淨資產收益率', en: 'Weighted average return on equity' },
    zh: ['加权ROE', '加权平均ROE'],
    en: ['weighted average return on equity', 'weighted average roe', 'weighted roe'],
  },
  {
    id: '总资产收益率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '总资产收益率', zhHant: '總資產收益率', en: 'Return on assets' },
    zh: ['平均总资产收益率', '总资产回报率', '平均总资产回报率', '资产回报率', '平均资产回报率', '资产收益率', '资产利润率', '平均资产利润率'],
    en: ['return on assets', 'roa', 'return on average assets', 'roaa'],
  },
  {
    id: '成本收入比', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '成本收入比', zhHant: '成本收入比', en: 'Cost-to-income ratio' },
    zh: ['成本收入比率', '成本对收入比率', '成本对收入比'],
    en: ['cost-to-income ratio', 'cost-income ratio', 'cost income ratio'],
  },
  {
    id: '流动性覆盖率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '流动性覆盖率', zhHant: '流動性覆蓋率', en: 'Liquidity coverage ratio' },
    zh: ['流动性覆盖比率'],
    en: ['liquidity coverage ratio', 'lcr'],
  },
  {
    id: '净稳定资金比例', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '净稳定资金比例', zhHant: '淨穩定資金比例', en: 'Net stable funding ratio' },
    zh: ['净稳定资金比率'],
    en: ['net stable funding ratio', 'nsfr'],
  },
  {
    id: '流动性比例', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '流动性比例', zhHant: '流動性比例', en: 'Liquidity ratio' },
    zh: ['流动性比率'],
    en: ['liquidity ratio'],
  },
  {
    id: '杠杆率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '杠杆率', zhHant: '槓桿率', en: 'Leverage ratio' },
    zh: ['资本杠杆率'],
    en: ['leverage ratio'],
  },
  {
    id: '关注类贷款占比', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '关注类贷款占比', zhHant: '關注類貸款佔比', en: 'Special-mention loan ratio' },
    zh: ['关注类贷款率', '关注率', '关注类贷款比例'],
    en: ['special-mention loan ratio', 'special mention loan ratio'],
  },
  {
    id: '逾期贷款率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '逾期贷款率', zhHant: '逾期貸款率', en: 'Overdue loan ratio' },
    zh: ['逾期率', '逾期贷款占比', '逾期贷款比例'],
    en: ['overdue loan ratio', 'past-due loan ratio', 'delinquency ratio'],
  },
  {
    id: '不良贷款生成率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '不良贷款生成率', zhHant: '不良貸款生成率', en: 'NPL formation ratio' },
    zh: ['不良生成率', '不良贷款新生成率'],
    en: ['npl formation ratio', 'npl generation ratio'],
  },
  {
    id: '信贷成本', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '信贷成本', zhHant: '信貸成本', en: 'Credit cost' },
    zh: ['信用成本', '信贷成本率', '信用成本率'],
    en: ['credit cost', 'credit cost ratio', 'credit costs'],
  },
  {
    id: '存贷比', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '存贷比', zhHant: '存貸比', en: 'Loan-to-deposit ratio' },
    zh: ['贷存比', '存贷款比例', '存贷比率'],
    en: ['loan-to-deposit ratio', 'ldr'],
  },
  {
    id: '非利息收入占比', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '非利息收入占比', zhHant: '非利息收入佔比', en: 'Share of non-interest income in operating income' },
    zh: ['非息收入占比', '非利息净收入占比', '非利息收入占营业收入比重', '非利息净收入占营业收入比例'],
    en: ['share of non-interest income', 'non-interest income ratio'],
  },
  {
    id: '生息资产', kind: 'stock', units: ['money'],
    labels: { zhHans: '生息资产', zhHant: '生息資產', en: 'Interest-earning assets' },
    zh: ['生息资产总额', '生息资产规模', '生息资产余额'],
    en: ['interest-earning assets', 'total interest-earning assets'],
  },
  {
    id: '计息负债', kind: 'stock', units: ['money'],
    labels: { zhHans: '计息负债', zhHant: '計息負債', en: 'Interest-bearing liabilities' },
    zh: ['计息负债总额', '计息负债规模', '计息负债余额', '付息负债', '付息负债总额'],
    en: ['interest-bearing liabilities', 'total interest-bearing liabilities'],
  },
  {
    id: '生息资产平均收益率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '生息资产平均收益率', zhHant: '生息資產平均收益率', en: 'Average yield of interest-earning assets' },
    zh: ['生息资产收益率', '生息资产平均利率'],
    en: ['average yield of interest-earning assets', 'yield on interest-earning assets', 'yield of interest-earning assets', 'interest-earning asset yield', 'yield on assets', 'asset yield'],
  },
  {
    id: '计息负债平均成本率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '计息负债平均成本率', zhHant: '計息負債平均成本率', en: 'Average cost of interest-bearing liabilities' },
    zh: ['计息负债成本率', '付息负债成本率', '付息负债平均成本率'],
    en: ['average cost of interest-bearing liabilities', 'cost of interest-bearing liabilities', 'cost rate of interest-bearing liabilities', 'cost of liabilities', 'liability cost'],
  },
  {
    id: '存款平均成本率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '存款平均成本率', zhHant: '存款平均成本率', en: 'Average cost of deposits' },
    zh: ['存款成本率', '存款付息率', '存款平均付息率'],
    en: ['average cost of deposits', 'cost of deposits', 'deposit cost'],
  },
  {
    id: '贷款平均收益率', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '贷款平均收益率', zhHant: '貸款平均收益率', en: 'Average yield of loans' },
    zh: ['贷款收益率', '贷款平均利率'],
    en: ['average yield of loans', 'loan yield', 'average loan yield'],
  },
  {
    id: '资产负债率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '资产负债率', zhHant: '資產負債率', en: 'Debt-to-asset ratio' },
    zh: ['负债率'],
    en: ['debt-to-asset ratio', 'liability-to-asset ratio'],
  },
  {
    id: '市净率', kind: 'ratio', units: ['multiple'],
    labels: { zhHans: '市净率', zhHant: '市淨率', en: 'Price-to-book ratio' },
    zh: [],
    en: ['price-to-book ratio', 'p/b ratio', 'pb ratio'],
  },
  {
    id: '市盈率', kind: 'ratio', units: ['multiple'],
    labels: { zhHans: '市盈率', zhHant: '市盈率', en: 'Price-to-earnings ratio' },
    zh: [],
    en: ['price-to-earnings ratio', 'price-earnings ratio', 'p/e ratio', 'pe ratio'],
  },
  {
    id: '股息率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '股息率', zhHant: '股息率', en: 'Dividend yield' },
    zh: ['股息收益率'],
    en: ['dividend yield'],
  },
  {
    id: '市场份额', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '市场份额', zhHant: '市場份額', en: 'Market share' },
    zh: ['市占率', '市场占有率'],
    en: ['market share'],
  },
  {
    id: '科技人员占比', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '科技人员占比', zhHant: '科技人員佔比', en: 'Share of technology staff' },
    zh: ['科技人才占比', '科技人员占全员比例', '科技人员占员工总数比例', '科技人员比例'],
    en: ['share of technology staff', 'tech staff share', 'proportion of technology staff'],
  },
  {
    id: '科技投入占营业收入比例', kind: 'ratio', timing: 'period', units: ['percent'],
    labels: { zhHans: '科技投入占营业收入比例', zhHant: '科技投入佔營業收入比例', en: 'Technology investment as a share of operating income' },
    zh: ['科技投入占营收比例', '科技投入占比', '金融科技投入占营业收入比例', '科技投入占营业收入比重', '科技投入占营收比重'],
    en: ['technology investment as a share of revenue', 'tech investment to revenue ratio'],
  },

  // 保险与证券 Insurance and securities
  {
    id: '保费收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '保费收入', zhHant: '保費收入', en: 'Gross written premiums' },
    zh: ['保险业务收入', '总保费收入', '保费'],
    en: ['gross written premiums', 'premium income', 'written premiums', 'gross premiums written'],
  },
  {
    id: '原保险保费收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '原保险保费收入', zhHant: '原保險保費收入', en: 'Original insurance premium income' },
    zh: ['原保费收入', '原保险保费', '原保险保费收入合计'],
    en: ['original insurance premium income', 'original premium income'],
  },
  {
    id: '规模保费', kind: 'flow', units: ['money'],
    labels: { zhHans: '规模保费', zhHant: '規模保費', en: 'Premiums including investment-type business' },
    zh: ['规模保费收入'],
    en: ['total premiums including investment-type business'],
  },
  {
    id: '保险服务收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '保险服务收入', zhHant: '保險服務收入', en: 'Insurance revenue' },
    zh: ['保险收入'],
    en: ['insurance revenue', 'insurance service revenue'],
  },
  {
    id: '赔付支出', kind: 'flow', units: ['money'],
    labels: { zhHans: '赔付支出', zhHant: '賠付支出', en: 'Claims and benefits paid' },
    zh: ['原保险赔付支出', '赔款支出', '保险赔付'],
    en: ['claims paid', 'claims and benefits paid', 'benefits paid'],
  },
  {
    id: '新业务价值', kind: 'flow', units: ['money'],
    labels: { zhHans: '新业务价值', zhHant: '新業務價值', en: 'Value of new business' },
    zh: ['一年新业务价值', '新业务价值总额'],
    en: ['value of new business', 'new business value', 'vnb', 'nbv'],
  },
  {
    id: '内含价值', kind: 'stock', units: ['money'],
    labels: { zhHans: '内含价值', zhHant: '內含價值', en: 'Embedded value' },
    zh: ['集团内含价值'],
    en: ['embedded value'],
  },
  {
    id: '综合偿付能力充足率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '综合偿付能力充足率', zhHant: '綜合償付能力充足率', en: 'Comprehensive solvency adequacy ratio' },
    zh: ['偿付能力充足率', '综合偿付能力'],
    en: ['comprehensive solvency adequacy ratio', 'comprehensive solvency ratio', 'solvency ratio'],
  },
  {
    id: '核心偿付能力充足率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '核心偿付能力充足率', zhHant: '核心償付能力充足率', en: 'Core solvency adequacy ratio' },
    zh: ['核心偿付能力'],
    en: ['core solvency adequacy ratio', 'core solvency ratio'],
  },
  {
    id: '综合成本率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '综合成本率', zhHant: '綜合成本率', en: 'Combined ratio' },
    zh: ['综合成本比率'],
    en: ['combined ratio'],
  },
  {
    id: '总投资收益率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '总投资收益率', zhHant: '總投資收益率', en: 'Total investment yield' },
    zh: ['总投资收益比率'],
    en: ['total investment yield', 'total investment return'],
  },
  {
    id: '净投资收益率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '净投资收益率', zhHant: '淨投資收益率', en: 'Net investment yield' },
    zh: ['净投资收益比率'],
    en: ['net investment yield'],
  },
  {
    id: '融资融券余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '融资融券余额', zhHant: '融資融券餘額', en: 'Margin financing and securities lending balance' },
    zh: ['两融余额', '融资融券业务余额'],
    en: ['margin financing and securities lending balance', 'margin balance', 'margin trading balance'],
  },
  {
    id: '经纪业务手续费净收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '经纪业务手续费净收入', zhHant: '經紀業務手續費淨收入', en: 'Net fee income from brokerage' },
    zh: ['经纪业务净收入', '证券经纪业务净收入'],
    en: ['net fee income from brokerage', 'brokerage fee income', 'brokerage income'],
  },
  {
    id: '投资银行业务手续费净收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '投资银行业务手续费净收入', zhHant: '投資銀行業務手續費淨收入', en: 'Net fee income from investment banking' },
    zh: ['投行业务净收入', '投资银行业务净收入'],
    en: ['net fee income from investment banking', 'investment banking fee income'],
  },
  {
    id: '资产管理业务手续费净收入', kind: 'flow', units: ['money'],
    labels: { zhHans: '资产管理业务手续费净收入', zhHant: '資產管理業務手續費淨收入', en: 'Net fee income from asset management' },
    zh: ['资管业务净收入', '资产管理业务净收入'],
    en: ['net fee income from asset management', 'asset management fee income'],
  },
  {
    id: '风险覆盖率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '风险覆盖率', zhHant: '風險覆蓋率', en: 'Risk coverage ratio' },
    zh: ['风险覆盖比率'],
    en: ['risk coverage ratio'],
  },

  // 客户 Customers and products
  {
    id: '客户数', kind: 'count', units: ['count'],
    labels: { zhHans: '客户数', zhHant: '客戶數', en: 'Customers' },
    zh: ['客户', '客户总数', '客户数量', '用户', '用户数', '客户规模', '用户总数', '用户数量', '用户规模'],
    en: ['customers', 'clients', 'users', 'number of customers', 'customer base', 'number of clients', 'number of users', 'customer numbers', 'user base'],
  },
  {
    id: '个人客户', kind: 'count', units: ['count'],
    labels: { zhHans: '个人客户', zhHant: '個人客戶', en: 'Individual customers' },
    zh: ['个人用户', '个人客户数', '零售客户', '零售客户数', '个人用户数'],
    en: ['individual customers', 'retail customers', 'personal customers', 'individual clients', 'retail clients'],
  },
  {
    id: '企业客户', kind: 'count', units: ['count'],
    labels: { zhHans: '企业客户', zhHant: '企業客戶', en: 'Corporate customers' },
    zh: ['对公客户', '公司客户', '企业用户', '法人客户', '对公客户数', '企业客户数', '公司客户数'],
    en: ['corporate customers', 'corporate clients', 'business customers', 'institutional customers'],
  },
  {
    id: '小微企业客户', kind: 'count', units: ['count'],
    labels: { zhHans: '小微企业客户', zhHant: '小微企業客戶', en: 'Small and micro enterprise customers' },
    zh: ['小微客户', '小微企业法人客户', '小微市场主体', '中小微企业客户', '小微企业用户', '小微企业客户数'],
    en: ['sme customers', 'small and micro enterprise customers', 'small business customers', 'msme customers', 'small and micro business customers'],
  },
  {
    id: '授信客户', kind: 'count', units: ['count'],
    labels: { zhHans: '授信客户', zhHant: '授信客戶', en: 'Customers granted credit' },
    zh: ['授信客户数', '授信企业', '授信企业客户', '授信户数'],
    en: ['credit customers', 'customers granted credit', 'borrowers granted credit'],
  },
  {
    id: '借款客户', kind: 'count', units: ['count'],
    labels: { zhHans: '借款客户', zhHant: '借款客戶', en: 'Borrowers' },
    zh: ['贷款客户', '借款人', '借款客户数', '贷款客户数', '借款人数', '贷款户数', '贷款户'],
    en: ['borrowers', 'loan customers', 'number of borrowers', 'borrowing customers'],
  },
  {
    id: '有效客户', kind: 'count', units: ['count'],
    labels: { zhHans: '有效客户', zhHant: '有效客戶', en: 'Effective customers' },
    zh: ['有效客户数', '有效户'],
    en: ['effective customers', 'valid customers'],
  },
  {
    id: '活跃客户', kind: 'count', units: ['count'],
    labels: { zhHans: '活跃客户', zhHant: '活躍客戶', en: 'Active customers' },
    zh: ['活跃客户数', '活跃用户', '活跃用户数'],
    en: ['active customers', 'active users', 'active clients'],
  },
  {
    id: '月活跃用户', kind: 'count', units: ['count'],
    labels: { zhHans: '月活跃用户', zhHant: '月活躍用戶', en: 'Monthly active users' },
    zh: ['月活跃用户数', '月活', '月活用户', '月活跃客户', '月活数'],
    en: ['mau', 'monthly active users', 'monthly active customers', 'maus'],
  },
  {
    id: '日活跃用户', kind: 'count', units: ['count'],
    labels: { zhHans: '日活跃用户', zhHant: '日活躍用戶', en: 'Daily active users' },
    zh: ['日活跃用户数', '日活', '日活用户'],
    en: ['dau', 'daily active users'],
  },
  {
    id: '手机银行用户', kind: 'count', units: ['count'],
    labels: { zhHans: '手机银行用户', zhHant: '手機銀行用戶', en: 'Mobile banking users' },
    zh: ['手机银行客户', '手机银行用户数', '手机银行客户数', '手机银行注册用户'],
    en: ['mobile banking users', 'mobile banking customers', 'mobile banking clients'],
  },
  {
    id: '手机银行月活跃用户', kind: 'count', units: ['count'],
    labels: { zhHans: '手机银行月活跃用户', zhHant: '手機銀行月活躍用戶', en: 'Monthly active users of mobile banking' },
    zh: ['手机银行月活', '手机银行MAU', '手机银行月活跃用户数', '手机银行月活跃客户'],
    en: ['mobile banking mau', 'mobile banking monthly active users', 'monthly active users of mobile banking'],
  },
  {
    id: '新增客户', kind: 'flow', units: ['count'],
    labels: { zhHans: '新增客户', zhHant: '新增客戶', en: 'New customers' },
    zh: ['新增客户数', '新客户', '新增用户', '新增用户数', '新客'],
    en: ['new customers', 'new clients', 'new users', 'customers added'],
  },
  {
    id: '首贷户', kind: 'count', units: ['count'],
    labels: { zhHans: '首贷户', zhHant: '首貸戶', en: 'First-time borrowers' },
    zh: ['首贷客户', '首次贷款客户', '首贷户数'],
    en: ['first-time borrowers', 'first time borrowers'],
  },
  {
    id: '私人银行客户', kind: 'count', units: ['count'],
    labels: { zhHans: '私人银行客户', zhHant: '私人銀行客戶', en: 'Private banking clients' },
    zh: ['私行客户', '私人银行客户数', '私行客户数'],
    en: ['private banking clients', 'private banking customers'],
  },
  {
    id: '商户数', kind: 'count', units: ['count'],
    labels: { zhHans: '商户数', zhHant: '商戶數', en: 'Merchants' },
    zh: ['商户', '商户数量', '签约商户', '合作商户', '签约商户数'],
    en: ['merchants', 'number of merchants', 'merchant base'],
  },
  {
    id: '理财产品规模', kind: 'stock', units: ['money'],
    labels: { zhHans: '理财产品规模', zhHant: '理財產品規模', en: 'Wealth management products outstanding' },
    zh: ['理财产品余额', '理财规模', '理财产品存续规模', '理财余额', '理财管理规模', '理财产品管理规模'],
    en: ['wealth management products outstanding', 'wealth management product balance', 'wmp balance', 'wealth management aum'],
  },
  {
    id: '管理资产规模', kind: 'stock', units: ['money'],
    labels: { zhHans: '管理资产规模', zhHant: '管理資產規模', en: 'Assets under management' },
    zh: ['管理资产', '资产管理规模', '客户资产管理规模', '管理资产总额', '受托管理资产规模'],
    en: ['aum', 'assets under management', 'managed assets', 'total assets under management'],
  },
  {
    id: '零售客户资产管理规模', kind: 'stock', units: ['money'],
    labels: { zhHans: '零售客户资产管理规模', zhHant: '零售客戶資產管理規模', en: 'Retail assets under management' },
    zh: ['零售AUM', '零售客户AUM', '零售客户总资产', '零售客户金融资产', '个人客户资产管理规模', '零售客户资产规模'],
    en: ['retail assets under management', 'retail aum', 'retail customer aum'],
  },
  {
    id: '托管资产规模', kind: 'stock', units: ['money'],
    labels: { zhHans: '托管资产规模', zhHant: '託管資產規模', en: 'Assets under custody' },
    zh: ['托管规模', '资产托管规模', '托管资产', '托管资产余额'],
    en: ['assets under custody', 'auc', 'custody assets'],
  },
  {
    id: '信用卡发卡量', kind: 'count', units: ['count'], cumulative: true,
    labels: { zhHans: '信用卡发卡量', zhHant: '信用卡髮卡量', en: 'Credit cards issued' },
    zh: ['信用卡发卡数量', '信用卡发卡数', '信用卡累计发卡', '信用卡发卡'],
    en: ['credit cards issued', 'cards issued'],
  },
  {
    id: '信用卡在用卡量', kind: 'count', units: ['count'],
    labels: { zhHans: '信用卡在用卡量', zhHant: '信用卡在用卡量', en: 'Credit cards in use' },
    zh: ['信用卡在用发卡数量', '信用卡流通卡量', '流通卡量', '在用卡量', '信用卡和借贷合一卡在用发卡数量', '信用卡流通卡数', '信用卡和借贷合一卡', '信用卡和借贷合一卡数量', '信用卡和借贷合一卡量', '信用卡和借贷合一卡发卡数量'],
    en: ['credit cards in use', 'credit cards in circulation', 'cards in circulation'],
  },
  {
    id: '信用卡交易额', kind: 'flow', units: ['money'],
    labels: { zhHans: '信用卡交易额', zhHant: '信用卡交易額', en: 'Credit card spending' },
    zh: ['信用卡交易金额', '信用卡消费额', '信用卡消费金额', '信用卡消费交易额'],
    en: ['credit card spending', 'credit card transaction value', 'credit card purchase volume'],
  },
  {
    id: '户均贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '户均贷款', zhHant: '戶均貸款', en: 'Average loan per borrower' },
    zh: ['户均贷款金额', '户均借款', '户均借款金额', '户均贷款规模'],
    en: ['average loan per borrower', 'average loan per customer', 'average loan balance per customer'],
  },
  {
    id: '户均授信', kind: 'stock', units: ['money'],
    labels: { zhHans: '户均授信', zhHant: '戶均授信', en: 'Average credit line per customer' },
    zh: ['户均授信金额', '户均授信额度'],
    en: ['average credit line per customer', 'average credit granted per customer'],
  },
  {
    id: '笔均贷款金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '笔均贷款金额', zhHant: '筆均貸款金額', en: 'Average loan size' },
    zh: ['笔均借款', '笔均贷款', '笔均借款金额', '笔均放款金额'],
    en: ['average loan size', 'average loan amount', 'average ticket size'],
  },

  // 支付与央行统计 Payments and central-bank statistics
  {
    id: '移动支付业务笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '移动支付业务笔数', zhHant: '移動支付業務筆數', en: 'Mobile payment transactions' },
    zh: ['移动支付笔数', '移动支付交易笔数', '移动支付业务量'],
    en: ['mobile payment transactions', 'number of mobile payments', 'mobile payment transaction count'],
  },
  {
    id: '移动支付业务金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '移动支付业务金额', zhHant: '移動支付業務金額', en: 'Value of mobile payments' },
    zh: ['移动支付金额', '移动支付交易金额', '移动支付交易额'],
    en: ['value of mobile payments', 'mobile payment value', 'mobile payment amount'],
  },
  {
    id: '网上支付业务笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '网上支付业务笔数', zhHant: '網上支付業務筆數', en: 'Online banking payment transactions' },
    zh: ['网上支付笔数', '网上支付交易笔数'],
    en: ['online banking payment transactions', 'online payment transactions', 'number of online payments'],
  },
  {
    id: '网上支付业务金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '网上支付业务金额', zhHant: '網上支付業務金額', en: 'Value of online banking payments' },
    zh: ['网上支付金额', '网上支付交易金额'],
    en: ['value of online banking payments', 'value of online payments', 'online payment value'],
  },
  {
    id: '电话支付业务笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '电话支付业务笔数', zhHant: '電話支付業務筆數', en: 'Telephone payment transactions' },
    zh: ['电话支付笔数'],
    en: ['telephone payment transactions'],
  },
  {
    id: '电话支付业务金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '电话支付业务金额', zhHant: '電話支付業務金額', en: 'Value of telephone payments' },
    zh: ['电话支付金额'],
    en: ['value of telephone payments'],
  },
  {
    id: '电子支付业务笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '电子支付业务笔数', zhHant: '電子支付業務筆數', en: 'Electronic payment transactions' },
    zh: ['电子支付笔数', '电子支付交易笔数'],
    en: ['electronic payment transactions', 'number of electronic payments'],
  },
  {
    id: '电子支付业务金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '电子支付业务金额', zhHant: '電子支付業務金額', en: 'Value of electronic payments' },
    zh: ['电子支付金额', '电子支付交易金额'],
    en: ['value of electronic payments', 'electronic payment value'],
  },
  {
    id: '非银行支付机构网络支付业务笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '非银行支付机构网络支付业务笔数', zhHant: '非銀行支付機構網絡支付業務筆數', en: 'Online payment transactions of non-bank payment institutions' },
    zh: ['非银行支付机构处理网络支付业务笔数', '非银支付机构网络支付业务笔数', '网络支付业务笔数', '网络支付笔数'],
    en: ['online payment transactions of non-bank payment institutions', 'non-bank online payment transactions', 'online payment transactions by non-bank payment institutions'],
  },
  {
    id: '非银行支付机构网络支付业务金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '非银行支付机构网络支付业务金额', zhHant: '非銀行支付機構網絡支付業務金額', en: 'Value of online payments of non-bank payment institutions' },
    zh: ['非银行支付机构处理网络支付业务金额', '非银支付机构网络支付业务金额', '网络支付业务金额', '网络支付金额'],
    en: ['value of online payments of non-bank payment institutions', 'non-bank online payment value', 'value of online payments by non-bank payment institutions'],
  },
  {
    id: '支付系统业务笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '支付系统业务笔数', zhHant: '支付系統業務筆數', en: 'Transactions processed by payment systems' },
    zh: ['支付系统处理业务笔数', '支付系统共处理支付业务笔数'],
    en: ['transactions processed by payment systems', 'payment system transactions'],
  },
  {
    id: '支付系统业务金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '支付系统业务金额', zhHant: '支付系統業務金額', en: 'Value processed by payment systems' },
    zh: ['支付系统处理业务金额', '支付系统共处理支付业务金额'],
    en: ['value processed by payment systems', 'payment system value'],
  },
  {
    id: '网联平台业务笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '网联平台业务笔数', zhHant: '網聯平臺業務筆數', en: 'Transactions processed by NetsUnion' },
    zh: ['网联清算平台处理业务笔数', '网联平台处理业务笔数', '网联处理业务笔数'],
    en: ['transactions processed by netsunion', 'netsunion transactions'],
  },
  {
    id: '网联平台业务金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '网联平台业务金额', zhHant: '網聯平臺業務金額', en: 'Value processed by NetsUnion' },
    zh: ['网联清算平台处理业务金额', '网联平台处理业务金额', '网联处理业务金额'],
    en: ['value processed by netsunion', 'netsunion transaction value'],
  },
  {
    id: '银行卡发卡量', kind: 'count', units: ['count'],
    labels: { zhHans: '银行卡发卡量', zhHant: '銀行卡髮卡量', en: 'Bank cards in issue' },
    zh: ['银行卡在用发卡数量', '银行卡发卡数量', '全国银行卡在用发卡数量', '银行卡数量', '银行卡在用卡量', '开立银行卡', '银行卡总量'],
    en: ['bank cards in issue', 'number of bank cards', 'bank cards in use'],
  },
  {
    id: '借记卡发卡量', kind: 'count', units: ['count'],
    labels: { zhHans: '借记卡发卡量', zhHant: '借記卡髮卡量', en: 'Debit cards in issue' },
    zh: ['借记卡在用发卡数量', '借记卡发卡数量', '借记卡数量', '借记卡'],
    en: ['debit cards in issue', 'debit cards in use', 'number of debit cards'],
  },
  {
    id: '银行账户数量', kind: 'count', units: ['count'],
    labels: { zhHans: '银行账户数量', zhHant: '銀行賬戶數量', en: 'Bank accounts' },
    zh: ['银行账户总量', '开立银行账户', '银行账户数', '银行账户总数', '人民币银行结算账户'],
    en: ['bank accounts opened', 'number of bank accounts', 'rmb bank settlement accounts'],
  },
  {
    id: '单位银行账户数量', kind: 'count', units: ['count'],
    labels: { zhHans: '单位银行账户数量', zhHant: '單位銀行賬戶數量', en: 'Corporate bank accounts' },
    zh: ['开立单位银行账户', '单位银行账户', '单位银行账户数'],
    en: ['corporate bank accounts', 'bank accounts of entities'],
  },
  {
    id: '个人银行账户数量', kind: 'count', units: ['count'],
    labels: { zhHans: '个人银行账户数量', zhHant: '個人銀行賬戶數量', en: 'Personal bank accounts' },
    zh: ['开立个人银行账户', '个人银行账户', '个人银行账户数'],
    en: ['personal bank accounts', 'individual bank accounts'],
  },
  {
    id: '银行卡交易笔数', kind: 'flow', units: ['count'],
    labels: { zhHans: '银行卡交易笔数', zhHant: '銀行卡交易筆數', en: 'Bank card transactions' },
    zh: ['银行卡交易', '发生银行卡交易', '银行卡交易数量'],
    en: ['bank card transactions', 'number of bank card transactions'],
  },
  {
    id: '银行卡交易金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '银行卡交易金额', zhHant: '銀行卡交易金額', en: 'Value of bank card transactions' },
    zh: ['银行卡交易额', '银行卡消费金额', '银行卡消费业务金额'],
    en: ['value of bank card transactions', 'bank card transaction value', 'bank card spending'],
  },
  {
    id: '数字人民币钱包', kind: 'count', units: ['count'],
    labels: { zhHans: '数字人民币钱包', zhHant: '數字人民幣錢包', en: 'e-CNY wallets opened' },
    zh: ['数字人民币钱包数', '数字人民币个人钱包', '开立数字人民币钱包'],
    en: ['e-cny wallets', 'digital yuan wallets', 'e-cny wallets opened'],
  },
  {
    id: '数字人民币交易金额', kind: 'flow', units: ['money'],
    labels: { zhHans: '数字人民币交易金额', zhHant: '數字人民幣交易金額', en: 'Value of e-CNY transactions' },
    zh: ['数字人民币交易额', '数字人民币交易规模'],
    en: ['value of e-cny transactions', 'e-cny transaction value', 'digital yuan transaction value'],
  },
  {
    id: 'ATM数量', kind: 'count', units: ['count'],
    labels: { zhHans: 'ATM数量', zhHant: 'ATM數量', en: 'ATMs' },
    zh: ['自动柜员机', 'ATM机', '自动柜员机数量', 'ATM机具', 'ATM机具数量'],
    en: ['atm', 'atms', 'number of atms', 'automated teller machines'],
  },
  {
    id: 'POS机具数量', kind: 'count', units: ['count'],
    labels: { zhHans: 'POS机具数量', zhHant: 'POS機具數量', en: 'POS terminals' },
    zh: ['联网POS机具', 'POS机具', 'POS机', '联网POS机具数量', 'POS终端'],
    en: ['pos terminals', 'point-of-sale terminals', 'number of pos terminals'],
  },
  {
    id: '广义货币', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '广义货币', zhHant: '廣義貨幣', en: 'Broad money (M2)' },
    zh: ['M2余额', '广义货币供应量', '广义货币余额', '广义货币M2'],
    en: ['m2', 'broad money', 'm2 money supply', 'broad money supply'],
  },
  {
    id: '狭义货币', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '狭义货币', zhHant: '狹義貨幣', en: 'Narrow money (M1)' },
    zh: ['M1余额', '狭义货币供应量', '狭义货币余额', '狭义货币M1'],
    en: ['m1', 'narrow money', 'm1 money supply', 'narrow money supply'],
  },
  {
    id: '流通中货币', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '流通中货币', zhHant: '流通中貨幣', en: 'Currency in circulation (M0)' },
    zh: ['M0余额', '流通中现金', '流通中货币M0'],
    en: ['m0', 'currency in circulation', 'cash in circulation', 'money in circulation', 'total money in circulation'],
  },
  {
    id: '社会融资规模存量', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '社会融资规模存量', zhHant: '社會融資規模存量', en: 'Outstanding aggregate financing to the real economy' },
    zh: ['社融存量', '社会融资规模余额', '社融规模存量', '社融余额'],
    en: ['outstanding aggregate financing to the real economy', 'outstanding total social financing', 'total social financing outstanding', 'stock of aggregate financing to the real economy', 'afre outstanding', 'stock of social financing', 'stock of social financing scale', 'social financing stock', 'social financing scale stock'],
  },
  {
    id: '社会融资规模增量', kind: 'flow', nationwide: true, units: ['money'],
    labels: { zhHans: '社会融资规模增量', zhHant: '社會融資規模增量', en: 'Increment of aggregate financing to the real economy' },
    zh: ['社融增量', '新增社融', '新增社会融资规模', '社融规模增量', '社会融资规模新增'],
    en: ['increment of aggregate financing to the real economy', 'new total social financing', 'total social financing increment', 'afre increment', 'new aggregate financing'],
  },
  {
    id: '人民币贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '人民币贷款余额', zhHant: '人民幣貸款餘額', en: 'Outstanding RMB loans' },
    zh: ['人民币各项贷款余额', '人民币贷款存量'],
    en: ['outstanding rmb loans', 'rmb loans outstanding', 'outstanding renminbi loans', 'outstanding yuan loans', 'rmb loans', 'balance of rmb loans', 'rmb loan balance', 'yuan loans', 'yuan-denominated loans', 'renminbi loans', 'outstanding yuan-denominated loans'],
  },
  {
    id: '人民币贷款增加', kind: 'flow', units: ['money'],
    labels: { zhHans: '人民币贷款增加', zhHant: '人民幣貸款增加', en: 'Increase in RMB loans' },
    zh: ['新增人民币贷款', '人民币贷款增量', '人民币贷款新增', '人民币贷款增加额', '人民币各项贷款增加'],
    en: ['increase in rmb loans', 'new rmb loans', 'new yuan loans', 'new renminbi loans'],
  },
  {
    id: '人民币存款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '人民币存款余额', zhHant: '人民幣存款餘額', en: 'Outstanding RMB deposits' },
    zh: ['人民币各项存款余额', '人民币存款存量'],
    en: ['outstanding rmb deposits', 'rmb deposits outstanding', 'outstanding renminbi deposits', 'rmb deposits', 'balance of rmb deposits', 'rmb deposit balance', 'yuan deposits', 'yuan-denominated deposits', 'renminbi deposits', 'outstanding yuan deposits'],
  },
  {
    id: '人民币存款增加', kind: 'flow', units: ['money'],
    labels: { zhHans: '人民币存款增加', zhHant: '人民幣存款增加', en: 'Increase in RMB deposits' },
    zh: ['新增人民币存款', '人民币存款增量', '人民币存款新增', '人民币存款增加额', '人民币各项存款增加'],
    en: ['increase in rmb deposits', 'new rmb deposits', 'new yuan deposits'],
  },
  {
    id: '本外币贷款余额', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '本外币贷款余额', zhHant: '本外幣貸款餘額', en: 'Outstanding loans in domestic and foreign currencies' },
    zh: ['本外币各项贷款余额'],
    en: ['outstanding loans in domestic and foreign currencies', 'outstanding loans in local and foreign currencies', 'domestic and foreign currency loans', 'both domestic and foreign currency loans'],
  },
  {
    id: '本外币存款余额', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '本外币存款余额', zhHant: '本外幣存款餘額', en: 'Outstanding deposits in domestic and foreign currencies' },
    zh: ['本外币各项存款余额'],
    en: ['outstanding deposits in domestic and foreign currencies', 'outstanding deposits in local and foreign currencies', 'domestic and foreign currency deposits', 'both domestic and foreign currency deposits'],
  },
  {
    id: '住户贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '住户贷款', zhHant: '住戶貸款', en: 'Household loans' },
    zh: ['住户贷款余额', '居民贷款', '居民贷款余额'],
    en: ['household loans'],
  },
  {
    id: '住户贷款增加', kind: 'flow', units: ['money'],
    labels: { zhHans: '住户贷款增加', zhHant: '住戶貸款增加', en: 'Increase in household loans' },
    zh: ['新增住户贷款', '住户贷款增量', '住户贷款新增', '居民贷款增加', '新增居民贷款', '居民贷款新增', '居民贷款增量'],
    en: ['increase in household loans', 'new household loans'],
  },
  {
    id: '企（事）业单位贷款', kind: 'stock', units: ['money'],
    labels: { zhHans: '企（事）业单位贷款', zhHant: '企（事）業單位貸款', en: 'Loans to enterprises and public institutions' },
    zh: ['企(事)业单位贷款', '企（事）业单位贷款余额', '企(事)业单位贷款余额', '企事业单位贷款'],
    en: ['loans to enterprises and public institutions', 'loans to enterprises and institutions', 'corporate and institutional loans'],
  },
  {
    id: '住户存款', kind: 'stock', units: ['money'],
    labels: { zhHans: '住户存款', zhHant: '住戶存款', en: 'Household deposits' },
    zh: ['住户存款余额', '居民存款', '居民储蓄存款'],
    en: ['household deposits', 'household savings'],
  },
  {
    id: '住户存款增加', kind: 'flow', units: ['money'],
    labels: { zhHans: '住户存款增加', zhHant: '住戶存款增加', en: 'Increase in household deposits' },
    zh: ['新增住户存款', '住户存款增量', '住户存款新增', '居民存款增加', '新增居民存款', '居民存款新增', '居民存款增量'],
    en: ['increase in household deposits', 'new household deposits'],
  },
  {
    id: '对实体经济发放的人民币贷款余额', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '对实体经济发放的人民币贷款余额', zhHant: '對實體經濟發放的人民幣貸款餘額', en: 'RMB loans to the real economy' },
    zh: ['对实体经济发放的人民币贷款', '实体经济人民币贷款余额', '实体经济发放人民币贷款余额', '实体经济发放人民币贷款'],
    en: ['rmb loans to the real economy', 'balance of rmb loans to the real economy', 'rmb loans issued to the real economy', 'balance of rmb loans issued to the real economy'],
  },
  // The other parts of the stock of aggregate financing to the real economy, and the flows of its bonds and shares.
  {
    id: '对实体经济发放的外币贷款余额', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '对实体经济发放的外币贷款余额', zhHant: '對實體經濟發放的外幣貸款餘額', en: 'Foreign-currency loans to the real economy' },
    zh: ['对实体经济发放的外币贷款折合人民币余额', '实体经济发放外币贷款折合人民币余额', '实体经济发放外币贷款余额', '对实体经济发放的外币贷款', '实体经济发放外币贷款'],
    en: ['foreign currency loans to the real economy', 'foreign currency loans issued to the real economy', 'balance of foreign currency loans to the real economy'],
  },
  {
    id: '委托贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '委托贷款余额', zhHant: '委託貸款餘額', en: 'Entrusted loans outstanding' },
    zh: ['委托贷款'],
    en: ['entrusted loans', 'outstanding entrusted loans', 'balance of entrusted loans'],
  },
  {
    id: '信托贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '信托贷款余额', zhHant: '信託貸款餘額', en: 'Trust loans outstanding' },
    zh: ['信托贷款'],
    en: ['trust loans', 'outstanding trust loans', 'balance of trust loans'],
  },
  {
    id: '未贴现银行承兑汇票余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '未贴现银行承兑汇票余额', zhHant: '未貼現銀行承兌匯票餘額', en: 'Undiscounted bankers\' acceptances outstanding' },
    zh: ['未贴现银行承兑汇票', '未贴现票据余额'],
    en: ['undiscounted bankers acceptances', 'outstanding undiscounted bankers acceptances', 'undiscounted bank acceptance bills', 'outstanding undiscounted bank acceptance bills'],
  },
  {
    id: '企业债券余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '企业债券余额', zhHant: '企業債券餘額', en: 'Corporate bonds outstanding' },
    zh: ['企业债券存量'],
    en: ['outstanding corporate bonds', 'balance of corporate bonds', 'net corporate bond financing outstanding'],
  },
  {
    id: '政府债券余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '政府债券余额', zhHant: '政府債券餘額', en: 'Government bonds outstanding' },
    zh: ['政府债券存量'],
    en: ['outstanding government bonds', 'balance of government bonds'],
  },
  {
    id: '非金融企业境内股票余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '非金融企业境内股票余额', zhHant: '非金融企業境內股票餘額', en: 'Domestic equity of non-financial enterprises outstanding' },
    zh: ['非金融企业境内股票'],
    en: ['domestic stock financing of non-financial enterprises outstanding'],
  },
  {
    id: '政府债券净融资', kind: 'flow', units: ['money'],
    labels: { zhHans: '政府债券净融资', zhHant: '政府債券淨融資', en: 'Net financing through government bonds' },
    zh: ['政府债券净融资额', '政府债净融资', '政府债券增加', '政府债增加', '政府债券融资'],
    en: ['net government bond financing', 'net financing through government bonds', 'government bond net financing'],
  },
  {
    id: '企业债券净融资', kind: 'flow', units: ['money'],
    labels: { zhHans: '企业债券净融资', zhHant: '企業債券淨融資', en: 'Net financing through corporate bonds' },
    zh: ['企业债券净融资额', '企业债净融资', '企业债券增加', '企业债增加', '企业债券融资'],
    en: ['net corporate bond financing', 'net financing through corporate bonds', 'corporate bond net financing'],
  },
  {
    id: '非金融企业境内股票融资', kind: 'flow', units: ['money'],
    labels: { zhHans: '非金融企业境内股票融资', zhHant: '非金融企業境內股票融資', en: 'Domestic equity financing of non-financial enterprises' },
    zh: ['非金融企业境内股票融资额'],
    en: ['domestic equity financing of non-financial enterprises', 'domestic stock financing of non-financial enterprises'],
  },
  // The sectors of the central bank's money and credit statistics (loans to, deposits of).
  {
    id: '非金融企业存款', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '非金融企业存款', zhHant: '非金融企業存款', en: 'Deposits of non-financial enterprises' },
    zh: ['非金融企业存款余额'],
    en: ['deposits of non-financial enterprises', 'non-financial enterprise deposits'],
  },
  {
    id: '财政性存款', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '财政性存款', zhHant: '財政性存款', en: 'Fiscal deposits' },
    zh: ['财政性存款余额', '财政存款'],
    en: ['fiscal deposits', 'government deposits'],
  },
  {
    id: '非银行业金融机构存款', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '非银行业金融机构存款', zhHant: '非銀行業金融機構存款', en: 'Deposits of non-bank financial institutions' },
    zh: ['非银行业金融机构存款余额', '非银存款'],
    en: ['deposits of non-bank financial institutions', 'non-bank financial institution deposits'],
  },
  {
    id: '非银行业金融机构贷款', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '非银行业金融机构贷款', zhHant: '非銀行業金融機構貸款', en: 'Loans to non-bank financial institutions' },
    zh: ['非银行业金融机构贷款余额'],
    en: ['loans to non-bank financial institutions'],
  },
  {
    id: '外币贷款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '外币贷款余额', zhHant: '外幣貸款餘額', en: 'Foreign-currency loans' },
    zh: ['外币贷款'],
    en: ['foreign-currency loans', 'foreign currency loans'],
  },
  {
    id: '外币存款余额', kind: 'stock', units: ['money'],
    labels: { zhHans: '外币存款余额', zhHant: '外幣存款餘額', en: 'Foreign-currency deposits' },
    zh: ['外币存款'],
    en: ['foreign-currency deposits', 'foreign currency deposits'],
  },
  // 香港金融管理局 Hong Kong's monthly monetary statistics, in the Monetary Authority's own terms.
  {
    id: '港元存款', kind: 'stock', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '港元存款', zhHant: '港元存款', en: 'Hong Kong dollar deposits' },
    zh: ['港元存款余额', '港币存款'],
    en: ['hong kong dollar deposits', 'hk dollar deposits', 'hkd deposits'],
  },
  {
    id: '香港人民币存款', kind: 'stock', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '香港人民币存款', zhHant: '香港人民幣存款', en: 'Renminbi deposits in Hong Kong' },
    zh: ['香港人民币存款余额', '本港人民币存款'],
    en: ['renminbi deposits in hong kong', 'rmb deposits in hong kong', 'hong kong renminbi deposits'],
  },
  {
    id: '跨境贸易结算人民币汇款', kind: 'flow', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '跨境贸易结算人民币汇款', zhHant: '跨境貿易結算人民幣匯款', en: 'Renminbi remittances for cross-border trade settlement' },
    zh: ['跨境贸易结算人民币汇款总额', '跨境贸易结算的人民币汇款总额', '人民币跨境贸易结算汇款', '人民币跨境贸易结算'],
    en: ['total remittance of renminbi for cross-border trade settlement', 'remittance of renminbi for cross-border trade settlement',
      'renminbi cross-border trade settlement', 'renminbi trade settlement', 'rmb trade settlement', 'rmb cross-border trade settlement'],
  },
  {
    id: '港元贷存比率', kind: 'ratio', timing: 'moment', publisher: '香港金融管理局', units: ['percent'],
    labels: { zhHans: '港元贷存比率', zhHant: '港元貸存比率', en: 'Hong Kong dollar loan-to-deposit ratio' },
    zh: ['港元贷存比', '港元存贷比率', '港元存贷比'],
    en: ['hong kong dollar loan-to-deposit ratio', 'hk dollar loan-to-deposit ratio', 'hkd loan-to-deposit ratio'],
  },
  {
    id: '港元狭义货币', kind: 'stock', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '港元狭义货币', zhHant: '港元狹義貨幣', en: 'Hong Kong dollar M1' },
    zh: ['港元货币供应量M1', '经季节因素调整的港元货币供应量M1', '港元M1'],
    en: ['hong kong dollar m1', 'seasonally-adjusted hong kong dollar m1', 'seasonally adjusted hong kong dollar m1', 'hk dollar m1'],
  },
  {
    // "M2 and M3 both decreased by 1.9%": the pair moves together in the releases, and the figure is M2's.
    id: '港元广义货币', kind: 'stock', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '港元广义货币', zhHant: '港元廣義貨幣', en: 'Hong Kong dollar M2' },
    zh: ['港元货币供应量M2', '港元M2', '港元货币供应量M2及M3', '港元货币供应量M2和M3'],
    en: ['hong kong dollar m2', 'hk dollar m2', 'hong kong dollar m2 and m3'],
  },
  {
    id: '香港货币供应量M2', kind: 'stock', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '香港货币供应量M2', zhHant: '香港貨幣供應量M2', en: 'Total M2 (Hong Kong)' },
    zh: ['货币供应量总额M2', '货币供应量总额M2及M3', '货币供应量总额M2和M3'],
    en: ['total m2', 'total m2 and m3'],
  },
  {
    id: '在香港使用的贷款', kind: 'stock', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '在香港使用的贷款', zhHant: '在香港使用的貸款', en: 'Loans for use in Hong Kong' },
    zh: ['香港使用的贷款', '香港使用贷款', '在香港使用的贷款(包括贸易融资)'],
    en: ['loans for use in hong kong', 'loans for use in hong kong including trade finance'],
  },
  {
    id: '在香港境外使用的贷款', kind: 'stock', publisher: '香港金融管理局', units: ['money'],
    labels: { zhHans: '在香港境外使用的贷款', zhHant: '在香港境外使用的貸款', en: 'Loans for use outside Hong Kong' },
    zh: ['香港境外使用的贷款', '香港境外使用贷款'],
    en: ['loans for use outside hong kong'],
  },
  {
    id: '同业拆借加权平均利率', kind: 'ratio', timing: 'period', nationwide: true, units: ['percent'],
    labels: { zhHans: '同业拆借加权平均利率', zhHant: '同業拆借加權平均利率', en: 'Weighted average interbank lending rate' },
    zh: ['银行间人民币市场同业拆借月加权平均利率', '同业拆借月加权平均利率', '同业拆借加权平均利率'],
    en: ['weighted average interbank lending rate', 'interbank lending rate'],
  },
  {
    id: '质押式回购加权平均利率', kind: 'ratio', timing: 'period', nationwide: true, units: ['percent'],
    labels: { zhHans: '质押式回购加权平均利率', zhHant: '質押式回購加權平均利率', en: 'Weighted average pledged repo rate' },
    zh: ['质押式债券回购月加权平均利率', '质押式回购月加权平均利率', '质押式债券回购加权平均利率'],
    en: ['weighted average pledged repo rate', 'pledged repo rate'],
  },
  {
    id: '外汇储备', kind: 'stock', nationwide: true, units: ['money'],
    labels: { zhHans: '外汇储备', zhHant: '外匯儲備', en: 'Foreign exchange reserves' },
    zh: ['外汇储备余额', '外汇储备规模', '外储'],
    en: ['foreign exchange reserves', 'forex reserves', 'fx reserves', 'foreign currency reserves'],
  },
  {
    id: '贷款市场报价利率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '贷款市场报价利率', zhHant: '貸款市場報價利率', en: 'Loan prime rate' },
    zh: ['贷款市场报价利率LPR'],
    en: ['lpr', 'loan prime rate'],
  },
  {
    id: '一年期贷款市场报价利率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '一年期贷款市场报价利率', zhHant: '一年期貸款市場報價利率', en: 'One-year loan prime rate' },
    zh: ['1年期贷款市场报价利率', '1年期LPR', '一年期LPR'],
    en: ['one-year loan prime rate', '1-year loan prime rate', 'one-year lpr', '1-year lpr'],
  },
  {
    id: '五年期以上贷款市场报价利率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '五年期以上贷款市场报价利率', zhHant: '五年期以上貸款市場報價利率', en: 'Five-year loan prime rate' },
    zh: ['5年期以上贷款市场报价利率', '5年期以上LPR', '五年期以上LPR', '5年期LPR', '五年期LPR'],
    en: ['five-year loan prime rate', '5-year loan prime rate', 'five-year lpr', '5-year lpr', 'over-five-year lpr'],
  },
  {
    id: '存款准备金率', kind: 'ratio', timing: 'moment', units: ['percent'],
    labels: { zhHans: '存款准备金率', zhHant: '存款準備金率', en: 'Reserve requirement ratio' },
    zh: ['法定存款准备金率', '准备金率', '存准率'],
    en: ['reserve requirement ratio', 'required reserve ratio', 'rrr', 'reserve ratio'],
  },
  {
    id: '七天期逆回购利率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '七天期逆回购利率', zhHant: '七天期逆回購利率', en: 'Seven-day reverse repo rate' },
    zh: ['7天期逆回购利率', '7天期逆回购操作利率', '7天逆回购利率', '七天逆回购利率'],
    en: ['seven-day reverse repo rate', '7-day reverse repo rate', '7-day reverse repurchase rate'],
  },
  {
    id: '中期借贷便利利率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '中期借贷便利利率', zhHant: '中期借貸便利利率', en: 'Medium-term lending facility rate' },
    zh: ['MLF利率', '1年期MLF利率', '一年期MLF利率', '中期借贷便利中标利率'],
    en: ['medium-term lending facility rate', 'mlf rate', 'one-year mlf rate'],
  },
  {
    id: '企业贷款加权平均利率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '企业贷款加权平均利率', zhHant: '企業貸款加權平均利率', en: 'Weighted average interest rate on corporate loans' },
    zh: ['企业贷款利率', '新发放企业贷款加权平均利率'],
    en: ['weighted average interest rate on corporate loans', 'corporate loan rate'],
  },
  {
    id: '个人住房贷款加权平均利率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '个人住房贷款加权平均利率', zhHant: '個人住房貸款加權平均利率', en: 'Weighted average interest rate on new mortgages' },
    zh: ['新发放个人住房贷款利率', '房贷利率', '个人住房贷款利率', '新发放个人住房贷款加权平均利率'],
    en: ['weighted average mortgage rate', 'mortgage rate', 'mortgage rates'],
  },
  {
    id: '国内生产总值', kind: 'flow', units: ['money'],
    labels: { zhHans: '国内生产总值', zhHant: '國內生產總值', en: 'Gross domestic product' },
    zh: ['地区生产总值'],
    en: ['gdp', 'gross domestic product'],
  },
  {
    id: '居民消费价格指数', kind: 'ratio', units: ['percent', 'other'],
    labels: { zhHans: '居民消费价格指数', zhHant: '居民消費價格指數', en: 'Consumer price index' },
    zh: ['消费价格指数', '居民消费价格'],
    en: ['cpi', 'consumer price index', 'consumer prices'],
  },
  {
    id: '工业生产者出厂价格指数', kind: 'ratio', units: ['percent', 'other'],
    labels: { zhHans: '工业生产者出厂价格指数', zhHant: '工業生產者出廠價格指數', en: 'Producer price index' },
    zh: ['工业品出厂价格指数', '工业生产者出厂价格'],
    en: ['ppi', 'producer price index', 'producer prices'],
  },
  {
    id: '社会消费品零售总额', kind: 'flow', units: ['money'],
    labels: { zhHans: '社会消费品零售总额', zhHant: '社會消費品零售總額', en: 'Total retail sales of consumer goods' },
    zh: ['社零总额', '社会消费品零售额'],
    en: ['total retail sales of consumer goods', 'retail sales'],
  },

  // 人员、网点与科技 Staff, branches and technology
  // 年限 Ages (claims/patterns/age.ts): how long an organisation has existed or a product been offered.
  {
    id: '成立年限', kind: 'stock', units: ['duration'],
    labels: { zhHans: '成立年限', zhHant: '成立年限', en: 'Years since founding' },
    zh: ['成立时间', '成立年数'],
    en: ['years since founding', 'years since its founding'],
  },
  {
    id: '上线年限', kind: 'stock', units: ['duration'],
    labels: { zhHans: '上线年限', zhHant: '上線年限', en: 'Years since launch' },
    zh: ['上线时间', '推出年限'],
    en: ['years since launch', 'years since its launch'],
  },
  {
    id: '员工人数', kind: 'count', units: ['count'],
    labels: { zhHans: '员工人数', zhHant: '員工人數', en: 'Employees' },
    zh: ['员工总数', '员工', '在职员工', '员工数', '员工数量', '职工人数', '在职员工人数'],
    en: ['employees', 'staff', 'headcount', 'number of employees', 'workforce', 'number of staff'],
  },
  {
    id: '科技人员', kind: 'count', units: ['count'],
    labels: { zhHans: '科技人员', zhHant: '科技人員', en: 'Technology staff' },
    zh: ['科技人员数', '科技人才', '金融科技人员', '科技人员数量', '科技人才数', '科技人员总数', '金融科技人才'],
    en: ['technology staff', 'tech staff', 'it staff', 'fintech staff', 'technology personnel', 'technology employees'],
  },
  {
    id: '营业网点', kind: 'count', units: ['count'],
    labels: { zhHans: '营业网点', zhHant: '營業網點', en: 'Branches and outlets' },
    zh: ['网点', '营业网点数', '分支机构', '网点数量', '营业机构', '营业网点数量', '分支机构数', '物理网点'],
    en: ['branches', 'outlets', 'branch network', 'number of branches', 'number of outlets', 'branches and outlets'],
  },
  {
    id: '自助设备', kind: 'count', units: ['count'],
    labels: { zhHans: '自助设备', zhHant: '自助設備', en: 'Self-service terminals' },
    zh: ['自助设备数', '自助机具', '自助终端'],
    en: ['self-service terminals', 'self-service machines', 'self-service devices'],
  },
  {
    id: '科技投入', kind: 'flow', units: ['money'],
    labels: { zhHans: '科技投入', zhHant: '科技投入', en: 'Technology investment' },
    zh: ['金融科技投入', '信息科技投入', '科技投入金额', '信息科技资金投入', '科技资金投入', '科技投入总额', '金融科技投入金额'],
    en: ['technology investment', 'fintech investment', 'it investment', 'technology spending', 'investment in technology', 'it spending'],
  },
  {
    id: '专利申请数', kind: 'count', units: ['count'], cumulative: true,
    labels: { zhHans: '专利申请数', zhHant: '專利申請數', en: 'Patent applications' },
    zh: ['专利申请', '专利申请量', '申请专利', '专利申请总数', '发明专利申请', '专利申请数量'],
    en: ['patent applications', 'patents filed', 'patent filings'],
  },
  {
    id: '专利授权数', kind: 'count', units: ['count'], cumulative: true,
    labels: { zhHans: '专利授权数', zhHant: '專利授權數', en: 'Patents granted' },
    zh: ['专利授权', '授权专利', '获得授权专利', '专利授权量', '获授权专利'],
    en: ['patents granted', 'granted patents'],
  },
  {
    id: '开源项目', kind: 'count', units: ['count'],
    labels: { zhHans: '开源项目', zhHant: '開源項目', en: 'Open-source projects' },
    zh: ['开源项目数', '开源项目数量'],
    en: ['open-source projects', 'open source projects'],
  },
  {
    id: '机构', kind: 'count', units: ['count'],
    labels: { zhHans: '机构', zhHant: '機構', en: 'Member institutions' },
    zh: ['企业及机构', '企业和机构', '机构和企业', '成员单位', '机构成员'],
    en: ['institutions', 'member institutions', 'enterprises and institutions'],
  },
  {
    id: '社区成员', kind: 'count', units: ['count'],
    labels: { zhHans: '社区成员', zhHant: '社區成員', en: 'Community members' },
    zh: ['个人成员', '社区开发者', '开发者', '社区用户'],
    en: ['developers', 'community members', 'individual members'],
  },
  {
    id: '落地应用', kind: 'count', units: ['count'],
    labels: { zhHans: '落地应用', zhHant: '落地應用', en: 'Applications deployed' },
    zh: ['标杆应用', '应用落地', '应用案例'],
    en: ['applications deployed', 'deployed applications', 'live applications'],
  },
  {
    id: '交易峰值', kind: 'stock', units: ['count'],
    labels: { zhHans: '交易峰值', zhHant: '交易峰值', en: 'Peak daily transactions' },
    zh: ['单日交易峰值', '单日金融交易峰值'],
    en: ['peak daily transactions'],
  },
  {
    id: '系统可用率', kind: 'ratio', units: ['percent'],
    labels: { zhHans: '系统可用率', zhHant: '系統可用率', en: 'System availability' },
    zh: ['系统可用性', '核心系统可用率'],
    en: ['system availability', 'system uptime'],
  },
];

/**
 * Aliases that are deliberately general: each stands on the one concept it most plausibly means in
 * bank reporting (贷款 alone is the loan balance, customers alone the customer count). Inside a longer
 * phrase they name the concept only as its last word (贷款 in 该行贷款, not in 贷款利率 or 贷款客户),
 * so that they never steal a phrase from a concept they merely modify.
 */
export const generalAliases: { readonly zh: readonly string[]; readonly en: readonly string[] } = {
  zh: ['贷款', '存款', '授信', '客户', '用户', '商户', '员工', '网点', '机构'],
  en: ['assets', 'liabilities', 'loans', 'deposits', 'customers', 'clients', 'users', 'employees', 'staff', 'branches', 'institutions'],
};

/** How a change is measured: against the same period a year earlier, the adjacent period, the start of the year, or in points of a rate. */
export type ChangeKindId = 'yoy' | 'qoq' | 'ytd' | 'pp' | 'bp';

export interface ChangeKind {
  id: ChangeKindId;
  labels: { zhHans: string; zhHant: string; en: string };
  /** Words that name the comparison (simplified Chinese). */
  zh: string[];
  /** English words, lower case, single spaces. */
  en: string[];
}

/**
 * The kinds of change a figure can state about a concept. They are not concepts: 净利润同比增长 is the
 * yoy change of 净利润. pp and bp are detected from the figure's unit; their words are listed for
 * phrases that name them.
 */
export const changeKinds: readonly ChangeKind[] = [
  {
    id: 'yoy',
    labels: { zhHans: '同比', zhHant: '同比', en: 'year on year' },
    zh: [
      '同比', '同比增长', '同比增速', '同比增幅', '同比上涨', '同比上升', '同比提高', '同比提升', '同比增加', '同比下降', '同比减少',
      '同比下滑', '同比回落', '同比下跌', '较上年增长', '比上年增长', '较去年增长', '比去年增长', '较上年同期', '比上年同期',
      '较去年同期', '比去年同期', '与上年同期相比', '与去年同期相比', '较上年', '比上年', '较去年', '比去年',
      // Hong Kong writes 按年 for year on year (按年增长, 按年上升).
      '按年', '按年增长', '按年上升', '按年增加', '按年下降', '按年减少',
    ],
    en: [
      'year on year', 'year-on-year', 'yoy', 'y-o-y', 'year-on-year growth', 'year on year growth', 'from a year earlier',
      'from a year ago', 'compared with the previous year', 'compared with a year earlier', 'over the previous year',
      'from the same period last year', 'compared with the same period last year',
    ],
  },
  {
    id: 'qoq',
    labels: { zhHans: '环比', zhHant: '環比', en: 'quarter on quarter' },
    zh: ['环比', '环比增长', '环比上升', '环比增加', '环比下降', '环比减少', '较上季度', '比上季度', '较上季末', '比上季末', '较上月', '比上月', '较上月末', '按季'],
    en: [
      'quarter on quarter', 'quarter-on-quarter', 'qoq', 'q-o-q', 'from the previous quarter', 'from the previous month',
      'month on month', 'month-on-month', 'sequentially',
    ],
  },
  {
    id: 'ytd',
    labels: { zhHans: '较年初', zhHant: '較年初', en: 'since the start of the year' },
    zh: [
      '较年初', '比年初', '较上年末', '比上年末', '较去年末', '比去年末', '较年初增长', '较年初增加', '比年初增长', '比年初增加',
      '较上年末增长', '较上年末增加', '比上年末增长', '比上年末增加', '较年初下降', '较年初减少', '较上年末下降', '较上年末减少',
      '与上年末相比', '与年初相比', '较期初',
    ],
    en: [
      'since the start of the year', 'since the beginning of the year', 'from the start of the year', 'from the beginning of the year',
      'from the end of last year', 'from the end of the previous year', 'compared with the end of last year',
      'compared with the end of the previous year', 'year to date', 'year-to-date', 'ytd',
    ],
  },
  {
    id: 'pp',
    labels: { zhHans: '个百分点', zhHant: '個百分點', en: 'percentage points' },
    zh: ['个百分点', '百分点', '个点'],
    en: ['percentage points', 'percentage point', 'pp', 'ppt', 'ppts'],
  },
  {
    id: 'bp',
    labels: { zhHans: '基点', zhHant: '基點', en: 'basis points' },
    zh: ['个基点', '基点'],
    en: ['basis points', 'basis point', 'bp', 'bps'],
  },
];

/**
 * Words that set the sign of a change (下行0.35个百分点 is −0.35 pp; up 2.7% is +2.7%), and words that
 * state no change. 少增 and 多增 compare an increase with last year's and set no sign.
 */
export const directionWords: {
  readonly up: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly down: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly flat: { readonly zh: readonly string[]; readonly en: readonly string[] };
} = {
  up: {
    zh: ['增长', '增加', '上升', '提高', '提升', '上涨', '增多', '扩大', '走高', '回升', '攀升', '升高', '上行', '加快', '走阔', '反弹'],
    en: [
      'up', 'rose', 'rise', 'rises', 'risen', 'rising', 'grew', 'grow', 'grows', 'grown', 'growing', 'increased', 'increase', 'increases',
      'climbed', 'climb', 'jumped', 'gained', 'expanded', 'widened', 'higher', 'advanced', 'surged', 'soared', 'edged up', 'picked up',
    ],
  },
  down: {
    zh: ['下降', '减少', '下滑', '回落', '下行', '降低', '下跌', '收窄', '缩小', '走低', '萎缩', '下调', '压降', '负增长', '放缓'],
    en: [
      'down', 'fell', 'fall', 'falls', 'fallen', 'falling', 'declined', 'decline', 'declines', 'dropped', 'drop', 'decreased', 'decrease',
      'decreases', 'shrank', 'shrunk', 'contracted', 'narrowed', 'lower', 'slipped', 'slid', 'eased', 'edged down', 'dipped', 'plunged', 'tumbled',
    ],
  },
  flat: {
    zh: ['持平', '基本持平', '保持稳定', '保持不变', '不变', '持稳'],
    en: ['flat', 'unchanged', 'stable', 'steady', 'little changed'],
  },
};

/** Nouns of growth without a comparison of their own (增速, growth): year on year unless the text says otherwise. */
export const growthNouns: { readonly zh: readonly string[]; readonly en: readonly string[] } = {
  zh: ['增速', '增幅', '增长', '增长率'],
  en: ['growth', 'increase', 'growth rate'],
};
