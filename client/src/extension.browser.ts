/**
 * The web entry point (package.json "browser"), for VS Code in a browser: the extension runs in the
 * browser extension host, the language server in a web worker started from server/out/browser.js,
 * and the server reads the corpus through the editor's file system (see browser/fileRequests.ts).
 * Everything else is in extension.shared.ts.
 */
import * as vscode from 'vscode';
import {
  BaseLanguageClient,
  BrowserMessageReader,
  BrowserMessageWriter,
  type LanguageClientOptions,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { answerFileRequests } from './browser/fileRequests';
import { activateWith, deactivateShared, type FinCorpusApi } from './extension.shared';
import { clientId, clientName, type LanguageClientFactory } from './serverConnection';

export type { FinCorpusApi } from './extension.shared';

/** A running server worker and how to end it. */
interface ServerWorker {
  worker: Worker;
  end(): void;
}

/**
 * Starts the server script as a worker. The extension host starts workers from http(s) and file
 * locations itself, but not from an extension that lives on a remote (`vscode-remote:`, as under
 * code-server): then the script is read through the editor's file system and started from a blob.
 */
async function startServerWorker(script: vscode.Uri): Promise<ServerWorker> {
  if (['http', 'https', 'file'].includes(script.scheme)) {
    const worker = new Worker(script.toString(true));
    return { worker, end: () => worker.terminate() };
  }
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(script));
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  return {
    worker,
    end: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}

/**
 * The language client over a worker. Unlike vscode-languageclient's own browser client, it starts
 * the worker when the connection starts (again after a crash) and ends it when the client is disposed.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private running: ServerWorker | undefined;

  constructor(
    private readonly script: vscode.Uri,
    clientOptions: LanguageClientOptions,
  ) {
    super(clientId, clientName, clientOptions);
  }

  protected override async createMessageTransports(): Promise<MessageTransports> {
    this.running?.end();
    this.running = await startServerWorker(this.script);
    const { worker } = this.running;
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }

  override async dispose(timeout?: number): Promise<void> {
    try {
      await super.dispose(timeout);
    } finally {
      this.running?.end();
      this.running = undefined;
    }
  }
}

const launchWorkerServer: LanguageClientFactory = (context, clientOptions) => {
  const client = new WorkerLanguageClient(vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'browser.js'), clientOptions);
  answerFileRequests(client);
  return client;
};

export function activate(context: vscode.ExtensionContext): Promise<FinCorpusApi> {
  return activateWith(context, launchWorkerServer);
}

export function deactivate(): Promise<void> | undefined {
  return deactivateShared();
}
