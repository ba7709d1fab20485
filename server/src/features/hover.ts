/**
 * Hover: a figure's canonical value, interval, unit and claim key with the same metric elsewhere in
 * the corpus; a date's resolved period; a product's card.
 */
import { claimConfidence } from '../core/claims/confidence';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { throwIfCancelled, type CancellationToken } from '../core/cancellation';
import { claimKey, type Observation } from '../core/corpusIndex';
import { hiddenMentionNames } from '../core/findings/words';
import {
  describeAsOfSource,
  describeQualifier,
  describeUnit,
  formatFigure,
  formatInterval,
  formatPeriod,
} from '../core/format';
import type { DateMention, FigureMention, ProductMention } from '../core/types';
import { uriWithLine } from '../convert';
import { englishMessages, type Messages } from '../l10n';
import type { Workspace } from '../workspace';
import { claimOfMention, displayPath, documentContext, mentionIndexAt, type DocumentContext } from './lookup';

/** Escapes the characters that Markdown tables and emphasis would take as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`);
}

function table(rows: [string, string][]): string {
  return ['| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
}

export async function hover(
  workspace: Workspace,
  uri: string,
  position: Position,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Promise<Hover | null> {
  const context = await documentContext(workspace, uri, token);
  if (!context) return null;
  const offset = context.lines.offsetAt(position);
  const index = mentionIndexAt(context.facts, offset);
  if (index < 0) return mojibakeHover(context, offset, messages);
  const mention = context.facts.mentions[index]!;
  const range = context.lines.rangeOf(mention);
  let value: string;
  switch (mention.kind) {
    case 'figure':
      value = figureHover(context, mention, index, token, messages);
      break;
    case 'date':
      value = dateHover(mention, messages);
      break;
    case 'product':
      value = productHover(context, mention, messages);
      break;
  }
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** A garbled stretch: what it probably reads and the products or figures only the repair shows. */
function mojibakeHover(context: DocumentContext, offset: number, messages: Messages): Hover | null {
  const stretch = context.facts.mojibake.find((s) => s.start <= offset && offset < s.end);
  if (!stretch) return null;
  const words = messages.findings;
  const lines = [escapeMarkdown(words.mojibake(stretch.repaired, stretch.lost))];
  const hidden = hiddenMentionNames(stretch, words, messages.format);
  if (hidden.length > 0) lines.push('', escapeMarkdown(words.hiddenInMojibake(hidden).trim()));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: context.lines.rangeOf(stretch) };
}

/** How many other observations a figure's hover lists; a figure repeated across a corpus says "… and N more". */
export const maxElsewhereRows = 20;

/** The rows of the "elsewhere" table: conflicting observations first, then the rest, shown in series order. */
function shownElsewhere(others: readonly Observation[], conflicting: ReadonlySet<Observation>): Observation[] {
  if (others.length <= maxElsewhereRows) return [...others];
  const chosen = new Set<Observation>();
  for (const observation of others) if (chosen.size < maxElsewhereRows && conflicting.has(observation)) chosen.add(observation);
  for (const observation of others) if (chosen.size < maxElsewhereRows) chosen.add(observation);
  return others.filter((observation) => chosen.has(observation));
}

