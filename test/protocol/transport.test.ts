import { strict as assert } from 'node:assert';
import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { within } from './client';

const serverMain = join(resolve(__dirname, '..', '..', '..'), 'server', 'out', 'main.js');

describe('language server over node IPC', function () {
  this.timeout(20_000);

  it('initializes and shuts down as vscode-languageclient starts it (--node-ipc)', async () => {
    const child = fork(serverMain, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await within(
        connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} }),
        10_000,
        'initialize over IPC',
      );
      assert.equal(result.serverInfo?.name, 'fincorpus');
      await within(connection.sendRequest('shutdown'), 5_000, 'shutdown');
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      await connection.sendNotification('exit');
      assert.equal(await within(exited, 5_000, 'exit'), 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
