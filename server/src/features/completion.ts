/**
 * Completion of product names (canonical names and aliases) and metric names of the corpus. Every
 * item replaces the name being typed: the longest stretch before the cursor that begins some name.
 * Chinese has no spaces, so the client's own idea of a word (the whole run of Han characters) would
 * match nothing after 据报道微粒; the server's range covers only 微粒.
 */
import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import { LineIndex } from '../convert';
import { englishMessages, type Messages } from '../l10n';
import type { Workspace } from '../workspace';
import { allSeries } from './lookup';
import { entityDetail } from './symbols';

export const completionTriggerCharacters = ['“', '「', '"'];

/** Characters that end a name being typed: white space other than a plain space, quotes, brackets, punctuation. */
const nameBoundary = /[\t\n\r\f\v“”「」『』《》〈〉（）()【】\[\]{}"'，。、；：！？,.;:!?…—]/;

/**
 * The start (a UTF-16 column) of the name being typed at `column` of `line`: the earliest column from
 * which the text up to the cursor begins one of the names, compared case-insensitively. The cursor
 * itself when none does.
 */
export function typedNameStart(line: string, column: number, names: Iterable<string>): number {
  const prefixes = new Set<string>();
  let longest = 0;
  for (const name of names) {
    const folded = name.toLowerCase();
    longest = Math.max(longest, folded.length);
    for (let i = 1; i <= folded.length; i++) prefixes.add(folded.slice(0, i));
  }
  let from = column;
  while (from > 0 && column - from < longest && !nameBoundary.test(line[from - 1]!)) from--;
  for (let start = from; start < column; start++) {
    if (prefixes.has(line.slice(start, column).toLowerCase())) return start;
  }
  return column;
}

export async function completion(
  workspace: Workspace,
  uri: string,
  position: Position,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Promise<CompletionItem[]> {
  await workspace.settle(token);
  const corpus = workspace.corpusFor(uri);
  const items = new Map<string, CompletionItem>();
  for (const entry of corpus.analyzer.lexicon) {
    const detail = entityDetail(messages, entry.kind, entry.owner);
    items.set(entry.canonical, { label: entry.canonical, kind: CompletionItemKind.Class, detail, sortText: `0${entry.canonical}` });
    for (const alias of entry.aliases) {
      if (items.has(alias)) continue;
      items.set(alias, {
        label: alias,
        kind: CompletionItemKind.Class,
        detail: messages.completion.aliasOf(entry.canonical),
        sortText: `1${alias}`,
      });
    }
  }
  const metricSubjects = new Map<string, Set<string>>();
  for (const { series } of allSeries(workspace)) {
    const subjects = metricSubjects.get(series.metric) ?? new Set<string>();
    subjects.add(series.subject);
    metricSubjects.set(series.metric, subjects);
  }
  for (const [metric, subjects] of metricSubjects) {
    if (items.has(metric)) continue;
    items.set(metric, {
      label: metric,
      kind: CompletionItemKind.Field,
      detail: messages.completion.metricOf([...subjects].sort()),
      sortText: `2${metric}`,
    });
  }
  const found = workspace.entry(uri);
  // A closed document keeps no text: its line is read again.
  const lines = found && (found.entry.lines instanceof LineIndex ? found.entry.lines : (await workspace.loadDocument(found.corpus, found.entry, token))?.lines);
  const line = lines?.lineText(position.line) ?? '';
  const column = Math.min(position.character, line.length);
  const range: Range = { start: { line: position.line, character: typedNameStart(line, column, items.keys()) }, end: { line: position.line, character: column } };
  for (const item of items.values()) {
    item.textEdit = { range, newText: item.label };
    item.filterText = item.label;
  }
  return [...items.values()];
}
