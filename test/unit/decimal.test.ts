import { strict as assert } from 'node:assert';
import { Decimal } from '../../server/src/core/decimal';

describe('Decimal', () => {
  const cases: [string, (d: typeof Decimal) => Decimal, string][] = [
    ['4.1 × 10^8 is exact', (D) => D.of('4.1').shift(8), '410000000'],
    ['3.6亿', (D) => D.of('3.6').mul(D.pow10(8)), '360000000'],
    ['1.6万亿', (D) => D.of('1.6').shift(12), '1600000000000'],
    ['trailing zeros drop', (D) => D.of('29.820'), '29.82'],
    ['382 bp in pp', (D) => D.of('382').shift(-2), '3.82'],
    ['one tenth as percent', (D) => D.of(100).div(D.of(10)), '10'],
    ['1/3 rounded at 4 digits', (D) => D.of(1).div(D.of(3), 4), '0.3333'],
    ['2/3 rounded half away', (D) => D.of(2).div(D.of(3), 4), '0.6667'],
    ['negative sum', (D) => D.of('-1.5').add(D.of('0.25')), '-1.25'],
    ['small fraction', (D) => D.of('0.005'), '0.005'],
  ];
  for (const [name, make, expected] of cases) {
    it(name, () => assert.equal(make(Decimal).toString(), expected));
  }

  it('compares across scales', () => {
    assert.equal(Decimal.of('29.815').compare(Decimal.of('29.82')), -1);
    assert.equal(Decimal.of('3.60').compare(Decimal.of('3.6')), 0);
    assert.equal(Decimal.of('-2').compare(Decimal.of('1')), -1);
  });

  it('rejects malformed text', () => {
    assert.equal(Decimal.parse('1.2.3'), null);
    assert.equal(Decimal.parse('abc'), null);
    assert.equal(Decimal.parse(''), null);
  });
});
