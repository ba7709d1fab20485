/**
 * The text the claims read. Some outlets gloss characters with their pinyin in brackets (實(shí)現,
 * 機(jī)構(gòu)), which splits names and metric phrases apart. The view drops the glosses and moves the
 * mentions to its offsets; claims refer to mentions by index, so nothing has to be mapped back.
 */
import type { Mention } from '../types';

/** A bracketed pinyin syllable with a tone mark (the bracket and what follows it). */
const pinyinGloss = /^\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/;

export interface ReadingView {
  text: string;
  mentions: readonly Mention[];
}

export function readingView(text: string, mentions: readonly Mention[]): ReadingView {
  if (!text.includes('(')) return { text, mentions };
  const cuts: { start: number; end: number }[] = [];
  // Only a bracket right after a Chinese character is looked at, so ordinary text costs an indexOf.
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before < 0x3400 || before > 0x9fff) continue;
    const gloss = pinyinGloss.exec(text.slice(at, at + 13));
    if (gloss) cuts.push({ start: at, end: at + gloss[0].length });
  }
  if (cuts.length === 0) return { text, mentions };
  let viewText = '';
  let cursor = 0;
  for (const cut of cuts) {
    viewText += text.slice(cursor, cut.start);
    cursor = cut.end;
  }
  viewText += text.slice(cursor);
  // removedBefore[i]: how many code units the first i cuts removed.
  const removedBefore = [0];
  for (const cut of cuts) removedBefore.push(removedBefore[removedBefore.length - 1]! + cut.end - cut.start);
  const toView = (offset: number): number => {
    let low = 0;
    let high = cuts.length;
    // The number of cuts that start before the offset.
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cuts[middle]!.start < offset) low = middle + 1;
      else high = middle;
    }
    const inside = low > 0 && offset < cuts[low - 1]!.end;
    return inside ? cuts[low - 1]!.start - removedBefore[low - 1]! : offset - removedBefore[low]!;
  };
  return { text: viewText, mentions: mentions.map((mention) => ({ ...mention, start: toView(mention.start), end: toView(mention.end) })) };
}
