/**
 * The realistic fixture corpus of issue 12 (test/fixtures/realistic): 29 documents about four invented
 * reporters in simplified and traditional Chinese and English, run end to end through the analyzer
 * and the corpus index. The first block checks that the fixture itself holds what it promises; the
 * second compares the outcome with the expectations exactly and, on a mismatch, prints the report
 * that `npm run eval:fixtures` prints (missing conflicts, false conflicts, wrong severities, fired
 * traps and a table of wrong claims).
 */
import { strict as assert } from 'node:assert';
import { comparePair, entirelyBelow, toleranceDecimal, valueInterval } from '../../server/src/core/valueIntervals';
import { parseCorpus, realisticConfig, realisticCorpus } from '../fixtures/realistic/corpus';
import { analyseCorpus, evaluateFixtures, figureAt, renderClaims, renderDates, renderDiagnostics, renderPhrases, renderTraps, renderValues, withinDocumentConflicts } from '../fixtures/realistic/evaluate';
import { expectedClaims, expectedConflicts, expectedDecreases, expectedDocuments, traps, type FigureRef } from '../fixtures/realistic/expected';

const key = (ref: FigureRef) => `${ref.path}:${ref.line}:${ref.text}`;

describe('realistic corpus: the fixture itself', () => {
  const report = evaluateFixtures();

  it('names only figures the recogniser finds, one per reference, in documents it lists', () => {
    assert.deepEqual(report.unresolved, []);
    assert.deepEqual(
      parseCorpus(realisticCorpus).map((document) => document.path),
      expectedDocuments.map((document) => document.path),
    );
  });

  it('is in the languages it declares, as the analyzer detects them', () => {
    assert.deepEqual(report.languages, []);
  });

  it('has at least 28 documents in the three languages, two of them without a date', () => {
    const count = (language: string) => expectedDocuments.filter((document) => document.language === language).length;
    assert.ok(expectedDocuments.length >= 28, `${expectedDocuments.length} documents`);
    assert.deepEqual([count('zh-Hans'), count('zh-Hant'), count('en')], [15, 5, 9]);
    assert.deepEqual(
      expectedDocuments.filter((document) => document.date === null).map((document) => document.path),
      ['jc_undated_zh.txt', 'jc_undated_en.txt'],
    );
  });

  it('covers every item of issue 12', () => {
    const covered = new Set(expectedDocuments.flatMap((document) => document.items));
    for (const trap of traps) for (const item of trap.items) covered.add(item);
    assert.deepEqual([...covered].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('holds at least 18 conflicts (4 within one document), of every severity, and 25 traps', () => {
    assert.ok(expectedConflicts.length >= 18, `${expectedConflicts.length} conflicts`);
    assert.ok(withinDocumentConflicts().length >= 4, `${withinDocumentConflicts().length} within one document`);
    assert.deepEqual(
      ['error', 'warning', 'information'].map((severity) => expectedConflicts.filter((conflict) => conflict.severity === severity).length),
      // Information comes from a document-dated side, or from values a digit apart in the last place (C6);
      // free-phrase metrics make no conflict (T35).
      [11, 6, 2],
    );
    assert.equal(expectedDecreases.length, 2);
    assert.ok(traps.length >= 25, `${traps.length} traps`);
    assert.ok(expectedClaims.length >= 40, `${expectedClaims.length} claims`);
  });

  it('sets values against one another as it says: each conflict disjoint, each group and compatible trap compatible', () => {
    const { documents } = analyseCorpus();
    const verdict = (a: FigureRef, b: FigureRef) => comparePair(figureAt(documents, a), figureAt(documents, b), realisticConfig.rules);
    const wrong: string[] = [];
    const allCompatible = (id: string, refs: FigureRef[]) => {
      for (const [i, a] of refs.entries()) for (const b of refs.slice(i + 1)) if (verdict(a, b) === 'conflict') wrong.push(`${id}: ${key(a)} against ${key(b)}`);
    };
    for (const conflict of expectedConflicts) {
      allCompatible(conflict.id, conflict.agreeing);
      allCompatible(conflict.id, conflict.against);
      for (const a of conflict.agreeing) for (const b of conflict.against) if (verdict(a, b) !== 'conflict') wrong.push(`${conflict.id}: ${key(a)} admits ${key(b)}`);
    }
    for (const trap of traps) if (trap.compatible) allCompatible(trap.id, trap.figures);
    const tolerance = toleranceDecimal(realisticConfig.rules.approximateTolerance);
    for (const decrease of expectedDecreases) {
      const later = valueInterval(figureAt(documents, decrease.later), tolerance);
      const earlier = valueInterval(figureAt(documents, decrease.earlier), tolerance);
      if (!later || !earlier || !entirelyBelow(later, earlier)) wrong.push(`${decrease.id}: ${key(decrease.later)} is not below ${key(decrease.earlier)}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('puts no figure in two conflicts, and no trap figure in a conflict', () => {
    const inConflicts = expectedConflicts.flatMap((conflict) => [...conflict.agreeing, ...conflict.against].map(key));
    assert.equal(new Set(inConflicts).size, inConflicts.length);
    const conflicting = new Set([...inConflicts, ...expectedDecreases.map((decrease) => key(decrease.later))]);
    assert.deepEqual(
      traps.flatMap((trap) => trap.figures.filter((ref) => conflicting.has(key(ref))).map((ref) => `${trap.id} ${key(ref)}`)),
      [],
    );
  });
});

describe('realistic corpus: claims and conflicts end to end (issue 12)', () => {
  const report = evaluateFixtures();
  const check = (ok: boolean, render: () => string) => {
    if (!ok) assert.fail(`\n${render()}\n`);
  };

  it('finds every document date and invents none', () => {
    check(report.dates.length === 0, () => renderDates(report));
  });

  it('reports exactly the expected conflicting-figure and cumulative-decrease diagnostics, with their severities', () => {
    check(report.missing.length === 0 && report.unexpected.length === 0 && report.wrongSeverity.length === 0, () => renderDiagnostics(report));
  });

  it('keeps every trap silent', () => {
    check(report.firedTraps.length === 0, () => renderTraps(report));
  });

  /**
   * The claims the redesign does not get right yet, each with why: the test fails when one more goes
   * wrong and when one of these is fixed (then strike it from the list).
   */
  const knownClaimMisses = [
    // "Beichen Bank said its rival Ruifeng Digital Bank earned …": the rival as the object of a reported clause.
    'bc_fy2024_en.txt:5 «RMB 1.286 billion» subject',
    'bc_fy2024_en.txt:5 «RMB 1.286 billion» metric',
  ];

  it('binds the selected figures to their subject, metric and period (but for the known misses)', () => {
    const wrong = report.claims.map((row) => `${row.figure} ${row.field}`);
    check(JSON.stringify(wrong.sort()) === JSON.stringify([...knownClaimMisses].sort()), () => renderClaims(report));
  });

  it('signs changes by their direction words and reads a before-and-after sequence as separate values', () => {
    // "down 0.05 and 0.35 percentage points respectively": the bare 0.05 takes the unit of the list's last value,
    // and the direction word before the list signs both.
    check(report.values.length === 0, () => renderValues(report));
  });

  it('keys free phrases as readable noun phrases', () => {
    check(report.phrases.length === 0, () => renderPhrases(report));
  });
});
