import type { CancellationToken } from './cancellation';
import type { LexiconEntry } from './config';
import type { DocumentLanguage, ProductMention } from './types';
import type { ZoneMask } from './zoneMask';

/** Matches lexicon entities (products, organisations, platforms) in simplified, traditional and English text. */
export class EntityMatcher {
  constructor(readonly entries: readonly LexiconEntry[]) {}

  match(_text: string, _mask: ZoneMask, _token: CancellationToken): ProductMention[] {
    return [];
  }
}

/** Script of a document: traditional text is matched through a simplified copy. */
export function detectLanguage(_text: string): DocumentLanguage {
  return 'zh-Hans';
}
