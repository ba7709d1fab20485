/**
 * The worker thread's entry (bundled as server/out/analysisWorker.js): analyses the documents the
 * {@link AnalysisPool} sends, one message at a time, and posts the facts back with their line table
 * (and the document's part of the JSON report) transferred rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { AnalyzerCache, runAnalysisTask } from './analysisTask';
import type { PoolRequest, PoolResponse } from './analysisPool';

const analyzers = new AnalyzerCache();

parentPort!.on('message', (request: PoolRequest) => {
  if (request.config) analyzers.add(request.configId, request.config);
  let response: PoolResponse;
  try {
    response = { id: request.id, outcome: runAnalysisTask(analyzers.get(request.configId), request.task) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const transfer: ArrayBuffer[] = [];
  if (response.outcome?.kind === 'facts') {
    const { facts, report } = response.outcome;
    if (facts.lineStarts instanceof Uint32Array) transfer.push(facts.lineStarts.buffer as ArrayBuffer);
    if (report) transfer.push(report.buffer as ArrayBuffer);
  }
  parentPort!.postMessage(response, transfer);
});
