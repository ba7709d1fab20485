/**
 * The corpus configuration file (fincorpus.json at the corpus root): its zod schema is the single
 * source of truth, from which the JSON schema for editors is generated. The file is JSON with comments
 * and trailing commas (JSONC), read with jsonc-parser, which is plain JavaScript and so fits the core.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError, type ParseOptions } from 'jsonc-parser';
import { z } from 'zod';
import { LineIndex } from './lines';
import type { Span } from './types';
import { conceptKinds, unitFamilies } from './ontology/kinds';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

export const entityKindSchema = z.enum(['product', 'organisation', 'platform', 'statistic']);

export const lexiconEntrySchema = z
  .object({
    canonical: z.string().min(1).describe('Canonical name (simplified Chinese or the official name).'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other names, abbreviations and English names.'),
    kind: entityKindSchema.default('product').describe('What the name stands for: a product, an organisation, a platform or a statistic.'),
    owner: z.string().min(1).optional().describe('Canonical name of the owning organisation.'),
    role: z.string().optional().describe('Free-form role, e.g. "regulator".'),
    currency: z
      .enum(['CNY', 'HKD', 'TWD', 'USD', 'MOP', 'SGD'])
      .optional()
      .describe('The currency its press means by a bare 元 (HKD for a Hong Kong bank, TWD for a Taiwanese one); yuan when not set.'),
  })
  .strict();

export const ignoreEntrySchema = z.union([
  z
    .object({
      subject: z.string().optional().describe('Subject whose conflicts are accepted, e.g. "微众银行".'),
      metric: z.string().optional().describe('Metric whose conflicts are accepted (its aliases match too), e.g. "授信客户".'),
      period: z.string().optional().describe('ISO date, month (YYYY-MM) or year (YYYY) the as-of period overlaps.'),
      reason: z.string().optional().describe('Why the difference is accepted, for the next reader.'),
    })
    .strict(),
  z
    .object({
      pair: z
        .tuple([z.string(), z.string()])
        .describe('Two figure locations "path:line:col" (1-based) whose conflict is accepted.'),
      reason: z.string().optional().describe('Why the difference is accepted, for the next reader.'),
    })
    .strict(),
]);

export const rulesSchema = z
  .object({
    approximateTolerance: z
      .number()
      .min(0)
      .max(1)
      .default(0.05)
      .describe('Relative tolerance around approximate values (约, 近, 左右).'),
    strict: z.boolean().default(false).describe('Also report compatible but differing bounds as information.'),
    cumulativeDecrease: z.boolean().default(true).describe('Warn when a cumulative metric falls over time.'),
  })
  .strict();

export const metricConceptSchema = z
  .object({
    id: z.string().min(1).describe('The claim key: the simplified Chinese canonical name, e.g. "科技贷款余额" (or an English name).'),
    kind: z
      .enum(conceptKinds)
      .describe('flow: over a period (revenue); stock: at a moment (a balance); ratio: a rate or share; count: things counted at a moment.'),
    labels: z
      .object({
        zhHans: z.string().min(1).optional().describe('Simplified Chinese label.'),
        zhHant: z.string().min(1).optional().describe('Traditional Chinese label.'),
        en: z.string().min(1).optional().describe('English label.'),
      })
      .strict()
      .optional()
      .describe('Labels for hovers and the metrics tree; the id stands in for a missing one.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Chinese or English phrases that name the concept; each is taken from any built-in concept that had it.'),
    units: z
      .array(z.enum(unitFamilies))
      .min(1)
      .optional()
      .describe('Unit families the concept takes; by default money, count or other for flows and stocks, percent or multiple for ratios, count for counts.'),
    cumulative: z.boolean().optional().describe('A running total since some start (cumulative loans disbursed).'),
  })
  .strict();

export const corpusConfigSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON schema of this file.'),
    lexicon: z
      .array(lexiconEntrySchema)
      .default([])
      .describe('Products, organisations and platforms of this corpus, added to the built-in lexicon.'),
    useBuiltinLexicon: z
      .boolean()
      .default(true)
      .describe('Also use the built-in lexicon of banks, regulators and payment platforms.'),
    metricAliases: z
      .record(z.string(), z.array(z.string().min(1)))
      .default({})
      .describe('Short form of `metrics`: canonical metric key → phrases that mean the same metric.'),
    metrics: z
      .array(metricConceptSchema)
      .default([])
      .describe('Metric concepts of this corpus, added to the built-in ontology; a concept with a built-in id extends that concept.'),
    documentDates: z
      .record(z.string(), isoDate)
      .default({})
      .describe('Document path (relative to the corpus root) → its date, overriding what the text says.'),
    encodings: z
      .record(z.string(), z.string())
      .default({})
      .describe('Document path → encoding to decode it with (utf-8, gb18030, big5, utf-16le …).'),
    ignore: z
      .array(ignoreEntrySchema)
      .default([])
      .describe('Accepted differences: conflicts of a subject, metric or period, or of two figure locations, that are not reported.'),
    rules: rulesSchema
      .default({ approximateTolerance: 0.05, strict: false, cumulativeDecrease: true })
      .describe('How figures are compared across documents.'),
  })
  .strict();

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type MetricConceptEntry = z.infer<typeof metricConceptSchema>;
export type IgnoreEntry = z.infer<typeof ignoreEntrySchema>;
export type CorpusRules = z.infer<typeof rulesSchema>;
export type CorpusConfig = z.infer<typeof corpusConfigSchema>;

export const defaultCorpusConfig: CorpusConfig = corpusConfigSchema.parse({});

export interface ConfigProblem {
  /** JSON path of the offending field, e.g. ["lexicon", 3, "kind"]. */
  path: (string | number)[];
  message: string;
  /** Where a syntax error lies in the text; schema problems are located by their path. */
  span?: Span;
}

