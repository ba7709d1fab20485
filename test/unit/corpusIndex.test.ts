import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../server/src/core/analyze';
import { corpusConfigSchema } from '../../server/src/core/config';
import { CorpusIndex } from '../../server/src/core/corpusIndex';

/** The index's reverse maps for products and subjects, against a walk over every document. */
describe('the corpus index reverse maps', () => {
  const config = corpusConfigSchema.parse({ lexicon: [{ canonical: '微粒贷', kind: 'product', owner: '微众银行' }] });
  const analyzer = createAnalyzer(config);
  const index = new CorpusIndex(config);
  const put = (path: string, text: string) => index.update(analyzer.analyze(path, text));

  /** Where a product is mentioned, found by walking every document's mentions. */
  function walked(canonical: string): string[] {
    return index.paths().flatMap((path) =>
      index
        .get(path)!
        .mentions.filter((m) => m.kind === 'product' && m.canonical === canonical)
        .map((m) => `${path}@${m.start}`),
    );
  }
  const mapped = (canonical: string) => index.productMentions(canonical).flatMap(({ path, mentions }) => mentions.map((m) => `${path}@${m.start}`));

  it('follows adds, edits and removals: product mentions by document, metrics by subject', () => {
    put('b.txt', '微粒贷是微众银行的产品。截至2023年末，微粒贷累计服务个人客户超3亿。微粒贷已成为……');
    put('a.txt', '微众银行2023年末个人客户超3.6亿，微粒贷余额增长。');
    assert.deepEqual(mapped('微粒贷'), ['a.txt@20', 'b.txt@0', 'b.txt@21', 'b.txt@36']);
    assert.deepEqual(mapped('微粒贷'), walked('微粒贷'));
    assert.deepEqual(mapped('微众银行'), walked('微众银行'));
    const subjects = new Set(index.series().map((series) => series.subject));
    assert.ok(subjects.size > 0, 'the documents state metrics');
    for (const subject of subjects) assert.deepEqual(index.seriesOfSubject(subject), index.series().filter((series) => series.subject === subject));

    put('a.txt', '今天没有数字。');
    assert.deepEqual(mapped('微粒贷'), ['b.txt@0', 'b.txt@21', 'b.txt@36']);
    assert.deepEqual(mapped('微众银行'), walked('微众银行'));
    index.remove('b.txt');
    assert.deepEqual(index.productMentions('微粒贷'), []);
    assert.deepEqual(index.productMentions('微众银行'), []);
    for (const subject of subjects) assert.deepEqual(index.seriesOfSubject(subject), []);
  });
});
