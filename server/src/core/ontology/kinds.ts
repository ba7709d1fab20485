/**
 * The vocabulary of the metric ontology: what a concept measures and which units it can take.
 * Kept apart from the concept data so that the corpus config schema can use it without the data.
 */

/** flow: over a period; stock: at a moment; ratio: a rate or share; count: things counted at a moment. */
export const conceptKinds = ['flow', 'stock', 'ratio', 'count'] as const;
export type ConceptKind = (typeof conceptKinds)[number];

/** When a ratio is measured; see MetricConcept.timing. */
export type RatioTiming = 'moment' | 'period';

export const unitFamilies = ['money', 'percent', 'count', 'multiple', 'duration', 'other'] as const;
export type UnitFamily = (typeof unitFamilies)[number];

export interface MetricConcept {
  /** The zh-Hans canonical label, used as the claim key (净利润, 归母净利润, 资产总额). */
  id: string;
  kind: ConceptKind;
  labels: { zhHans: string; zhHant: string; en: string };
  /** Aliases in simplified Chinese (traditional text is simplified before lookup). */
  zh: string[];
  /** English aliases, lower case, single spaces. */
  en: string[];
  units: UnitFamily[];
  /** A running total since some start (cards issued to date, cumulative loans disbursed). */
  cumulative?: boolean;
  /**
   * When a ratio is measured: at a moment like a stock (不良贷款率, 资本充足率 at the end of 2024: a ratio of
   * balances) or over a period like a flow (净息差, 净资产收益率: a ratio of flows or averages). Unset, a ratio
   * keeps the period as stated (市净率 on a trading day).
   */
  timing?: RatioTiming;
  /**
   * A statistic of the whole country (广义货币, 社会融资规模存量), which no bank states of itself: without a
   * subject named for it, it is the central bank's, which publishes it.
   */
  nationwide?: boolean;
  /**
   * The authority that publishes a territory's statistic (Hong Kong's 港元存款 and 港元贷存比率 are the Monetary
   * Authority's): without a subject named for it, or with only the population it counts (认可机构), it is the publisher's.
   */
  publisher?: string;
}
