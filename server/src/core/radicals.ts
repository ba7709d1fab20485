/**
 * PDF extraction often writes a Kangxi radical (U+2F00–U+2FD5) or a supplementary radical (U+2E80–U+2EF3) where
 * the page showed the ideograph it looks like: 交通银⾏, ⾸六个⽉, 增⻑. Readers see the same word; the lexicon, the
 * dates and the figures would not. Folding them to their ideographs keeps every offset (each is one UTF-16 code
 * unit, as is its ideograph), so the analysis reads the folded text and reports positions in the original.
 */

/** Supplementary radicals without a compatibility decomposition, to the ideographs they stand for. */
const supplementary: Readonly<Record<string, string>> = {
  '⺠': '民', '⺟': '母', '⺢': '水', '⺨': '犬', '⺮': '竹', '⺶': '羊', '⺼': '肉', '⻁': '虎', '⻄': '西', '⻅': '见',
  '⻆': '角', '⻉': '贝', '⻋': '车', '⻏': '阝', '⻑': '長', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄', '⻬': '齐',
  '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

const radical = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

function ideographOf(char: string): string {
  const mapped = supplementary[char];
  if (mapped) return mapped;
  const folded = char.normalize('NFKC');
  return folded.length === 1 ? folded : char;
}

/** The text with each radical that stands for an ideograph replaced by it; the same string when it has none. */
export function foldRadicals(text: string): string {
  radical.lastIndex = 0;
  if (!radical.test(text)) return text;
  radical.lastIndex = 0;
  return text.replace(radical, ideographOf);
}
