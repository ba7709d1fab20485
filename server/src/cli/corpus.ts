/**
 * Loads a corpus from disk for the command line: configuration, files, analysis (on every core,
 * through the worker pool) and the index. Documents' text is not kept: the facts carry their line
 * table, which is all the reports need to turn offsets into positions.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { defaultCorpusConfig, formatConfigPath, parseCorpusConfig, type CorpusConfig } from '../core/config';
import { CorpusIndex } from '../core/corpusIndex';
import { LineIndex, positionIn, type Position } from '../core/lines';
import type { DocumentFacts } from '../core/types';
import { createDocumentAnalysis, defaultJobs } from '../node/analysisPool';
import type { AnalysisOutcome } from '../node/analysisTask';
import { analyseInOrder } from '../orderedWork';
import { collectCorpusFiles, findCorpusConfig, readCorpusFile, type FileProblem } from '../node/corpusFiles';

/** Offsets to 0-based line/character positions, from a line table and the text's length alone. */
export class LinePositions {
  constructor(
    private readonly lineStarts: ArrayLike<number>,
    private readonly length: number,
  ) {}

  positionAt(offset: number): Position {
    return positionIn(this.lineStarts, this.length, offset);
  }
}

export interface LoadedDocument {
  /** Path as shown to the user: relative to the working directory, with forward slashes. */
  path: string;
  /** The file on disk (absolute), to read the text again when a command needs it. */
  file: string;
  encoding: string;
  lines: LinePositions;
  facts: DocumentFacts;
}

export interface LoadOptions {
  /** Worker threads to analyse in; 1 analyses in this thread. Default: the available parallelism. */
  jobs?: number;
  /** False turns off the analyzer's anchor prefilter (for comparing the two; the report is the same). */
  prefilter?: boolean;
  /** Called after each document is read and analysed (or skipped), in corpus order. */
  onDocument?: (done: number, total: number, bytes: number) => void;
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
  const analysis = createDocumentAnalysis(options.jobs ?? defaultJobs());
  const keyOf = (file: string) => relative(configRoot, resolve(file)).split(sep).join('/');
  const sorted = files.sort();
  const accept = (outcome: AnalysisOutcome, file: string, i: number): void => {
    const path = displayPath(file);
    if (outcome.kind === 'facts') {
      const { facts } = outcome;
      // Nothing is re-checked while loading: collecting the documents each update affects would be quadratic.
      index.update(facts, { collectAffected: false });
      documents.push({ path, file, encoding: outcome.encoding, lines: new LinePositions(facts.lineStarts ?? [0], outcome.textLength), facts });
    } else {
      problems.push({ path, message: outcome.message });
    }
    options.onDocument?.(i + 1, sorted.length, outcome.bytes);
  };
  try {
    // A few documents per thread in flight keep every thread busy while the index takes the results in order.
    await analyseInOrder(sorted, analysis.threads * 4, (file) => {
      const key = keyOf(file);
      const documentDateOverride = config.documentDates[key];
      const encoding = config.encodings[key];
      return analysis.analyse(config, { kind: 'file', file, path: displayPath(file), ...(encoding ? { encoding } : {}), ...(documentDateOverride ? { documentDateOverride } : {}), ...(options.prefilter === false ? { prefilter: false } : {}) });
    }, accept);
  } finally {
    await analysis.close();
  }
  return { configPath, config, analyzer, index, documents, problems };
}

/** The document's text, read again (the corpus does not keep it), with its line index. */
export function readDocumentLines(document: LoadedDocument): LineIndex {
  const read = readCorpusFile(document.file, Number.POSITIVE_INFINITY, document.encoding);
  return new LineIndex(read.kind === 'text' ? read.text : '');
}
