/**
 * Pull diagnostics: the index's findings of a document (conflicting figures, cumulative decreases,
 * mojibake, quoted unknown product names) and configuration problems on fincorpus.json, rendered as
 * LSP diagnostics. Severities come from the settings of the document's folder; messages are worded
 * in the editor's language.
 */
import {
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import { isDiagnosticCode, settledSeverity, type DiagnosticCode } from '../core/findings/codes';
import { configFindings } from '../core/findings/documentFindings';
import type { Finding } from '../core/findings/finding';
import type { DocumentFacts, Span } from '../core/types';
import { findingText } from '../core/findings/words';
import { LineIndex, toLspSeverity, type DocumentLines } from '../convert';
import { englishMessages, type Messages } from '../l10n';
import type { Corpus, DocumentEntry, Workspace } from '../workspace';
import { locateProblems } from './configFile';

export const diagnosticSource = 'fincorpus';

/** The kind-specific part of a finding that its code action needs. */
export type FindingPayload = { kind: 'mojibake'; repaired: string } | { kind: 'unknown-product'; name: string };

/**
 * What code actions need to know about a diagnostic, carried in its `data`: which document (its URI),
 * which finding (code, span in UTF-16 offsets and the text it covered when it was reported) and the
 * finding's own payload. Code actions resolve the finding from this, never from the echoed range,
 * which clients may round or shift; a span whose text has changed since is stale and offers nothing.
 */
export interface DiagnosticData {
  uri: string;
  code: DiagnosticCode;
  start: number;
  end: number;
  text: string;
  payload?: FindingPayload;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const data = value as Partial<DiagnosticData> | null | undefined;
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof data.uri === 'string' &&
    isDiagnosticCode(data.code) &&
    typeof data.start === 'number' &&
    typeof data.end === 'number' &&
    typeof data.text === 'string'
  );
}

function payloadOf(finding: Finding): FindingPayload | undefined {
  const { detail } = finding;
  if (detail.kind === 'mojibake') return { kind: 'mojibake', repaired: detail.repaired };
  if (detail.kind === 'unknown-product') return { kind: 'unknown-product', name: detail.name };
  return undefined;
}

/** A finding as an LSP diagnostic, worded in the editor's language; `related` finds the documents of its related locations. */
function render(
  finding: Finding,
  lines: DocumentLines,
  related: (path: string) => { uri: string; lines: DocumentLines },
  messages: Messages,
  data?: DiagnosticData,
): Diagnostic {
  // The core words its findings in English; other languages rebuild the text from the finding's detail.
  const worded = messages.language !== 'en' ? findingText(finding.detail, messages.findings, messages.format) : undefined;
  const diagnostic: Diagnostic = {
    range: lines.rangeOf(finding.span),
    severity: toLspSeverity(finding.severity),
    code: finding.code,
    source: diagnosticSource,
    message: worded?.message ?? finding.message,
  };
  if (data) diagnostic.data = data;
  const relatedInformation: DiagnosticRelatedInformation[] = finding.related.map((location, i) => {
    const target = related(location.path);
    return { location: { uri: target.uri, range: target.lines.rangeOf(location.span) }, message: worded?.related[i] ?? location.message };
  });
  if (relatedInformation.length > 0) diagnostic.relatedInformation = relatedInformation;
  return diagnostic;
}