export type ConfigParseResult =
  | { ok: true; config: CorpusConfig }
  | { ok: false; problems: ConfigProblem[] };

/** The options fincorpus.json is read with: JSON with comments and trailing commas, as VS Code's own settings. */
export const configParseOptions: ParseOptions = { disallowComments: false, allowTrailingComma: true, allowEmptyContent: false };

const syntaxErrorWords: Record<string, string> = {
  InvalidSymbol: 'an unexpected symbol',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name expected',
  ValueExpected: 'a value expected',
  ColonExpected: 'a colon expected',
  CommaExpected: 'a comma expected',
  CloseBraceExpected: 'a closing brace expected',
  CloseBracketExpected: 'a closing bracket expected',
  EndOfFileExpected: 'text after the end of the value',
  InvalidCommentToken: 'a malformed comment',
  UnexpectedEndOfComment: 'an unterminated comment',
  UnexpectedEndOfString: 'an unterminated string',
  UnexpectedEndOfNumber: 'an unterminated number',
  InvalidUnicode: 'a malformed unicode escape',
  InvalidEscapeCharacter: 'a malformed escape character',
  InvalidCharacter: 'a control character in a string',
};

/** A syntax error as a problem: its words, its 1-based line and column, and its span. */
function syntaxProblem(text: string, lines: LineIndex, error: ParseError): ConfigProblem {
  const code = printParseErrorCode(error.error);
  const { line, character } = lines.positionAt(error.offset);
  // An error at the very end (a missing brace) stands on the last character, so that it can be seen.
  const end = Math.min(text.length, error.offset + Math.max(error.length, 1));
  const start = Math.max(0, Math.min(error.offset, end - 1));
  return {
    path: [],
    message: `invalid JSON: ${syntaxErrorWords[code] ?? code} at line ${line + 1}, column ${character + 1}`,
    span: { start, end },
  };
}

/** Parses the text of a corpus config file (JSON with comments); problems name the field at fault. */
export function parseCorpusConfig(text: string): ConfigParseResult {
  const errors: ParseError[] = [];
  const json: unknown = parseJsonc(text, errors, configParseOptions);
  if (errors.length > 0) {
    const lines = new LineIndex(text);
    // Errors that cascade from one place (a truncated file lacks every closing bracket) are reported once.
    const distinct = errors.filter((error, i) => errors.findIndex((other) => other.offset === error.offset) === i);
    return { ok: false, problems: distinct.map((error) => syntaxProblem(text, lines, error)) };
  }
  const result = corpusConfigSchema.safeParse(json);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    })),
  };
}

export function formatConfigPath(path: (string | number)[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}
