import { strict as assert } from 'node:assert';
import { classifyScripts, countScripts, simplifiedChar, toSimplifiedSameLength } from '../../server/src/core/textChinese';
import { simplifiedOnlyCharacters, traditionalPairs } from '../../server/src/core/textChineseTables';
import { computeChineseTables } from '../tools/chineseTables';

describe('traditional and simplified Chinese', () => {
  it('the precomputed tables are those opencc-js makes (regenerate with test/tools/writeChineseTables.ts)', function () {
    this.timeout(60_000);
    const tables = computeChineseTables();
    assert.equal(traditionalPairs, tables.traditionalPairs);
    assert.equal(simplifiedOnlyCharacters, tables.simplifiedOnly);
  });

  it('converts character by character, keeping the length', () => {
    assert.equal(toSimplifiedSameLength('微眾銀行的個人客戶超3.6億'), '微众银行的个人客户超3.6亿');
    assert.equal(simplifiedChar('業'), '业');
    assert.equal(simplifiedChar('银'), '银');
    assert.equal(classifyScripts(countScripts('微眾銀行的個人客戶')), 'zh-Hant');
    assert.equal(classifyScripts(countScripts('微众银行的个人客户')), 'zh-Hans');
  });

  it('keeps a leading byte order mark, so that offsets carry over', () => {
    assert.equal(toSimplifiedSameLength('\ufeff微眾銀行'), '\ufeff微众银行');
  });
});
