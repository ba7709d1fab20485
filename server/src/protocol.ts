/**
 * The custom messages between the FinCorpus client and server, in one place. Each constant names
 * its method and says which way it travels. Ranges and URIs are LSP's.
 */
import type { ClaimProvenance } from './core/types';
import { NotificationType, RequestType, type Range } from 'vscode-languageserver-protocol';

export interface AsOfDto {
  start: string;
  end: string;
  source: 'text' | 'document-date';
}

export interface ObservationDto {
  uri: string;
  range: Range;
  /** The figure as written ("超3.6亿"). */
  text: string;
  /** The canonical value in words and digits ("360,000,000 (lower bound)"). */
  canonical: string;
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: string;
  unit: string;
  counter: string | null;
  asOf: AsOfDto;
  /** True when this observation takes part in a conflict. */
  conflict: boolean;
  /** Where the claim's subject, metric and period came from, and how sure it is (0–3; errors need 3 on both sides). */
  provenance: ClaimProvenance;
  confidence: number;
}

export interface MetricDto {
  /** Stable key of subject, metric and unit; pass it to {@link SeriesRequest}. */
  key: string;
  subject: string;
  metric: string;
  unit: string;
  observations: ObservationDto[];
  conflicts: number;
}

export interface SubjectDto {
  subject: string;
  metrics: MetricDto[];
  conflicts: number;
}

export interface MetricsParams {
  /** Case-insensitive text that subject, metric or document must contain. */
  filter?: string;
}

export interface MetricsResult {
  documents: number;
  conflicts: number;
  /** Conflicted subjects first, then by name. */
  subjects: SubjectDto[];
}

/** client → server: the metrics tree's data. */
export const MetricsRequest = new RequestType<MetricsParams, MetricsResult, void>('fincorpus/metrics');

export interface SeriesParams {
  key: string;
}

export interface SeriesResult {
  key: string;
  subject: string;
  metric: string;
  unit: string;
  /** Sorted by as-of period. */
  points: ObservationDto[];
}

/** client → server: one metric's history, for the chart. Null when the key is unknown. */
export const SeriesRequest = new RequestType<SeriesParams, SeriesResult | null, void>('fincorpus/series');

export interface IndexChangedParams {
  documents: number;
  conflicts: number;
  /** URIs of the documents whose facts changed. */
  changed: string[];
}

/**
 * server → client: the index changed; the tree and the status bar refresh. Sent only to clients that
 * set `initializationOptions.customNotifications`: other editors do not know the method.
 */
export const IndexChangedNotification = new NotificationType<IndexChangedParams>('fincorpus/indexChanged');

/**
 * The `initializationOptions` of the `initialize` request (client → server). `trusted` is VS Code's
 * workspace trust: false means the server analyses but offers nothing that writes files of the
 * workspace (fincorpus.json). `customNotifications` asks for the `fincorpus/*` notifications (the
 * VS Code client sets it). Missing fields mean a trusted workspace without fallback settings and
 * without custom notifications.
 */
export interface InitializationOptions {
  trusted?: boolean;
  customNotifications?: boolean;
  /** Settings for clients that cannot answer `workspace/configuration`. */
  settings?: unknown;
}

// The editor's file system, for servers without a disk of their own (the web worker). The client
// answers with vscode.workspace.fs, so any scheme the editor can read works (file, vscode-remote,
// vscode-vfs, memfs…). Bytes travel base64-encoded, so that the messages stay plain JSON.

/** The kind of a file system entry, as the server's workspace model names it. */
export type FileKindDto = 'file' | 'directory' | 'other';

export interface FileUriParams {
  uri: string;
}

export interface ReadFileResult {
  /** The file's bytes in base64 (RFC 4648, with padding). */
  base64: string;
}

/** server → client: a file's bytes. Fails (with the editor's message) when it cannot be read. */
export const ReadFileRequest = new RequestType<FileUriParams, ReadFileResult, void>('fincorpus/readFile');

export interface FileStatResult {
  type: FileKindDto;
  size: number;
}

/** server → client: what is at a URI; null when nothing is. */
export const StatFileRequest = new RequestType<FileUriParams, FileStatResult | null, void>('fincorpus/stat');

/** server → client: the entries of a folder as [name, kind] pairs. Fails when it cannot be listed. */
export const ReadDirectoryRequest = new RequestType<FileUriParams, [string, FileKindDto][], void>('fincorpus/readDirectory');
