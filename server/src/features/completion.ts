/** Completion of product names (canonical names and aliases) and metric names of the corpus. */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import { englishMessages, type Messages } from '../l10n';
import type { Workspace } from '../workspace';
import { allSeries } from './lookup';
import { entityDetail } from './symbols';

export const completionTriggerCharacters = ['“', '「', '"'];

export async function completion(
  workspace: Workspace,
  uri: string,
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
  return [...items.values()];
}
