/**
 * The configuration's ignore entries: claim entries (subject, metric, period) take an observation out
 * of every rule; pair entries ("path:line:col" twice) silence one pair of figures. Locations resolve
 * through the `lineStarts` table of the documents' facts; without it such entries cannot match.
 */
import type { CorpusConfig, IgnoreEntry } from '../config';
import type { MetricNormaliser } from '../glossary';
import type { Claim, DocumentFacts, Period } from '../types';
import type { Observation } from './observations';

export class IgnoreRules {
  /** True when some entry names a pair of figures. */
  readonly hasPairEntries: boolean;

  constructor(
    private readonly config: CorpusConfig,
    private readonly normaliser: MetricNormaliser,
    private readonly factsOf: (path: string) => DocumentFacts | undefined,
  ) {
    this.hasPairEntries = config.ignore.some((entry) => 'pair' in entry);
  }

  /** True when a claim entry takes the observation out. */
  observation(observation: Observation): boolean {
    return this.config.ignore.some((entry) => !('pair' in entry) && this.matchesClaimEntry(entry, observation.claim));
  }

  /** True when a pair entry names the two figures, in either order. */
  pair(first: Observation, second: Observation): boolean {
    for (const entry of this.config.ignore) {
      if (!('pair' in entry)) continue;
      const [a, b] = entry.pair;
      if ((this.locatedAt(a, first) && this.locatedAt(b, second)) || (this.locatedAt(a, second) && this.locatedAt(b, first))) return true;
    }
    return false;
  }

  private matchesClaimEntry(entry: Exclude<IgnoreEntry, { pair: unknown }>, claim: Claim): boolean {
    if (entry.subject === undefined && entry.metric === undefined && entry.period === undefined) return false;
    if (entry.subject !== undefined && entry.subject !== claim.subject) return false;
    if (entry.metric !== undefined && entry.metric !== claim.metric && this.normaliser.normalise(entry.metric) !== claim.metric) return false;
    if (entry.period !== undefined) {
      const period = periodOfIgnoreEntry(entry.period);
      if (!period || period.end < claim.asOf.start || claim.asOf.end < period.start) return false;
    }
    return true;
  }

  /** True when a "path:line:col" location (1-based) falls on the observation's figure. */
  private locatedAt(location: string, observation: Observation): boolean {
    const match = /^(.*):(\d+):(\d+)$/.exec(location.trim());
    if (!match || !samePath(match[1]!, observation.path)) return false;
    const lineStarts = this.factsOf(observation.path)?.lineStarts;
    const lineStart = lineStarts?.[Number(match[2]) - 1];
    if (lineStart === undefined) return false;
    const offset = lineStart + Number(match[3]) - 1;
    return offset >= observation.figure.start && offset <= observation.figure.end;
  }
}

/** Paths match when equal or when one is a suffix of the other at a folder boundary (config paths are relative). */
function samePath(configured: string, indexed: string): boolean {
  const a = configured.replace(/\\/g, '/').replace(/^\.\//, '');
  const b = indexed.replace(/\\/g, '/');
  return a === b || b.endsWith(`/${a}`) || a.endsWith(`/${b}`);
}

/** "2024", "2024-06" or "2024-06-30" as an inclusive period. */
function periodOfIgnoreEntry(text: string): Period | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) return { start: text.trim(), end: text.trim() };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}
