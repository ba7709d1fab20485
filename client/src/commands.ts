/**
 * The commands of the extension. Their ids are contributed in package.json; a unit test checks that
 * both lists agree.
 */
import * as vscode from 'vscode';
import type { MetricDto, ObservationDto } from '../../server/src/protocol';
import { revealObservation, type ChartPanels } from './chart';
import { exportRows, toCsv, toJson, type Grouping, type MetricsNode } from './metricsModel';
import { describeAsOf, documentLabel, metricsViewId, revealObservationCommand, type MetricsTreeProvider } from './metricsTree';
import type { MetricsSource } from './serverConnection';

export const commandIds = {
  restartServer: 'fincorpus.restartServer',
  showServerLog: 'fincorpus.showServerLog',
  refresh: 'fincorpus.metrics.refresh',
  filter: 'fincorpus.metrics.filter',
  clearFilter: 'fincorpus.metrics.clearFilter',
  groupBySubject: 'fincorpus.metrics.groupBySubject',
  groupByDocument: 'fincorpus.metrics.groupByDocument',
  collapseAll: 'fincorpus.metrics.collapseAll',
  exportMetrics: 'fincorpus.metrics.export',
  reveal: revealObservationCommand,
  copyCanonical: 'fincorpus.metrics.copyCanonical',
  showChart: 'fincorpus.metrics.showChart',
  revealInOtherDocuments: 'fincorpus.metrics.revealInOtherDocuments',
} as const;

/** Context keys that package.json's `when` clauses read. */
export const contextKeys = {
  grouping: 'fincorpus.metrics.grouping',
  filtered: 'fincorpus.metrics.filtered',
} as const;

export interface CommandDependencies {
  connection: MetricsSource & { restart(): Promise<void> };
  output: vscode.OutputChannel;
  tree: MetricsTreeProvider;
  view: vscode.TreeView<MetricsNode>;
  charts: ChartPanels;
}

function metricOf(node: MetricsNode | undefined): MetricDto | undefined {
  if (!node) return undefined;
  if (node.kind === 'metric' || node.kind === 'observation') return node.metric;
  return undefined;
}

function observationOf(node: MetricsNode | ObservationDto | undefined): ObservationDto | undefined {
  if (!node) return undefined;
  if ('kind' in node) return node.kind === 'observation' ? node.observation : undefined;
  return node;
}

/** A quick pick of every metric; it opens at once and shows progress while the server answers. */
async function pickMetric(source: MetricsSource): Promise<MetricDto | undefined> {
  type MetricItem = vscode.QuickPickItem & { metric: MetricDto };
  const picker = vscode.window.createQuickPick<MetricItem>();
  picker.title = vscode.l10n.t('FinCorpus: Show Metric Chart');
  picker.placeholder = vscode.l10n.t('Loading the metrics…');
  picker.matchOnDescription = true;
  picker.busy = true;
  const loading = new vscode.CancellationTokenSource();
  const chosen = new Promise<MetricDto | undefined>((resolve) => {
    picker.onDidAccept(() => {
      resolve(picker.selectedItems[0]?.metric);
      picker.hide();
    });
    picker.onDidHide(() => {
      loading.cancel();
      resolve(undefined);
    });
  });
  picker.show();
  try {
    const result = await source.metrics(undefined, loading.token);
    const metrics = result.subjects.flatMap((subject) => subject.metrics);
    picker.items = metrics.map((metric) => ({
      label: `${metric.conflicts > 0 ? '$(warning) ' : ''}${metric.subject} · ${metric.metric}`,
      description: `${metric.unit} · ${metric.observations.length === 1 ? vscode.l10n.t('1 observation') : vscode.l10n.t('{0} observations', metric.observations.length)}`,
      metric,
    }));
    picker.placeholder = metrics.length > 0 ? vscode.l10n.t('Choose a metric') : vscode.l10n.t('The corpus index has no metrics yet');
  } catch (error) {
    picker.placeholder = vscode.l10n.t('Could not load the metrics: {0}', String(error));
  } finally {
    picker.busy = false;
  }
  const metric = await chosen;
  picker.dispose();
  loading.dispose();
  return metric;
}

