/**
 * 元 without a named currency is the money of the market the press writes for: a Hong Kong bank's 盈利221.5亿元 is
 * in Hong Kong dollars, a Taiwanese holding's 获利1208.5亿元 in New Taiwan dollars. The figure recogniser reads
 * every bare 元 as yuan, knowing nobody yet; once a claim names whose figure it is, an organisation whose lexicon
 * entry sets another currency takes the figure in it, unless the document says its amounts are in renminbi
 * (（人民币，下同）) or the figure names its currency itself. A note naming another currency (72.95亿元（美元，下同）)
 * moves the bare 元 amounts from the noted figure on, whoever they belong to.
 */
import type { LexiconEntry } from './config';
import type { Claim, FigureMention, Mention } from './types';

/** The figure's own words name its currency, and they are not a bare 元. */
const namedCurrency = /人民币|人民幣|RMB|CNY|yuan|renminbi|[¥￥$]|美元|港元|港币|港幣|台币|台幣|臺幣|澳门元|澳門元|葡币|新加坡元|新元/i;
/** A bare 元 (亿元, 元) or a magnitude without a currency (221.5亿) ends the figure. */
const bareYuan = /(?:[0-9一二三四五六七八九十百千万萬亿億兆][\s\u3000]*元|[万萬亿億兆])$/;
/** A group of financial holding companies, as Taiwan's press names them (金控 is its word). */
const taiwanHoldingsGroup = /^(?:\d+家|整体|上市|公股|民营)?金控$/;
/** Home currencies the local press writes with a bare $. */
const dollarCurrencies = new Set(['HKD', 'SGD', 'TWD']);
/** An amount opened by a bare dollar sign, with no country's letters before it (US$, S$ and HK$ name theirs). */
const bareDollar = /^[-+−]?[ ]?\$/;
/** A note that the document's amounts are in renminbi: （人民币，下同）, 人民币‧下同, 以人民币列示. */
const renminbiNote = /(?:人民币|人民幣)[\s\u3000]*[，,、‧·.．]?[\s\u3000]*下同|以(?:人民币|人民幣)(?:列示|计|計)/;

export function homeCurrencies(lexicon: readonly LexiconEntry[]): ReadonlyMap<string, string> {
  const currencies = new Map<string, string>();
  for (const entry of lexicon) if (entry.currency && entry.currency !== 'CNY') currencies.set(entry.canonical, entry.currency);
  return currencies;
}

/**
 * The mentions and claims of a document with each bare-元 amount of an organisation that counts in another
 * currency moved to that currency. The arrays are returned unchanged when nothing moves.
 */
export function inHomeCurrencies(
  text: string,
  mentions: Mention[],
  claims: Claim[],
  currencies: ReadonlyMap<string, string>,
): { mentions: Mention[]; claims: Claim[] } {
  if (claims.length === 0 || renminbiNote.test(text)) return { mentions, claims };
  let moved: Mention[] | null = null;
  let movedClaims: Claim[] | null = null;
  claims.forEach((claim, i) => {
    // Taiwan's holdings as a group (13家金控, 整体金控) count in New Taiwan dollars as each of them does.
    const home = currencies.get(claim.subject) ?? (taiwanHoldingsGroup.test(claim.subject) ? 'TWD' : undefined);
    const mention = mentions[claim.mention];
    if (!home || mention?.kind !== 'figure') return;
    // "$3.70 billion" of a Singapore or a Hong Kong bank is in its own dollars, as the local press writes them.
    // (A bracketed "$" after an amount in another currency, "HK$6.88 billion ($876.45m)", is its conversion to US dollars.)
    const bareDollarAmount =
      claim.unit === 'USD' && mention.unit === 'USD' && dollarCurrencies.has(home) && bareDollar.test(mention.text) && !/[（(][ ]?$/.test(text.slice(Math.max(0, mention.start - 2), mention.start)) &&
      // …nor one whose local amount follows it in brackets ("$876.45m (HK$6.88b)").
      !/^[ ]?[（(][ ]?(?:HK|S|NT|US)\$/.test(text.slice(mention.end, mention.end + 6));
    if (!bareDollarAmount) {
      if (claim.unit !== 'CNY' || mention.unit !== 'CNY') return;
      if (namedCurrency.test(mention.text) || !bareYuan.test(mention.text)) return;
    }
    moved ??= [...mentions];
    movedClaims ??= [...claims];
    moved[claim.mention] = { ...mention, unit: home } as FigureMention;
    movedClaims[i] = { ...claim, unit: home as Claim['unit'] };
  });
  return { mentions: moved ?? mentions, claims: movedClaims ?? claims };
}

/** A note that the amounts from here on are in another currency: （美元，下同）, (美元．下同), （港元，下同）. */
const otherCurrencyNote = /[（(][\s\u3000]*(美元|港元|港币|港幣)[\s\u3000]*[，,、‧·.．]?[\s\u3000]*下同[\s\u3000]*[)）]/g;
/** 下同 alone in brackets: the unit of the amount right before it goes on. */
const sameBelowNote = /[（(][\s\u3000]*下同[\s\u3000]*[)）]/g;
const notedCurrencies: Readonly<Record<string, string>> = { 美元: 'USD', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD' };
/** How far before its note the noted figure may end (72.95億元(美元．下同)): the note follows it at once. */
const noteReach = 2;

/**
 * The mentions and claims of a document with each bare-元 amount from a currency note on moved to the noted
 * currency (72.95億元(美元．下同)，…231.05億元: both in US dollars). Returned unchanged when the text has no note.
 */
export function inNotedCurrency(text: string, mentions: Mention[], claims: Claim[]): { mentions: Mention[]; claims: Claim[] } {
  const notes = [...text.matchAll(otherCurrencyNote)].map((match) => ({ at: match.index, currency: notedCurrencies[match[1]!]! }));
  // 104亿美元(下同): a bare 下同 after an amount that names its currency notes that currency.
  if (text.includes('下同')) {
    for (const match of text.matchAll(sameBelowNote)) {
      const named = mentions.find((mention): mention is FigureMention => mention.kind === 'figure' && mention.end <= match.index && match.index - mention.end <= noteReach && (mention.unit === 'USD' || mention.unit === 'HKD'));
      if (named) notes.push({ at: match.index, currency: named.unit });
    }
    notes.sort((a, b) => a.at - b.at);
  }
  if (notes.length === 0) return { mentions, claims };
  const moved = [...mentions];
  const movedIndices = new Map<number, string>();
  mentions.forEach((mention, i) => {
    if (mention.kind !== 'figure' || mention.unit !== 'CNY' || namedCurrency.test(mention.text) || !bareYuan.test(mention.text)) return;
    // The last note at or right after the figure governs it.
    let currency: string | null = null;
    for (const note of notes) if (note.at <= mention.end + noteReach) currency = note.currency;
    if (!currency) return;
    moved[i] = { ...mention, unit: currency } as FigureMention;
    movedIndices.set(i, currency);
  });
  if (movedIndices.size === 0) return { mentions, claims };
  return { mentions: moved, claims: claims.map((claim) => (movedIndices.has(claim.mention) ? { ...claim, unit: movedIndices.get(claim.mention) as Claim['unit'] } : claim)) };
}
