/**
 * The cancellation contract of the core. The calls that walk a document or the corpus (the analysis
 * and its recognisers, the index's findings and series) take a token and check it between units of
 * work; a cancelled call throws {@link CancelledError} so callers never see half-built results.
 * Updates of the index take none: they run to the end, so that the index never holds half an update.
 */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = Object.freeze({ isCancellationRequested: false });

export class CancelledError extends Error {
  constructor() {
    super('The operation was cancelled.');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new CancelledError();
}
