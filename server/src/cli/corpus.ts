/**
 * Loads a corpus from disk for the command line: configuration, files, analysis (on every core,
 * through the worker pool) and the index. Documents' text is not kept: the facts carry their line
 * table, which is all the reports need to turn offsets into positions. A caller that needs only the
 * cross-document findings keeps only the claims' facts; one that reports every document as JSON gets
 * each document's part of the report as soon as it is analysed, worded by the worker that analysed it.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { defaultCorpusConfig, formatConfigPath, parseCorpusConfig, type CorpusConfig } from '../core/config';
import { CorpusIndex } from '../core/corpusIndex';
import { StringPool } from '../core/corpusIndex/stringPool';
import { LineIndex } from '../core/lines';
import type { DocumentFacts } from '../core/types';
import { createDocumentAnalysis, defaultWorkerFile, jobsForCorpus } from '../node/analysisPool';
import type { AnalysisOutcome, MentionCounts } from '../node/analysisTask';
import { analyseInOrder } from '../orderedWork';
import { collectCorpusFiles, findCorpusConfig, readCorpusFile, type FileProblem } from '../node/corpusFiles';

import { LinePositions } from './documentJson';

export { LinePositions } from './documentJson';

export interface LoadedDocument {
  /** Path as shown to the user: relative to the working directory, with forward slashes. */
  path: string;
  /** The file on disk (absolute), to read the text again when a command needs it. */
  file: string;
  encoding: string;
  lines: LinePositions;
  /** Every fact of the document, or (loaded with `keep: 'claims'`) only the claims, their figures and the mojibake. */
  facts: DocumentFacts;
  /** How many mentions of each kind the document has (whatever its facts keep). */
  counts: MentionCounts;
}

export interface LoadOptions {
  /** Threads to analyse in (this one and workers); 1 analyses in this thread. Default: by the corpus's size (see {@link jobsForCorpus}). */
  jobs?: number;
  /** False turns off the analyzer's anchor prefilter (for comparing the two; the report is the same). */
  prefilter?: boolean;
  /** Called after each document is read and analysed (or skipped), in corpus order. */
  onDocument?: (done: number, total: number, bytes: number) => void;
  /**
   * What each document keeps of its facts: all of them (the default), or what the corpus index and
   * the diagnostics need (see {@link compactFacts}).
   */
  keep?: 'all' | 'claims';
  /** Called with each analysed document's element of the JSON check report (UTF-8), in corpus order. */
  onDocumentReport?: (element: Uint8Array) => void;
}

export interface LoadedCorpus {
  configPath: string | null;
  config: CorpusConfig;
  analyzer: Analyzer;
  index: CorpusIndex;
  documents: LoadedDocument[];
  problems: FileProblem[];
}

export class ConfigError extends Error {}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  const shown = rel.startsWith('..') ? resolve(path) : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

function loadConfig(explicit: string | undefined, paths: readonly string[]): { path: string | null; config: CorpusConfig } {
  const configPath = explicit ?? findCorpusConfig(paths[0] ?? '.');
  if (!configPath) return { path: null, config: defaultCorpusConfig };
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    throw new ConfigError(`${displayPath(configPath)}: cannot read the configuration (${(error as Error).message})`);
  }
  const parsed = parseCorpusConfig(text);
  if (!parsed.ok) {
    const details = parsed.problems.map((p) => `  ${formatConfigPath(p.path)}: ${p.message}`).join('\n');
    throw new ConfigError(`${displayPath(configPath)}: invalid configuration\n${details}`);
  }
  return { path: configPath, config: parsed.config };
}

export async function loadCorpus(paths: readonly string[], explicitConfig?: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const { path: configPath, config } = loadConfig(explicitConfig, paths);
  const configRoot = configPath ? dirname(resolve(configPath)) : process.cwd();
  const analyzer = createAnalyzer(config);
  const index = new CorpusIndex(config);
  const { files, problems } = collectCorpusFiles(paths);
  const documents: LoadedDocument[] = [];
  const sorted = files.sort();
  // This thread only takes results in between, so it analyses as one of the jobs.
  const analysis = createDocumentAnalysis(options.jobs ?? jobsForCorpus(totalSize(sorted)), defaultWorkerFile, { callingThread: true });
  const keyOf = (file: string) => relative(configRoot, resolve(file)).split(sep).join('/');
  const strings = new StringPool();
  const accept = (outcome: AnalysisOutcome, file: string, i: number): void => {
    const path = displayPath(file);
    if (outcome.kind === 'facts') {
      const { facts } = outcome;
      // Kept claims repeat a few subjects, metrics, units and dates thousands of times: one copy of each.
      if (options.keep === 'claims') strings.intern(facts);
      // Nothing is re-checked while loading: collecting the documents each update affects would be quadratic.
      index.update(facts, { collectAffected: false });
      documents.push({ path, file, encoding: outcome.encoding, lines: new LinePositions(facts.lineStarts ?? [0], outcome.textLength), facts, counts: outcome.counts });
      if (outcome.report) options.onDocumentReport?.(outcome.report);
    } else {
      problems.push({ path, message: outcome.message });
    }
    options.onDocument?.(i + 1, sorted.length, outcome.bytes);
  };
  try {
    // Enough documents in flight that the workers keep busy while this thread analyses one of its own,
    // which it must finish before it takes the next result in order (and the index takes the results in order).
    await analyseInOrder(sorted, analysis.threads * 16, (file) => {
      const key = keyOf(file);
      const documentDateOverride = config.documentDates[key];
      const encoding = config.encodings[key];
      return analysis.analyse(config, {
        kind: 'file',
        file,
        path: displayPath(file),
        ...(encoding ? { encoding } : {}),
        ...(documentDateOverride ? { documentDateOverride } : {}),
        ...(options.prefilter === false ? { prefilter: false } : {}),
        ...(options.keep === 'claims' ? { keep: 'claims' as const } : {}),
        ...(options.onDocumentReport ? { report: true } : {}),
      });
    }, accept);
  } finally {
    await analysis.close();
  }
  return { configPath, config, analyzer, index, documents, problems };
}

/** The bytes of the files together (a file that cannot be read counts nothing; reading it says why). */
function totalSize(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // Skipped with its message when it is read.
    }
  }
  return total;
}

/** The document's text, read again (the corpus does not keep it), with its line index. */
export function readDocumentLines(document: LoadedDocument): LineIndex {
  const read = readCorpusFile(document.file, Number.POSITIVE_INFINITY, document.encoding);
  return new LineIndex(read.kind === 'text' ? read.text : '');
}
