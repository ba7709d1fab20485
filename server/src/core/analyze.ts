/**
 * The façade of the per-document analysis: text in, {@link DocumentFacts} out. Knows nothing of
 * files or the protocol; the caller supplies the text and the configuration.
 */
import { AnchorClass, nextAnchor } from './anchors';
import { neverCancelled, throwIfCancelled, type CancellationToken } from './cancellation';
import type { CorpusConfig, LexiconEntry } from './config';
import { extractClaims } from './claims';
import { detectDocumentDate, recogniseDates, scanDates } from './dates';
import { EntityMatcher, detectLanguage } from './entities';
import { recogniseFigures } from './figures';
import { homeCurrencies, inHomeCurrencies, inNotedCurrency } from './homeCurrency';
import { foldRadicals } from './radicals';
import { builtinLexicon } from './lexicon';
import { detectMojibake } from './mojibake';
import { declaredUnitFigures, findTables, tableCellFigures } from './tables';
import { findUnknownNames } from './unknownNames';
import type { DocumentDate, DocumentFacts, FigureMention, Mention, MojibakeStretch, ProductMention } from './types';
import { lineStartsOf } from './lines';
import { ZoneMask } from './zoneMask';
import { findZonesAndNumericRuns } from './zones';

export interface AnalyzeOptions {
  /** A date from the corpus configuration that overrides what the text says. */
  documentDateOverride?: string;
  token?: CancellationToken;
  /**
   * False turns off the anchor prefilter (core/anchors.ts), which passes over text no recogniser
   * can start in; the facts are the same either way (test/unit/prefilter.test.ts compares them).
   */
  prefilter?: boolean;
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
  const currencies = homeCurrencies(lexicon);
  return Object.freeze({
    config,
    lexicon,
    analyze(path: string, original: string, options: AnalyzeOptions = {}): DocumentFacts {
      // Radicals that PDF extraction put for ideographs (交通银⾏, ⾸六个⽉) are read as those ideographs, offsets kept.
      const text = foldRadicals(original);
      const token = options.token ?? neverCancelled;
      const prefilter = options.prefilter !== false;
      // One date scan serves the document date and the recogniser.
      const dateScan = scanDates(text);
      const documentDate: DocumentDate | null = options.documentDateOverride
        ? { date: options.documentDateOverride, source: 'config', span: null }
        : detectDocumentDate(text, dateScan);
      throwIfCancelled(token);
      const language = detectLanguage(text);
      // Mojibake detection starts only on "?" and U+FFFD: a text with neither has none.
      const mojibake = prefilter && nextAnchor(text, 0, AnchorClass.mojibake) === text.length ? [] : detectMojibake(text);
      throwIfCancelled(token);
      const { zones, numericRuns } = findZonesAndNumericRuns(text);
      throwIfCancelled(token);

      const baseMask = new ZoneMask([...zones, ...numericRuns, ...mojibake]);
      const dates = recogniseDates(text, baseMask, documentDate?.date ?? null, token, dateScan);
      const products = matcher.match(text, baseMask, token, language);
      throwIfCancelled(token);
      // Dates and product names are never figures (2022年, 5G in a name), so figures see them masked.
      const recognised = recogniseFigures(text, baseMask.with(dates).with(products), token, prefilter);
      // The bare numbers of tables with a declared unit (单位：百万元 | 212,226 |) are figures too.
      const tables = findTables(text);
      // A table's numbers make numeric runs, which mask prose: its cells see only the zones and names.
      const cellMask = new ZoneMask([...zones, ...mojibake]).with(dates).with(products);
      const tabled = tables.length === 0 ? recognised : [...recognised, ...tableCellFigures(tables, recognised, cellMask)];
      // …and so are the grouped amounts of the prose right under a unit line (营业收入：2025年7-9月为6,387,313).
      const declared = declaredUnitFigures(text, tabled, cellMask);
      const figures = declared.length === 0 ? tabled : [...tabled, ...declared].sort((a, b) => a.start - b.start);
      let mentions: Mention[] = [...figures, ...dates, ...products].sort((a, b) => a.start - b.start || a.end - b.end);
      throwIfCancelled(token);

      // A Hong Kong or Taiwanese organisation's bare 元 is its home currency, once its claims say whose the figures are.
      const home = inHomeCurrencies(text, mentions, extractClaims(text, mentions, documentDate, config, token), currencies);
      // A note naming the currency of the amounts after it (（美元，下同）) moves them, whoever they belong to.
      const { mentions: inCurrency, claims } = inNotedCurrency(text, home.mentions, home.claims);
      mentions = inCurrency;
      for (const stretch of mojibake) {
        const hidden = findHiddenMentions(text, stretch, matcher, mentions, documentDate?.date ?? null, token, prefilter);
        if (hidden.length > 0) stretch.hiddenMentions = hidden;
      }
      return { path, documentDate, language, mentions, numericRuns, zones, claims, mojibake, unknownNames: findUnknownNames(text, { mentions, zones, mojibake }), lineStarts: lineStartsOf(text) };
    },
  });
}

