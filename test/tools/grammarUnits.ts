/**
 * The TextMate grammar's unit words, generated from the figure lexicon, whose words name the units of
 * the registry (server/src/core/units.ts). syntaxes/fincorpus.tmLanguage.template.json holds the rest
 * of the grammar with two placeholders; `npm run grammar` writes syntaxes/fincorpus.tmLanguage.json,
 * and test/unit/units.test.ts fails when the committed grammar drifts from the lexicon.
 */
import { currencyPrefixes, currencySuffixes, measureUnits, type UnitWord } from '../../server/src/core/figuresLexicon';

export const grammarTemplatePath = 'syntaxes/fincorpus.tmLanguage.template.json';
export const grammarPath = 'syntaxes/fincorpus.tmLanguage.json';

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * One alternation of the words, longest first (an alternation takes its first match), English words
 * without regard to case, as the scanner reads them.
 */
export function wordAlternation(words: readonly UnitWord<string>[]): string {
  const forms = new Map<string, string>();
  for (const { word, english } of words) {
    const key = english ? word.toLowerCase() : word;
    if (!forms.has(key)) forms.set(key, english ? `(?i:${escapeRegExp(key)})` : escapeRegExp(word));
  }
  return [...forms.entries()]
    .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, form]) => form)
    .join('|');
}

const placeholders: Record<string, string> = {
  '{{currency-prefixes}}': wordAlternation(currencyPrefixes),
  '{{unit-words}}': wordAlternation([...measureUnits, ...currencySuffixes]),
};

function fill(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\{\{[a-z-]+\}\}/g, (name) => placeholders[name] ?? name);
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, fill(child)]));
  return value;
}

/** The grammar's text: the template with its unit words filled in. */
export function generateGrammar(templateText: string): string {
  return `${JSON.stringify(fill(JSON.parse(templateText)), null, 2)}\n`;
}
