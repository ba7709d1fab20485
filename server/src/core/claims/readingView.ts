/**
 * The text the claims read. Some outlets gloss characters with their pinyin in brackets (實(shí)現,
 * 機(jī)構(gòu)), which splits names and metric phrases apart. The view drops the glosses and moves the
 * mentions to its offsets; claims refer to mentions by index, so nothing has to be mapped back.
 */
import type { Mention } from '../types';

/** A bracketed pinyin syllable with a tone mark, right after a Chinese character. */
const pinyinGloss = /(?<=[\u3400-\u9fff])\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/g;

export interface ReadingView {
  text: string;
  mentions: readonly Mention[];
}

export function readingView(text: string, mentions: readonly Mention[]): ReadingView {
  if (!text.includes('(')) return { text, mentions };
  const cuts: { start: number; end: number }[] = [];
  for (const match of text.matchAll(pinyinGloss)) cuts.push({ start: match.index, end: match.index + match[0].length });
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
