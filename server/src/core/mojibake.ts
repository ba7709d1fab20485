import type { MojibakeStretch } from './types';

/** Stretches of GBK text decoded with slipped byte framing, with their likely original text. */
export function detectMojibake(_text: string): MojibakeStretch[] {
  return [];
}
