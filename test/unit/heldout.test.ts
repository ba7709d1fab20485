/**
 * The recognisers on held-out documents written for this test (test/fixtures/heldout): texts the
 * rules were not tuned on, in the shapes real finance corpora come in. Every expected figure and
 * date is checked with its value, bounds, unit and period, and the numbers listed as not figures
 * must stay so.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyze';
import { defaultCorpusConfig } from '../../server/src/core/config';
import type { DateMention, FigureMention } from '../../server/src/core/types';
import { heldOutDocuments, type ExpectedDate, type ExpectedFigure } from '../fixtures/heldout/expected';

const folder = join('test', 'fixtures', 'heldout');

function figureRow(figure: FigureMention): ExpectedFigure {
  return [figure.text, figure.value, figure.low, figure.high, figure.qualifier, figure.unit, figure.counter];
}

function dateRow(date: DateMention): ExpectedDate {
  return [date.text, date.period.start, date.period.end, date.granularity];
}

describe('held-out documents', () => {
  const analyzer = createAnalyzer(defaultCorpusConfig);
  for (const document of heldOutDocuments) {
    describe(document.file, () => {
      const text = readFileSync(join(folder, document.file), 'utf8');
      const facts = analyzer.analyze(document.file, text);
      const figures = facts.mentions.filter((mention): mention is FigureMention => mention.kind === 'figure');
      const dates = facts.mentions.filter((mention): mention is DateMention => mention.kind === 'date');

      it('document date', () => {
        assert.equal(facts.documentDate?.date ?? null, document.documentDate);
      });

      it('figures', () => {
        assert.deepEqual(figures.map(figureRow), document.figures);
        for (const figure of figures) assert.equal(text.slice(figure.start, figure.end), figure.text);
      });

      it('dates', () => {
        assert.deepEqual(dates.map(dateRow), document.dates);
      });

      it('numbers that are not figures', () => {
        for (const item of document.notFigures) {
          let at = text.indexOf(item);
          assert.ok(at >= 0, `${item} is in the text`);
          for (; at >= 0; at = text.indexOf(item, at + 1)) {
            const end = at + item.length;
            const hit = figures.find((figure) => figure.start < end && at < figure.end);
            assert.equal(hit, undefined, `${item} is not a figure (got ${hit?.text})`);
          }
        }
      });
    });
  }
});

describe('held-out markup: inline emphasis between a number and its unit', () => {
  const analyzer = createAnalyzer(defaultCorpusConfig);
  it('reads across <strong> and keeps the tags in the surface', () => {
    const text = '<p>资产总额<strong>1.2</strong>万亿元，同比增长<b>5%</b>，<td>1,234</td><td>亿元</td></p>';
    const figures = analyzer.analyze('x.html', text).mentions.filter((mention): mention is FigureMention => mention.kind === 'figure');
    assert.deepEqual(
      figures.map((figure) => [figure.text, figure.value, figure.unit]),
      [
        ['1.2</strong>万亿元', '1200000000000', 'CNY'],
        ['增长<b>5%', '5', '%'],
      ],
    );
  });
});
