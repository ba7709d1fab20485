import { strict as assert } from 'node:assert';
import { createProgressLine, formatProgress, shouldShowProgress } from '../../server/src/cli/progress';

describe('the progress line of check and metrics', () => {
  it('is drawn only on a terminal and never in CI', () => {
    const cases: [boolean, Record<string, string | undefined>, boolean][] = [
      [true, {}, true],
      [true, { CI: '' }, true],
      [true, { CI: 'false' }, true],
      [true, { CI: '0' }, true],
      [true, { CI: 'true' }, false],
      [true, { CI: '1' }, false],
      [true, { CI: 'woodpecker' }, false],
      [false, {}, false],
      [false, { CI: 'false' }, false],
    ];
    for (const [isTTY, env, expected] of cases) assert.equal(shouldShowProgress({ isTTY, env }), expected, `${isTTY} ${JSON.stringify(env)}`);
  });

  it('says documents, megabytes and the rate', () => {
    assert.equal(formatProgress(1204, 5000, 12.5 * 1024 * 1024, 2.5), '1,204/5,000 documents · 12.5 MB · 5.0 MB/s');
    assert.equal(formatProgress(1, 10, 1024 * 1024, 0.05), '1/10 documents · 1.0 MB');
  });

  it('redraws in place at most once per interval, always at the end, and clears itself', () => {
    const written: string[] = [];
    let clock = 0;
    const line = createProgressLine({ isTTY: true, env: {} }, (chunk) => written.push(chunk), () => clock, 100);
    const mb = 1024 * 1024;
    clock = 200;
    line.update(1, 3, mb);
    clock = 250;
    line.update(2, 3, mb);
    clock = 260;
    line.update(3, 3, mb);
    line.finish();
    assert.deepEqual(written, ['\r\x1b[K1/3 documents · 1.0 MB · 5.0 MB/s', '\r\x1b[K3/3 documents · 3.0 MB · 11.5 MB/s', '\r\x1b[K']);
  });

  it('writes nothing at all when stderr is not a terminal', () => {
    const written: string[] = [];
    const line = createProgressLine({ isTTY: false, env: {} }, (chunk) => written.push(chunk), () => 1000);
    line.update(1, 1, 10);
    line.finish();
    assert.deepEqual(written, []);
  });
});
