/**
 * The desktop entry point (package.json "main"): the language server runs as a Node process,
 * server/out/main.js, over IPC. Everything else is in extension.shared.ts.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateShared, type FinCorpusApi } from './extension.shared';
import { clientId, clientName, type LanguageClientFactory } from './serverConnection';

export type { FinCorpusApi } from './extension.shared';

const launchNodeServer: LanguageClientFactory = (context, clientOptions) => {
  const module = context.asAbsolutePath(path.join('server', 'out', 'main.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  return new LanguageClient(clientId, clientName, serverOptions, clientOptions);
};

export function activate(context: vscode.ExtensionContext): Promise<FinCorpusApi> {
  return activateWith(context, launchNodeServer);
}

export function deactivate(): Promise<void> | undefined {
  return deactivateShared();
}
