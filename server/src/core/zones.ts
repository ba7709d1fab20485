import type { NumericRun, Zone } from './types';
import { footnoteMarkerZones, listMarkerZones, pageNumberZones, runningHeaderPages, type PageNumber } from './zonesLayout';
import {
  bareDomainZones,
  cssRuleZones,
  emailZones,
  entityZones,
  frontMatterZones,
  markupZones,
  phoneZones,
  urlZones,
} from './zonesMarkup';
import { ZoneMask } from './zoneMask';
import { isGluedDigitRun } from './zonesDigits';

export { isGluedDigitRun } from './zonesDigits';

function byPosition(a: Zone, b: Zone): number {
  return a.start - b.start || a.end - b.end;
}

/** Markup, URLs and contact details: the zones whose digits are never text. */
function structuralZones(text: string): Zone[] {
  const zones: Zone[] = [];
  frontMatterZones(text, zones);
  markupZones(text, zones);
  cssRuleZones(text, zones);
  entityZones(text, zones);
  urlZones(text, zones);
  bareDomainZones(text, zones);
  emailZones(text, zones);
  phoneZones(text, zones);
  return zones;
}

/**
 * Finds the regions of a document that hold no figures: front matter, HTML tags and attributes,
 * URLs, e-mail addresses, phone numbers, list markers, page numbers, footnote markers … Zones may
 * overlap (a URL inside a tag); they are sorted by start.
 */
export function findZones(text: string): Zone[] {
  return layoutZones(text, structuralZones(text), runningHeaderPages(text));
}

function layoutZones(text: string, structural: readonly Zone[], headerPages: readonly PageNumber[]): Zone[] {
  const zones = [...structural];
  listMarkerZones(text, zones);
  pageNumberZones(text, zones, headerPages);
  footnoteMarkerZones(text, zones);
  return zones.sort(byPosition);
}

/** The zones and the numeric runs of a text, which share the structural zones and the running page numbers: each found once. */
export function findZonesAndNumericRuns(text: string): { zones: Zone[]; numericRuns: NumericRun[] } {
  const structural = structuralZones(text);
  const headerPages = runningHeaderPages(text);
  return { numericRuns: numericRunsOutside(text, structural, headerPages), zones: layoutZones(text, structural, headerPages) };
}

/**
 * Flattened charts and tables: glued digit runs (axis ticks 0100200300…, year axes 20152016…,
 * data labels 16.36108.2235.33…) that are reported once each instead of as dozens of figures.
 * A page number glued to the end of a run (…555.3310中國…) is left out of it.
 */
export function findNumericRuns(text: string): NumericRun[] {
  return numericRunsOutside(text, structuralZones(text), runningHeaderPages(text));
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const DOT = 0x2e;
const HYPHEN = 0x2d;

const GLUED_CANDIDATE = /\d[\d.-]*/g;

/**
 * The candidates are the matches of GLUED_CANDIDATE: a digit, then digits, dots and hyphens. Most are
 * plain numbers, which {@link cannotBeGluedRun} rejects on the text itself, without a slice or a pattern.
 */
function numericRunsOutside(text: string, structuralZones: readonly Zone[], headerPages: readonly PageNumber[]): NumericRun[] {
  const structural = new ZoneMask(structuralZones);
  const pageStarts = new Set(headerPages.map((page) => page.start));
  const runs: NumericRun[] = [];
  GLUED_CANDIDATE.lastIndex = 0;
  for (let match = GLUED_CANDIDATE.exec(text); match; match = GLUED_CANDIDATE.exec(text)) {
    const candidateStart = match.index;
    const matchEnd = candidateStart + match[0].length;
    let end = matchEnd;
    while (end > candidateStart && (text.charCodeAt(end - 1) === DOT || text.charCodeAt(end - 1) === HYPHEN)) end--;
    if (pageStarts.size > 0) {
      for (let page = candidateStart + 1; page < end; page++) {
        if (pageStarts.has(page)) {
          end = page;
          break;
        }
      }
    }
    // Codes and model names glued to Latin letters (sz300832, A3327) are not charts.
    if (isAsciiLetter(text.charCodeAt(candidateStart - 1)) || isAsciiLetter(text.charCodeAt(end))) continue;
    if (cannotBeGluedRun(text, candidateStart, end)) continue;
    const before = text[candidateStart - 1] ?? '';
    const after = text[end] ?? '';
    const run = text.slice(candidateStart, end);
    if (!isGluedDigitRun(run, before, after) || structural.intersects(candidateStart, end)) continue;
    runs.push({ start: candidateStart, end, text: run });
  }
  return runs;
}

/**
 * True when {@link isGluedDigitRun} is false for text[start, end) whatever stands around it: no
 * hyphen, at most one dot, fewer than twelve digits before it and no leading zero of an integer
 * (the branches of that test that can answer true).
 */
export function cannotBeGluedRun(text: string, start: number, end: number): boolean {
  let dots = 0;
  let integerDigits = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === HYPHEN) return false;
    if (code === DOT) {
      if (integerDigits < 0) integerDigits = i - start;
      dots++;
    }
  }
  if (dots >= 2) return false;
  if (integerDigits < 0) integerDigits = end - start;
  if (integerDigits >= 12) return false;
  return !(integerDigits >= 2 && dots === 0 && text.charCodeAt(start) === 0x30);
}
