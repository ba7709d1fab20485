import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { detectMojibake, lostCharacter, repairMojibake } from '../../server/src/core/mojibake';
import type { MojibakeStretch } from '../../server/src/core/types';
import { requireSeedsGold, seedsGoldPath } from '../eval/sharedGold';

const seedFiles = ['000_3ae6d66069a4080d.txt', '001_528cf213c8b04a03.txt', '002_ca0b918e60d7d9de.txt', '003_20653fbaa9adf90c.txt', '004_5e883007aff4821f.txt'];

function seed(index: number): string {
  return readFileSync(join('seeds', seedFiles[index]!), 'utf8');
}

/**
 * Damages text the way the seed's stretches were damaged: the text is encoded as GBK, the byte at
 * the start of the character at `at` is replaced by "?", and the bytes are decoded as GBK again.
 * Private-use characters from user-defined pairs are then stripped and, when `foldFullWidth`,
 * full-width forms folded to ASCII, as the cleaning of the seed did.
 */
function damage(text: string, at: number, foldFullWidth: boolean): string {
  const head = iconv.encode(text.slice(0, at), 'gbk');
  const tail = Buffer.from(iconv.encode(text.slice(at), 'gbk'));
  tail[0] = 0x3f;
  const decoded = new TextDecoder('gbk').decode(Buffer.concat([head, tail])).replace(/[\ue000-\uf8ff]/g, '');
  return foldFullWidth ? decoded.replace(/[\uff01-\uff5e]/g, (form) => String.fromCharCode(form.charCodeAt(0) - 0xfee0)) : decoded;
}

interface SyntheticCase {
  name: string;
  /** Seed whose text is the rest of the document (the repair learns the vocabulary from it). */
  context: number;
  sentence: string;
  /** The damaged character: its lead byte becomes "?". */
  damagedAt: string;
  foldFullWidth: boolean;
  surface: string;
  repaired: string;
}

const syntheticCases: SyntheticCase[] = [
  {
    name: 'traditional, resynchronised at once by the trail byte of 銀 (E3 79)',
    context: 3,
    sentence: '銀行業金融機構持續加大科技投入。銀行通過數據和場景提供數字信貸服務,',
    damagedAt: '。銀行通過',
    foldFullWidth: true,
    surface: '?cy',
    repaired: '。銀',
  },
  {
    name: 'traditional, with two stripped private-use pairs inside',
    context: 3,
    sentence: '監管部門鼓勵銀行創新。依託數據和場景的數字信貸產品不斷豐富,',
    damagedAt: '。依託',
    foldFullWidth: true,
    surface: '?R烙殧祿蛨鼍暗臄底中刨J',
    repaired: '。依託數據和場景的數字信貸',
  },
  {
    name: 'traditional, "??" where ？ was folded to ASCII',
    context: 3,
    sentence: '數字技術重塑金融服務模式。科技型小微企業的融資需求得到更好滿足,',
    damagedAt: '。科技型',
    foldFullWidth: true,
    surface: '??萍夹托∥⑵髽I',
    repaired: '。科技型小微企業',
  },
  {
    name: 'traditional, the first slipped pair itself stripped',
    context: 3,
    sentence: '普惠金融服務覆蓋面不斷擴大。數字金融驅動我國銀行業轉型,',
    damagedAt: '。數字金融驅動',
    foldFullWidth: true,
    surface: '?底纸鹑隍寗游覈y',
    repaired: '。數字金融驅動我國銀',
  },
  {
    name: 'traditional, quotation marks inside',
    context: 3,
    sentence: '各類銀行積極參與。“微眾銀行”的創新模式值得關注,',
    damagedAt: '。“微眾',
    foldFullWidth: true,
    surface: '?!拔⒈娿y',
    repaired: '。“微眾銀',
  },
  {
    name: 'traditional, ending in U+FFFD where a lone lead byte met a comma',
    context: 3,
    sentence: '我們看到了變化。科技合作等模式,帶來新的機遇',
    damagedAt: '。科技合作',
    foldFullWidth: true,
    surface: '??萍己献鞯饶J\ufffd',
    repaired: '。科技合作等模式',
  },
  {
    name: 'simplified, resynchronised inside a slipped character by the E of ESG',
    context: 1,
    sentence: '绿色金融是重要方向。微众银行持续推进ESG实践,',
    damagedAt: '。微众银行持续',
    foldFullWidth: false,
    surface: '?Ｎ⒅谝谐中平鳨',
    repaired: '。微众银行持续推进E',
  },
];

function onlyNew(stretches: MojibakeStretch[], after: number): MojibakeStretch[] {
  return stretches.filter((stretch) => stretch.start >= after);
}

