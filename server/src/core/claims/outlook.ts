/** Targets and forecasts, kept apart from actuals: their metric keys say so. */
import type { Claim, DocumentDate } from '../types';

export type Outlook = 'target' | 'forecast';

// 预期信贷损失 (expected credit losses) is a measure under IFRS 9, not a forecast.
const forecastWords = /预计|预期(?!信[贷用]损失|信[貸用]損失)|预测|有望|展望|估计|\b(?:expects?|expected|forecasts?|forecast|projects?|projected|estimates?|estimated|outlook|guidance|anticipates?)\b/i;
const targetWords =
  /目标(?!客)|计划|规划|力争|争取|(?<![模虚])拟|打算|将(?:会|要)?(?:突破|达到|达|超过|超|增至|增长|提升|提高|实现|新增|降至|保持|扩大|覆盖|服务)|\b(?:plans?|planned|aims?|aiming|targets?|targeting|intends?|seeks?|goal|will|pledged?)\b/i;

/**
 * Whether a figure states a target or a forecast rather than an actual: a planning word in its
 * clause, or in its sentence when the period lies after the document date (到2025年末…将突破, plans to
 * lift … by 2025). A future period alone is not enough: document dates can be wrong.
 */
export function outlookOf(sentenceBefore: string, clauseBefore: string, asOf: Claim['asOf'], documentDate: DocumentDate | null): Outlook | null {
  const future = asOf.source === 'text' && documentDate !== null && asOf.end > documentDate.date;
  const scope = future ? sentenceBefore + clauseBefore : clauseBefore;
  if (forecastWords.test(scope)) return 'forecast';
  if (targetWords.test(scope)) return 'target';
  return null;
}

/** 资产总额 → 资产总额目标; a key that already says so (资产总额目标) is kept. */
export function outlookMetric(metric: string, outlook: Outlook): string {
  // 目标价 (an analyst's target price) and 盈利预测 name an outlook already.
  if (/目标|预测/.test(metric) && !/(?:目标|预测)$/.test(metric)) return metric;
  const base = metric.replace(/预计|预期|有望/g, '').replace(/(?:目标|预测|计划)$/, '');
  return `${base || metric}${outlook === 'target' ? '目标' : '预测'}`;
}

/** A distribution the board proposes (拟每10股派现, "proposed a dividend of", "will pay") is a decision, not a target. */
export function isDistribution(metric: string): boolean {
  return /^(?:末期|中期|特别)?(?:每股股利|每10股派息|现金分红总额|分红比例)$/.test(metric);
}
