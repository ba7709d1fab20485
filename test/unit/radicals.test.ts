import { strict as assert } from 'node:assert';
import { foldRadicals } from '../../server/src/core/radicals';

describe('radicals that PDF extraction put for ideographs', () => {
  const cases: [string, string][] = [
    ['交通银⾏', '交通银行'],
    ['今年⾸六个⽉', '今年首六个月'],
    ['四⼤业务的收入同⾒增⻑', '四大业务的收入同見增長'],
    ['⻄部', '西部'],
  ];
  for (const [text, folded] of cases) {
    it(`${text} → ${folded}`, () => {
      assert.equal(foldRadicals(text), folded);
      assert.equal(foldRadicals(text).length, text.length);
    });
  }

  it('returns the very string when it holds no radical', () => {
    const text = '北辰银行2025年上半年营业收入45.2亿元。';
    assert.equal(foldRadicals(text), text);
  });
});
