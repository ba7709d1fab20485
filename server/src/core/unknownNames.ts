/**
 * Quoted names shaped like products (“…贷”, “…+”, “…平台”) that the lexicon does not know: the
 * analyzer records them with a document's facts, an unknown-product finding reports them and a
 * code action offers them to the lexicon. Plain text in, spans out.
 */
import type { DocumentFacts, UnknownName } from './types';

const quoted = /[“「"『]([^“”「」"『』\n]{1,16})[”」"』]/g;
const productShaped = /(?:贷|貸|\+|＋|平台)$/;

export function findUnknownNames(text: string, facts: Pick<DocumentFacts, 'mentions' | 'zones' | 'mojibake'>): UnknownName[] {
  const products = facts.mentions.filter((mention) => mention.kind === 'product');
  const masked = [...facts.zones, ...facts.mojibake];
  const found: UnknownName[] = [];
  for (const match of text.matchAll(quoted)) {
    const name = match[1]!.trim();
    if (!productShaped.test(name) || name.length < 2) continue;
    const start = match.index + match[0].indexOf(name);
    const end = start + name.length;
    // A lexicon match covering the whole name makes it known; a partial one (微众银行 in “微众银行财富+”) does not.
    if (products.some((product) => product.start <= start && end <= product.end)) continue;
    if (masked.some((zone) => zone.start < end && start < zone.end)) continue;
    found.push({ start, end, name });
  }
  return found;
}
