import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyze';
import { defaultCorpusConfig } from '../../server/src/core/config';
import { CorpusIndex } from '../../server/src/core/corpus';

/**
 * The index keeps sorted observations, parsed intervals and conflicting figures between updates.
 * Whatever order documents are added, edited and removed in, it must answer as an index built afresh
 * from the final documents.
 */
describe('the index caches', () => {
  const analyzer = createAnalyzer(defaultCorpusConfig);
  const seeds = readdirSync('seeds')
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join('seeds', name), 'utf8'));

  /** A small deterministic pseudo-random generator (mulberry32). */
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** One seed with some digits changed, so that copies agree and conflict by turns. */
  function variant(text: string, next: () => number): string {
    let out = '';
    for (const char of text) out += char >= '0' && char <= '9' && next() < 0.05 ? String(Math.floor(next() * 10)) : char;
    return out;
  }

  function assertSameAnswers(incremental: CorpusIndex, fresh: CorpusIndex): void {
    assert.deepEqual(incremental.paths(), fresh.paths());
    assert.equal(incremental.conflictTotal(), fresh.series().reduce((sum, series) => sum + series.conflicts, 0));
    for (const series of fresh.series()) {
      const key = series.key;
      const expect = (observations: readonly { path: string; figure: { start: number } }[]) => observations.map((o) => `${o.path}@${o.figure.start}`);
      assert.deepEqual(expect(incremental.observations(key)), expect(series.observations), key);
      assert.deepEqual(expect(incremental.sortedObservations(key)), expect(series.observations), key);
      assert.equal(incremental.seriesOf(key)?.conflicts, series.conflicts, key);
      const conflicting = (index: CorpusIndex) => [...index.conflictingObservations(key)].map((o) => `${o.path}@${o.figure.start}`).sort();
      assert.deepEqual(conflicting(incremental), conflicting(fresh), key);
    }
    for (const path of fresh.paths()) {
      const shape = (index: CorpusIndex) => index.diagnostics(path).map((d) => ({ code: d.code, span: d.span, message: d.message, related: d.related }));
      assert.deepEqual(shape(incremental), shape(fresh), path);
      // A figure carries a conflicting-figure diagnostic exactly when the index lists it as conflicting.
      const diagnosed = fresh
        .diagnostics(path)
        .filter((d) => d.code === 'conflicting-figure')
        .map((d) => `${d.span.start}`)
        .sort();
      const listed = fresh
        .keysOf(path)
        .flatMap((key) => [...fresh.conflictingObservations(key)])
        .filter((o) => o.path === path)
        .map((o) => `${o.figure.start}`);
      assert.deepEqual([...new Set(listed)].sort(), [...new Set(diagnosed)], path);
    }
  }

  it('answers as a fresh index after adds, edits and removals in any order', () => {
    const next = random(7);
    const incremental = new CorpusIndex(defaultCorpusConfig);
    const current = new Map<string, string>();
    const paths = Array.from({ length: 12 }, (_, i) => `copy-${String(i).padStart(2, '0')}.txt`);
    for (let step = 0; step < 60; step++) {
      const path = paths[Math.floor(next() * paths.length)]!;
      if (current.has(path) && next() < 0.15) {
        current.delete(path);
        incremental.remove(path);
      } else {
        const text = variant(seeds[Math.floor(next() * seeds.length)]!, next);
        current.set(path, text);
        incremental.update(analyzer.analyze(path, text), { collectAffected: next() < 0.5 });
      }
      // Ask in between, so that caches exist when the next update comes.
      if (step % 7 === 0) {
        for (const key of incremental.series().map((s) => s.key)) incremental.conflictingObservations(key);
        for (const known of incremental.paths()) incremental.diagnostics(known);
      }
    }
    const fresh = new CorpusIndex(defaultCorpusConfig);
    for (const [path, text] of [...current].sort(([a], [b]) => (a < b ? -1 : 1))) fresh.update(analyzer.analyze(path, text));
    assert.ok(fresh.series().some((series) => series.conflicts > 0), 'the copies conflict somewhere');
    assertSameAnswers(incremental, fresh);
  });
});
