/**
 * The claims façade: binds each figure of a document to (subject, metric, period). The parts live in
 * `claims/`: the reading view (pinyin glosses dropped), the sentence model, subject candidates, the
 * metric binder, periods, outlooks and the extractor that walks the sentences.
 */
import type { CancellationToken } from './cancellation';
import type { CorpusConfig } from './config';
import { ClaimExtractor } from './claims/extractor';
import { readingView } from './claims/readingView';
import type { Claim, DocumentDate, Mention } from './types';

export { ClaimExtractor } from './claims/extractor';
export { segmentText } from './claims/sentences';

/** Binds each figure to (subject, metric, as-of period). */
export function extractClaims(
  text: string,
  mentions: readonly Mention[],
  documentDate: DocumentDate | null,
  config: CorpusConfig,
  token: CancellationToken,
): Claim[] {
  const view = readingView(text, mentions);
  return new ClaimExtractor(config).extract(view.text, view.mentions, documentDate, token, undefined, view.joinedLineEnds);
}

/**
 * Why each figure of a document has no claim, in words: the extraction run again with its reasons
 * collected. For `explain` and the hover, which ask about one figure at a time.
 */
export function unclaimedReasons(
  text: string,
  mentions: readonly Mention[],
  documentDate: DocumentDate | null,
  config: CorpusConfig,
  token: CancellationToken,
): Map<number, string> {
  const reasons = new Map<number, string>();
  const view = readingView(text, mentions);
  new ClaimExtractor(config).extract(view.text, view.mentions, documentDate, token, reasons, view.joinedLineEnds);
  return reasons;
}
