/**
 * The façade of the per-document analysis: text in, {@link DocumentFacts} out. Knows nothing of
 * files or the protocol; the caller supplies the text and the configuration.
 */
import { neverCancelled, throwIfCancelled, type CancellationToken } from './cancellation';
import type { CorpusConfig, LexiconEntry } from './config';
import { extractClaims } from './claims';
import { detectDocumentDate, recogniseDates } from './dates';
import { EntityMatcher, detectLanguage } from './entities';
import { recogniseFigures } from './figures';
import { builtinLexicon } from './lexicon';
import { detectMojibake } from './mojibake';
import type { DocumentDate, DocumentFacts, Mention } from './types';
import { ZoneMask } from './zoneMask';
import { findNumericRuns, findZones } from './zones';

export interface AnalyzeOptions {
  /** A date from the corpus configuration that overrides what the text says. */
  documentDateOverride?: string;
  token?: CancellationToken;
}

export interface Analyzer {
  readonly config: CorpusConfig;
  readonly lexicon: readonly LexiconEntry[];
  analyze(path: string, text: string, options?: AnalyzeOptions): DocumentFacts;
}

export function effectiveLexicon(config: CorpusConfig): LexiconEntry[] {
  const own = config.lexicon;
  if (!config.useBuiltinLexicon) return [...own];
  // Entries of the corpus replace built-in entries of the same canonical name.
  const ownNames = new Set(own.map((entry) => entry.canonical));
  return [...own, ...builtinLexicon.filter((entry) => !ownNames.has(entry.canonical))];
}

export function createAnalyzer(config: CorpusConfig): Analyzer {
  const lexicon = effectiveLexicon(config);
  const matcher = new EntityMatcher(lexicon);
  return Object.freeze({
    config,
    lexicon,
    analyze(path: string, text: string, options: AnalyzeOptions = {}): DocumentFacts {
      const token = options.token ?? neverCancelled;
      const documentDate: DocumentDate | null = options.documentDateOverride
        ? { date: options.documentDateOverride, source: 'config', span: null }
        : detectDocumentDate(text);
      const language = detectLanguage(text);
      const mojibake = detectMojibake(text);
      const numericRuns = findNumericRuns(text);
      const zones = findZones(text);
      throwIfCancelled(token);

      const baseMask = new ZoneMask([...zones, ...numericRuns, ...mojibake]);
      const dates = recogniseDates(text, baseMask, documentDate?.date ?? null, token);
      const products = matcher.match(text, baseMask, token);
      throwIfCancelled(token);
      // Dates and product names are never figures (2022年, 5G in a name), so figures see them masked.
      const figures = recogniseFigures(text, baseMask.with(dates).with(products), token);
      const mentions: Mention[] = [...figures, ...dates, ...products].sort((a, b) => a.start - b.start || a.end - b.end);
      throwIfCancelled(token);

      const claims = extractClaims(text, mentions, documentDate, config, token);
      return { path, documentDate, language, mentions, numericRuns, zones, claims, mojibake };
    },
  });
}
