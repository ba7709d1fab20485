/**
 * Runs inside VS Code's browser extension host (a web worker), loaded as `extensionTestsPath` by
 * test/web/run.mjs. It checks that FinCorpus runs there on its web build: the language server in a
 * worker, reading the corpus through the editor's file system, answers a hover and the metrics request.
 * With `run.mjs --host=node` the same checks run against the Node build in the remote extension host.
 * No mocha here: the web extension host loads one CommonJS file that may require only `vscode`.
 */
import * as vscode from 'vscode';
import type { FinCorpusApi } from '../../client/src/extension.shared';

/** Where run.mjs asked the workbench to run the extension ('web' or 'node'); esbuild defines it. */
declare const FINCORPUS_EXPECTED_HOST: 'web' | 'node';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`failed: ${message}`);
  console.log(`fincorpus-web: ok — ${message}`);
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder, 'a workspace folder is open');
  check(vscode.env.uiKind === vscode.UIKind.Web, 'the workbench is the web one');
  const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
  const host = typeof scope.importScripts === 'function' && !scope.process?.versions?.node ? 'web' : 'node';
  check(host === FINCORPUS_EXPECTED_HOST, `this extension host is ${host === 'web' ? 'a web worker' : 'Node'}, as asked`);

  const extension = vscode.extensions.getExtension<FinCorpusApi>('fincorpus.fincorpus');
  check(extension, 'the extension is loaded');
  const api = await extension.activate();
  check(api.connection.state === 'running', `the language server is running (state ${api.connection.state})`);

  const metrics = await api.connection.metrics(undefined);
  check(metrics.documents === 5, `the server indexed the five seeds ${host === 'web' ? "through the editor's file system" : 'from disk'} (documents: ${metrics.documents})`);

  const uri = vscode.Uri.joinPath(folder.uri, '001_528cf213c8b04a03.txt');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const offset = document.getText().indexOf('超3.6亿');
  check(offset >= 0, '超3.6亿 is in seed 001');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 1));
  const text = hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
  check(text.includes('**超3.6亿** → at least 360,000,000'), `the hover of 超3.6亿 gives its canonical value (${JSON.stringify(text.split('\n')[0])})`);

  // A restart ends the server (its worker, on the web) and starts a fresh one that indexes again.
  await api.connection.restart();
  check(api.connection.state === 'running', 'the language server runs again after a restart');
  const again = await api.connection.metrics(undefined);
  check(again.documents === 5 && again.conflicts === metrics.conflicts, `the restarted server sees the same corpus (documents: ${again.documents}, conflicts: ${again.conflicts})`);
  console.log('fincorpus-web: all checks passed');
}
