/**
 * Claims and conflicts on the real seed corpus, measured against the recurring metrics of the gold
 * annotation. The floors are raised as the recognisers improve; the numbers are printed every run.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyze';
import { defaultCorpusConfig, parseCorpusConfig, type CorpusConfig } from '../../server/src/core/config';
import { CorpusIndex, claimKey } from '../../server/src/core/corpusIndex';
import type { DocumentFacts } from '../../server/src/core/types';
import { requireSeedsGold, seedsGoldPath } from '../eval/sharedGold';

interface GoldPoint {
  file: string;
  surface: string;
  start: number;
  end: number;
}

interface GoldSeries {
  id: string;
  subject: string;
  metric: string;
  points: GoldPoint[];
}

const seedsFolder = 'seeds';

/** Raise these as the recognisers and claim rules improve. */
const floors = { fullyGrouped: 10, partlyGrouped: 18, pointsWithClaims: 54 };

/**
 * Conflicts on seeds/ that are defensible, by key, each with the one-sentence reason it is reported.
 * Every other conflicting-figure on the seeds fails the test.
 */
const defendedConflicts: Record<string, string> = {};

function loadConfig(): CorpusConfig {
  const file = join(seedsFolder, 'fincorpus.json');
  if (!existsSync(file)) return defaultCorpusConfig;
  const parsed = parseCorpusConfig(readFileSync(file, 'utf8'));
  return parsed.ok ? parsed.config : defaultCorpusConfig;
}

function analyseSeeds(): { facts: DocumentFacts[]; index: CorpusIndex } {
  const config = loadConfig();
  const analyzer = createAnalyzer(config);
  const index = new CorpusIndex(config);
  const facts = readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => analyzer.analyze(`${seedsFolder}/${name}`, readFileSync(join(seedsFolder, name), 'utf8')));
  for (const document of facts) index.update(document);
  return { facts, index };
}

describe('claims on seeds/', function () {
  const { facts, index } = analyseSeeds();
  const byPath = new Map(facts.map((document) => [document.path, document]));

  /** The claim key of the figure at a gold point, if we made a claim of it. */
  function keyAt(point: GoldPoint): string | null {
    const document = byPath.get(point.file);
    if (!document) return null;
    for (const claim of document.claims) {
      const figure = document.mentions[claim.mention]!;
      if (figure.start < point.end && point.start < figure.end) return claimKey(claim);
    }
    return null;
  }

  it('groups the points of the recurring gold metrics into series', function () {
    requireSeedsGold(this);
    const gold = JSON.parse(readFileSync(seedsGoldPath, 'utf8')) as { claims_series: GoldSeries[] };
    let fullyGrouped = 0;
    let partlyGrouped = 0;
    let pointsWithClaims = 0;
    const report: string[] = [];
    for (const series of gold.claims_series) {
      const keys = series.points.map(keyAt);
      pointsWithClaims += keys.filter((key) => key !== null).length;
      const counts = new Map<string, number>();
      for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      const largest = Math.max(0, ...counts.values());
      if (largest === series.points.length) fullyGrouped++;
      if (largest >= 2) partlyGrouped++;
      report.push(`${series.id} ${series.subject} ${series.metric}: ${keys.map((key) => (key ? key.replace(/\u0000/g, '|') : '—')).join('  ')}`);
    }
    const total = gold.claims_series.length;
    const points = gold.claims_series.reduce((sum, series) => sum + series.points.length, 0);
    console.log(`      series fully grouped ${fullyGrouped}/${total}, at least two points grouped ${partlyGrouped}/${total}, points with a claim ${pointsWithClaims}/${points}`);
    if (process.env.FINCORPUS_VERBOSE) for (const line of report) console.log(`        ${line}`);
    assert.ok(fullyGrouped >= floors.fullyGrouped, `fully grouped ${fullyGrouped} < ${floors.fullyGrouped}`);
    assert.ok(partlyGrouped >= floors.partlyGrouped, `partly grouped ${partlyGrouped} < ${floors.partlyGrouped}`);
    assert.ok(pointsWithClaims >= floors.pointsWithClaims, `points with claims ${pointsWithClaims} < ${floors.pointsWithClaims}`);
  });

  it('reports no conflicting figure on the seeds except the defended ones', () => {
    const conflicts: string[] = [];
    for (const document of facts) {
      for (const diagnostic of index.diagnostics(document.path)) {
        if (diagnostic.code !== 'conflicting-figure') continue;
        const key = (diagnostic.data as { key: string }).key;
        if (!(key in defendedConflicts)) conflicts.push(`${document.path}: ${diagnostic.message}`);
      }
    }
    const claims = facts.reduce((sum, document) => sum + document.claims.length, 0);
    console.log(`      ${claims} claims, ${index.series().length} keys, ${conflicts.length} undefended conflicts`);
    assert.deepEqual(conflicts, []);
  });
});
