import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { decodeBytes, type BinaryFile, type DecodedText } from '../../server/src/core/encoding';

const simplified = '微众银行2022年末累计服务个人客户超3.6亿，企业客户超过400万家。数字普惠金融让更多小微企业获得贷款。';
const traditional = '微眾銀行截至2022年末累計服務個人客戶超過3.6億，數字普惠金融讓更多小微企業獲得貸款。';
const simplifiedOnlyCjk = '数字普惠金融让更多小微企业获得贷款微众银行累计服务个人客户';
// Paragraphs indented with U+3000 put NUL bytes on the "wrong" parity of UTF-16 too.
const indented = '　　微众银行成立于2014年。\n　　截至2022年末，累计服务个人客户超3.6亿。\n　　一是坚持普惠，二是坚持科技。\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
  units.forEach((unit, index) => {
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[index * 2] = first;
    bytes[index * 2 + 1] = second;
  });
  return bytes;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function legacy(text: string, encoding: 'gbk' | 'big5'): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

function expectText(result: DecodedText | BinaryFile): DecodedText {
  assert.equal(result.kind, 'text', result.kind === 'binary' ? result.reason : '');
  return result as DecodedText;
}

interface TextCase {
  name: string;
  bytes: Uint8Array;
  pinned?: string;
  text: string;
  encoding: string;
  bom: boolean;
  confident: boolean;
}

const textCases: TextCase[] = [
  { name: 'empty file', bytes: new Uint8Array(0), text: '', encoding: 'utf-8', bom: false, confident: true },
  { name: 'ASCII only', bytes: utf8('WeBank, 2023-06-29: 3.6 billion.\n'), text: 'WeBank, 2023-06-29: 3.6 billion.\n', encoding: 'utf-8', bom: false, confident: true },
  { name: 'UTF-8 without BOM', bytes: utf8(simplified), text: simplified, encoding: 'utf-8', bom: false, confident: true },
  { name: 'UTF-8 with BOM', bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(traditional)), text: traditional, encoding: 'utf-8', bom: true, confident: true },
  { name: 'UTF-16LE with BOM', bytes: utf16(simplified, 'le', true), text: simplified, encoding: 'utf-16le', bom: true, confident: true },
  { name: 'UTF-16BE with BOM', bytes: utf16(traditional, 'be', true), text: traditional, encoding: 'utf-16be', bom: true, confident: true },
  { name: 'UTF-16LE without BOM (NULs of ASCII on odd bytes)', bytes: utf16(simplified, 'le', false), text: simplified, encoding: 'utf-16le', bom: false, confident: true },
  { name: 'UTF-16BE without BOM (NULs of ASCII on even bytes)', bytes: utf16(traditional, 'be', false), text: traditional, encoding: 'utf-16be', bom: false, confident: true },
  { name: 'UTF-16LE without BOM, paragraphs indented with U+3000', bytes: utf16(indented, 'le', false), text: indented, encoding: 'utf-16le', bom: false, confident: true },
  { name: 'UTF-16BE without BOM, paragraphs indented with U+3000', bytes: utf16(indented, 'be', false), text: indented, encoding: 'utf-16be', bom: false, confident: true },
  { name: 'UTF-16LE without BOM, CJK only (no NULs)', bytes: utf16(simplifiedOnlyCjk, 'le', false), text: simplifiedOnlyCjk, encoding: 'utf-16le', bom: false, confident: false },
  { name: 'GBK, simplified', bytes: legacy(simplified, 'gbk'), text: simplified, encoding: 'gb18030', bom: false, confident: true },
  { name: 'GBK, traditional characters', bytes: legacy(traditional, 'gbk'), text: traditional, encoding: 'gb18030', bom: false, confident: true },
  { name: 'Big5, traditional', bytes: legacy(traditional, 'big5'), text: traditional, encoding: 'big5', bom: false, confident: true },
  {
    name: 'UTF-8 with one stray byte is still UTF-8, but not confidently',
    bytes: concat(utf8(simplified.repeat(3)), new Uint8Array([0xff]), utf8(simplified)),
    text: `${simplified.repeat(3)}\ufffd${simplified}`,
    encoding: 'utf-8',
    bom: false,
    confident: false,
  },
  { name: 'pinned gbk', bytes: legacy(simplified, 'gbk'), pinned: 'gbk', text: simplified, encoding: 'gb18030', bom: false, confident: true },
  { name: 'pinned big5', bytes: legacy(traditional, 'big5'), pinned: 'Big5', text: traditional, encoding: 'big5', bom: false, confident: true },
  { name: 'pinned utf-8 keeps BOM handling', bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('abc')), pinned: 'utf8', text: 'abc', encoding: 'utf-8', bom: true, confident: true },
  { name: 'unknown pinned label falls back to detection', bytes: legacy(traditional, 'big5'), pinned: 'no-such-encoding', text: traditional, encoding: 'big5', bom: false, confident: true },
];

