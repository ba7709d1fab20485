import type { CancellationToken } from './cancellation';
import type { FigureMention } from './types';
import type { ZoneMask } from './zoneMask';

/** Figures (amounts, counts, percentages …) outside the masked regions, as exact-decimal intervals. */
export function recogniseFigures(_text: string, _mask: ZoneMask, _token: CancellationToken): FigureMention[] {
  return [];
}
