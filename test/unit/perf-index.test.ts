import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyze';
import { corpusConfigSchema, type CorpusConfig, type IgnoreEntry } from '../../server/src/core/config';
import type { Claim } from '../../server/src/core/types';
import { CorpusIndex } from '../../server/src/core/corpusIndex';
import { parseCorpus, realisticCorpus } from '../fixtures/realistic/corpus';

/**
 * The index keeps sorted observations, parsed intervals and conflicting figures between updates.
 * Whatever order documents are added, edited and removed in, it must answer as an index built afresh
 * from the final documents.
 */
/**
 * The seeds' recurring metrics as concepts of the corpus, so that their claims are confident enough to
 * conflict when a copy's digits change (free-phrase metrics never do).
 */
const seedConfig: CorpusConfig = corpusConfigSchema.parse({
  metrics: ['社区成员', '机构', '落地应用', '认证合作伙伴', '开源项目', '授信客户', '个人客户', '小微企业客户'].map((id) => ({ id, kind: 'count', aliases: [] })),
});

describe('the index caches', () => {
  const analyzer = createAnalyzer(seedConfig);
  // The seeds, and the realistic fixtures, whose exact figures of ontology metrics conflict when a digit changes.
  const seeds = readdirSync('seeds')
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join('seeds', name), 'utf8'))
    .concat(parseCorpus(realisticCorpus).slice(0, 8).map((document) => document.text));

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

  /**
   * One seed with some digits changed, so that copies agree and conflict by turns. Years (digits before
   * 年, 月, 日 or a date's dash) keep theirs, so that copies still speak of the same periods.
   */
  function variant(text: string, next: () => number): string {
    let out = '';
    const dated = /^\d*(?:[年月日]|-\d)/;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      const mutable = char >= '0' && char <= '9' && !dated.test(text.slice(i, i + 6));
      out += mutable && next() < 0.08 ? String(Math.floor(next() * 10)) : char;
    }
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
      const shape = (index: CorpusIndex) =>
        index.diagnostics(path).map((d) => ({ code: d.code, span: d.span, severity: d.severity, message: d.message, related: d.related, data: d.data, detail: d.detail }));
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

  /** "path:line:col" (1-based) of every claimed figure of a seed, as pair ignore entries name them. */
  function claimedLocations(text: string): string[] {
    const facts = analyzer.analyze('seed.txt', text);
    const lineStarts = facts.lineStarts ?? [0];
    return facts.claims.map((claim) => {
      const start = facts.mentions[claim.mention]!.start;
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= start) line++;
      return `${line + 1}:${start - lineStarts[line]! + 1}`;
    });
  }

  /** Subjects and metrics the seeds state, to build claim ignore entries from. */
  function someClaims(): Claim[] {
    return seeds.slice(0, 4).flatMap((text, i) => analyzer.analyze(`seed-${i}.txt`, text).claims.slice(0, 3));
  }

  /** An index built afresh from the documents as they stand. */
  function freshIndex(config: CorpusConfig, current: ReadonlyMap<string, string>): CorpusIndex {
    const fresh = new CorpusIndex(config);
    for (const [path, text] of [...current].sort(([a], [b]) => (a < b ? -1 : 1))) fresh.update(analyzer.analyze(path, text));
    return fresh;
  }

  function runScenario(config: CorpusConfig, seed: number, steps: number, pathCount: number): void {
    const next = random(seed);
    const incremental = new CorpusIndex(config);
    const current = new Map<string, string>();
    const paths = Array.from({ length: pathCount }, (_, i) => `copy-${String(i).padStart(2, '0')}.txt`);
    let conflicted = false;
    for (let step = 0; step < steps; step++) {
      const path = paths[Math.floor(next() * paths.length)]!;
      const roll = next();
      if (current.has(path) && roll < 0.15) {
        current.delete(path);
        incremental.remove(path);
      } else if (current.has(path) && roll < 0.3) {
        // The same text again: every key keeps its values, only the observation objects change.
        incremental.update(analyzer.analyze(path, current.get(path)!), { collectAffected: next() < 0.5 });
      } else if (current.has(path) && roll < 0.4) {
        // Typing somewhere in the document: the keys whose figures all come before the edit keep their
        // observations (and, after a line break, the figures after it move to other lines).
        const old = current.get(path)!;
        const at = Math.floor(next() * old.length);
        const text = `${old.slice(0, at)}${next() < 0.5 ? '\n' : '补充说明'}${old.slice(at)}`;
        current.set(path, text);
        incremental.update(analyzer.analyze(path, text), { collectAffected: next() < 0.5 });
      } else {
        const text = variant(seeds[Math.floor(next() * seeds.length)]!, next);
        current.set(path, text);
        incremental.update(analyzer.analyze(path, text), { collectAffected: next() < 0.5 });
      }
      // Every few steps the incremental index must answer as a fresh one; some checkpoints must see conflicts.
      if (step % 10 === 9) {
        const fresh = freshIndex(config, current);
        conflicted ||= fresh.conflictTotal() > 0;
        assertSameAnswers(incremental, fresh);
      }
      // Ask in between, so that caches exist when the next update comes (and some keys stay lazy).
      if (next() < 0.5) {
        for (const key of incremental.series().map((s) => s.key)) if (next() < 0.7) incremental.conflictingObservations(key);
        for (const known of incremental.paths()) if (next() < 0.7) incremental.diagnostics(known);
      }
    }
    assertSameAnswers(incremental, freshIndex(config, current));
    assert.ok(conflicted, 'the copies conflicted at some checkpoint');
  }

  it('answers as a fresh index after adds, edits and removals in any order', () => {
    runScenario(seedConfig, 7, 60, 12);
  });

  it('keeps cached analyses up to date edit by edit (default rules)', () => {
    for (const seed of [1, 2, 3]) runScenario(seedConfig, seed, 80, 6);
  });

  it('keeps cached analyses up to date in strict mode, with decreases off and on', () => {
    for (const cumulativeDecrease of [true, false]) {
      const config: CorpusConfig = { ...seedConfig, rules: { ...seedConfig.rules, strict: true, cumulativeDecrease } };
      runScenario(config, cumulativeDecrease ? 1 : 2, 80, 6);
    }
  });

  it('keeps cached analyses up to date under claim and pair ignore entries', () => {
    const claims = someClaims();
    const locations = seeds.slice(0, 4).map((text) => claimedLocations(text));
    const pairs: IgnoreEntry[] = [];
    for (const [a, b] of [
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 3],
    ] as const) {
      for (const seedLocations of locations) {
        for (const location of seedLocations.filter((_, i) => i % 5 === 0).slice(0, 3)) {
          pairs.push({ pair: [`copy-0${a}.txt:${location}`, `copy-0${b}.txt:${location}`] });
        }
      }
    }
    const config: CorpusConfig = {
      ...seedConfig,
      rules: { ...seedConfig.rules, strict: true },
      ignore: [{ subject: claims[0]!.subject, metric: claims[0]!.metric }, { metric: claims[4]!.metric, period: claims[4]!.asOf.end.slice(0, 4) }, ...pairs],
    };
    runScenario(config, 21, 70, 5);
  });

  it('compares running totals again when an earlier moment changes, and counts pairs within a document out', () => {
    // Small documents stating one running total at several year ends: editing an early one changes which
    // earlier figure the later moments are compared with, though their own figures stay as they were.
    const doc = (year: number, value: number, extra: string) => `截至${year}年末，微众银行累计发放贷款${value}亿元。${extra}\n`;
    const values = [1180, 2240, 3310, 4460, 5520];
    for (const strict of [false, true]) {
      const config: CorpusConfig = { ...seedConfig, rules: { ...seedConfig.rules, strict } };
      const next = random(strict ? 31 : 37);
      const incremental = new CorpusIndex(config);
      const current = new Map<string, string>();
      for (let step = 0; step < 120; step++) {
        const index = Math.floor(next() * 6);
        const path = `y${index}.txt`;
        if (current.has(path) && next() < 0.1) {
          current.delete(path);
          incremental.remove(path);
        } else {
          const year = 2018 + (next() < 0.8 ? index : Math.floor(next() * 6));
          const text = doc(year, values[Math.floor(next() * values.length)]!, next() < 0.4 ? doc(year + (next() < 0.5 ? 0 : 1), values[Math.floor(next() * values.length)]!, '') : '');
          current.set(path, text);
          incremental.update(analyzer.analyze(path, text));
        }
        const fresh = new CorpusIndex(config);
        for (const [known, text] of [...current].sort(([a], [b]) => (a < b ? -1 : 1))) fresh.update(analyzer.analyze(known, text));
        // A document may state two values of one moment: the pairs within it never count.
        assert.equal(incremental.conflictTotal(), fresh.conflictTotal(), `step ${step}`);
        for (const known of fresh.paths()) {
          const shape = (index: CorpusIndex) => index.diagnostics(known).map((d) => `${d.code} ${d.span.start} ${d.message}`);
          assert.deepEqual(shape(incremental), shape(fresh), `step ${step}: ${known}`);
        }
      }
    }
  });
});
