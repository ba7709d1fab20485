import { strict as assert } from 'node:assert';
import { loadCorpus } from '../../server/src/cli/corpus';
import { CheckReportWriter, checkReport, collectDiagnostics, writeCheckReport, writeJsonStreamed } from '../../server/src/cli/report';
import { compactFacts, createAnalyzer } from '../../server/src/core/analyze';
import { defaultCorpusConfig } from '../../server/src/core/config';
import { withGeneratedCorpus } from '../generatedCorpus';

/** The report as `check --format json` writes it: documents worded as they are analysed, only their claims kept. */
async function streamedWhileLoading(paths: string[]): Promise<{ text: string; kept: number }> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  const writer = new CheckReportWriter((chunk) => chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk)));
  const corpus = await loadCorpus(paths, undefined, { jobs: 1, keep: 'claims', onDocumentReport: (element) => writer.document(element) });
  writer.finish(corpus);
  const kept = corpus.documents.reduce((n, d) => n + d.facts.mentions.filter(Boolean).length + d.facts.numericRuns.length + d.facts.zones.length, 0);
  return { text: chunks.join(''), kept };
}

async function wholeReport(paths: string[]): Promise<string> {
  const corpus = await loadCorpus(paths, undefined, { jobs: 1 });
  return JSON.stringify(checkReport(corpus, collectDiagnostics(corpus)), null, 2);
}

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

  it('written while loading, from compact facts, equals the report of every fact kept, on seeds/', async function () {
    this.timeout(60_000);
    const whole = await wholeReport(['seeds']);
    const streamed = await streamedWhileLoading(['seeds']);
    assert.equal(streamed.text, whole);
    // Only the figures the claims bind are kept (one each); the other mentions, the numeric runs and the zones are gone.
    const report = JSON.parse(whole) as { documents: { claims: unknown[]; mentions: unknown[] }[] };
    const claims = report.documents.reduce((sum, document) => sum + document.claims.length, 0);
    assert.equal(streamed.kept, claims);
    assert.ok(claims < report.documents.reduce((sum, document) => sum + document.mentions.length, 0) / 2);
  });

  it('written while loading equals the report of every fact kept, on a generated 1 MB corpus', async function () {
    this.timeout(120_000);
    await withGeneratedCorpus(1, async (corpus) => {
      const whole = await wholeReport([corpus]);
      assert.ok(whole.length > 3_000_000, `a report of ${whole.length} characters`);
      assert.equal((await streamedWhileLoading([corpus])).text, whole);
    });
  });

  it('compact facts keep the claimed figures at their indices and drop the rest', () => {
    const facts = createAnalyzer(defaultCorpusConfig).analyze('a.txt', '截至2023年末，微众银行的个人客户超3.6亿，代码1234567890123。');
    const compact = compactFacts(facts);
    assert.equal(compact.mentions.length, facts.mentions.length);
    assert.deepEqual(
      compact.claims.map((claim) => compact.mentions[claim.mention]?.text),
      ['超3.6亿'],
    );
    assert.equal(compact.mentions.filter(Boolean).length, 1, 'the date and the product are left out');
    assert.ok(facts.numericRuns.length + facts.zones.length > 0);
    assert.deepEqual([compact.numericRuns, compact.zones], [[], []]);
    assert.equal(compact.lineStarts, facts.lineStarts);
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
