/**
 * How far V8 lets a heap grow past what the last full collection kept. By default it may grow to
 * several times that when the program allocates fast, which a corpus of claims held for the whole
 * run turns into hundreds of megabytes of garbage waiting to be collected. A fixed, small factor
 * keeps the resident memory near what is live, for a few more full collections; the flag is read
 * at every collection, so setting it at start-up is enough, and it holds for the worker threads too.
 */
import { setFlagsFromString } from 'node:v8';

/** Growth allowed after each full collection, in percent of what it kept. */
export const heapGrowthPercent = 20;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${heapGrowthPercent}`);
}
