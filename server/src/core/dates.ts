import type { CancellationToken } from './cancellation';
import type { DateMention, DocumentDate } from './types';
import type { ZoneMask } from './zoneMask';

/** The document's own date: front matter `date:`, `发布时间`, a newspaper date line. */
export function detectDocumentDate(_text: string): DocumentDate | null {
  return null;
}

/** Dates and periods, resolved to intervals; relative ones against the document date. */
export function recogniseDates(
  _text: string,
  _mask: ZoneMask,
  _documentDate: string | null,
  _token: CancellationToken,
): DateMention[] {
  return [];
}