export function toLspDiagnostics(
  corpus: Corpus,
  entry: DocumentEntry,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const related = (path: string) => ({ uri: corpus.uriOf(path), lines: corpus.entryByPath(path)?.lines ?? new LineIndex('') });
  const facts = corpus.index.get(entry.path);
  const surface = (span: Span): string => (entry.text !== null ? entry.text.slice(span.start, span.end) : facts ? surfaceOf(facts, span) : '');
  for (const finding of corpus.index.findings(entry.path, token)) {
    const severity = settledSeverity(finding.code, finding.severity, corpus.settings.severity);
    if (severity === 'off') continue;
    // The core's conflict payload stays out: code actions recompute what they need from the index.
    const payload = payloadOf(finding);
    const data: DiagnosticData = {
      uri: entry.uri,
      code: finding.code,
      start: finding.span.start,
      end: finding.span.end,
      text: surface(finding.span),
      ...(payload ? { payload } : {}),
    };
    diagnostics.push(render({ ...finding, severity }, entry.lines, related, messages, data));
  }
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/**
 * The text a finding of a closed document covers, which the server does not keep: a finding covers a
 * claimed figure, a garbled stretch or an unknown name, and each carries its own surface.
 */
function surfaceOf(facts: DocumentFacts, span: Span): string {
  const same = (other: Span) => other.start === span.start && other.end === span.end;
  for (const claim of facts.claims) {
    const figure = facts.mentions[claim.mention];
    if (figure && same(figure)) return figure.text;
  }
  for (const stretch of facts.mojibake) if (same(stretch)) return stretch.text;
  for (const name of facts.unknownNames ?? []) if (same(name)) return name.name;
  return '';
}

/** Problems of a corpus's fincorpus.json, on the fields at fault. */
export function configDiagnostics(corpus: Corpus, messages: Messages = englishMessages): Diagnostic[] {
  const state = corpus.configState;
  if (state.text === null || state.problems.length === 0) return [];
  const lines = new LineIndex(state.text);
  const located = locateProblems(state.text, state.problems).map(({ span, message }, i) => ({ span, message, field: state.problems[i]!.path }));
  const uri = state.uri ?? '';
  return configFindings(uri, located).map((finding) => render(finding, lines, () => ({ uri, lines }), messages));
}

/** Diagnostics of one document or config file; null when the server does not know the URI. */
export async function diagnosticsFor(
  workspace: Workspace,
  uri: string,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Promise<Diagnostic[] | null> {
  await workspace.settle(token);
  const configOwner = workspace.corpusOfConfig(uri);
  if (configOwner) return configDiagnostics(configOwner, messages);
  const found = workspace.entry(uri);
  if (!found) return null;
  return toLspDiagnostics(found.corpus, found.entry, token, messages);
}

/**
 * The report id of an indexed document's diagnostics, known without rendering them: the index's
 * findings revision of the document (which moves only when its findings may have changed), within an
 * `epoch` that the server moves on whenever every document's may have (a scan, the configuration, the
 * settings). Undefined for config files, whose few problems are hashed, and for URIs the server does
 * not know. Call it after the workspace has settled.
 */
export function findingsReportId(workspace: Workspace, uri: string, epoch: number): string | undefined {
  if (workspace.corpusOfConfig(uri)) return undefined;
  const found = workspace.entry(uri);
  return found ? `d${epoch}.${found.corpus.index.findingsRevision(found.entry.path)}` : undefined;
}

/** A stable id for a set of diagnostics, so that unchanged reports can say so. */
export function resultIdOf(diagnostics: readonly Diagnostic[]): string {
  const text = JSON.stringify(diagnostics);
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${hash.toString(36)}-${text.length.toString(36)}`;
}

/** A workspace pull's answer and the report id of every document it covers, for the next pull's `known`. */
export interface WorkspacePull {
  items: WorkspaceDocumentDiagnosticReport[];
  resultIds: Map<string, string>;
}

/**
 * Every indexed document and every existing config file with its diagnostics, for workspace/diagnostic,
 * except the documents in `skip` (the open ones, which the editor pulls itself). Call it after the
 * workspace has settled. A document whose report the client holds (`previous`) answers unchanged
 * without being rendered when `known` vouches that its report still has that id (config files are
 * always checked again); every other one is rendered, and answers unchanged when its id is the client's.
 * Only ids are kept between pulls, never the diagnostics of a whole corpus.
 */
export function workspaceDiagnostics(
  workspace: Workspace,
  token: CancellationToken,
  messages: Messages,
  previous: ReadonlyMap<string, string>,
  skip: ReadonlySet<string>,
  known: (uri: string) => string | undefined,
): WorkspacePull {
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  const resultIds = new Map<string, string>();
  const answer = (uri: string, render: () => Diagnostic[], vouched: string | undefined): void => {
    if (skip.has(uri)) return;
    const held = previous.get(uri);
    if (held !== undefined && vouched === held) {
      resultIds.set(uri, held);
      items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, resultId: held, version: null });
      return;
    }
    const diagnostics = render();
    const resultId = resultIdOf(diagnostics);
    resultIds.set(uri, resultId);
    if (held === resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, resultId, version: null });
    else items.push({ kind: DocumentDiagnosticReportKind.Full, uri, resultId, version: null, items: diagnostics });
  };
  for (const corpus of workspace.allCorpora()) {
    if (corpus.configState.uri && corpus.configState.exists) answer(corpus.configState.uri, () => configDiagnostics(corpus, messages), undefined);
    for (const entry of corpus.entries.values()) answer(entry.uri, () => toLspDiagnostics(corpus, entry, token, messages), known(entry.uri));
  }
  return { items, resultIds };
}
