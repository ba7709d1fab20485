import { strict as assert } from 'node:assert';
import { loadCorpus } from '../../server/src/cli/corpus';
import { checkReport, collectDiagnostics, writeCheckReport, writeJsonStreamed } from '../../server/src/cli/report';

/** The streamed check report must be the same JSON, byte for byte, as the report built whole. */
describe('the streamed JSON report', () => {
  it('equals the report built whole for seeds/, byte for byte', async () => {
    const corpus = await loadCorpus(['seeds'], undefined, { jobs: 1 });
    const diagnostics = collectDiagnostics(corpus);
    const whole = JSON.stringify(checkReport(corpus, diagnostics), null, 2);
    const chunks: string[] = [];
    const errors = writeCheckReport((chunk) => chunks.push(chunk), corpus);
    const streamed = chunks.join('');
    assert.ok(chunks.length > corpus.documents.length, 'written in pieces, not as one string');
    assert.deepEqual(JSON.parse(streamed), JSON.parse(whole));
    assert.equal(streamed, whole);
    assert.equal(errors, diagnostics.filter((d) => d.severity === 'error').length);
  });

  it('lays out empty arrays, nested values and absent keys as JSON.stringify does', () => {
    const cases: [string, unknown][] = [
      ['empty', []],
      ['one', [{ a: [1, { b: 'x\ny' }], c: null }]],
      ['several', [1, 'two', [3, []], {}, { d: { e: [] } }]],
    ];
    for (const [name, array] of cases) {
      const object = { tool: 'fincorpus', list: array, skipped: undefined, tail: { f: [1, 2] } };
      const chunks: string[] = [];
      writeJsonStreamed((chunk) => chunks.push(chunk), [
        ['tool', { value: object.tool }],
        ['list', { stream: array as unknown[] }],
        ['skipped', { value: undefined }],
        ['tail', { value: object.tail }],
      ]);
      assert.equal(chunks.join(''), JSON.stringify(object, null, 2), name);
    }
  });
});
