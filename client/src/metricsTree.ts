/**
 * The metrics view: subject → metric → observations (or document → metric → observations), fed by
 * the `fincorpus/metrics` request. Tree item ids are stable, so a refresh keeps what was expanded.
 */
import * as vscode from 'vscode';
import type { MetricsResult, ObservationDto } from '../../server/src/protocol';
import {
  buildMetricsTree,
  childrenOf,
  describeAsOf as describeAsOfIn,
  describeObservation as describeObservationIn,
  metricLabel,
  type Grouping,
  type MetricNode,
  type MetricsNode,
  type ObservationNode,
} from './metricsModel';
import { emptyMetrics, type MetricsSource } from './serverConnection';

export const metricsViewId = 'fincorpus.metrics';
export const revealObservationCommand = 'fincorpus.metrics.reveal';

/** The document's path relative to its workspace folder, as the tree and the exports show it. */
export function documentLabel(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

const conflictColor = new vscode.ThemeColor('list.errorForeground');

/** An observation's as-of period in the editor's language. */
export function describeAsOf(observation: ObservationDto): string {
  return describeAsOfIn(observation, (period) => vscode.l10n.t('{0} (document date)', period));
}

/** "超3.6亿 in seeds/004.txt:12" in the editor's language. */
function describeObservation(observation: ObservationDto, label: (uri: string) => string): string {
  return describeObservationIn(observation, label, (text, place) => vscode.l10n.t('{0} in {1}', text, place));
}

// Counts are worded through vscode.l10n with literal messages, so that the l10n export finds them.
function metricCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 metric') : vscode.l10n.t('{0} metrics', count);
}

function observationCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 observation') : vscode.l10n.t('{0} observations', count);
}

function conflictSuffix(conflicts: number): string {
  if (conflicts === 0) return '';
  return ` · ${conflicts === 1 ? vscode.l10n.t('1 conflict') : vscode.l10n.t('{0} conflicts', conflicts)}`;
}

function observationTooltip(node: ObservationNode): vscode.MarkdownString {
  const { observation, metric } = node;
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escape(observation.text)}** → ${escape(observation.canonical)}\n\n`);
  tooltip.appendMarkdown(
    `${escape(metric.subject)} · ${escape(metric.metric)} (${escape(metric.unit)}), ${vscode.l10n.t('as of {0}', escape(describeAsOf(observation)))}\n\n`,
  );
  tooltip.appendMarkdown(`${escape(describeObservation(observation, documentLabel))}`);
  tooltip.appendMarkdown(
    `\n\n${vscode.l10n.t(
      'Subject: {0} · metric: {1} · period: {2} (confidence {3} of 3)',
      observation.provenance.subject,
      observation.provenance.metric,
      observation.provenance.period,
      observation.confidence,
    )}`,
  );
  if (node.conflictsWith.length > 0) {
    tooltip.appendMarkdown(`\n\n$(error) **${vscode.l10n.t('Conflicts with')}** `);
    tooltip.appendMarkdown(
      node.conflictsWith
        .map(
          (other) =>
            `${escape(describeObservation(other, documentLabel))} (${escape(other.canonical)}, ${vscode.l10n.t('as of {0}', escape(describeAsOf(other)))})`,
        )
        .join('; '),
    );
  }
  return tooltip;
}

function metricTooltip(node: MetricNode): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escape(node.metric.subject)} · ${escape(node.metric.metric)}** (${escape(node.metric.unit)})\n\n`);
  tooltip.appendMarkdown(observationCount(node.observations.length));
  const conflicting = node.children.filter((child) => child.conflictsWith.length > 0);
  if (conflicting.length > 0) {
    tooltip.appendMarkdown(`\n\n$(error) **${vscode.l10n.t('Conflicts')}**\n`);
    for (const child of conflicting) {
      const sides = [child.observation, ...child.conflictsWith].map(
        (side) => `${escape(describeObservation(side, documentLabel))} (${escape(side.canonical)})`,
      );
      tooltip.appendMarkdown(`\n- ${vscode.l10n.t('{0} vs {1}', sides[0] ?? '', sides.slice(1).join(', '))}`);
    }
  }
  return tooltip;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, (character) => `\\${character}`);
}

