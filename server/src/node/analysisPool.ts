/**
 * Document analysis on every core: a small pool of worker threads, each with its own analyzer, fed
 * one document per message. Written here rather than taken from piscina or tinypool: both start their
 * own worker script from their package folder, which the bundled extension (packaged without
 * node_modules) does not ship, and what we need — least-busy dispatch, one configuration sent once,
 * a transferred line table — is a few dozen lines. One job (or no worker bundle) runs in-thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusConfig } from '../core/config';
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

/** A pool of `jobs` workers, or the in-thread analysis when jobs is 1 or the worker bundle is missing. */
export function createDocumentAnalysis(jobs = defaultJobs(), workerFile = defaultWorkerFile): DocumentAnalysis {
  if (jobs <= 1 || !existsSync(workerFile)) return new InThreadAnalysis();
  return new AnalysisPool(jobs, workerFile);
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
    return Promise.resolve(runAnalysisTask(this.analyzers.get(id), task));
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

export class AnalysisPool implements DocumentAnalysis {
  private readonly workers: PoolWorker[] = [];
  private readonly configIds = new ConfigIds();
  private readonly fallback = new InThreadAnalysis();
  private nextId = 1;

  constructor(
    readonly threads: number,
    workerFile: string,
  ) {
    for (let i = 0; i < threads; i++) this.workers.push(this.spawn(workerFile));
  }

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
    });
    const fail = (error: Error): void => {
      entry.alive = false;
      for (const waiting of entry.pending.values()) waiting.reject(error);
      entry.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    return entry;
  }

  analyse(config: CorpusConfig, task: AnalysisTask): Promise<AnalysisOutcome> {
    let chosen: PoolWorker | undefined;
    for (const entry of this.workers) if (entry.alive && (!chosen || entry.pending.size < chosen.pending.size)) chosen = entry;
    // With every worker gone the work still gets done, in this thread.
    if (!chosen) return this.fallback.analyse(config, task);
    const target = chosen;
    const configId = this.configIds.of(config);
    const request: PoolRequest = { id: this.nextId++, configId, task };
    if (!target.configs.has(configId)) {
      request.config = config;
      target.configs.add(configId);
    }
    return new Promise((resolve, reject) => {
      target.pending.set(request.id, { resolve, reject });
      // Bytes read by the caller move to the worker instead of being copied.
      const transfer = task.kind === 'bytes' && task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength ? [task.bytes.buffer as ArrayBuffer] : [];
      target.worker.postMessage(request, transfer);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    for (const entry of workers) entry.alive = false;
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  }
}

/**
 * Runs `analyse` over items with at most `window` outstanding, and hands each result to `accept`
 * in the items' order, whatever order the threads finish in: output order stays deterministic.
 */
export async function analyseInOrder<T, R>(
  items: readonly T[],
  window: number,
  analyse: (item: T) => Promise<R>,
  accept: (result: R, item: T, index: number) => void,
): Promise<void> {
  const results = new Map<number, R>();
  let next = 0;
  let accepted = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const start = (index: number): void => {
    analyse(items[index]!).then(
      (result) => {
        results.set(index, result);
        wake?.();
      },
      (error: unknown) => {
        failure ??= error;
        wake?.();
      },
    );
  };
  while (accepted < items.length) {
    while (next < items.length && next - accepted < window) start(next++);
    if (results.has(accepted)) {
      const result = results.get(accepted)!;
      results.delete(accepted);
      accept(result, items[accepted]!, accepted);
      accepted++;
      continue;
    }
    if (failure !== undefined) throw failure;
    // The executor runs at once, so a result that settles from here on finds the resolver set.
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