function figureHover(
  context: DocumentContext,
  figure: FigureMention,
  index: number,
  token: CancellationToken,
  messages: Messages,
): string {
  const { corpus, entry, facts } = context;
  const words = messages.format;
  const text = messages.hover;
  const period = (asOf: { start: string; end: string }) => formatPeriod(asOf, undefined, words);
  const lines = [`**${escapeMarkdown(figure.text)}** → ${escapeMarkdown(formatFigure(figure, words))}`, ''];
  const rows: [string, string][] = [
    [text.interval, escapeMarkdown(formatInterval(figure, words))],
    [text.qualifier, describeQualifier(figure.qualifier, words)],
    [text.unit, escapeMarkdown(describeUnit(figure.unit, figure.counter, words))],
  ];
  if (figure.direction) rows.push([text.direction, text.directions[figure.direction]]);
  const claim = claimOfMention(facts, index);
  if (claim) {
    rows.push([text.claim, `${escapeMarkdown(claim.subject)} · ${escapeMarkdown(claim.metric)} · ${period(claim.asOf)}`]);
    rows.push([text.asOf, text.asOfValue(period(claim.asOf), describeAsOfSource(claim.asOf.source, words))]);
    if (claim.cumulative) rows.push([text.cumulative, text.cumulativeYes]);
    const provenance = claim.provenance;
    rows.push([text.confidence, text.confidenceValue(claimConfidence(provenance), provenance.subject, provenance.metric, provenance.period)]);
  } else {
    rows.push([text.claim, text.noClaim]);
  }
  lines.push(table(rows));

  const key = claim ? claimKey(claim) : undefined;
  const observations = key ? corpus.index.sortedObservations(key) : [];
  const others = observations.filter((observation) => observation.path !== entry.path || observation.mention !== index);
  if (claim && key && others.length > 0) {
    throwIfCancelled(token);
    const conflicting = corpus.index.conflictingObservations(key);
    const own = observations.find((observation) => observation.path === entry.path && observation.mention === index);
    if (own && conflicting.has(own)) lines.push('', text.conflictWarning);
    lines.push('', text.elsewhere(`**${escapeMarkdown(claim.subject)} · ${escapeMarkdown(claim.metric)}**`), '');
    lines.push(`| ${text.document} | ${text.asOf} | ${text.value} | ${text.asWritten} | |`, '|---|---|---|---|---|');
    for (const observation of shownElsewhere(others, conflicting)) {
      const other = corpus.entryByPath(observation.path);
      const line = other ? other.lines.positionAt(observation.figure.start).line : 0;
      const link = `[${escapeMarkdown(displayPath(corpus, observation.path))}:${line + 1}](${uriWithLine(corpus.uriOf(observation.path), line)})`;
      const mark = conflicting.has(observation) ? text.conflictMark : '';
      lines.push(
        `| ${link} | ${period(observation.claim.asOf)} | ${escapeMarkdown(formatFigure(observation.figure, words))} | ${escapeMarkdown(observation.figure.text)} | ${mark} |`,
      );
    }
    if (others.length > maxElsewhereRows) lines.push('', text.moreElsewhere(others.length - maxElsewhereRows));
  }
  return lines.join('\n');
}

function dateHover(date: DateMention, messages: Messages): string {
  const text = messages.hover;
  const period = formatPeriod(date.period, date.granularity, messages.format);
  const rows: [string, string][] = [
    [text.period, period],
    [text.granularity, text.granularities[date.granularity]],
  ];
  if (date.relative) rows.push([text.resolved, text.relativeToDocumentDate]);
  if (date.asOf) rows.push([text.cutOff, text.governsFollowing]);
  return [`**${escapeMarkdown(date.text)}** → ${period}`, '', table(rows)].join('\n');
}

function productHover(context: DocumentContext, product: ProductMention, messages: Messages): string {
  const { corpus } = context;
  const text = messages.hover;
  const lexiconEntry = corpus.analyzer.lexicon.find((entry) => entry.canonical === product.canonical);
  const rows: [string, string][] = [[text.kind, text.entityKinds[product.entityKind]]];
  if (product.owner) rows.push([text.owner, escapeMarkdown(product.owner)]);
  if (lexiconEntry && lexiconEntry.aliases.length > 0) rows.push([text.aliases, text.list(lexiconEntry.aliases.map(escapeMarkdown))]);

  // The first mention in the corpus: earliest document date, then path.
  const mentioning = corpus.index
    .productMentions(product.canonical)
    .sort((a, b) => (a.facts.documentDate?.date ?? '9999').localeCompare(b.facts.documentDate?.date ?? '9999') || a.path.localeCompare(b.path));
  const first = mentioning[0];
  if (first) {
    const line = corpus.entryByPath(first.path)?.lines.positionAt(first.mentions[0]!.start).line ?? 0;
    const date = first.facts.documentDate ? ` (${first.facts.documentDate.date})` : '';
    rows.push([text.firstMention, `[${escapeMarkdown(displayPath(corpus, first.path))}:${line + 1}](${uriWithLine(corpus.uriOf(first.path), line)})${date}`]);
  }
  rows.push([text.documents, String(mentioning.length)]);
  const metrics = corpus.index.seriesOfSubject(product.canonical);
  const shown = metrics.slice(0, 8).map((s) => escapeMarkdown(s.metric));
  if (metrics.length > shown.length) shown.push('…');
  rows.push([text.metrics, metrics.length === 0 ? '0' : `${metrics.length}: ${text.list(shown)}`]);
  const written = product.text !== product.canonical ? text.written(escapeMarkdown(product.text)) : '';
  return [`**${escapeMarkdown(product.canonical)}**${written}`, '', table(rows)].join('\n');
}
