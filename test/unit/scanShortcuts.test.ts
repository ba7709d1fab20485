/**
 * The hand-written scans that replaced whole-text patterns and per-character work (issue 13) find
 * exactly what the patterns found: each is checked against the pattern or the loop it replaced,
 * kept here as the oracle, on written cases and on random text over the characters that matter.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanDates, scanEnglishCandidates } from '../../server/src/core/datesScan';
import { foldText } from '../../server/src/core/datesText';
import { countScripts, type ScriptCounts } from '../../server/src/core/textChinese';
import { simplifiedOnlyCharacters, traditionalPairs } from '../../server/src/core/textChineseTables';
import type { Zone } from '../../server/src/core/types';
import { cannotBeGluedRun, findNumericRuns, findZones, isGluedDigitRun } from '../../server/src/core/zones';
import { lineHanEnumerators, runningHeaderPages } from '../../server/src/core/zonesLayout';

/** Random text over an alphabet: the characters a scan turns on, and a few that it does not. */
function textOver(alphabet: string, maxLength = 60): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''));
}

const runs = { numRuns: 400 };

/** One test per case: every reader (the new scan and its oracle) gives the expected answer. */
function eachCase<T>(cases: [string, T][], title: (input: string) => string, ...readers: ((input: string) => T)[]): void {
  for (const [input, expected] of cases) {
    it(title(input), () => {
      for (const read of readers) assert.deepEqual(read(input), expected);
    });
  }
}

