/**
 * Loads a corpus from disk for the command line: configuration, files, analysis and the index.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { defaultCorpusConfig, formatConfigPath, parseCorpusConfig, type CorpusConfig } from '../core/config';
import { CorpusIndex } from '../core/corpus';
import { LineIndex } from '../core/lines';
import type { DocumentFacts } from '../core/types';
import { collectCorpusFiles, findCorpusConfig, readCorpusFile, type FileProblem } from '../node/corpusFiles';

export interface LoadedDocument {
  /** Path as shown to the user: relative to the working directory, with forward slashes. */
  path: string;
  encoding: string;
  lines: LineIndex;
  facts: DocumentFacts;
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

export function loadCorpus(paths: readonly string[], explicitConfig?: string): LoadedCorpus {
  const { path: configPath, config } = loadConfig(explicitConfig, paths);
  const configRoot = configPath ? dirname(resolve(configPath)) : process.cwd();
  const analyzer = createAnalyzer(config);
  const index = new CorpusIndex(config);
  const { files, problems } = collectCorpusFiles(paths);
  const documents: LoadedDocument[] = [];
  for (const file of files.sort()) {
    const keyInConfig = relative(configRoot, resolve(file)).split(sep).join('/');
    const read = readCorpusFile(file, Number.POSITIVE_INFINITY, config.encodings[keyInConfig]);
    const path = displayPath(file);
    if (read.kind === 'skipped') {
      problems.push({ path, message: read.message });
      continue;
    }
    try {
      const facts = analyzer.analyze(path, read.text, { documentDateOverride: config.documentDates[keyInConfig] });
      // Nothing is re-checked while loading: collecting the documents each update affects would be quadratic.
      index.update(facts, { collectAffected: false });
      documents.push({ path, encoding: read.encoding, lines: new LineIndex(read.text), facts });
    } catch (error) {
      // One document that breaks the analysis must not stop the others.
      problems.push({ path, message: `analysis failed: ${(error as Error).message}` });
    }
  }
  return { configPath, config, analyzer, index, documents, problems };
}