export function treeItemFor(node: MetricsNode): vscode.TreeItem {
  switch (node.kind) {
    case 'subject': {
      const item = new vscode.TreeItem(node.subject.subject, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${metricCount(node.children.length)}${conflictSuffix(node.conflicts)}`;
      item.iconPath = node.conflicts > 0 ? new vscode.ThemeIcon('error', conflictColor) : new vscode.ThemeIcon('organization');
      item.contextValue = node.conflicts > 0 ? 'subject.conflict' : 'subject';
      item.id = node.id;
      return item;
    }
    case 'document': {
      const uri = vscode.Uri.parse(node.uri);
      const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Collapsed);
      item.label = documentLabel(node.uri);
      item.description = `${metricCount(node.children.length)}${conflictSuffix(node.conflicts)}`;
      item.iconPath = node.conflicts > 0 ? new vscode.ThemeIcon('error', conflictColor) : vscode.ThemeIcon.File;
      item.contextValue = node.conflicts > 0 ? 'document.conflict' : 'document';
      item.id = node.id;
      return item;
    }
    case 'metric': {
      const item = new vscode.TreeItem(metricLabel(node), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.metric.unit} · ${observationCount(node.observations.length)}${conflictSuffix(node.conflicts)}`;
      item.iconPath = node.conflicts > 0 ? new vscode.ThemeIcon('warning', conflictColor) : new vscode.ThemeIcon('graph-line');
      item.tooltip = metricTooltip(node);
      item.contextValue = node.conflicts > 0 ? 'metric.conflict' : 'metric';
      item.id = node.id;
      return item;
    }
    case 'observation': {
      const { observation } = node;
      const item = new vscode.TreeItem(observation.text, vscode.TreeItemCollapsibleState.None);
      const where = `${documentLabel(observation.uri)}:${observation.range.start.line + 1}`;
      item.description = `${observation.canonical} · ${describeAsOf(observation)} · ${where}`;
      item.iconPath = observation.conflict ? new vscode.ThemeIcon('error', conflictColor) : new vscode.ThemeIcon('symbol-number');
      item.tooltip = observationTooltip(node);
      item.contextValue = observation.conflict ? 'observation.conflict' : 'observation';
      item.id = node.id;
      item.command = { command: revealObservationCommand, title: vscode.l10n.t('Reveal Figure'), arguments: [observation] };
      item.accessibilityInformation = {
        label: `${observation.text}, ${observation.canonical}, ${vscode.l10n.t('as of {0}', describeAsOf(observation))}, ${where}${observation.conflict ? `, ${vscode.l10n.t('conflicting')}` : ''}`,
      };
      return item;
    }
  }
}

export class MetricsTreeProvider implements vscode.TreeDataProvider<MetricsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MetricsNode | undefined>();
  private roots: MetricsNode[] = [];
  private parents = new Map<MetricsNode, MetricsNode>();
  private result: MetricsResult = emptyMetrics;
  private currentFilter: string | undefined;
  private currentGrouping: Grouping = 'subject';
  private pending: vscode.CancellationTokenSource | undefined;
  private loaded: Promise<void> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly source: MetricsSource) {}

  get filter(): string | undefined {
    return this.currentFilter;
  }

  get grouping(): Grouping {
    return this.currentGrouping;
  }

  /** The metrics the view shows now (after the filter), for the export. */
  get metrics(): MetricsResult {
    return this.result;
  }

  get rootNodes(): readonly MetricsNode[] {
    return this.roots;
  }

  setFilter(filter: string | undefined): Promise<void> {
    this.currentFilter = filter?.trim() || undefined;
    return this.refresh();
  }

  setGrouping(grouping: Grouping): void {
    this.currentGrouping = grouping;
    this.rebuild();
  }

  /** Asks the server again; a newer refresh cancels an older one. */
  refresh(): Promise<void> {
    this.pending?.cancel();
    const tokenSource = new vscode.CancellationTokenSource();
    this.pending = tokenSource;
    this.loaded = this.source.metrics(this.currentFilter, tokenSource.token).then(
      (result) => {
        if (tokenSource.token.isCancellationRequested) return;
        this.result = result;
        this.rebuild();
      },
      (error: unknown) => {
        if (tokenSource.token.isCancellationRequested) return;
        void vscode.window.showWarningMessage(vscode.l10n.t('FinCorpus: could not load the metrics ({0}).', String(error)));
      },
    );
    return this.loaded;
  }

  getTreeItem(node: MetricsNode): vscode.TreeItem {
    return treeItemFor(node);
  }

  async getChildren(node?: MetricsNode): Promise<MetricsNode[]> {
    if (node) return childrenOf(node);
    if (!this.loaded) await this.refresh();
    return this.roots;
  }

  getParent(node: MetricsNode): MetricsNode | undefined {
    return this.parents.get(node);
  }

  /** The metric node that shows a given observation, for "show chart" on an observation. */
  findObservation(observation: ObservationDto): ObservationNode | undefined {
    for (const [node] of this.parents) {
      if (node.kind === 'observation' && node.observation === observation) return node;
    }
    return undefined;
  }

  dispose(): void {
    this.pending?.cancel();
    this.changed.dispose();
  }

  private rebuild(): void {
    this.roots = buildMetricsTree(this.result, this.currentGrouping, documentLabel);
    this.parents = new Map();
    const remember = (node: MetricsNode): void => {
      for (const child of childrenOf(node)) {
        this.parents.set(child, node);
        remember(child);
      }
    };
    this.roots.forEach(remember);
    this.changed.fire(undefined);
  }
}
