/**
 * Word lists indexed by their first and last character, so that matching a list at a position costs
 * a map look-up and a few comparisons instead of a pass over the whole list. The recogniser tries
 * words at every numeral, and a document may hold millions of them.
 */

export interface Worded {
  word: string;
  english?: boolean;
}

function lowerCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

function foldKey(char: string): string {
  return String.fromCharCode(lowerCode(char.charCodeAt(0)));
}

/** True when text holds word at position, ASCII letters compared without case. */
export function equalsIgnoringCaseAt(text: string, position: number, word: string): boolean {
  if (position < 0 || position + word.length > text.length) return false;
  for (let index = 0; index < word.length; index++) {
    if (lowerCode(text.charCodeAt(position + index)) !== lowerCode(word.charCodeAt(index))) return false;
  }
  return true;
}

export class WordIndex<T extends Worded> {
  private readonly byFirst = new Map<string, T[]>();
  private readonly byLast = new Map<string, T[]>();

  /** Entries keep their order inside each bucket, so a list sorted longest first stays so. */
  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      const first = foldKey(entry.word[0]!);
      const last = foldKey(entry.word[entry.word.length - 1]!);
      (this.byFirst.get(first) ?? this.byFirst.set(first, []).get(first)!).push(entry);
      (this.byLast.get(last) ?? this.byLast.set(last, []).get(last)!).push(entry);
    }
  }

  /** Entries whose word starts with the character (ASCII letters without case). */
  startingWith(char: string | undefined): readonly T[] {
    return char === undefined ? [] : this.byFirst.get(foldKey(char)) ?? [];
  }

  /** Entries whose word ends with the character (ASCII letters without case). */
  endingWith(char: string | undefined): readonly T[] {
    return char === undefined ? [] : this.byLast.get(foldKey(char)) ?? [];
  }
}

/** Wraps plain strings as entries of a {@link WordIndex}. */
export function plainWords(words: readonly string[]): Worded[] {
  return [...words].sort((a, b) => b.length - a.length).map((word) => ({ word }));
}
