/**
 * One document's analysis as a unit of work that a worker thread or the calling thread runs alike:
 * plain data in (a file to read, or bytes already read), plain, structured-clone-friendly data out.
 * The worker pool and the in-thread path share this function, so their outputs cannot differ.
 */
import { documentReportText, LinePositions } from '../cli/documentJson';
import { compactFacts, createAnalyzer, type Analyzer } from '../core/analyze';
import type { CorpusConfig } from '../core/config';
import { decodeBytes } from '../core/encoding';
import type { DocumentFacts } from '../core/types';
import { readCorpusFile } from './corpusFiles';

interface TaskCommon {
  /** The path the core knows the document by (the CLI's display path, the server's corpus path). */
  path: string;
  /** The corpus configuration's pinned encoding for this file, if any. */
  encoding?: string;
  documentDateOverride?: string;
  /** Whether the decoded text comes back too (for a document whose text the caller keeps). */
  returnText?: boolean;
  /** False turns off the analyzer's anchor prefilter (for comparing the two). */
  prefilter?: boolean;
  /**
   * `claims`: only the facts the corpus index needs come back (see {@link compactFacts}); `index`:
   * those and the product mentions, what the server keeps of a closed document.
   */
  keep?: 'all' | 'claims' | 'index';
  /** Whether the document's element of the JSON check report comes back too (UTF-8), worded from the full facts. */
  report?: boolean;
}

/** How many mentions of each kind a document has. */
export interface MentionCounts {
  figures: number;
  dates: number;
  products: number;
}

export type AnalysisTask =
  | (TaskCommon & { kind: 'file'; file: string; maxFileSize?: number })
  | (TaskCommon & { kind: 'bytes'; bytes: Uint8Array });

export type AnalysisOutcome =
  | { kind: 'facts'; facts: DocumentFacts; counts: MentionCounts; encoding: string; textLength: number; bytes: number; text?: string; report?: Uint8Array }
  | { kind: 'skipped'; message: string; bytes: number; /** Why bytes were taken for binary. */ binaryReason?: string }
  | { kind: 'failed'; message: string; bytes: number; encoding: string; text?: string };

const utf8 = new TextEncoder();

export function runAnalysisTask(analyzer: Analyzer, task: AnalysisTask): AnalysisOutcome {
  let text: string;
  let encoding: string;
  let bytes: number;
  if (task.kind === 'file') {
    const read = readCorpusFile(task.file, task.maxFileSize ?? Number.POSITIVE_INFINITY, task.encoding);
    if (read.kind === 'skipped') return { kind: 'skipped', message: read.message, bytes: 0 };
    ({ text, encoding, bytes } = read);
  } else {
    bytes = task.bytes.length;
    const decoded = decodeBytes(task.bytes, task.encoding);
    if (decoded.kind === 'binary') return { kind: 'skipped', message: `skipped: binary file (${decoded.reason})`, bytes, binaryReason: decoded.reason };
    ({ text, encoding } = decoded);
  }
  try {
    const facts = analyzer.analyze(task.path, text, {
      ...(task.documentDateOverride ? { documentDateOverride: task.documentDateOverride } : {}),
      ...(task.prefilter === false ? { prefilter: false } : {}),
    });
    const counts: MentionCounts = { figures: 0, dates: 0, products: 0 };
    for (const mention of facts.mentions) counts[mention.kind === 'figure' ? 'figures' : mention.kind === 'date' ? 'dates' : 'products']++;
    // UTF-8 bytes rather than a string: they move to the calling thread without a copy, and go to stdout as they are.
    const report = task.report ? utf8.encode(documentReportText({ path: task.path, encoding, lines: new LinePositions(facts.lineStarts ?? [0], text.length), facts })) : undefined;
    return {
      kind: 'facts',
      facts: task.keep === 'claims' || task.keep === 'index' ? compactFacts(facts, { products: task.keep === 'index' }) : facts,
      counts,
      encoding,
      textLength: text.length,
      bytes,
      ...(task.returnText ? { text } : {}),
      ...(report ? { report } : {}),
    };
  } catch (error) {
    // One document that breaks the analysis must not stop the others.
    return { kind: 'failed', message: `analysis failed: ${(error as Error).message}`, bytes, encoding, ...(task.returnText ? { text } : {}) };
  }
}

/**
 * Analyzers by configuration, built once per configuration object (a worker gets each configuration
 * as a structured clone, once, under a number). Only the latest few are kept: a settings change makes
 * a new configuration and the old one is not asked for again.
 */
export class AnalyzerCache {
  private readonly analyzers = new Map<number, Analyzer>();

  constructor(private readonly capacity = 4) {}

  has(id: number): boolean {
    return this.analyzers.has(id);
  }

  add(id: number, config: CorpusConfig): void {
    this.analyzers.set(id, createAnalyzer(config));
    while (this.analyzers.size > this.capacity) this.analyzers.delete(this.analyzers.keys().next().value!);
  }

  get(id: number): Analyzer {
    const analyzer = this.analyzers.get(id);
    if (!analyzer) throw new Error(`no analyzer for configuration ${id}`);
    return analyzer;
  }
}
