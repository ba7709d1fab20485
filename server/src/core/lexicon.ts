import type { LexiconEntry } from './config';

/** The built-in default lexicon: major Chinese banks, regulators and payment platforms. */
export const builtinLexicon: readonly LexiconEntry[] = [];
