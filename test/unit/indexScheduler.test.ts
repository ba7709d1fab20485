/**
 * The server's schedule without the server: when edits are analysed, when index changes are announced,
 * how scans queue and what a request waits for. Time is a clock the test advances; scans are promises
 * the test ends; nothing sleeps.
 */
import { strict as assert } from 'node:assert';
import { CancellationTokenSource, type Disposable } from 'vscode-languageserver';
import { CancelledError, neverCancelled } from '../../server/src/core/cancellation';
import { IndexScheduler, pauseMs, type Clock } from '../../server/src/indexScheduler';
import { watchedPatterns, WatchedFilesRegistration } from '../../server/src/watchedFiles';

/** Timers that fire only when the test advances the clock, in the order they are due. */
class ManualClock implements Clock {
  now = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, delayMs: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + delayMs, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= until).sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

interface Deferred {
  resolve(): void;
  reject(error: Error): void;
  promise: Promise<void>;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { resolve, reject, promise };
}

/** Lets every queued promise reaction run: what has not settled after this waits for something else. */
function drain(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function newScheduler() {
  const clock = new ManualClock();
  const log: string[] = [];
  const scheduler = new IndexScheduler(
    {
      analyseChanges: () => log.push(`${clock.now} analyse`),
      announce: ({ changed, refreshAll }) => log.push(`${clock.now} announce ${changed.join(',') || '-'}${refreshAll ? ' refresh' : ''}`),
      scanFailed: (error) => log.push(`${clock.now} scan failed: ${(error as Error).message}`),
    },
    clock,
  );
  return { clock, log, scheduler };
}

/**
 * Runs the steps and compares what the scheduler set going, as "<time> <what>" lines. Steps:
 * `edit`, `update a b` (an index update of documents a and b; `!` asks for a refresh), `config`,
 * `wait <ms>`, `scan S` (queues scan S, which runs until `end S` or `fail S`), `dispose`.
 */
async function check(steps: string[], expected: string[]): Promise<void> {
  const { clock, log, scheduler } = newScheduler();
  const scans = new Map<string, { control: Deferred; queued: Promise<void> }>();
  for (const step of steps) {
    const [verb, ...args] = step.split(' ');
    switch (verb) {
      case 'edit':
        scheduler.changesMade();
        break;
      case 'update':
        scheduler.indexUpdated(
          args.filter((arg) => arg !== '!'),
          args.includes('!'),
        );
        break;
      case 'config':
        scheduler.configurationChanged();
        break;
      case 'wait':
        clock.advance(Number(args[0]));
        break;
      case 'scan': {
        const name = args[0]!;
        const control = deferred();
        const queued = scheduler.queueScan(() => {
          log.push(`${clock.now} scan ${name} starts`);
          return control.promise;
        });
        scans.set(name, { control, queued });
        await drain();
        break;
      }
      case 'end':
      case 'fail': {
        const scan = scans.get(args[0]!)!;
        if (verb === 'end') scan.control.resolve();
        else scan.control.reject(new Error(`${args[0]} broke`));
        await scan.queued;
        await drain();
        break;
      }
      case 'dispose':
        scheduler.dispose();
        break;
      default:
        throw new Error(`unknown step ${step}`);
    }
  }
  assert.deepEqual(log, expected, steps.join('; '));
}

describe('the index scheduler', () => {
  const cases: { name: string; steps: string[]; expected: string[] }[] = [
    {
      name: 'analyses edits once they pause, however many come',
      steps: ['edit', 'wait 100', 'edit', 'wait 100', 'edit', `wait ${pauseMs - 1}`, 'wait 1'],
      expected: [`${200 + pauseMs} analyse`],
    },
    {
      name: 'analyses again after a second pause',
      steps: ['edit', 'wait 200', 'edit', 'wait 200'],
      expected: [`${pauseMs} analyse`, `${200 + pauseMs} analyse`],
    },
    {
      name: 'announces the updates of a burst together, the documents sorted',
      steps: ['update b', 'wait 100', 'update a', 'wait 100', 'update b c', 'wait 1000'],
      expected: [`${200 + pauseMs} announce a,b,c`],
    },
    {
      name: 'asks for a refresh when any update of the batch needs one, and forgets it after',
      steps: ['update a', 'update b !', 'wait 200', 'update c', 'wait 200'],
      expected: [`${pauseMs} announce a,b refresh`, `${200 + pauseMs} announce c`],
    },
    {
      name: 'analyses every document after a configuration change and refreshes every view',
      steps: ['config', 'wait 1000'],
      expected: [`${pauseMs} analyse`, `${pauseMs} announce - refresh`],
    },
    {
      name: 'holds announcements while a scan runs, and announces at its end what came in meanwhile',
      steps: ['scan S', 'update a', 'wait 200', 'update b', 'wait 50', 'end S', 'wait 1000'],
      expected: ['0 scan S starts', '250 announce a,b refresh'],
    },
    {
      name: 'runs scans one after another; only the last one to end announces',
      steps: ['scan S', 'scan T', 'update a', 'wait 10', 'end S', 'update b', 'wait 10', 'end T'],
      expected: ['0 scan S starts', '10 scan T starts', '20 announce a,b refresh'],
    },
    {
      name: 'logs a failed scan and runs the next one',
      steps: ['scan S', 'scan T', 'fail S', 'end T'],
      expected: ['0 scan S starts', '0 scan failed: S broke', '0 scan T starts', '0 announce - refresh'],
    },
    {
      name: 'announces the end of a scan that found nothing, so the editor learns the index is complete',
      steps: ['scan S', 'end S'],
      expected: ['0 scan S starts', '0 announce - refresh'],
    },
    {
      name: 'neither analyses nor announces once disposed',
      steps: ['edit', 'update a', 'dispose', 'wait 1000', 'edit', 'update b', 'wait 1000'],
      expected: [],
    },
  ];
  for (const { name, steps, expected } of cases) it(name, () => check(steps, expected));

  it('counts a revision for every update and every announcement', () => {
    const { clock, scheduler } = newScheduler();
    assert.equal(scheduler.revision, 0);
    scheduler.indexUpdated(['a'], false);
    scheduler.indexUpdated(['b'], false);
    assert.equal(scheduler.revision, 2);
    clock.advance(pauseMs);
    assert.equal(scheduler.revision, 3, 'the announcement is a revision of its own');
  });

  it('says whether a scan is queued or running', async () => {
    const { scheduler } = newScheduler();
    const scan = deferred();
    assert.equal(scheduler.scanning, false);
    const queued = scheduler.queueScan(() => scan.promise);
    assert.equal(scheduler.scanning, true, 'from the moment the scan is queued');
    scan.resolve();
    await queued;
    assert.equal(scheduler.scanning, false);
  });
});

describe('waiting for the scans', () => {
  it('resolves at once when no scan is queued', async () => {
    const { scheduler } = newScheduler();
    await scheduler.whenScanned(neverCancelled);
  });

  it('waits for the scans queued before it, not for the ones queued after', async () => {
    const { scheduler } = newScheduler();
    const first = deferred();
    const second = deferred();
    void scheduler.queueScan(() => first.promise);
    let state = 'waiting';
    const waited = scheduler.whenScanned(neverCancelled).then(() => (state = 'done'));
    void scheduler.queueScan(() => second.promise);
    await drain();
    assert.equal(state, 'waiting', 'the first scan is still running');
    first.resolve();
    await waited;
    assert.equal(scheduler.scanning, true, 'the second scan still runs');
    second.resolve();
  });

  it("rejects as soon as the request's token is cancelled, while the scan goes on", async () => {
    const { scheduler } = newScheduler();
    const scan = deferred();
    const queued = scheduler.queueScan(() => scan.promise);
    const source = new CancellationTokenSource();
    const waited = scheduler.whenScanned(source.token);
    source.cancel();
    await assert.rejects(waited, CancelledError);
    assert.equal(scheduler.scanning, true);
    scan.resolve();
    await queued;
  });

  it('rejects at once with a token cancelled before it asks', async () => {
    const { scheduler } = newScheduler();
    await assert.rejects(scheduler.whenScanned({ isCancellationRequested: true }), CancelledError);
  });

  it('looks at a token that cannot report its cancellation once the scan is done', async () => {
    const { scheduler } = newScheduler();
    const scan = deferred();
    void scheduler.queueScan(() => scan.promise);
    const token = { isCancellationRequested: false };
    const waited = scheduler.whenScanned(token);
    token.isCancellationRequested = true;
    scan.resolve();
    await assert.rejects(waited, CancelledError);
  });
});

describe('the file watcher registration', () => {
  it('watches text, Markdown and fincorpus.json, and the include globs they do not cover', () => {
    assert.deepEqual(watchedPatterns(['**/*.txt', '**/*.md', 'reports/**/*.htm', 'reports/**/*.htm']), [
      '**/*.{txt,md}',
      '**/fincorpus.json',
      'reports/**/*.htm',
    ]);
  });

  it('registers once for the same globs, and replaces the registration when they change', async () => {
    const log: string[] = [];
    const registration = new WatchedFilesRegistration(async (patterns) => {
      log.push(`register ${patterns.join(' ')}`);
      return { dispose: () => log.push(`dispose ${patterns.join(' ')}`) } satisfies Disposable;
    });
    await registration.watch(['a', 'b']);
    await registration.watch(['a', 'b']);
    await registration.watch(['a', 'c']);
    assert.deepEqual(log, ['register a b', 'register a c', 'dispose a b']);
  });

  it('registers again after the client refused a registration', async () => {
    const log: string[] = [];
    let refuse = true;
    const registration = new WatchedFilesRegistration(async (patterns) => {
      log.push(`register ${patterns.join(' ')}`);
      if (refuse) throw new Error('refused');
      return { dispose: () => log.push('dispose') };
    });
    await assert.rejects(registration.watch(['a']), /refused/);
    refuse = false;
    await registration.watch(['b']);
    assert.deepEqual(log, ['register a', 'register b']);
  });
});
