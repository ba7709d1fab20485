/**
 * Pull diagnostics: the index's cross-document findings (conflicting figures, cumulative decreases),
 * mojibake, quoted unknown product names, and configuration problems on fincorpus.json. Severities
 * come from the settings of the document's folder.
 */
import { shownSeverity } from '../core/claims/confidence';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import type { CorpusDiagnostic, Severity } from '../core/corpus';
import { findingText } from '../core/findings';
import { formatFigure } from '../core/format';
import type { MojibakeStretch } from '../core/types';
import { LineIndex, toLspSeverity } from '../convert';
import { englishMessages, type Messages } from '../l10n';
import type { Corpus, DocumentEntry, Workspace } from '../workspace';
import { locateProblems } from './configFile';
import { findUnknownNames } from './unknownNames';

export const diagnosticSource = 'fincorpus';

/** The kind-specific part of a finding, as the server derives it. */
export type FindingPayload = { kind: 'mojibake'; repaired: string } | { kind: 'unknown-product'; name: string };

/**
 * What code actions need to know about a diagnostic, carried in its `data`: which document (its URI),
 * which finding (code, span in UTF-16 offsets and the text it covered when it was reported) and the
 * finding's own payload. Code actions resolve the finding from this, never from the echoed range,
 * which clients may round or shift; a span whose text has changed since is stale and offers nothing.
 */
export interface DiagnosticData {
  uri: string;
  code: string;
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
    typeof data.code === 'string' &&
    typeof data.start === 'number' &&
    typeof data.end === 'number' &&
    typeof data.text === 'string'
  );
}

function severityFor(corpus: Corpus, code: string, fallback: Severity): Severity | 'off' {
  const configured = (corpus.settings.severity as Record<string, Severity | 'off' | undefined>)[code];
  return shownSeverity(code, fallback, configured);
}

/** The products and figures a garbled stretch hides, in words: "微粒贷 (product)", "3.6亿 (at least 360,000,000)". */
export function describeHiddenMentions(stretch: MojibakeStretch, messages: Messages): string[] {
  return (stretch.hiddenMentions ?? []).map((mention) =>
    mention.kind === 'product'
      ? `${mention.canonical} (${messages.hover.entityKinds[mention.entityKind]})`
      : `${mention.text} (${formatFigure(mention, messages.format)})`,
  );
}

function hiddenMentionsSuffix(stretch: MojibakeStretch, messages: Messages): string {
  const names = describeHiddenMentions(stretch, messages);
  return names.length === 0 ? '' : messages.diagnostics.hiddenInMojibake(messages.hover.list(names));
}

/** Findings of the core plus the ones the server derives from the facts, before severities apply. */
function findings(corpus: Corpus, entry: DocumentEntry, token: CancellationToken, messages: Messages): CorpusDiagnostic[] {
  const facts = corpus.index.get(entry.path);
  if (!facts) return [];
  const fromIndex = corpus.index.diagnostics(entry.path, token);
  const codes = new Set(fromIndex.map((diagnostic) => diagnostic.code));
  const derived: CorpusDiagnostic[] = [];
  if (!codes.has('mojibake')) {
    for (const stretch of facts.mojibake) {
      derived.push({
        path: entry.path,
        span: stretch,
        severity: 'warning',
        code: 'mojibake',
        message: messages.diagnostics.mojibake(stretch.repaired, stretch.lost) + hiddenMentionsSuffix(stretch, messages),
        related: [],
        data: { kind: 'mojibake', repaired: stretch.repaired } satisfies FindingPayload,
      });
    }
  }
  if (!codes.has('unknown-product')) {
    for (const name of findUnknownNames(entry.text, facts)) {
      derived.push({
        path: entry.path,
        span: name,
        severity: 'hint',
        code: 'unknown-product',
        message: messages.diagnostics.unknownProduct(name.name),
        related: [],
        data: { kind: 'unknown-product', name: name.name } satisfies FindingPayload,
      });
    }
  }
  return [...fromIndex, ...derived];
}

export function toLspDiagnostics(
  corpus: Corpus,
  entry: DocumentEntry,
  token: CancellationToken,
  messages: Messages = englishMessages,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings(corpus, entry, token, messages)) {
    const severity = severityFor(corpus, finding.code, finding.severity);
    if (severity === 'off') continue;
    // The core words its findings in English; other languages rebuild the text from the finding's detail.
    const worded = finding.detail && messages.language !== 'en' ? findingText(finding.detail, messages.findings) : undefined;
    const relatedInformation: DiagnosticRelatedInformation[] = finding.related.map((related, i) => ({
      location: {
        uri: corpus.uriOf(related.path),
        range: (corpus.entryByPath(related.path)?.lines ?? new LineIndex('')).rangeOf(related.span),
      },
      message: worded?.related[i] ?? related.message,
    }));
    // The core's conflict payload stays out: code actions recompute what they need from the index.
    const kind = (finding.data as { kind?: unknown } | undefined)?.kind;
    const payload = kind === 'mojibake' || kind === 'unknown-product' ? (finding.data as FindingPayload) : undefined;
    const data: DiagnosticData = {
      uri: entry.uri,
      code: finding.code,
      start: finding.span.start,
      end: finding.span.end,
      text: entry.text.slice(finding.span.start, finding.span.end),
      ...(payload ? { payload } : {}),
    };
    const diagnostic: Diagnostic = {
      range: entry.lines.rangeOf(finding.span),
      severity: toLspSeverity(severity),
      code: finding.code,
      source: diagnosticSource,
      message: worded?.message ?? finding.message,
      data,
    };
    if (relatedInformation.length > 0) diagnostic.relatedInformation = relatedInformation;
    diagnostics.push(diagnostic);
  }
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** Problems of a corpus's fincorpus.json, on the fields at fault. */
export function configDiagnostics(corpus: Corpus, messages: Messages = englishMessages): Diagnostic[] {
  const state = corpus.configState;
  if (state.text === null || state.problems.length === 0) return [];
  const lines = new LineIndex(state.text);
  return locateProblems(state.text, state.problems).map(({ span, message }, i) => ({
    range: lines.rangeOf(span),
    severity: DiagnosticSeverity.Error,
    code: 'config',
    source: diagnosticSource,
    message: messages.diagnostics.config(formatProblemPath(state.problems[i]!.path), message),
  }));
}

function formatProblemPath(path: (string | number)[]): string {
  return path.length === 0 ? 'fincorpus.json' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
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

/** A stable id for a set of diagnostics, so that unchanged reports can say so. */
export function resultIdOf(diagnostics: readonly Diagnostic[]): string {
  const text = JSON.stringify(diagnostics);
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${hash.toString(36)}-${text.length.toString(36)}`;
}

export interface WorkspaceReport {
  uri: string;
  diagnostics: Diagnostic[];
  resultId: string;
}

/**
 * Every indexed document and every existing config file with its diagnostics, for workspace/diagnostic.
 * Call it after the workspace has settled.
 */
export function collectWorkspaceDiagnostics(
  workspace: Workspace,
  token: CancellationToken,
  messages: Messages = englishMessages,
): WorkspaceReport[] {
  const reports: WorkspaceReport[] = [];
  const add = (uri: string, diagnostics: Diagnostic[]): void => {
    reports.push({ uri, diagnostics, resultId: resultIdOf(diagnostics) });
  };
  for (const corpus of workspace.allCorpora()) {
    if (corpus.configState.uri && corpus.configState.exists) add(corpus.configState.uri, configDiagnostics(corpus, messages));
    for (const entry of corpus.entries.values()) add(entry.uri, toLspDiagnostics(corpus, entry, token, messages));
  }
  return reports;
}
