import { strict as assert } from 'node:assert';
import { formatAccuracy, measureAccuracy } from '../eval/accuracy';
import { requireSeedsGold } from '../eval/sharedGold';

// Floors, raised as the recognisers improve (the targets: 0.95 for figures, 0.90 for dates,
// 0.98 for products, no figure on a non-figure). Measured at the time of writing: figures 1.000/0.996,
// dates 0.983/0.983, products 0.996/0.996, document dates 4 of 5.
const floors = {
  figuresPrecision: 0.98,
  figuresRecall: 0.98,
  datesPrecision: 0.95,
  datesRecall: 0.95,
  productsPrecision: 0.98,
  productsRecall: 0.98,
  maxNonFigureViolations: 0,
  documentDates: 4,
  // Claims of the gold figures with subject and as-of (measured: 185, 154 and 166 of 179, 11 of 23 series).
  claimsClaimed: 185,
  claimsSubjectRight: 154,
  claimsPeriodRight: 166,
  seriesGrouped: 11,
};

describe('accuracy against the gold annotation of seeds/', function () {
  const report = measureAccuracy();

  before(function () {
    requireSeedsGold(this);
    console.log(formatAccuracy(report!).replace(/^/gm, '      '));
  });

  it('figures: value and qualifier', () => {
    assert.ok(report!.figures.precision >= floors.figuresPrecision, `precision ${report!.figures.precision}`);
    assert.ok(report!.figures.recall >= floors.figuresRecall, `recall ${report!.figures.recall}`);
  });

  it('no figures on numbers that are not figures', () => {
    assert.ok(report!.nonFigureViolations <= floors.maxNonFigureViolations, `${report!.nonFigureViolations} violations`);
  });

  it('dates: resolved period', () => {
    assert.ok(report!.dates.precision >= floors.datesPrecision, `precision ${report!.dates.precision}`);
    assert.ok(report!.dates.recall >= floors.datesRecall, `recall ${report!.dates.recall}`);
  });

  it('document dates', () => {
    assert.ok(report!.documentDatesRight >= floors.documentDates, `${report!.documentDatesRight} of ${report!.documents}`);
  });

  it('claims: no fewer gold figures claimed, with the right subject and period, and series under one key', () => {
    const claims = report!.claims;
    assert.ok(claims.claimed >= floors.claimsClaimed, `${claims.claimed} claimed`);
    assert.ok(claims.subjectRight >= floors.claimsSubjectRight, `${claims.subjectRight} with the right subject`);
    assert.ok(claims.periodRight >= floors.claimsPeriodRight, `${claims.periodRight} with the right period`);
    assert.ok(claims.seriesGrouped >= floors.seriesGrouped, `${claims.seriesGrouped} series under one key`);
  });

  it('products: canonical name', () => {
    assert.ok(report!.products.precision >= floors.productsPrecision, `precision ${report!.products.precision}`);
    assert.ok(report!.products.recall >= floors.productsRecall, `recall ${report!.products.recall}`);
  });
});
