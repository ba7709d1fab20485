// Tables written as text: their structure (header periods, change columns, unit lines) and the figures
// their bare numbers become. The claims they state are tested end to end in claims-coverage.test.ts.
import { strict as assert } from 'node:assert';
import { findTables, headerPeriod, tableCellFigures } from '../../server/src/core/tables';
import { ZoneMask } from '../../server/src/core/zoneMask';

describe('table header periods', () => {
  const cases: [string, string | null][] = [
    ['2024', '2024-01-01/2024-12-31'],
    ['2024年', '2024-01-01/2024-12-31'],
    ['2024年度', '2024-01-01/2024-12-31'],
    ['FY2023', '2023-01-01/2023-12-31'],
    ['2024年末', '2024-12-31/2024-12-31 moment'],
    ['2024年12月31日', '2024-12-31/2024-12-31 moment'],
    ['December 31, 2024', '2024-12-31/2024-12-31 moment'],
    ['June 30, 2025', '2025-06-30/2025-06-30 moment'],
    ['2025年上半年', '2025-01-01/2025-06-30'],
    ['2025H1', '2025-01-01/2025-06-30'],
    ['1H25', '2025-01-01/2025-06-30'],
    ['2025年前三季度', '2025-01-01/2025-09-30'],
    ['2025Q1', '2025-01-01/2025-03-31'],
    ['项目', null],
    ['同比', null],
    ['1,234', null],
  ];
  for (const [cell, expected] of cases) {
    it(`reads ${JSON.stringify(cell)}`, () => {
      const head = headerPeriod(cell);
      assert.equal(head ? `${head.period.start}/${head.period.end}${head.moment ? ' moment' : ''}` : null, expected);
    });
  }
});

function figuresOf(text: string): string[] {
  const tables = findTables(text);
  return tableCellFigures(tables, [], ZoneMask.EMPTY).map((figure) => `${figure.text}=${figure.value} ${figure.unit} ±${figure.precision}`);
}

describe('tables and their bare numbers', () => {
  it('reads a pipe table under a unit line: amounts scaled, a (%) row in per cent, a change column in per cent, a dash no figure', () => {
    const text = ['北辰银行主要财务数据', '单位：人民币百万元', '| 项目 | 2024年 | 2023年 | 同比 |', '|---|---|---|---|', '| 营业收入 | 146,695 | 164,699 | -10.9 |', '| 不良贷款率(%) | 1.06 | 1.06 | - |'].join('\n');
    const [table] = findTables(text);
    assert.ok(table);
    assert.deepEqual(
      table.columns.map((column) => column?.kind ?? null),
      [null, 'period', 'period', 'change'],
    );
    assert.deepEqual(table.scale, { unit: 'CNY', factor: 1e6 });
    assert.deepEqual(figuresOf(text), [
      '146,695=146695000000 CNY ±500000',
      '164,699=164699000000 CNY ±500000',
      '-10.9=-10.9 % ±0.05',
      '1.06=1.06 % ±0.005',
      '1.06=1.06 % ±0.005',
    ]);
  });

  it('takes the unit of an English caption in brackets, Hong Kong dollars and accountants\' negatives', () => {
    const text = ['Key Financial Indicators (HKD million)', '| Indicator | June 30, 2025 | June 30, 2024 |', '| Operating profit | 28,394 | (1,250) |'].join('\n');
    assert.deepEqual(figuresOf(text), ['28,394=28394000000 HKD ±500000', '(1,250)=-1250000000 HKD ±500000']);
  });

  it('makes no figures of a table without a unit, of prose with a pipe, or of a table of metrics without a unit line', () => {
    assert.deepEqual(figuresOf(['| 项目 | 2024年 | 2023年 |', '| 营业收入 | 146,695 | 164,699 |'].join('\n')), []);
    assert.deepEqual(figuresOf('营业收入 | 同比增长'), []);
    assert.deepEqual(figuresOf(['| 银行 | 营业收入 | 净利润 |', '| 北辰银行 | 1,466 | 445 |', '| 南湖银行 | 980 | 301 |'].join('\n')), []);
  });

  it('reads a table of organisations under a unit line', () => {
    assert.deepEqual(figuresOf(['单位：亿元', '| 银行 | 营业收入 | 净利润 |', '| 北辰银行 | 1,466 | 445 |', '| 南湖银行 | 980 | 301 |'].join('\n')), [
      '1,466=146600000000 CNY ±50000000',
      '445=44500000000 CNY ±50000000',
      '980=98000000000 CNY ±50000000',
      '301=30100000000 CNY ±50000000',
    ]);
  });

  it('reads a table flattened to one cell per line, with a metric\'s unit in its own header, and leaves a run of cells that falls into no rows alone', () => {
    const text = ['银行名称 |', '营业收入(亿元) |', '营业收入增速 |', '北辰银行 |', '3,374.88 |', '-0.48% |', '南湖银行 |', '2,136.46 |', '3.76% |'].join('\n');
    const [table] = findTables(text);
    assert.ok(table);
    assert.deepEqual(table.header.cells.map((cell) => cell.text), ['银行名称', '营业收入(亿元)', '营业收入增速']);
    assert.deepEqual(table.rows.map((row) => row.cells.map((cell) => cell.text)), [['北辰银行', '3,374.88', '-0.48%'], ['南湖银行', '2,136.46', '3.76%']]);
    // (The per-cent cells are figures of the recogniser's own.)
    assert.deepEqual(figuresOf(text), ['3,374.88=337488000000 CNY ±500000', '2,136.46=213646000000 CNY ±500000']);
    // Seven cells cannot be rows of three.
    assert.deepEqual(findTables(['银行名称 |', '营业收入(亿元) |', '营业收入增速 |', '北辰银行 |', '3,374.88 |', '-0.48% |', '南湖银行 |'].join('\n')), []);
  });

  it('keeps a long label and a section row inside the table', () => {
    const text = ['Unit: RMB million', 'Major data | 2024 | 2023 |', 'For the year |', `${'Net profit after non-recurring gains and losses attributable to the shareholders of the listed company'} | 76,772 | 76,523 |`].join('\n');
    const [table] = findTables(text);
    assert.equal(table?.rows.length, 2);
    assert.deepEqual(figuresOf(text), ['76,772=76772000000 CNY ±500000', '76,523=76523000000 CNY ±500000']);
  });
});
