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

const GLUED_CANDIDATE = /\d[\d.-]*/g;
/**
 * Flattened charts and tables: glued digit runs (axis ticks 0100200300…, year axes 20152016…,
 * data labels 16.36108.2235.33…) that are reported once each instead of as dozens of figures.
 * A page number glued to the end of a run (…555.3310中國…) is left out of it.
 */
export function findNumericRuns(text: string): NumericRun[] {
  return numericRunsOutside(text, structuralZones(text), runningHeaderPages(text));
}

function numericRunsOutside(text: string, structuralZones: readonly Zone[], headerPages: readonly PageNumber[]): NumericRun[] {
  const structural = new ZoneMask(structuralZones);
  const pageStarts = new Set(headerPages.map((page) => page.start));
  const runs: NumericRun[] = [];
  for (const match of text.matchAll(GLUED_CANDIDATE)) {
    let end = match.index + match[0].length;
    while (end > match.index && /[.-]/.test(text[end - 1]!)) end--;
    for (let page = match.index + 1; page < end; page++) {
      if (pageStarts.has(page)) {
        end = page;
        break;
      }
    }
    const start = match.index;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    // Codes and model names glued to Latin letters (sz300832, A3327) are not charts.
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue;
    const run = text.slice(start, end);
    if (!isGluedDigitRun(run, before, after) || structural.intersects(start, end)) continue;
    runs.push({ start, end, text: run });
  }
  return runs;
}
