/**
 * Document analysis on every core: a small pool of worker threads, each with its own analyzer, fed
 * one document per message. Written here rather than taken from piscina or tinypool: both start their
 * own worker script from their package folder, which the bundled extension (packaged without
 * node_modules) does not ship, and what we need — least-busy dispatch, one configuration sent once,
 * a line table transferred back — is a few dozen lines. One job (or no worker bundle) runs in-thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusConfig } from '../core/config';
import type { BackgroundAnalysis } from '../workspace';
import { AnalyzerCache, runAnalysisTask, type AnalysisOutcome, type AnalysisTask } from './analysisTask';

/** A message to a worker: the task, and the configuration the first time this worker needs it. */
export interface PoolRequest {
  id: number;
  configId: number;
  config?: CorpusConfig;
  task: AnalysisTask;
}

export type PoolResponse = { id: number; outcome: AnalysisOutcome; error?: undefined } | { id: number; error: string; outcome?: undefined };

/** Analyses documents, in worker threads or in the calling thread; results come back per task. */
export interface DocumentAnalysis {
  /** How many documents run at once (1 in-thread). */
  readonly threads: number;
  analyse(config: CorpusConfig, task: AnalysisTask): Promise<AnalysisOutcome>;
  close(): Promise<void>;
}

/** The default worker bundle: beside the bundle that loads this module (server/out/). */
export const defaultWorkerFile = join(__dirname, 'analysisWorker.js');

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Corpus bytes a thread must have to pay for itself: each one loads the bundle and warms up the
 * compiler again, about a second of CPU, against some 2 MB/s of analysis (on a 2-core machine a 1 MB
 * corpus took 1.5 s in one thread and 2.5 s in two, 10 MB about the same in both, 100 MB 53 s and 47 s).
 */
export const bytesPerThread = 16 * 1024 * 1024;

/** Threads for a corpus of `bytes`: one per {@link bytesPerThread}, at least one, at most the available parallelism. */
export function jobsForCorpus(bytes: number): number {
  return Math.max(1, Math.min(defaultJobs(), Math.floor(bytes / bytesPerThread)));
}

export interface PoolOptions {
  /**
   * The calling thread analyses too, as one of the `jobs`, between its own work: for a command line,
   * whose thread would otherwise wait, and where one isolate fewer is one warm-up of the compiler
   * and one heap fewer. Never for the server, whose thread must stay free to answer requests.
   */
  callingThread?: boolean;
}

/** A pool of `jobs` threads, or the in-thread analysis when jobs is 1 or the worker bundle is missing. */
export function createDocumentAnalysis(jobs = defaultJobs(), workerFile = defaultWorkerFile, options: PoolOptions = {}): DocumentAnalysis {
  if (jobs <= 1 || !existsSync(workerFile)) return new InThreadAnalysis();
  return new AnalysisPool(jobs, workerFile, options);
}

/** Numbers configurations by identity, so that each is cloned into a worker once. */
class ConfigIds {
  private readonly ids = new WeakMap<CorpusConfig, number>();
  private next = 1;

  of(config: CorpusConfig): number {
    let id = this.ids.get(config);
    if (id === undefined) this.ids.set(config, (id = this.next++));
    return id;
  }
}

export class InThreadAnalysis implements DocumentAnalysis {
  readonly threads = 1;
  private readonly configIds = new ConfigIds();
  private readonly analyzers = new AnalyzerCache();

