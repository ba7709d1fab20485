import { strict as assert } from 'node:assert';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticsPublisher } from '../../server/src/features/publishDiagnostics';

/** A publisher whose computations the test finishes by hand, in any order. */
function harness() {
  const pending: { uri: string; token: CancellationToken; finish: (diagnostics: Diagnostic[]) => void }[] = [];
  const waiting: (() => void)[] = [];
  const sent: { uri: string; messages: string[]; version: number | undefined }[] = [];
  const sentWaiters: (() => void)[] = [];
  const versions = new Map<string, number>();
  const publisher = new DiagnosticsPublisher(
    {
      compute: (uri, token) =>
        new Promise((resolve) => {
          pending.push({ uri, token, finish: resolve });
          waiting.shift()?.();
        }),
      versionOf: (uri) => versions.get(uri),
      send: (uri, diagnostics, version) => {
        sent.push({ uri, messages: diagnostics.map((d) => d.message), version });
        sentWaiters.shift()?.();
      },
      warn: (message) => assert.fail(message),
    },
    0,
  );
  /** Resolves when the n-th computation (1-based) has started. */
  const started = (n: number): Promise<void> => (pending.length >= n ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)));
  const nextSend = (): Promise<void> => new Promise((resolve) => sentWaiters.push(resolve));
  return { publisher, pending, started, sent, nextSend, versions };
}

const diagnostic = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message });

describe('pushed diagnostics', () => {
  it('drops a computation that a newer change overtakes and sends the newer one with its version', async () => {
    const { publisher, pending, started, sent, nextSend, versions } = harness();
    versions.set('file:///a.txt', 1);
    publisher.schedule('file:///a.txt');
    await started(1);
    versions.set('file:///a.txt', 2);
    publisher.schedule('file:///a.txt');
    assert.equal(pending[0]!.token.isCancellationRequested, true, 'the overtaken computation is cancelled');
    await started(2);
    const sending = nextSend();
    pending[1]!.finish([diagnostic('new')]);
    pending[0]!.finish([diagnostic('old')]);
    await sending;
    assert.deepEqual(sent, [{ uri: 'file:///a.txt', messages: ['new'], version: 2 }]);
  });

  it('sends an empty list when the findings go, but not for a document that never had any', async () => {
    const { publisher, pending, started, sent, nextSend } = harness();
    publisher.schedule('file:///clean.txt');
    await started(1);
    pending[0]!.finish([]);
    publisher.schedule('file:///b.txt');
    await started(2);
    let sending = nextSend();
    pending[1]!.finish([diagnostic('conflict')]);
    await sending;
    assert.deepEqual([...publisher.published], ['file:///b.txt']);
    publisher.schedule('file:///b.txt');
    await started(3);
    sending = nextSend();
    pending[2]!.finish([]);
    await sending;
    assert.deepEqual(sent, [
      { uri: 'file:///b.txt', messages: ['conflict'], version: undefined },
      { uri: 'file:///b.txt', messages: [], version: undefined },
    ]);
    assert.deepEqual([...publisher.published], []);
  });

  it('clears a closing document at once and drops its computation in flight', async () => {
    const { publisher, pending, started, sent } = harness();
    publisher.schedule('file:///c.txt');
    await started(1);
    publisher.clear('file:///c.txt', 'file:///C.txt');
    pending[0]!.finish([diagnostic('late')]);
    // Another document's computation starts on a later timer, after the late result has been handled.
    publisher.schedule('file:///d.txt');
    await started(2);
    assert.deepEqual(sent, [{ uri: 'file:///C.txt', messages: [], version: undefined }]);
  });
});
