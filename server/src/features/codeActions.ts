/**
 * Quick fixes: use the value from another document, ignore a conflict in fincorpus.json, add a
 * quoted unknown name to the lexicon, repair mojibake. Each is resolved from the diagnostic's `data`
 * (which document, which finding), not from the range the client echoes.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import { sameAsOf } from '../core/valueIntervals';
import { formatFigure } from '../core/format';
import { toTextEdits } from '../convert';
import { englishMessages, type Messages } from '../l10n';
import { normaliseUri, type Corpus, type Workspace } from '../workspace';
import { appendToArrayProperty, newConfigWithArray } from './configFile';
import { isDiagnosticData, type DiagnosticData } from './diagnostics';
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
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'fincorpus' || !isDiagnosticData(diagnostic.data)) continue;
    const data = diagnostic.data;
    const context = await documentContext(workspace, data.uri, token);
    // The document changed under the finding since it was reported: a fresh diagnostic will follow.
    if (!context || context.text.slice(data.start, data.end) !== data.text) continue;
    const range = context.lines.rangeOf(data);
    // Edits name the document as the editor spelled it when the finding is in the requesting document.
    const uri = normaliseUri(params.textDocument.uri) === context.entry.uri ? params.textDocument.uri : context.entry.uri;
    switch (data.code) {
      case 'conflicting-figure':
        actions.push(...conflictActions(context, uri, data, diagnostic, messages, writeConfig));
        break;
      case 'mojibake': {
        if (data.payload?.kind === 'mojibake') {
          actions.push({
            title: messages.codeActions.repair(data.payload.repaired),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [uri]: [{ range, newText: data.payload.repaired }] } },
          });
        }
        break;
      }
      case 'unknown-product': {
        if (data.payload?.kind === 'unknown-product') {
          const name = data.payload.name;
          const kind = /平台$/.test(name) ? 'platform' : 'product';
          const entry = inlineJson({ canonical: name, kind });
          const edit = writeConfig ? configEdit(context.corpus, 'lexicon', entry) : null;
          if (edit) {
            actions.push({
              title: messages.codeActions.addToLexicon(name),
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

function conflictActions(
  context: DocumentContext,
  uri: string,
  data: DiagnosticData,
  diagnostic: Diagnostic,
  messages: Messages,
  writeConfig: boolean,
): CodeAction[] {
  const { corpus, entry, facts } = context;
  const index = facts.mentions.findIndex((m) => m.start === data.start && m.end === data.end);
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
      edit: { changes: { [uri]: [{ range: entry.lines.rangeOf(figure), newText: other.figure.text }] } },
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
  return { changes: { [state.uri]: toTextEdits(state.current, edits) } };
}

/** One-line JSON with spaces, as people write config entries: { "canonical": "星星贷", "kind": "product" }. */
function inlineJson(entry: Record<string, string>): string {
  return `{ ${Object.entries(entry)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;
}
