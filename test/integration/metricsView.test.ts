import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { FinCorpusApi } from '../../client/src/extension';
import type { MetricNode, MetricsNode, ObservationNode } from '../../client/src/metricsModel';
import { activateFinCorpus, tabsWhere } from './helpers';

const labelOf = (item: vscode.TreeItem): string =>
  typeof item.label === 'string' ? item.label : (item.label?.label ?? '');

/** The chart panel's tab: VS Code reports webview view types with a prefix of its own. */
function chartTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('fincorpus.chart'));
}

describe('the metrics view and the chart', () => {
  let api: FinCorpusApi;
  let metrics: MetricNode[] = [];

  before(async () => {
    api = await activateFinCorpus();
    assert.ok(api.tree, 'activate() did not return the metrics tree in its API');
  });

  it('lists subjects, then metrics, then observations from every seed', async () => {
    // fincorpus/metrics is answered once the server's first scan is done: one refresh has the whole corpus.
    await api.tree.refresh();
    const roots = (await api.tree.getChildren()) ?? [];
    const rootLabels = roots.map((node) => labelOf(api.tree.getTreeItem(node) as vscode.TreeItem));
    assert.ok(rootLabels.includes('微众银行'), `no subject 微众银行 among ${JSON.stringify(rootLabels)}`);

    const subjects = roots.filter((node) => node.kind === 'subject');
    const children = await Promise.all(subjects.map(async (node) => (await api.tree.getChildren(node)) ?? []));
    metrics = children.flat().filter((node): node is MetricNode => node.kind === 'metric');
    assert.ok(metrics.length > 0, 'no metric under any subject');

    // A series: the same metric reported by more than one seed (DESIGN §2), e.g. WeBank's customers.
    const series = metrics.find((node) => new Set(node.observations.map((observation) => observation.uri)).size > 1);
    assert.ok(series, 'no metric is reported by more than one document');
    const rows = ((await api.tree.getChildren(series)) ?? []) as MetricsNode[];
    const observations = rows.filter((node): node is ObservationNode => node.kind === 'observation');
    assert.equal(observations.length, series.observations.length);
    for (const node of observations) {
      const item = api.tree.getTreeItem(node) as vscode.TreeItem;
      assert.equal(labelOf(item), node.observation.text);
      assert.match(String(item.description), /\.txt:\d+/, `the row of ${node.observation.text} does not say where it is`);
      assert.equal(item.command?.command, 'fincorpus.metrics.reveal');
    }
  });

  it('clicking an observation reveals the figure in its document', async () => {
    const metric = metrics[0];
    assert.ok(metric, 'the previous test found no metric');
    const observation = metric.observations[0]!;
    const item = api.tree.getTreeItem({ kind: 'observation', id: 'reveal', metric: metric.metric, observation, conflictsWith: [] }) as vscode.TreeItem;
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor is active after the click');
    assert.equal(editor.document.uri.toString(), observation.uri, "the observation's document is not the active editor");
    assert.equal(editor.selection.start.line, observation.range.start.line);
    assert.equal(editor.document.getText(editor.selection), observation.text);
  });

  it('"Show Chart" on a metric opens its chart in a webview', async () => {
    const metric = metrics.find((node) => node.observations.length > 1) ?? metrics[0];
    assert.ok(metric, 'the first test found no metric');
    await vscode.commands.executeCommand('fincorpus.metrics.showChart', metric);
    const tab = await tabsWhere('the chart webview tab', chartTab);
    assert.match(tab.label, new RegExp(metric.metric.metric.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.ok(api.charts.openKeys.includes(metric.metric.key), `the chart of ${metric.metric.key} is not among the open charts`);
  });
});
