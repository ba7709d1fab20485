import { strict as assert } from 'node:assert';
import { findNumericRuns, findZones, isGluedDigitRun } from '../../server/src/core/zones';
import type { ZoneKind } from '../../server/src/core/types';

/** The zones of a text as "kind:covered text", in text order. */
function zonesOf(text: string): string[] {
  return findZones(text).map((zone) => `${zone.kind}:${text.slice(zone.start, zone.end)}`);
}

/** True when every character of `part` (at its first occurrence after `from`) lies in a zone. */
function isMasked(text: string, part: string, from = 0): boolean {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is in the text`);
  const zones = [...findZones(text), ...findNumericRuns(text)];
  for (let i = start; i < start + part.length; i++) {
    if (!zones.some((zone) => zone.start <= i && i < zone.end)) return false;
  }
  return true;
}

function touchesZone(text: string, part: string): boolean {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `"${part}" is in the text`);
  const end = start + part.length;
  return [...findZones(text), ...findNumericRuns(text)].some((zone) => zone.start < end && zone.end > start);
}

describe('zones', () => {
  const covered: [string, string, string, ZoneKind][] = [
    ['an image tag with its id and URL', '<p>文字<img id="0" src="https://n.example.cn/2022/1100-1f72.jpg" alt>结束</p>', '<img id="0" src="https://n.example.cn/2022/1100-1f72.jpg" alt>', 'html-tag'],
    ['a stock-code span', '培育<span id="stock_sz300832">新产业</span>', '<span id="stock_sz300832">', 'html-tag'],
    ['an HTML comment', '记者<!-- news_keyword_pub,stock,sz000061 -->\n', '<!-- news_keyword_pub,stock,sz000061 -->', 'html-comment'],
    ['a style block', '<style>\n.qr&#123;width:74px;&#125;\n</style>', '<style>\n.qr&#123;width:74px;&#125;\n</style>', 'css'],
    ['a CSS rule outside a style element', '正文 .wrap{border:1px solid #E6E6E6;padding:8px;} 正文', '.wrap{border:1px solid #E6E6E6;padding:8px;}', 'css'],
    ['a CSS rule with entity braces', '文字 .box&#123;font-size:20px;&#125; y', '.box&#123;font-size:20px;&#125;', 'css'],
    ['an HTML entity', '营收&#8364;增长', '&#8364;', 'html-entity'],
    ['a URL in prose', '详见https://finance.sina.com.cn/realstock/sz300832/nc.shtml。', 'https://finance.sina.com.cn/realstock/sz300832/nc.shtml', 'url'],
    ['a www address', '访问 www.webank.com/2023 了解', 'www.webank.com/2023', 'url'],
    ['a host name without a scheme', '来源：finance.sina.com.cn/stock/2024 发布', 'finance.sina.com.cn/stock/2024', 'url'],
    ['an e-mail address', '请发送邮件至 support1012@126.com 举报', 'support1012@126.com', 'email'],
    ['a landline number', '联系电话:010-62160423\n', '010-62160423', 'phone'],
    ['a mobile number', '手机 13812345678 咨询', '13812345678', 'phone'],
    ['a service number', '拨打400-820-8888即可', '400-820-8888', 'phone'],
    ['a labelled hotline', '客服热线:95555。', '95555', 'phone'],
    ['an extraction line index', '上一行\n18、下一行', '18、', 'list-marker'],
    ['an enumerator after a sentence', '服務。1、數字普惠金融的定義', '1、', 'list-marker'],
    ['a Han section marker', '重點(一)中國數字普惠', '(一)', 'list-marker'],
    ['a full-width section marker', '（二）中国银行业', '（二）', 'list-marker'],
    ['a Han enumerator', '\n三、发展建议', '三、', 'list-marker'],
    ['a circled number', '①提升效率', '①', 'list-marker'],
    ['a lone number on a line', '相关推荐\n    2024\n  • 下一条', '2024', 'page-number'],
    ['a labelled page', '报告 第 3 页 共 12 页', '第 3 页 共 12 页', 'page-number'],
    ['a page fraction on its own line', '正文\n3/12\n正文', '3/12', 'page-number'],
    ['a newspaper page', '《人民日报》（2024年12月16日\u00a0第\u00a031\u00a0版）', '第\u00a031\u00a0版', 'page-number'],
    ['a table-of-contents page reference', '發展背景與歷程 6(二)中國銀行業', '6', 'page-number'],
    ['a bracketed note', '数字银行[12]利用技术', '[12]', 'footnote-marker'],
  ];
  for (const [name, text, part, kind] of covered) {
    it(`covers ${name}`, () => {
      const start = text.indexOf(part);
      const zone = findZones(text).find((candidate) => candidate.start === start && candidate.end === start + part.length);
      assert.deepEqual(zone && { kind: zone.kind, text: text.slice(zone.start, zone.end) }, { kind, text: part });
    });
  }

  it('keeps the prose and date of front matter and hides the rest', () => {
    const text = "\n---\ntitle: '微众银行2022年报'\nthumbnail: 'https://x.cn/20220311/1.jpg'\ndate: Fri, 11 Mar 2022 01:46:44 GMT\ncategories:\n - 金融\n---\n正文";
    assert.equal(isMasked(text, 'https://x.cn/20220311/1.jpg'), true);
    assert.equal(isMasked(text, ' - 金融'), true);
    assert.equal(touchesZone(text, "'微众银行2022年报'"), false);
    assert.equal(touchesZone(text, 'Fri, 11 Mar 2022 01:46:44 GMT'), false);
  });

  it('finds page numbers glued to a running header, continuing the page sequence', () => {
    const header = '中國數字普惠金融發展報告';
    const text = `正文。8${header}正文。9${header}圖表1.52.33.4510${header}布局12311${header}`;
    const pages = findZones(text)
      .filter((zone) => zone.kind === 'page-number')
      .map((zone) => text.slice(zone.start, zone.end));
    assert.deepEqual(pages, ['8', '9', '10', '11']);
    assert.equal(isMasked(text, '123'), true, 'diagram step numbers before a page number');
  });

  it('treats 一是/二是 as enumerators but not 之一是', () => {
    const text = '报告一是加大投入。二是加强管理。其中之一是风险。';
    const markers = findZones(text).map((zone) => [zone.kind, text.slice(zone.start, zone.end), zone.start]);
    assert.deepEqual(markers, [
      ['list-marker', '一', 2],
      ['list-marker', '二', 9],
    ]);
  });

  it('links a footnote reference to its definition', () => {
    const text = '原生數字銀行1利用數字技術。在成立1.數字銀行是指以互聯網為核心';
    assert.deepEqual(zonesOf(text), ['footnote-marker:1', 'footnote-marker:1.']);
  });

  const figuresLeftAlone: [string, string, string][] = [
    ['a percentage', '占GDP比重达到10%，', '10%'],
    ['a date', '截至2024年6月末，', '2024年6月末'],
    ['a range of years', '2016-2020 年', '2016-2020'],
    ['an enumeration of months', '1、2月份', '1、2月'],
    ['a decimal at line start', '\n1.5亿元', '1.5亿元'],
    ['a number split by a line index', '整合5600\n34、萬工商企業數據', '5600\n34、萬'],
    ['a date split by a line index', '年 6.6 億+;20\n52、24 年 1-6 月', '20\n52、24 年'],
    ['generations', '70、80后', '70、80'],
    ['a count after a Han character', '服务超过120家机构', '120'],
    ['a glued year range', '20162020 年', '20162020'],
    ['a decimal before a domain-like word', '增长1.5.com', '1.5'],
  ];
  for (const [name, text, part] of figuresLeftAlone) {
    it(`leaves ${name} alone`, () => assert.equal(touchesZone(text, part), false));
  }
});

describe('numeric runs', () => {
  const runs: [string, string, string[]][] = [
    ['axis ticks and glued years', '增速達64.14%。0100200300400500600201520162017201820192020第三方', ['0100200300400500600201520162017201820192020']],
    ['glued data labels', '(萬億元)16.36108.2235.33109.07170.75204.87中國', ['16.36108.2235.33109.07170.75204.87']],
    ['quarter labels', '擴大\n18、0203040506070802018-092018-122019-03小微', ['0203040506070802018-092018-122019-03']],
    ['a leading-zero tick', '規模不斷擴大01\n', ['01']],
    ['three glued years', '2015201620172018年', ['2015201620172018']],
  ];
  for (const [name, text, expected] of runs) {
    it(`reports ${name} once`, () => assert.deepEqual(findNumericRuns(text).map((run) => run.text), expected));
  }

  it('leaves a page number glued to the end of a run out of it', () => {
    const header = '中國數字普惠金融發展報告';
    const text = `8${header}。9${header}16.36108.2235.3310${header}11${header}`;
    assert.deepEqual(findNumericRuns(text).map((run) => run.text), ['16.36108.2235.33']);
  });

  const singleNumbers: [string, boolean][] = [
    ['3600000000', false],
    ['2023-06-29', false],
    ['2018-09', false],
    ['2016-2020', false],
    ['010-62160423', false],
    ['1.2.3', false],
    ['20162020', false],
    ['2018-092018-12', true],
    ['1234567890123', true],
    ['16.36108.22', true],
  ];
  for (const [run, glued] of singleNumbers) {
    it(`${run} is ${glued ? '' : 'not '}a glued run`, () => assert.equal(isGluedDigitRun(run, '', ''), glued));
  }

  it('ignores digits inside URLs and codes', () => {
    assert.deepEqual(findNumericRuns('<img src="https://x.cn/0100200300400500600700.jpg">sz0000610000000000001'), []);
  });
});

describe('zones on adversarial input', () => {
  const size = 1_000_000;
  const inputs: [string, string][] = [
    ['digits', '1'.repeat(size)],
    ['spaces', ' '.repeat(size)],
    ['unclosed tags', '<a "'.repeat(size / 4)],
    ['unclosed comments', '<!--'.repeat(size / 4)],
    ['unclosed style elements', '<style>'.repeat(size / 7)],
    ['at signs', 'a@'.repeat(size / 2)],
    ['braces', 'a{b:'.repeat(size / 4)],
    ['dotted digits', '1.'.repeat(size / 2)],
  ];
  for (const [name, text] of inputs) {
    // Linearity is measured by the benchmark's adversarial rows; here the scan must finish and stay inside the text.
    it(`finishes on ${name}`, () => {
      for (const zone of [...findZones(text), ...findNumericRuns(text)]) {
        assert.ok(zone.start >= 0 && zone.start < zone.end && zone.end <= text.length, `${zone.start}-${zone.end}`);
      }
    });
  }
});