async function exportMetrics(tree: MetricsTreeProvider): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: tree.filter ? vscode.l10n.t('Export the metrics matching "{0}"', tree.filter) : vscode.l10n.t('Export the metrics'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'fincorpus-metrics.csv') : undefined,
    filters: { CSV: ['csv'], JSON: ['json'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return;
  const result = tree.metrics;
  const text = target.path.toLowerCase().endsWith('.json') ? toJson(result, documentLabel) : toCsv(exportRows(result, documentLabel));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(vscode.l10n.t('FinCorpus: exported the metrics to {0}.', vscode.workspace.asRelativePath(target)));
}

async function revealInOtherDocuments(node: MetricsNode | undefined): Promise<void> {
  const metric = metricOf(node);
  const observation = observationOf(node);
  if (!metric || !observation) return;
  const others = metric.observations.filter((other) => other.uri !== observation.uri);
  if (others.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('FinCorpus: no other document reports {0} · {1}.', metric.subject, metric.metric));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    others.map((other) => ({
      label: `${other.conflict ? '$(error) ' : ''}${other.text}`,
      description: `${other.canonical} · ${describeAsOf(other)}`,
      detail: `${documentLabel(other.uri)}:${other.range.start.line + 1}`,
      observation: other,
    })),
    {
      title: vscode.l10n.t('{0} · {1} in other documents', metric.subject, metric.metric),
      placeHolder: vscode.l10n.t('Choose a figure to reveal'),
    },
  );
  if (picked) await revealObservation(picked.observation);
}

export function registerCommands(context: vscode.ExtensionContext, dependencies: CommandDependencies): void {
  const { connection, output, tree, view, charts } = dependencies;

  const setGrouping = async (grouping: Grouping): Promise<void> => {
    tree.setGrouping(grouping);
    await vscode.commands.executeCommand('setContext', contextKeys.grouping, grouping);
  };

  const applyFilter = async (filter: string | undefined): Promise<void> => {
    await tree.setFilter(filter);
    await vscode.commands.executeCommand('setContext', contextKeys.filtered, tree.filter !== undefined);
  };

  // The view's description names the active filter, and its message says when nothing matches.
  context.subscriptions.push(
    tree.onDidChangeTreeData(() => {
      view.description = tree.filter ? vscode.l10n.t('filter: {0}', tree.filter) : undefined;
      view.message = tree.filter && tree.rootNodes.length === 0 ? vscode.l10n.t('No metrics match "{0}".', tree.filter) : undefined;
    }),
  );

  const handlers: Record<(typeof commandIds)[keyof typeof commandIds], (...args: never[]) => unknown> = {
    [commandIds.restartServer]: () => connection.restart(),
    [commandIds.showServerLog]: () => output.show(true),
    [commandIds.refresh]: () => tree.refresh(),
    [commandIds.filter]: async () => {
      const filter = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter the metrics'),
        prompt: vscode.l10n.t('Text that the subject, the metric or the document must contain'),
        placeHolder: '微业贷, 授信, 2022 …',
        value: tree.filter ?? '',
      });
      if (filter !== undefined) await applyFilter(filter);
    },
    [commandIds.clearFilter]: () => applyFilter(undefined),
    [commandIds.groupBySubject]: () => setGrouping('subject'),
    [commandIds.groupByDocument]: () => setGrouping('document'),
    [commandIds.collapseAll]: () => vscode.commands.executeCommand(`workbench.actions.treeView.${metricsViewId}.collapseAll`),
    [commandIds.exportMetrics]: () => exportMetrics(tree),
    [commandIds.reveal]: (target: MetricsNode | ObservationDto | undefined) => {
      const observation = observationOf(target);
      return observation ? revealObservation(observation) : undefined;
    },
    [commandIds.copyCanonical]: async (node: MetricsNode | undefined) => {
      const observation = observationOf(node);
      if (!observation) return;
      await vscode.env.clipboard.writeText(observation.canonical);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', observation.canonical), 3000);
    },
    [commandIds.showChart]: async (node: MetricsNode | undefined) => {
      const metric = metricOf(node) ?? (await pickMetric(connection));
      if (metric) await charts.show(metric.key, `${metric.subject} · ${metric.metric}`);
    },
    [commandIds.revealInOtherDocuments]: (node: MetricsNode | undefined) => revealInOtherDocuments(node),
  };

  for (const [id, handler] of Object.entries(handlers)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown));
  }
  void vscode.commands.executeCommand('setContext', contextKeys.grouping, tree.grouping);
  void vscode.commands.executeCommand('setContext', contextKeys.filtered, false);
}
