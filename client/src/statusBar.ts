/**
 * The status bar item: how many documents the server has indexed and how many conflicts it found.
 */
import * as vscode from 'vscode';
import type { IndexChangedParams } from '../../server/src/protocol';
import type { ServerState } from './serverConnection';

export const focusMetricsCommand = 'fincorpus.metrics.focus';

export function statusText(index: Pick<IndexChangedParams, 'documents' | 'conflicts'>): string {
  const documents = `$(book) ${index.documents === 1 ? vscode.l10n.t('1 document') : vscode.l10n.t('{0} documents', index.documents)}`;
  if (index.conflicts === 0) return documents;
  return `${documents} $(warning) ${index.conflicts === 1 ? vscode.l10n.t('1 conflict') : vscode.l10n.t('{0} conflicts', index.conflicts)}`;
}

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('fincorpus.status', vscode.StatusBarAlignment.Left, 10);
  private lastIndex: IndexChangedParams | undefined;

  constructor() {
    this.item.name = 'FinCorpus';
    this.item.command = focusMetricsCommand;
    this.showState('starting');
    this.item.show();
  }

  showState(state: ServerState): void {
    if (state === 'running' && this.lastIndex) return this.showIndex(this.lastIndex);
    this.item.text =
      state === 'starting' ? '$(sync~spin) FinCorpus' : state === 'running' ? '$(book) FinCorpus' : '$(circle-slash) FinCorpus';
    this.item.tooltip =
      state === 'starting'
        ? vscode.l10n.t('FinCorpus: the language server is starting')
        : state === 'running'
          ? vscode.l10n.t('FinCorpus: indexing the corpus')
          : vscode.l10n.t('FinCorpus: the language server is not running (FinCorpus: Restart Language Server)');
    this.item.backgroundColor = undefined;
  }

  showIndex(index: IndexChangedParams): void {
    this.lastIndex = index;
    this.item.text = statusText(index);
    const tooltip = new vscode.MarkdownString(
      `**FinCorpus** — ${vscode.l10n.t('{0} documents indexed, {1} conflicting figures.', index.documents, index.conflicts)}\n\n${vscode.l10n.t('Click to open the metrics view.')}`,
    );
    this.item.tooltip = tooltip;
    this.item.backgroundColor = index.conflicts > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
