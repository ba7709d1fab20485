/**
 * Document symbols (the entities of a document with their figures), workspace symbols (the metrics
 * of the corpus) and references (a product or a metric across the corpus).
 */
import {
  SymbolKind,
  type DocumentSymbol,
  type Location,
  type Position,
  type Range,
  type WorkspaceSymbol,
} from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import { throwIfCancelled } from '../core/cancellation';
import { formatFigure, formatPeriod } from '../core/format';
import type { EntityKind, FigureMention } from '../core/types';
import { toSymbolKind } from '../convert';
import { englishMessages, type Messages } from '../l10n';
import type { Workspace } from '../workspace';
import { allSeries, claimOfMention, documentContext, mentionIndexAt, seriesOf } from './lookup';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function union(a: Range, b: Range): Range {
  return { start: before(b.start, a.start) ? b.start : a.start, end: before(a.end, b.end) ? b.end : a.end };
}

export async function documentSymbols(
  workspace: Workspace,
  uri: string,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Promise<DocumentSymbol[]> {
  const context = await documentContext(workspace, uri, token);
  if (!context) return [];
  const { lines, facts } = context;
  const entities = new Map<string, DocumentSymbol>();
  for (const mention of facts.mentions) {
    if (mention.kind !== 'product' || entities.has(mention.canonical)) continue;
    const range = lines.rangeOf(mention);
    entities.set(mention.canonical, {
      name: mention.canonical,
      detail: entityDetail(messages, mention.entityKind, mention.owner),
      kind: toSymbolKind(mention.entityKind),
      range,
      selectionRange: range,
      children: [],
    });
  }
  for (const claim of facts.claims) {
    const figure = facts.mentions[claim.mention] as FigureMention | undefined;
    if (!figure) continue;
    const range = lines.rangeOf(figure);
    let parent = entities.get(claim.subject);
    if (!parent) {
      parent = { name: claim.subject, kind: SymbolKind.Object, range, selectionRange: range, children: [] };
      entities.set(claim.subject, parent);
    }
    parent.children!.push({
      name: `${claim.metric}: ${figure.text}`,
      detail: messages.symbols.asOf(formatFigure(figure, messages.format), formatPeriod(claim.asOf, undefined, messages.format)),
      kind: SymbolKind.Number,
      range,
      selectionRange: range,
    });
    parent.range = union(parent.range, range);
  }
  const byPosition = (a: DocumentSymbol, b: DocumentSymbol): number =>
    a.selectionRange.start.line - b.selectionRange.start.line || a.selectionRange.start.character - b.selectionRange.start.character;
  for (const entity of entities.values()) entity.children!.sort(byPosition);
  return [...entities.values()].sort(byPosition);
}

/** "product of 微众银行", or the kind alone: the detail of a product's symbol or completion. */
export function entityDetail(messages: Messages, kind: EntityKind, owner: string | null | undefined): string {
  const worded = messages.hover.entityKinds[kind];
  return owner ? messages.symbols.kindOf(worded, owner) : worded;
}

export async function workspaceSymbols(workspace: Workspace, query: string, token: CancellationToken): Promise<WorkspaceSymbol[]> {
  await workspace.settle(token);
  const needle = query.trim().toLowerCase();
  const symbols: WorkspaceSymbol[] = [];
  for (const { corpus, series } of allSeries(workspace)) {
    throwIfCancelled(token);
    const name = `${series.subject} · ${series.metric}`;
    if (needle && !name.toLowerCase().includes(needle)) continue;
    const first = series.observations[0];
    if (!first) continue;
    const lines = corpus.entryByPath(first.path)?.lines;
    if (!lines) continue;
    symbols.push({
      name,
      kind: SymbolKind.Field,
      containerName: `${series.unit}, ${series.observations.length} observation(s)${series.conflicts > 0 ? `, ${series.conflicts} conflict(s)` : ''}`,
      location: { uri: corpus.uriOf(first.path), range: lines.rangeOf(first.figure) },
    });
  }
  return symbols;
}

export async function references(
  workspace: Workspace,
  uri: string,
  position: Position,
  token: CancellationToken,
): Promise<Location[] | null> {
  const context = await documentContext(workspace, uri, token);
  if (!context) return null;
  const { corpus, lines, facts } = context;
  const index = mentionIndexAt(facts, lines.offsetAt(position));
  const mention = facts.mentions[index];
  if (!mention) return null;
  const locations: Location[] = [];
  if (mention.kind === 'product') {
    for (const { path, mentions } of corpus.index.productMentions(mention.canonical)) {
      throwIfCancelled(token);
      const lines = corpus.entryByPath(path)?.lines;
      if (!lines) continue;
      for (const m of mentions) locations.push({ uri: corpus.uriOf(path), range: lines.rangeOf(m) });
    }
    return locations;
  }
  if (mention.kind === 'figure') {
    const claim = claimOfMention(facts, index);
    const series = claim ? seriesOf(corpus, claim) : undefined;
    if (!series) return null;
    for (const observation of series.observations) {
      const lines = corpus.entryByPath(observation.path)?.lines;
      if (lines) locations.push({ uri: corpus.uriOf(observation.path), range: lines.rangeOf(observation.figure) });
    }
    return locations;
  }
  return null;
}