/**
 * The facts that the corpus index and the diagnostics of a closed document need: the claims, the
 * figures they bind (at their own indices; the other mentions are left out as holes), the mojibake
 * stretches, the unknown names and the line table. Numeric runs and zones go. A command that reports
 * every mention words them first; keeping only these makes a large corpus fit in a small heap. With
 * `products`, the product mentions stay too: the server's references and product look-ups read them
 * from every document of the corpus.
 */
export function compactFacts(facts: DocumentFacts, options: { products?: boolean } = {}): DocumentFacts {
  const mentions: Mention[] = new Array<Mention>(facts.mentions.length);
  if (options.products) {
    // Compact facts compact again as they are: their holes stay holes.
    facts.mentions.forEach((mention, i) => {
      if (mention.kind === 'product') mentions[i] = mention;
    });
  }
  for (const claim of facts.claims) {
    const figure = facts.mentions[claim.mention];
    // Parts serve semantic tokens only, which a compact corpus never computes.
    if (figure) mentions[claim.mention] = figure.kind === 'figure' ? { ...figure, parts: [] } : figure;
  }
  return { ...facts, mentions, numericRuns: [], zones: [] };
}

/** How much intact text on either side of a garbled stretch may complete a name hidden in it. */
const hiddenContext = 12;

/**
 * Products and figures that only the repaired reading of a stretch shows: the matcher and the figure
 * recogniser run on the repair with a little intact text on either side (a name may begin inside the
 * stretch and end after it: “微眾銀 + 行財富+). A mention counts when it overlaps the repaired part and
 * no visible mention of its kind covers the same text; its span is the stretch, widened by the intact
 * text it takes in, and its text is the repaired reading.
 */
function findHiddenMentions(
  text: string,
  stretch: MojibakeStretch,
  matcher: EntityMatcher,
  visible: readonly Mention[],
  documentDate: string | null,
  token: CancellationToken,
  prefilter: boolean,
): (ProductMention | FigureMention)[] {
  let beforeStart = stretch.start;
  while (beforeStart > 0 && stretch.start - beforeStart < hiddenContext && !isLineBreak(text.charCodeAt(beforeStart - 1))) beforeStart--;
  let afterEnd = stretch.end;
  while (afterEnd < text.length && afterEnd - stretch.end < hiddenContext && !isLineBreak(text.charCodeAt(afterEnd))) afterEnd++;
  // Never cut a surrogate pair at the edges of the context.
  if (beforeStart > 0 && isLowSurrogate(text.charCodeAt(beforeStart))) beforeStart++;
  if (afterEnd < text.length && isLowSurrogate(text.charCodeAt(afterEnd))) afterEnd--;
  const before = text.slice(beforeStart, stretch.start);
  const repairedEnd = before.length + stretch.repaired.length;
  const probe = before + stretch.repaired + text.slice(stretch.end, afterEnd);
  const toDocument = (offset: number, isEnd: boolean): number => {
    if (offset < before.length || (isEnd && offset === before.length)) return beforeStart + offset;
    if (offset < repairedEnd || (isEnd && offset === repairedEnd)) return isEnd ? stretch.end : stretch.start;
    return stretch.end + (offset - repairedEnd);
  };
  const products = matcher.match(probe, ZoneMask.EMPTY, token);
  // Dates only mask figures here: a probe with no figure anchor has no figure, and its dates are not read.
  const mayHoldFigures = !prefilter || nextAnchor(probe, 0, AnchorClass.figure) < probe.length;
  const dates = mayHoldFigures ? recogniseDates(probe, ZoneMask.EMPTY, documentDate, token) : [];
  const figures = mayHoldFigures ? recogniseFigures(probe, ZoneMask.EMPTY.with(dates).with(products), token, prefilter) : [];
  const found: (ProductMention | FigureMention)[] = [];
  for (const mention of [...products, ...figures]) {
    if (mention.end <= before.length || mention.start >= repairedEnd) continue;
    const start = toDocument(mention.start, false);
    const end = toDocument(mention.end, true);
    if (visible.some((other) => other.kind === mention.kind && other.start < end && start < other.end)) continue;
    found.push(mention.kind === 'figure' ? { ...mention, start, end, parts: [] } : { ...mention, start, end });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
