/**
 * Golden files: expected output kept beside the tests and reviewed in diffs. One variable rewrites
 * them all, FINCORPUS_UPDATE_GOLDEN=1 (e.g. `FINCORPUS_UPDATE_GOLDEN=1 npm test`); without it a
 * missing golden fails like a differing one, so that a test never passes by recording its own output.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const updateGoldenVariable = 'FINCORPUS_UPDATE_GOLDEN';

export function updatingGoldens(): boolean {
  return process.env[updateGoldenVariable] === '1';
}

/** Compares actual with the golden file at path, or rewrites the file when the update variable is set. */
export function checkGoldenFile(path: string, actual: string): void {
  if (updatingGoldens()) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const rerun = `rerun with ${updateGoldenVariable}=1 and review the diff`;
  assert.ok(existsSync(path), `golden ${path} is missing; ${rerun}`);
  assert.equal(actual, readFileSync(path, 'utf8'), `golden ${path} differs; ${rerun}`);
}