describe('detectMojibake', () => {
  it('finds nothing in the seeds without mojibake, and 19 stretches in 003', () => {
    const counts = seedFiles.map((_, index) => detectMojibake(seed(index)).length);
    assert.deepEqual(counts, [0, 0, 0, 19, 0]);
  });

  for (const testCase of syntheticCases) {
    it(`repairs synthetic damage: ${testCase.name}`, () => {
      const document = `${seed(testCase.context)}\n${testCase.sentence}\n`;
      const at = document.lastIndexOf(testCase.damagedAt);
      const damaged = damage(document, at, testCase.foldFullWidth);
      const found = onlyNew(detectMojibake(damaged), seed(testCase.context).length);
      assert.deepEqual(
        found.map(({ start, text, repaired, lost }) => ({ start, text, repaired, lost })),
        [{ start: at, text: testCase.surface, repaired: testCase.repaired, lost: 0 }],
      );
      assert.equal(found[0]!.end, at + testCase.surface.length);
    });
  }

  it('marks a character whose bytes are all lost with □', () => {
    const document = `${seed(3)}\n截至2022年末?\ufffd,服務客戶超過3億\n`;
    const found = onlyNew(detectMojibake(document), seed(3).length);
    assert.deepEqual(
      found.map(({ text, repaired, lost }) => ({ text, repaired, lost })),
      [{ text: '?\ufffd', repaired: lostCharacter, lost: 1 }],
    );
  });

  const normalTexts: [string, string][] = [
    ['simplified questions', '这意味着什么?我们认为,数字普惠金融的意义在于让更多人获得服务。如何保障ESG战略落地?积累了哪些经验?'],
    ['traditional questions', '數字銀行如何服務小微企業?答案是科技。誰來承擔風險?銀行與客戶共同承擔。'],
    ['English with a URL query', 'What is inclusive finance? See https://example.com/report?id=3&lang=zh for details. Q2?Revenue grew.'],
    ['question mark before Latin letters and digits', '問題是什麼?ESG報告顯示2022年碳排放下降?A股市場表現如何?'],
    ['doubled question marks', '真的嗎??是的。为什么??'],
  ];
  for (const [name, text] of normalTexts) {
    it(`leaves normal text alone: ${name}`, () => {
      assert.deepEqual(detectMojibake(text), []);
      const inSeed = `${seed(1)}\n${text}\n`;
      assert.deepEqual(onlyNew(detectMojibake(inSeed), seed(1).length), []);
    });
  }

  it('finds nothing new when genuine question marks are sprinkled over the seeds', () => {
    for (let index = 0; index < seedFiles.length; index++) {
      const text = seed(index);
      const before = detectMojibake(text).map((stretch) => stretch.start);
      const breaks = [...text.matchAll(/[，。,]/g)].map((match) => match.index!).filter((_, n) => n % 7 === 3);
      let questioned = text;
      for (const position of breaks.reverse()) questioned = `${questioned.slice(0, position)}?${questioned.slice(position + 1)}`;
      const found = detectMojibake(questioned).filter((stretch) => !before.includes(stretch.start));
      assert.deepEqual(found.map((stretch) => stretch.text), [], seedFiles[index]);
    }
  });

  it('scans question-heavy text in linear time', () => {
    const text = '什么?又是如何保障数据安全的?'.repeat(20_000);
    assert.deepEqual(detectMojibake(text), []);
  });

  it('offers the repaired text as the quick-fix replacement', () => {
    const [first] = detectMojibake(seed(3));
    assert.equal(repairMojibake(first!), first!.repaired);
  });
});

interface GoldStretch {
  id: string;
  surface: string;
  start: number;
  end: number;
  intended: string;
}

/** Share of positions where two strings agree, over the longer one. */
function agreement(a: string, b: string): number {
  let same = 0;
  for (let index = 0; index < Math.min(a.length, b.length); index++) if (a[index] === b[index]) same += 1;
  return same / Math.max(a.length, b.length, 1);
}

describe('mojibake against the seed gold', () => {
  // Raise these as the repair improves; they hold the level reached.
  const minExact = 19;
  const maxFailed = 0;

  it('finds and repairs the stretches of 003', function () {
    requireSeedsGold(this);
    const gold = JSON.parse(readFileSync(seedsGoldPath, 'utf8')) as { documents: { file: string; mojibake: GoldStretch[] }[] };
    const document = gold.documents.find((entry) => entry.file.includes('003_'))!;
    const text = seed(3);
    const found = detectMojibake(text);
    let exact = 0;
    let partial = 0;
    const failed: string[] = [];
    for (const expected of document.mojibake) {
      // The gold counts code points; the seed has no characters outside the BMP, so they are offsets.
      const match = found.find((stretch) => stretch.start < expected.end && expected.start < stretch.end);
      if (match && match.start === expected.start && match.end === expected.end && match.repaired === expected.intended) exact += 1;
      else if (match && agreement(match.repaired, expected.intended) >= 0.5) partial += 1;
      else failed.push(`${expected.id} ${expected.surface} → ${match?.repaired ?? '(not found)'} (gold ${expected.intended})`);
    }
    const spurious = found.filter((stretch) => !document.mojibake.some((expected) => stretch.start < expected.end && expected.start < stretch.end));
    console.log(`      exact ${exact}, partial ${partial}, failed ${failed.length} of ${document.mojibake.length}; spurious ${spurious.length}`);
    for (const line of failed) console.log(`      failed: ${line}`);
    assert.ok(exact >= minExact, `exact ${exact} < ${minExact}`);
    assert.ok(failed.length <= maxFailed, failed.join('\n'));
    assert.deepEqual(spurious.map((stretch) => stretch.text), []);
  });
});
