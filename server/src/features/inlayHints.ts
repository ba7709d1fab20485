/** Inlay hints: the canonical value after each figure, when fincorpus.inlayHints.enabled is on. */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import { formatFigure } from '../core/format';
import { englishMessages, type Messages } from '../l10n';
import type { Workspace } from '../workspace';
import { documentContext } from './lookup';

export async function inlayHints(
  workspace: Workspace,
  uri: string,
  range: Range,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Promise<InlayHint[]> {
  const context = await documentContext(workspace, uri, token);
  if (!context || !context.corpus.settings.inlayHints.enabled) return [];
  const { lines } = context;
  const { start, end } = lines.spanOf(range);
  const hints: InlayHint[] = [];
  for (const mention of context.facts.mentions) {
    if (mention.kind !== 'figure' || mention.end < start || mention.start > end) continue;
    const canonical = formatFigure(mention, messages.format);
    if (canonical === mention.text) continue;
    hints.push({ position: lines.positionAt(mention.end), label: `= ${canonical}`, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return hints;
}
