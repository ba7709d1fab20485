/**
 * The text the claims read. Some outlets gloss characters with their pinyin in brackets (實(shí)現,
 * 機(jī)構(gòu)), which splits names and metric phrases apart; text extracted from a PDF with a running
 * line index breaks words at every line (單賬戶 IT 運⏎33、維成本). The view drops the glosses and the
 * line breaks with their markers, and moves the mentions to its offsets; claims refer to mentions by
 * index, so nothing has to be mapped back.
 */
import { hasRunningLineIndex } from '../datesText';
import type { Mention } from '../types';

/** A bracketed pinyin syllable with a tone mark (the bracket and what follows it). */
const pinyinGloss = /^\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/;

export interface ReadingView {
  text: string;
  mentions: readonly Mention[];
  /** View offsets, ascending, where an extracted line break was joined: lines still end there for the rules that read lines. */
  joinedLineEnds: readonly number[];
}

interface Cut {
  start: number;
  end: number;
}

function glossCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  // Only a bracket right after a Chinese character is looked at, so ordinary text costs an indexOf.
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before < 0x3400 || before > 0x9fff) continue;
    const gloss = pinyinGloss.exec(text.slice(at, at + 13));
    if (gloss) cuts.push({ start: at, end: at + gloss[0].length });
  }
  return cuts;
}

/**
 * A line break inside a sentence and the running index of the next line (the joiner the date view
 * drops). A line that ends a sentence most likely ends a paragraph too: its break stays, so that a
 * period stated in one paragraph does not run on through the whole extracted report.
 */
function lineIndexCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  const joiner = /\r?\n[0-9]{1,4}、[ \t]*/g;
  for (let match = joiner.exec(text); match; match = joiner.exec(text)) {
    if (sentenceEnd.test(text.charAt(match.index - 1))) continue;
    cuts.push({ start: match.index, end: match.index + match[0].length });
  }
  return cuts;
}
const lineMarker = /\n[0-9]{1,4}、/;
const sentenceEnd = /[。！？!?；;：:」』”"]/;

export function readingView(text: string, mentions: readonly Mention[]): ReadingView {
  const glosses = text.includes('(') ? glossCuts(text) : [];
  // A running index needs lines that start with one: most texts have none, found by one scan.
  const joiners = lineMarker.test(text) && hasRunningLineIndex(text) ? lineIndexCuts(text) : [];
  const cuts = joiners.length === 0 ? glosses : glosses.length === 0 ? joiners : [...glosses, ...joiners].sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return { text, mentions, joinedLineEnds: [] };
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
  return {
    text: viewText,
    mentions: mentions.map((mention) => ({ ...mention, start: toView(mention.start), end: toView(mention.end) })),
    joinedLineEnds: joiners.map((joiner) => toView(joiner.start)),
  };
}