describe('scan shortcuts, against the patterns they replaced', () => {
  describe('Han enumerators 一、 found from each 、', () => {
    const oracle = (text: string) =>
      [...text.matchAll(/(?<=^|[\s。；;：:！!？?])[一二三四五六七八九十]{1,3}、/gm)].map((m) => `${m.index}:${m[0]}`);
    const found = (text: string) => {
      const zones: Zone[] = [];
      lineHanEnumerators(text, zones);
      return zones.map((zone) => `${zone.start}:${text.slice(zone.start, zone.end)}`);
    };
    const cases: [string, string[]][] = [
      ['三、发展建议', ['0:三、']],
      ['\n十二、附录', ['1:十二、']],
      ['。一二三四、多了', []],
      ['之一、不是', []],
      ['；二、三、四、', ['1:二、']],
      ['、一、\r五、', ['4:五、']],
      ['一、', ['0:一、']],
    ];
    eachCase(cases, (text) => `reads ${JSON.stringify(text)}`, found, oracle);
    it('agrees with the pattern on random text', () => {
      fc.assert(fc.property(textOver('一二三十四、。；: \n\r之x'), (text) => assert.deepEqual(found(text), oracle(text))), runs);
    });
  });

  describe('glued digit runs', () => {
    const cases: [string, boolean][] = [
      ['2023', true],
      ['12.5', true],
      ['0203', false],
      ['1.2.3', false],
      ['2016-2020', false],
      ['123456789012', false],
      ['12345678901', true],
      ['0.5', true],
      ['05.5', true],
    ];
    for (const [run, cannot] of cases) {
      it(`${cannot ? 'rejects' : 'leaves to the full test'} ${run}`, () => {
        assert.equal(cannotBeGluedRun(run, 0, run.length), cannot);
      });
    }
    it('rejects only runs the full test rejects, whatever stands around them', () => {
      fc.assert(
        fc.property(textOver('0123456789.-', 16), fc.constantFrom('', '年', '-', ',', 'a'), fc.constantFrom('', '月', '-', '中', ':'), (run, before, after) => {
          if (!/^\d/.test(run)) return;
          if (cannotBeGluedRun(run, 0, run.length)) assert.equal(isGluedDigitRun(run, before, after), false);
        }),
        runs,
      );
    });

    const structuralKinds = new Set(['front-matter', 'html-tag', 'html-comment', 'css', 'html-entity', 'url', 'email', 'phone']);
    /** The numeric runs as found before: every match of /\d[\d.-]*\/g, tested with strings and patterns. */
    function oracleRuns(text: string): string[] {
      const structural = findZones(text).filter((zone) => structuralKinds.has(zone.kind));
      const pageStarts = new Set(runningHeaderPages(text).map((page) => page.start));
      const found: string[] = [];
      for (const match of text.matchAll(/\d[\d.-]*/g)) {
        let end = match.index + match[0].length;
        while (end > match.index && /[.-]/.test(text[end - 1]!)) end--;
        for (let page = match.index + 1; page < end; page++) {
          if (pageStarts.has(page)) {
            end = page;
            break;
          }
        }
        const before = text[match.index - 1] ?? '';
        const after = text[end] ?? '';
        if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue;
        const run = text.slice(match.index, end);
        const start = match.index;
        if (isGluedDigitRun(run, before, after) && !structural.some((zone) => zone.start < end && start < zone.end)) found.push(`${start}:${run}`);
      }
      return found;
    }
    it('finds the runs the pattern found, on random text without zones', () => {
      const numericRuns = (text: string) => findNumericRuns(text).map((run) => `${run.start}:${run.text}`);
      fc.assert(fc.property(textOver('0012345678.-.年月日a中 ', 80), (text) => assert.deepEqual(numericRuns(text), oracleRuns(text))), runs);
    });
  });

  describe('the date view', () => {
    /** The fold as it was: character by character. */
    function oracleFold(text: string): string {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
        else if ([0x3000, 0x00a0, 0x2002, 0x2003, 0x2009].includes(code)) code = 0x20;
        else if ([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212].includes(code)) code = 0x2d;
        else if (code === 0x301c) code = 0x7e;
        else if (code === 0x2019 || code === 0x2018) code = 0x27;
        out += String.fromCharCode(code);
      }
      return out;
    }
    const cases: [string, string][] = [
      ['nothing to fold', 'nothing to fold'],
      ['２０２４年６月', '2024年6月'],
      ['2016\u20132020年，增长', '2016-2020年,增长'],
      ['lone \ud800 surrogate：', 'lone \ud800 surrogate:'],
      ['a pair \ud83d\ude00 kept，', 'a pair \ud83d\ude00 kept,'],
      ['\ufeff２０２４年', '\ufeff2024年'],
    ];
    eachCase(cases, (text) => `folds ${JSON.stringify(text)}`, foldText, oracleFold);
    it('folds random text as the character loop did', () => {
      fc.assert(fc.property(textOver('a1２，\u3000\u2013\u301c\u2019\ud800\udc00年\ufeff'), (text) => assert.equal(foldText(text), oracleFold(text))), runs);
    });

    const chineseYears = (text: string) =>
      scanDates(text)
        .candidates.filter((candidate) => candidate.anchor.kind === 'absolute' && /^[〇零○一二三四五六七八九]{4}年/.test(text.slice(candidate.start)))
        .map((candidate) => `${candidate.start}:${text.slice(candidate.start, candidate.start + 5)}`);
    const oracleYears = (text: string) =>
      [...text.matchAll(/([〇零○一二三四五六七八九]{4})年/g)].filter((m) => isYear(m[1]!)).map((m) => `${m.index}:${m[0]}`);
    const isYear = (digits: string) => {
      const year = Number([...digits].map((char) => '〇一二三四五六七八九'.indexOf(char === '零' || char === '○' ? '〇' : char)).join(''));
      return year >= 1900 && year <= 2099;
    };
    const yearCases: [string, string[]][] = [
      ['二〇二四年', ['0:二〇二四年']],
      ['一二〇二四年末', ['1:二〇二四年']],
      ['二〇二四年二〇二五年', ['0:二〇二四年', '5:二〇二五年']],
      ['三四五六年', []],
      ['年二〇二四', []],
    ];
    eachCase(yearCases, (text) => `finds the Chinese-numeral years of ${text}`, chineseYears, oracleYears);
    it('finds the Chinese-numeral years the pattern found, on random text', () => {
      fc.assert(fc.property(textOver('二〇零○一九年末', 30), (text) => assert.deepEqual(chineseYears(text), oracleYears(text))), runs);
    });
  });

  describe('English dates in the ASCII windows of a Chinese text', () => {
    const englishOf = (text: string, windowed: boolean) =>
      scanEnglishCandidates(text, windowed).map((candidate) => `${candidate.start}-${candidate.coreEnd}-${candidate.end}:${JSON.stringify(candidate.shape)}`);
    const cases: [string, number][] = [
      ['报告期为2024年，as of March 31, 2024，较年初', 1],
      ['数据(2023: 1.5亿)显示', 1],
      ['年报。Growth. 2023 was a year of growth。', 1],
      ['年报。2023 was a year of growth。', 0],
      ['中\u20282023 was a year', 1],
      ['中2023 was a year', 0],
      ['Q1 2024与1H24及FY2023', 3],
      ['增长 in 2023中', 1],
    ];
    for (const [text, count] of cases) {
      it(`finds ${count} in ${JSON.stringify(text)}, as the whole view does`, () => {
        assert.equal(englishOf(text, true).length, count);
        assert.deepEqual(englishOf(text, true), englishOf(text, false));
      });
    }
    const pieces = ['March', ' 31', ', 2024', ' 2023', '2024', '(', '2023:', ' was', ' saw', 'Q1', 'H2', '1H24', "'24", 'FY', 'fiscal year ', 'in ', 'since ', 'end of ', 'this year', 'first half ', ' to ', '-', '. ', '年', '中国', '，', '\n', '\u2028', ' ', 'a', '%'];
    it('finds what the whole view finds, on random text', () => {
      const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
      fc.assert(fc.property(text, (input) => assert.deepEqual(englishOf(input, true), englishOf(input, false))), { numRuns: 1000 });
    });
  });

  describe('script counts from one table', () => {
    // A later pair of the table overrides an earlier one, and some pairs map a character to itself.
    const simplifiedOf = new Map<string, string>();
    for (let i = 0; i + 1 < traditionalPairs.length; i += 2) simplifiedOf.set(traditionalPairs[i]!, traditionalPairs[i + 1]!);
    const traditional = new Set([...simplifiedOf].filter(([from, to]) => from !== to).map(([from]) => from));
    const simplifiedOnly = new Set(simplifiedOnlyCharacters);
    function oracleCounts(text: string): ScriptCounts {
      const counts: ScriptCounts = { han: 0, latinLetters: 0, traditional: 0, simplified: 0 };
      for (const char of text) {
        const code = char.charCodeAt(0);
        if (/^[A-Za-z]$/.test(char)) counts.latinLetters++;
        else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) {
          counts.han++;
          if (traditional.has(char)) counts.traditional++;
          else if (simplifiedOnly.has(char)) counts.simplified++;
        }
      }
      return counts;
    }
    const cases: [string, ScriptCounts][] = [
      ['微眾銀行 WeBank', { han: 4, latinLetters: 6, traditional: 2, simplified: 0 }],
      ['微众银行2024年', { han: 5, latinLetters: 0, traditional: 0, simplified: 2 }],
      ['', { han: 0, latinLetters: 0, traditional: 0, simplified: 0 }],
    ];
    eachCase(cases, (text) => `counts ${JSON.stringify(text)}`, countScripts, oracleCounts);
    it('counts random text as the character loop did', () => {
      fc.assert(fc.property(textOver('微众眾银銀行業业更aZ9，\uf900'), (text) => assert.deepEqual(countScripts(text), oracleCounts(text))), runs);
    });
  });
});