describe('decodeBytes', () => {
  for (const testCase of textCases) {
    it(testCase.name, () => {
      const result = expectText(decodeBytes(testCase.bytes, testCase.pinned));
      assert.deepEqual(
        { text: result.text, encoding: result.encoding, bom: result.bom, confident: result.confident },
        { text: testCase.text, encoding: testCase.encoding, bom: testCase.bom, confident: testCase.confident },
      );
    });
  }

  const binaryCases: { name: string; bytes: Uint8Array; reason: RegExp }[] = [
    { name: 'PNG header and NUL bytes', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), reason: /NUL/ },
    { name: 'UTF-8 text with a NUL byte', bytes: concat(utf8(simplified), new Uint8Array([0]), utf8(simplified)), reason: /NUL/ },
    { name: 'many control bytes', bytes: new Uint8Array(Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 + (index % 7) : 0x41))), reason: /control/ },
  ];
  for (const testCase of binaryCases) {
    it(`refuses binary: ${testCase.name}`, () => {
      const result = decodeBytes(testCase.bytes);
      assert.equal(result.kind, 'binary');
      assert.match((result as BinaryFile).reason, testCase.reason);
    });
  }

  it('decodes the seed documents (UTF-8) exactly', () => {
    for (const name of ['000_3ae6d66069a4080d.txt', '003_20653fbaa9adf90c.txt']) {
      const bytes = new Uint8Array(readFileSync(join('seeds', name)));
      const result = expectText(decodeBytes(bytes));
      assert.equal(result.encoding, 'utf-8');
      assert.equal(result.text, new TextDecoder().decode(bytes));
    }
  });

  it('decodes the committed fixtures', () => {
    const fixtures = join('test', 'fixtures', 'encodings');
    const expected = readFileSync(join(fixtures, 'expected.txt'), 'utf8');
    const cases: [string, string][] = [
      ['traditional.big5.txt', 'big5'],
      ['traditional.gbk.txt', 'gb18030'],
      ['traditional.utf16le-nobom.txt', 'utf-16le'],
    ];
    for (const [file, encoding] of cases) {
      const result = expectText(decodeBytes(new Uint8Array(readFileSync(join(fixtures, file)))));
      assert.equal(result.encoding, encoding, file);
      assert.equal(result.text, expected, file);
    }
  });

  it('samples a large GBK file for detection and still decodes all of it', () => {
    const line = `${traditional}\n`;
    const bytes = legacy(line.repeat(40_000), 'gbk');
    assert.ok(bytes.length > 3_000_000);
    const result = expectText(decodeBytes(bytes));
    assert.equal(result.encoding, 'gb18030');
    assert.equal(result.text.length, line.length * 40_000);
    assert.equal(result.text.slice(-line.length), line);
  });

  it('any text encoded as UTF-8 comes back unchanged', () => {
    const character = fc.oneof(
      fc.constantFrom(...Array.from('微众银行数字普惠金融貸款億元，。“”')),
      fc.constantFrom(...Array.from('abcXYZ0123456789 .,:%\n')),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 200 }), (characters) => {
        const text = characters.join('');
        const result = expectText(decodeBytes(utf8(text)));
        return result.encoding === 'utf-8' && result.text === text;
      }),
    );
  });
});
