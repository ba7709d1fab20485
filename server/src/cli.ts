/**
 * fincorpus — the command line over the same core as the language server.
 *
 *   fincorpus check   [PATH…] [--format text|json|sarif] [--config FILE] [--jobs N]
 *   fincorpus metrics [PATH…] [--format table|json|csv] [--config FILE] [--jobs N]
 *   fincorpus explain FILE:LINE:COL [PATH…] [--config FILE] [--jobs N]
 *
 * Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error, 141 output closed early (SIGPIPE's).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, loadCorpus, readDocumentLines, type LoadedCorpus, type LoadedDocument } from './cli/corpus';
import { explain } from './cli/explain';
import { createProgressLine } from './cli/progress';
import { CheckReportWriter, collectDiagnostics, metricsJson } from './cli/report';
import { sarifLog } from './cli/sarif';
import { formatCsv, formatDiagnostics, formatTable, metricsHeader, metricsRows } from './cli/text';
import { defaultJobs } from './node/analysisPool';
import { findCorpusConfig } from './node/corpusFiles';
import { limitHeapGrowth } from './node/heapGrowth';
import { version } from './version';

const usage = `Usage:
  fincorpus check   [PATH…] [--format text|json|sarif] [--config FILE]
  fincorpus metrics [PATH…] [--format table|json|csv] [--config FILE]
  fincorpus explain FILE:LINE:COL [PATH…] [--config FILE]   (LINE and COL are 1-based;
                    PATH defaults to the corpus around FILE)

--jobs N analyses on N threads (default: one per 16 MB of corpus, at most the available parallelism, here ${defaultJobs()});
1 runs in one thread.
On a terminal, check and metrics draw a progress line on stderr (not in CI).
PATH defaults to the current folder. Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error,
141 when the reader closes the output early (as SIGPIPE would).`;

class UsageError extends Error {}

interface Arguments {
  command: string;
  paths: string[];
  format?: string;
  config?: string;
  jobs?: number;
}

function parseArguments(argv: readonly string[]): Arguments {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  const parsed: Arguments = { command, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const takeValue = (name: string): string => {
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
      if (inline !== undefined) return inline;
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === '--format' || arg.startsWith('--format=')) parsed.format = takeValue('--format');
    else if (arg === '--config' || arg.startsWith('--config=')) parsed.config = takeValue('--config');
    else if (arg === '--jobs' || arg.startsWith('--jobs=')) parsed.jobs = parseJobs(takeValue('--jobs'));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else parsed.paths.push(arg);
  }
  return parsed;
}

function parseJobs(value: string): number {
  if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--jobs must be a whole number of at least 1, not ${value}`);
  return Number(value);
}

/**
 * Loads the corpus, with a progress line on stderr when a person is watching a terminal. The reports
 * need of each document only its claims (and the counts of its mentions), unless `onDocumentReport`
 * words the rest as it comes.
 */
async function loadWithProgress(args: Arguments, onDocumentReport?: (element: Uint8Array) => void): Promise<LoadedCorpus> {
  const progress = createProgressLine({ isTTY: process.stderr.isTTY === true, env: process.env }, (chunk) => process.stderr.write(chunk));
  try {
    return await loadCorpus(args.paths.length ? args.paths : ['.'], args.config, {
      ...(args.jobs ? { jobs: args.jobs } : {}),
      onDocument: (done, total, bytes) => progress.update(done, total, bytes),
      keep: 'claims',
      ...(onDocumentReport ? { onDocumentReport } : {}),
    });
  } finally {
    progress.finish();
  }
}

