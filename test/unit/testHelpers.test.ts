import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireSeedsGold, runningInCi } from '../eval/sharedGold';
import { checkGoldenFile, updateGoldenVariable } from '../golden';

/** Runs body with the environment variable set to value (or unset), then restores it. */
function withVariable(name: string, value: string | undefined, body: () => void): void {
  const before = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  try {
    body();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

describe('the test helpers', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'fincorpus-golden-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('fails on a missing golden file unless FINCORPUS_UPDATE_GOLDEN=1, which writes it', () => {
    const path = join(folder, 'sub', 'hover.md');
    withVariable(updateGoldenVariable, undefined, () => {
      assert.throws(() => checkGoldenFile(path, 'text\n'), /golden .*hover\.md is missing; rerun with FINCORPUS_UPDATE_GOLDEN=1/);
    });
    withVariable(updateGoldenVariable, '1', () => checkGoldenFile(path, 'text\n'));
    assert.equal(readFileSync(path, 'utf8'), 'text\n');
  });

  it('passes on an equal golden file and fails on a differing one', () => {
    const path = join(folder, 'tokens.txt');
    writeFileSync(path, 'a\n');
    withVariable(updateGoldenVariable, undefined, () => {
      checkGoldenFile(path, 'a\n');
      assert.throws(() => checkGoldenFile(path, 'b\n'), /differs/);
    });
    assert.equal(readFileSync(path, 'utf8'), 'a\n');
  });

  it('fails in CI when the shared gold annotation is missing, and skips elsewhere', () => {
    const missing = join(folder, 'seeds-gold.json');
    let skipped = 0;
    const context = {
      skip: (): never => {
        skipped++;
        throw new Error('skipped');
      },
    };
    withVariable('CI', 'true', () => {
      assert.equal(runningInCi(), true);
      assert.throws(() => requireSeedsGold(context, missing), /seeds-gold\.json not found .*: CI must have it/);
    });
    assert.equal(skipped, 0);
    withVariable('CI', undefined, () => {
      assert.equal(runningInCi(), false);
      assert.throws(() => requireSeedsGold(context, missing), /skipped/);
    });
    assert.equal(skipped, 1);
    withVariable('CI', 'false', () => assert.equal(runningInCi(), false));
    writeFileSync(missing, '{}');
    withVariable('CI', 'true', () => requireSeedsGold(context, missing));
    assert.equal(skipped, 1);
  });
});
