/**
 * Look-ups shared by the features: the mention under a cursor, a figure's claim, the series a claim
 * belongs to and which observations take part in conflicts. Plain questions over the workspace model.
 */
import type { CancellationToken } from '../core/cancellation';
import { claimKey, type MetricSeries, type Observation } from '../core/corpusIndex';
import type { Claim, DocumentFacts, FigureMention, Mention, Span } from '../core/types';
import { spanTouches, type LineIndex } from '../convert';
import type { Corpus, DocumentEntry, Workspace } from '../workspace';

export interface DocumentContext {
  corpus: Corpus;
  entry: DocumentEntry;
  /** The document's text and line index: an open document's own, a closed one's read again. */
  text: string;
  lines: LineIndex;
  /** Every fact of the document (a closed one's analysed again: the index keeps only compact facts). */
  facts: DocumentFacts;
}

/** The analysed document at uri, once the workspace has settled; undefined for unknown documents. */
export async function documentContext(
  workspace: Workspace,
  uri: string,
  token: CancellationToken,
): Promise<DocumentContext | undefined> {
  await workspace.settle(token);
  const found = workspace.entry(uri);
  if (!found) return undefined;
  const loaded = await workspace.loadDocument(found.corpus, found.entry, token);
  return loaded ? { corpus: found.corpus, entry: found.entry, ...loaded } : undefined;
}

/** The index of the mention at offset: one containing it, else one ending right before it. */
export function mentionIndexAt(facts: DocumentFacts, offset: number): number {
  let touching = -1;
  for (let i = 0; i < facts.mentions.length; i++) {
    const mention = facts.mentions[i]!;
    if (mention.start > offset) break;
    if (mention.start <= offset && offset < mention.end) return i;
    if (spanTouches(mention, offset)) touching = i;
  }
  return touching;
}

export function claimOfMention(facts: DocumentFacts, mentionIndex: number): Claim | undefined {
  return facts.claims.find((claim) => claim.mention === mentionIndex);
}

export function seriesOf(corpus: Corpus, claim: Claim): MetricSeries | undefined {
  return corpus.index.seriesOf(claimKey(claim));
}

export function spanKey(path: string, span: Span): string {
  return `${path}\u0000${span.start}\u0000${span.end}`;
}

/**
 * The figures of a series that carry a conflicting-figure diagnostic, as span keys. The index keeps
 * them with the key's cached analysis, so this costs one pass over the series' conflicts at most.
 */
export function conflictingFigures(corpus: Corpus, key: string): Set<string> {
  const keys = new Set<string>();
  for (const observation of corpus.index.conflictingObservations(key)) keys.add(spanKey(observation.path, observation.figure));
  return keys;
}

export function isFigure(mention: Mention | undefined): mention is FigureMention {
  return mention?.kind === 'figure';
}

/** Observations of a series other than the one at (path, mention). */
export function otherObservations(series: MetricSeries, path: string, mention: number): Observation[] {
  return series.observations.filter((observation) => observation.path !== path || observation.mention !== mention);
}

/** Every corpus's series, with their corpus. */
export function allSeries(workspace: Workspace): { corpus: Corpus; series: MetricSeries }[] {
  return workspace.allCorpora().flatMap((corpus) => corpus.index.series().map((series) => ({ corpus, series })));
}

/** A short name for a document in messages and tables: its path relative to the corpus root. */
export function displayPath(corpus: Corpus, path: string): string {
  return corpus.root ? path : path.slice(path.lastIndexOf('/') + 1);
}
