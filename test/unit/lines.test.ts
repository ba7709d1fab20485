import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/core/lines';

describe('LineIndex', () => {
  const text = 'ab\n截至2024年6月末\r\n\r\nlast😀x';
  const index = new LineIndex(text);

  const cases: [number, number, number][] = [
    [0, 0, 0],
    [2, 0, 2],
    [3, 1, 0],
    [5, 1, 2],
    [17, 3, 0],
    [21, 3, 4],
    [23, 3, 6], // after the surrogate pair: UTF-16 code units, as LSP counts
  ];
  for (const [offset, line, character] of cases) {
    it(`offset ${offset} is ${line}:${character} and back`, () => {
      assert.deepEqual(index.positionAt(offset), { line, character });
      assert.equal(index.offsetAt({ line, character }), offset);
    });
  }

  it('counts CRLF, LF and lone CR as line breaks', () => {
    assert.equal(new LineIndex('a\rb\nc\r\nd').lineCount, 4);
    assert.equal(index.lineText(1), '截至2024年6月末');
  });

  it('clamps positions past a line end to the end of that line, before its break', () => {
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 1, character: 99 }), 13);
    assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
  });
});
