/**
 * Where every mark of the chart goes, computed without a DOM: time on the x axis (the as-of
 * period), the value on the y axis, one colour per document, whiskers from the lower to the upper
 * bound, open-ended arrows for one-sided bounds.
 */
import type { ChartData, ChartPoint } from './messages';

export interface Box {
  width: number;
  height: number;
}

export const margin = { top: 16, right: 24, bottom: 40, left: 72 };

export interface Tick {
  position: number;
  label: string;
}

export interface PointMark {
  /** Index into ChartData.points. */
  index: number;
  /** Index of the document's colour. */
  series: number;
  x: number;
  y: number;
  /** The as-of period as a horizontal bar; equal to x when the period is a single day. */
  periodStart: number;
  periodEnd: number;
  /** The whisker's ends; equal to y when the value is exact. */
  whiskerLow: number;
  whiskerHigh: number;
  /** True when the bound on that side is missing, so the whisker runs to the plot's edge. */
  openBelow: boolean;
  openAbove: boolean;
  conflict: boolean;
}

export interface ChartLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  marks: PointMark[];
  /** The documents in colour order. */
  series: string[];
  /** Indexes of the points that carry no number at all. */
  unplotted: number[];
}

const dayMs = 86_400_000;

export function isoDateToTime(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

function toNumber(decimal: string | null): number | undefined {
  if (decimal === null || decimal.trim() === '') return undefined;
  const number = Number(decimal);
  return Number.isFinite(number) ? number : undefined;
}

/** The values a point stands for: its value (or the bound it has) and its bounds, if any. */
export function pointValues(point: ChartPoint): { value: number; low?: number; high?: number } | undefined {
  const low = toNumber(point.low);
  const high = toNumber(point.high);
  const value = toNumber(point.value) ?? (low !== undefined && high !== undefined ? (low + high) / 2 : (low ?? high));
  if (value === undefined) return undefined;
  return { value, low, high };
}

/** 1, 2 or 5 times a power of ten, so that about `count` steps cover the span. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The value domain widened to whole steps, with room around a lone value. */
export function niceDomain(min: number, max: number, count = 5): { min: number; max: number; step: number } {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, count);
  // Rounding to twelve digits drops binary noise such as 5.6000000000000005.
  const tidy = (value: number): number => Number(value.toPrecision(12));
  return { min: tidy(Math.floor(min / step) * step), max: tidy(Math.ceil(max / step) * step), step };
}

function timeTicks(start: number, end: number): Array<{ time: number; label: string }> {
  const first = new Date(start);
  const months = (end - start) / (30.44 * dayMs);
  const stepMonths = months > 300 ? 60 : months > 96 ? 24 : months > 30 ? 12 : months > 8 ? 3 : 1;
  const ticks: Array<{ time: number; label: string }> = [];
  let year = first.getUTCFullYear();
  let month = stepMonths >= 12 ? 0 : Math.floor(first.getUTCMonth() / stepMonths) * stepMonths;
  if (stepMonths >= 12) year = Math.floor(year / (stepMonths / 12)) * (stepMonths / 12);
  for (let guard = 0; guard < 200; guard++) {
    const time = Date.UTC(year, month, 1);
    if (time > end) break;
    if (time >= start) {
      const label = stepMonths >= 12 ? String(year) : `${year}-${String(month + 1).padStart(2, '0')}`;
      ticks.push({ time, label });
    }
    month += stepMonths;
    year += Math.floor(month / 12);
    month %= 12;
  }
  return ticks;
}

export function layoutChart(
  data: ChartData,
  box: Box,
  formatValue: (value: number) => string = (value) => String(value),
): ChartLayout {
  const plot = {
    left: margin.left,
    top: margin.top,
    right: Math.max(margin.left + 40, box.width - margin.right),
    bottom: Math.max(margin.top + 40, box.height - margin.bottom),
  };
  const series: string[] = [];
  const unplotted: number[] = [];
  const plotted: Array<{ index: number; values: NonNullable<ReturnType<typeof pointValues>>; start: number; end: number }> = [];
  data.points.forEach((point, index) => {
    const values = pointValues(point);
    if (!values) {
      unplotted.push(index);
      return;
    }
    if (!series.includes(point.document)) series.push(point.document);
    plotted.push({ index, values, start: isoDateToTime(point.asOfStart), end: isoDateToTime(point.asOfEnd) });
  });
  if (plotted.length === 0) return { plot, xTicks: [], yTicks: [], marks: [], series, unplotted };

  const numbers = plotted.flatMap(({ values }) => [values.value, values.low, values.high].filter((n): n is number => n !== undefined));
  const lowest = Math.min(...numbers);
  const highest = Math.max(...numbers);
  // A margin of 5% keeps the extreme points off the axes.
  const domain = niceDomain(lowest - (highest - lowest) * 0.05, highest + (highest - lowest) * 0.05);
  let timeStart = Math.min(...plotted.map((p) => p.start));
  let timeEnd = Math.max(...plotted.map((p) => p.end));
  // A little room on both sides, and half a year around a single day.
  const timePad = timeEnd === timeStart ? 182 * dayMs : (timeEnd - timeStart) * 0.05;
  timeStart -= timePad;
  timeEnd += timePad;

  const xOf = (time: number): number => plot.left + ((time - timeStart) / (timeEnd - timeStart)) * (plot.right - plot.left);
  const yOf = (value: number): number => plot.bottom - ((value - domain.min) / (domain.max - domain.min)) * (plot.bottom - plot.top);

  // Points of different documents at the same period are spread a little so that none hides another.
  const sameSpot = new Map<number, number[]>();
  for (const p of plotted) {
    const list = sameSpot.get(p.end) ?? [];
    list.push(p.index);
    sameSpot.set(p.end, list);
  }

  const marks = plotted.map(({ index, values, start, end }): PointMark => {
    const point = data.points[index] as ChartPoint;
    const neighbours = sameSpot.get(end) ?? [index];
    const offset = (neighbours.indexOf(index) - (neighbours.length - 1) / 2) * 8;
    const x = xOf(end) + offset;
    const y = yOf(values.value);
    const openBelow = values.low === undefined && values.high !== undefined;
    const openAbove = values.high === undefined && values.low !== undefined;
    return {
      index,
      series: series.indexOf(point.document),
      x,
      y,
      periodStart: xOf(start) + offset,
      periodEnd: x,
      whiskerLow: openBelow ? plot.bottom : yOf(values.low ?? values.value),
      whiskerHigh: openAbove ? plot.top : yOf(values.high ?? values.value),
      openBelow,
      openAbove,
      conflict: point.conflict,
    };
  });

  const yTicks: Tick[] = [];
  for (let value = domain.min; value <= domain.max + domain.step / 2; value += domain.step) {
    // Rounding keeps 0.1 + 0.2 from printing as 0.30000000000000004.
    const rounded = Number(value.toPrecision(12));
    yTicks.push({ position: yOf(rounded), label: formatValue(rounded) });
  }
  const xTicks = timeTicks(timeStart, timeEnd).map(({ time, label }) => ({ position: xOf(time), label }));
  return { plot, xTicks, yTicks, marks, series, unplotted };
}