  analyse(config: CorpusConfig, task: AnalysisTask): Promise<AnalysisOutcome> {
    const id = this.configIds.of(config);
    if (!this.analyzers.has(id)) this.analyzers.add(id, config);
    const outcome = runAnalysisTask(this.analyzers.get(id), task);
    // Kept facts are copied, as a worker's come copied: their strings are slices of the document's
    // text, and a slice keeps the whole text alive.
    return Promise.resolve(task.keep !== undefined && task.keep !== 'all' && outcome.kind === 'facts' ? { ...outcome, facts: structuredClone(outcome.facts) } : outcome);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface PoolWorker {
  worker: Worker;
  /** Configurations this worker has an analyzer for. */
  configs: Set<number>;
  pending: Map<number, { resolve: (outcome: AnalysisOutcome) => void; reject: (error: Error) => void }>;
  alive: boolean;
}

interface QueuedTask {
  config: CorpusConfig;
  task: AnalysisTask;
  resolve: (outcome: AnalysisOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * Documents a worker holds at once: one it analyses and one waiting in its port, so that it never
 * waits for the calling thread between two. The rest wait here, for whichever thread is free first.
 */
const inFlightPerWorker = 2;

export class AnalysisPool implements DocumentAnalysis {
  private readonly workers: PoolWorker[] = [];
  private readonly configIds = new ConfigIds();
  private readonly fallback = new InThreadAnalysis();
  private readonly queue: QueuedTask[] = [];
  private nextId = 1;
  private localBusy = false;

  private started = false;

  /** The workers start with the first document, so that a pool nobody uses costs nothing. */
  constructor(
    readonly threads: number,
    private readonly workerFile: string,
    private readonly options: PoolOptions = {},
  ) {}

  private spawn(workerFile: string): PoolWorker {
    const worker = new Worker(workerFile);
    // Idle workers must not keep a finished command line or a stopped server alive.
    worker.unref();
    const entry: PoolWorker = { worker, configs: new Set(), pending: new Map(), alive: true };
    worker.on('message', (response: PoolResponse) => {
      const waiting = entry.pending.get(response.id);
      if (!waiting) return;
      entry.pending.delete(response.id);
      if (response.outcome) waiting.resolve(response.outcome);
      else waiting.reject(new Error(response.error));
      this.dispatch();
    });
    const fail = (error: Error): void => {
      entry.alive = false;
      for (const waiting of entry.pending.values()) waiting.reject(error);
      entry.pending.clear();
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    return entry;
  }

  analyse(config: CorpusConfig, task: AnalysisTask): Promise<AnalysisOutcome> {
    if (!this.started) {
      this.started = true;
      const workers = this.options.callingThread ? this.threads - 1 : this.threads;
      for (let i = 0; i < workers; i++) this.workers.push(this.spawn(this.workerFile));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ config, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands waiting documents to the threads with room, in the order they came. */
  private dispatch(): void {
    for (const entry of this.workers) {
      while (entry.alive && entry.pending.size < inFlightPerWorker && this.queue.length > 0) this.send(entry, this.queue.shift()!);
    }
    if (this.queue.length === 0 || this.localBusy) return;
    // With every worker gone the work still gets done, in this thread.
    const local = this.options.callingThread === true || !this.workers.some((entry) => entry.alive);
    if (!local) return;
    this.localBusy = true;
    // On a later turn, so that the workers' results and new documents are taken first.
    setImmediate(() => {
      const next = this.queue.shift();
      if (next) {
        try {
          this.fallback.analyse(next.config, next.task).then(next.resolve, next.reject);
        } catch (error) {
          next.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      this.localBusy = false;
      this.dispatch();
    });
  }

  private send(target: PoolWorker, queued: QueuedTask): void {
    const configId = this.configIds.of(queued.config);
    const request: PoolRequest = { id: this.nextId++, configId, task: queued.task };
    if (!target.configs.has(configId)) {
      request.config = queued.config;
      target.configs.add(configId);
    }
    target.pending.set(request.id, { resolve: queued.resolve, reject: queued.reject });
    // Bytes are copied, not transferred: the caller's file system may still hold them.
    target.worker.postMessage(request);
  }

  /** Stops the workers; the next document starts new ones (the server releases their memory between scans). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.started = false;
    for (const entry of workers) entry.alive = false;
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  }
}

/**
 * The workspace's view of a pool: bytes in, the compact facts of a closed document out
 * (`compactFacts` with the product mentions), with its text's length; the text itself stays in the worker.
 */
export function backgroundAnalysisOf(analysis: DocumentAnalysis): BackgroundAnalysis {
  return {
    threads: analysis.threads,
    idle: () => analysis.close(),
    async analyse(config, request) {
      const outcome = await analysis.analyse(config, { kind: 'bytes', ...request, keep: 'index' });
      switch (outcome.kind) {
        case 'facts':
          return { kind: 'facts', facts: outcome.facts, textLength: outcome.textLength, encoding: outcome.encoding };
        case 'failed':
          return { kind: 'failed', message: outcome.message, encoding: outcome.encoding };
        case 'skipped':
          return { kind: 'binary', reason: outcome.binaryReason ?? outcome.message };
      }
    },
  };
}
