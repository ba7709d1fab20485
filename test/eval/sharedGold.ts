/**
 * The hand-checked gold annotation of seeds/ lives outside the repository, in the project's shared
 * folder laid beside it (../shared/eval/seeds-gold.json); CI lays it there too. Tests that measure
 * against it fail in CI when it is missing, so that CI cannot pass without them; on a developer's
 * machine without the folder they are skipped, saying so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const seedsGoldPath = join('..', 'shared', 'eval', 'seeds-gold.json');

/** True where the CI variable is set, as CI services and .ci/run's caller set it. */
export function runningInCi(): boolean {
  const value = process.env['CI'];
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * Call at the start of a test or hook that reads the gold annotation: throws in CI when the file is
 * missing, skips the test (with a message) elsewhere.
 */
export function requireSeedsGold(context: Pick<Mocha.Context, 'skip'>, path = seedsGoldPath): void {
  if (existsSync(path)) return;
  const missing = `${path} not found (the shared folder beside the project; see README, Development)`;
  if (runningInCi()) throw new Error(`${missing}: CI must have it`);
  console.log(`      skipped: ${missing}`);
  context.skip();
}
