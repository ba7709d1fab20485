/**
 * Quick fixes: use the value from another document, ignore a conflict in fincorpus.json, add a
 * quoted unknown name to the lexicon, repair mojibake.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import { sameAsOf } from '../core/conflicts';
import { formatFigure } from '../core/format';
import { LineIndex } from '../convert';
import { englishMessages, type Messages } from '../l10n';
import type { Corpus, Workspace } from '../workspace';
import { appendToArrayProperty, newConfigWithArray } from './configFile';
import type { DiagnosticData } from './diagnostics';
import {
  claimOfMention,
  displayPath,
  documentContext,
  isFigure,
  otherObservations,
  seriesOf,
  type DocumentContext,
} from './lookup';

export interface CodeActionOptions {
  /**
   * False in an untrusted workspace: the server then offers no action that writes fincorpus.json
   * (ignore a conflict, add a name to the lexicon). Edits of the document itself stay.
   */
  writeConfig?: boolean;
}

export async function codeActions(
  workspace: Workspace,
  params: CodeActionParams,
  token: CancellationToken,
  messages: Messages = englishMessages,
  options: CodeActionOptions = {},
): Promise<CodeAction[]> {
  const writeConfig = options.writeConfig !== false;
  const context = await documentContext(workspace, params.textDocument.uri, token);
  if (!context) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'fincorpus') continue;
    switch (diagnostic.code) {
      case 'conflicting-figure':
        actions.push(...conflictActions(context, diagnostic, messages, writeConfig));
        break;
      case 'mojibake': {
        const data = diagnostic.data as DiagnosticData | undefined;
        if (data?.kind === 'mojibake') {
          actions.push({
            title: messages.codeActions.repair(data.repaired),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [params.textDocument.uri]: [{ range: diagnostic.range, newText: data.repaired }] } },
          });
        }
        break;
      }
      case 'unknown-product': {
        const data = diagnostic.data as DiagnosticData | undefined;
        if (data?.kind === 'unknown-product') {
          const kind = /平台$/.test(data.name) ? 'platform' : 'product';
          const entry = inlineJson({ canonical: data.name, kind });
          const edit = writeConfig ? configEdit(context.corpus, 'lexicon', entry) : null;
          if (edit) {
            actions.push({
              title: messages.codeActions.addToLexicon(data.name),
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              edit,
            });
          }
        }
        break;
      }
    }
  }
  return actions;
}

function conflictActions(context: DocumentContext, diagnostic: Diagnostic, messages: Messages, writeConfig: boolean): CodeAction[] {
  const { corpus, entry, facts } = context;
  const span = entry.lines.spanOf(diagnostic.range);
  const index = facts.mentions.findIndex((m) => m.start === span.start && m.end === span.end);
  const figure = facts.mentions[index];
  const claim = index >= 0 ? claimOfMention(facts, index) : undefined;
  if (!isFigure(figure) || !claim) return [];
  const series = seriesOf(corpus, claim);
  const actions: CodeAction[] = [];
  const ownValue = formatFigure(figure, messages.format);
  const offered = new Set<string>([ownValue]);
  for (const other of series ? otherObservations(series, entry.path, index) : []) {
    if (!sameAsOf(other.claim.asOf, claim.asOf)) continue;
    const value = formatFigure(other.figure, messages.format);
    if (offered.has(value)) continue;
    offered.add(value);
    const line = corpus.entryByPath(other.path)?.lines.positionAt(other.figure.start).line ?? 0;
    actions.push({
      title: messages.codeActions.useValue(other.figure.text, value, `${displayPath(corpus, other.path)}:${line + 1}`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [entry.uri]: [{ range: diagnostic.range, newText: other.figure.text }] } },
    });
  }
  const ignore = inlineJson({
    subject: claim.subject,
    metric: claim.metric,
    period: claim.asOf.end,
    reason: messages.codeActions.ignoreReason(figure.text),
  });
  const edit = writeConfig ? configEdit(corpus, 'ignore', ignore) : null;
  if (edit) {
    actions.push({
      title: messages.codeActions.ignoreConflicts(claim.subject, claim.metric, claim.asOf.end),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit,
    });
  }
  return actions;
}

/** An edit appending itemJson to an array of the corpus's fincorpus.json, creating the file if missing. */
function configEdit(corpus: Corpus, arrayName: string, itemJson: string): WorkspaceEdit | null {
  const state = corpus.configState;
  if (!state.uri) return null;
  if (state.current === null) {
    return {
      documentChanges: [
        { kind: 'create', uri: state.uri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri: state.uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfigWithArray(arrayName, itemJson) }],
        },
      ],
    };
  }
  const edits = appendToArrayProperty(state.current, arrayName, itemJson);
  if (!edits) return null;
  const lines = new LineIndex(state.current);
  return { changes: { [state.uri]: edits.map((e) => ({ range: lines.rangeOf({ start: e.offset, end: e.offset + e.length }), newText: e.content })) } };
}

/** One-line JSON with spaces, as people write config entries: { "canonical": "星星贷", "kind": "product" }. */
function inlineJson(entry: Record<string, string>): string {
  return `{ ${Object.entries(entry)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;
}
