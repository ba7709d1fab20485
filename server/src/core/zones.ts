import type { NumericRun, Zone } from './types';

/**
 * Finds the regions of a document that hold no figures: front matter, HTML tags and attributes,
 * URLs, e-mail addresses, phone numbers, list markers, page numbers, flattened chart digit runs …
 */
export function findZones(_text: string): Zone[] {
  return [];
}

/** Flattened charts and tables: glued digit runs that are reported once each. */
export function findNumericRuns(_text: string): NumericRun[] {
  return [];
}