function requireFormat(format: string | undefined, allowed: readonly string[]): string {
  const chosen = format ?? allowed[0]!;
  if (!allowed.includes(chosen)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, not ${chosen}`);
  return chosen;
}

function reportProblems(corpus: LoadedCorpus): void {
  for (const problem of corpus.problems) process.stderr.write(`fincorpus: ${problem.path}: ${problem.message}\n`);
}

/** A run in which no requested path yields a document is a usage error, not a clean corpus. */
function requireDocuments(corpus: LoadedCorpus): void {
  if (corpus.documents.length === 0) throw new UsageError('no readable corpus documents in the given paths');
}

/**
 * Writes text to stdout in chunks of some 64 K characters rather than one write per piece; bytes go as
 * they are. Chunks stay small enough to die young: megabyte strings live in the large-object space,
 * which only a full collection frees.
 */
function bufferedStdout(): { write: (chunk: string | Uint8Array) => void; flush: () => void } {
  let pending: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    process.stdout.write(pending.join(''));
    pending = [];
    length = 0;
  };
  return {
    write(chunk) {
      if (typeof chunk !== 'string') {
        flush();
        process.stdout.write(chunk);
        return;
      }
      pending.push(chunk);
      length += chunk.length;
      if (length >= 1 << 16) flush();
    },
    flush,
  };
}

async function runCheck(args: Arguments): Promise<number> {
  const format = requireFormat(args.format, ['text', 'json', 'sarif']);
  if (format === 'json') {
    // Streamed: the report of a large corpus is longer than the longest string V8 can build. Each
    // document's part is written as it is analysed; nothing is written when no document is readable.
    const out = bufferedStdout();
    const report = new CheckReportWriter(out.write);
    const corpus = await loadWithProgress(args, (element) => report.document(element));
    reportProblems(corpus);
    requireDocuments(corpus);
    const errors = report.finish(corpus);
    out.write('\n');
    out.flush();
    return errors > 0 ? 1 : 0;
  }
  const corpus = await loadWithProgress(args);
  reportProblems(corpus);
  requireDocuments(corpus);
  const diagnostics = collectDiagnostics(corpus);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (format === 'sarif') {
    process.stdout.write(JSON.stringify(sarifLog(diagnostics), null, 2) + '\n');
  } else {
    if (diagnostics.length) process.stdout.write(formatDiagnostics(diagnostics) + '\n');
    const count = (kind: keyof LoadedDocument['counts']) => corpus.documents.reduce((n, d) => n + d.counts[kind], 0);
    const claims = corpus.documents.reduce((n, d) => n + d.facts.claims.length, 0);
    const bySeverity = (s: string) => diagnostics.filter((d) => d.severity === s).length;
    process.stdout.write(
      `${corpus.documents.length} documents: ${count('figures')} figures, ${count('dates')} dates, ${count('products')} products, ${claims} claims; ` +
        `${bySeverity('error')} errors, ${bySeverity('warning')} warnings, ${bySeverity('information')} information, ${bySeverity('hint')} hints\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}

async function runMetrics(args: Arguments): Promise<number> {
  const format = requireFormat(args.format, ['table', 'json', 'csv']);
  const corpus = await loadWithProgress(args);
  reportProblems(corpus);
  requireDocuments(corpus);
  const series = corpus.index.series();
  const linesOf = new Map(corpus.documents.map((d) => [d.path, d.lines]));
  const lineOf = (path: string, offset: number) => linesOf.get(path)?.positionAt(offset).line ?? 0;
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ tool: 'fincorpus', version, metrics: metricsJson(corpus, series) }, null, 2) + '\n');
  } else if (format === 'csv') {
    process.stdout.write(formatCsv(metricsHeader, metricsRows(series, lineOf)));
  } else {
    process.stdout.write(formatTable(metricsHeader, metricsRows(series, lineOf)) + '\n');
    const conflicted = series.filter((s) => s.conflicts > 0).length;
    const recurring = series.filter((s) => new Set(s.observations.map((o) => o.path)).size > 1).length;
    process.stdout.write(`${series.length} metrics, ${recurring} reported by more than one document, ${conflicted} with conflicts\n`);
  }
  return 0;
}

async function runExplain(args: Arguments): Promise<number> {
  const [target, ...corpusPaths] = args.paths;
  const match = target ? /^(.*):(\d+):(\d+)$/.exec(target) : null;
  if (!match) throw new UsageError('explain takes FILE:LINE:COL, then optionally the corpus paths');
  const [, file, line, column] = match;
  if (!existsSync(file!)) throw new UsageError(`${file}: no such file`);
  // The rest of the corpus says what other documents report of the same metric: by default the
  // folder of the corpus configuration, or else the file's own folder.
  const configPath = args.config ?? findCorpusConfig(file!);
  const scope = corpusPaths.length ? corpusPaths : [configPath ? dirname(configPath) : dirname(file!)];
  const corpus = await loadCorpus([file!, ...scope], configPath ?? undefined, args.jobs ? { jobs: args.jobs } : {});
  reportProblems(corpus);
  const document = corpus.documents.find((d) => resolve(d.path) === resolve(file!));
  if (!document) throw new UsageError(`${file}: not a readable corpus document`);
  process.stdout.write(explain(corpus, document, readDocumentLines(document), Number(line) - 1, Number(column) - 1) + '\n');
  return 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === '--version' || argv[0] === '-v') {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(usage + '\n');
      return 0;
    }
    const args = parseArguments(argv);
    switch (args.command) {
      case 'check':
        return await runCheck(args);
      case 'metrics':
        return await runMetrics(args);
      case 'explain':
        return await runExplain(args);
      default:
        throw new UsageError(`unknown command ${args.command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`fincorpus: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`fincorpus: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * A reader that stops early (`fincorpus check | head`) closes the pipe: the rest of the output has
 * nowhere to go, which is no failure of the run. The command ends at once, as a program killed by
 * SIGPIPE would, with that status (128 + 13), instead of reporting an unhandled EPIPE.
 */
const closedOutputStatus = 141;

limitHeapGrowth();

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(closedOutputStatus);
  });
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
