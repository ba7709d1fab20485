import type { CancellationToken } from './cancellation';
import type { CorpusConfig } from './config';
import type { Claim, DocumentDate, Mention } from './types';

/** Binds each figure to (subject, metric, as-of period). */
export function extractClaims(
  _text: string,
  _mentions: readonly Mention[],
  _documentDate: DocumentDate | null,
  _config: CorpusConfig,
  _token: CancellationToken,
): Claim[] {
  return [];
}
