import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnchorClass, anchorTable, countAnchors, nextAnchor } from '../../server/src/core/anchors';
import { neverCancelled } from '../../server/src/core/cancellation';
import { recogniseFigures } from '../../server/src/core/figures';
import { ZoneMask } from '../../server/src/core/zoneMask';
import { loadCorpus } from '../../server/src/cli/corpus';
import { writeCheckReport } from '../../server/src/cli/report';
import { withGeneratedCorpus } from '../generatedCorpus';

async function checkReportOf(paths: string[], prefilter: boolean): Promise<string> {
  const corpus = await loadCorpus(paths, undefined, { jobs: 1, prefilter });
  const chunks: string[] = [];
  writeCheckReport((chunk) => chunks.push(chunk), corpus);
  return chunks.join('');
}

describe('the anchor prefilter', () => {
  it('classes characters as the recognisers start on them', () => {
    const table = anchorTable();
    for (const char of '0９三两十百万亿億数几上') assert.ok(table[char.charCodeAt(0)]! & AnchorClass.figure, char);
    for (const char of 'a银，%元 ') assert.equal(table[char.charCodeAt(0)]! & AnchorClass.figure, 0, char);
    assert.deepEqual(countAnchors('截至2022年末，<b>约?</b>\ufffd'), { figure: 4, mojibake: 2, dateMarker: 2, markup: 2 });
    assert.equal(nextAnchor('银行：3亿', 0, AnchorClass.figure), 3);
    assert.equal(nextAnchor('银行', 0, AnchorClass.figure), 2);
  });

  it('finds the same figures as the plain scan, whatever the text and the zones', () => {
    const pieces = ['3', '９', '.', ',', '亿', '万', '元', '%', '约', '超', '三', '十', '百', '分之', '数', '几', '上', '级', '量级', '银行', '<b>', '</b>', ' ', '\n', 'a', '增长', '下降'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(80), fc.nat(8)), { maxLength: 4 }),
        (parts, zones) => {
          const text = parts.join('');
          const mask = new ZoneMask(zones.map(([start, length]) => ({ start: Math.min(start, text.length), end: Math.min(start + length, text.length) })));
          assert.deepStrictEqual(recogniseFigures(text, mask, neverCancelled, true), recogniseFigures(text, mask, neverCancelled, false));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves the JSON report of `check` on seeds/ byte for byte the same', async function () {
    this.timeout(60_000);
    assert.equal(await checkReportOf(['seeds'], true), await checkReportOf(['seeds'], false));
  });

  it('leaves the JSON report of `check` on a generated 2 MB corpus byte for byte the same', async function () {
    this.timeout(120_000);
    await withGeneratedCorpus(2, async (corpus) => {
      const anchored = await checkReportOf([corpus], true);
      assert.ok(anchored.length > 5_000_000, `a report of ${anchored.length} characters`);
      assert.equal(anchored, await checkReportOf([corpus], false));
    });
  });
});
