/**
 * What both entry points share (extension.ts for the desktop, extension.browser.ts for the web):
 * starts the language client and wires the metrics view, the chart panels, the status bar and the
 * commands to it. Every registration goes into `context.subscriptions`, so deactivation disposes all of it.
 */
import * as vscode from 'vscode';
import { ChartPanels } from './chart';
import { registerCommands } from './commands';
import { MetricsTreeProvider, documentLabel, metricsViewId } from './metricsTree';
import { ServerConnection, clientName, type LanguageClientFactory } from './serverConnection';
import { IndexStatusBar } from './statusBar';

/** What activate returns; integration tests use it to await the server instead of sleeping. */
export interface FinCorpusApi {
  readonly connection: ServerConnection;
  readonly tree: MetricsTreeProvider;
  readonly charts: ChartPanels;
}

let activeConnection: ServerConnection | undefined;

export async function activateWith(context: vscode.ExtensionContext, launch: LanguageClientFactory): Promise<FinCorpusApi> {
  const output = vscode.window.createOutputChannel(clientName, { log: true });
  const connection = new ServerConnection(context, output, launch);
  activeConnection = connection;
  const statusBar = new IndexStatusBar();
  const tree = new MetricsTreeProvider(connection);
  const view = vscode.window.createTreeView(metricsViewId, { treeDataProvider: tree, showCollapseAll: true });
  const charts = new ChartPanels(context.extensionUri, connection, documentLabel);
  context.subscriptions.push(output, connection, statusBar, tree, view, charts);

  // A hidden view does not need fresh data; it catches up when it is shown again.
  let treeIsStale = false;
  context.subscriptions.push(
    connection.onDidChangeState((state) => {
      statusBar.showState(state);
      if (state === 'running') void tree.refresh();
    }),
    connection.onDidChangeIndex((index) => {
      statusBar.showIndex(index);
      if (view.visible) void tree.refresh();
      else treeIsStale = true;
    }),
    // An unfiltered answer to fincorpus/metrics carries the same totals as fincorpus/indexChanged.
    tree.onDidChangeTreeData(() => {
      if (connection.state === 'running' && tree.filter === undefined) {
        statusBar.showIndex({ documents: tree.metrics.documents, conflicts: tree.metrics.conflicts, changed: [] });
      }
    }),
    view.onDidChangeVisibility(({ visible }) => {
      if (visible && treeIsStale) {
        treeIsStale = false;
        void tree.refresh();
      }
    }),
    // The server learns about workspace trust when it starts (it writes nothing in an untrusted workspace).
    vscode.workspace.onDidGrantWorkspaceTrust(() => void connection.restart()),
  );

  registerCommands(context, { connection, output, tree, view, charts });
  await connection.start();
  return { connection, tree, charts };
}

export function deactivateShared(): Promise<void> | undefined {
  const connection = activeConnection;
  activeConnection = undefined;
  return connection?.stop();
}
