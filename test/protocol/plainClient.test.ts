/**
 * The server as an LSP client other than VS Code sees it (Neovim 0.7, lsp-mode, eglot): no pull
 * diagnostics, no fincorpus/* notifications, standard semantic token types, completion that replaces
 * only the name being typed.
 */
import { strict as assert } from 'node:assert';
import { SemanticTokenTypes } from 'vscode-languageserver-protocol';
import { TestClient, makeWorkspace, type Diagnostic, type Range } from './client';

const seed000 = 'seeds/000_3ae6d66069a4080d.txt';
const seed004 = 'seeds/004_5e883007aff4821f.txt';

/** Contradicts 004's 截至2024年6月末…微业贷…超150万户 (line 15) with an upper bound far below it. */
const conflicting = '截至2024年6月末，微业贷授信客户不足10万户。';
/** The same sentence with another contradicting value, for an edit that overtakes the first. */
const conflictingAgain = '截至2024年6月末，微业贷授信客户不足20万户。';
/** Where the sentence goes in 000: a line of its own before line 41 (1-based). */
const insertedLine = 40;
const figureColumn = conflicting.indexOf('不足');

interface CodeAction {
  title: string;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, { range: Range; newText: string }[]> };
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

function describe1(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${diagnostic.code} (severity ${diagnostic.severity}): ${diagnostic.message}`;
}

const hasConflict = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === 'conflicting-figure');

describe('language server for a client that cannot pull diagnostics', function () {
  this.timeout(60_000);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start(makeWorkspace(), { plain: { positionEncodings: ['utf-8', 'utf-16'] } });
    await client.indexingDone();
  });

  after(async () => {
    await client?.stop();
  });

  it('declares no pull diagnostics, UTF-16 positions and a legend of standard token types only', () => {
    const capabilities = (client.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
    assert.equal(capabilities['diagnosticProvider'], undefined);
    assert.equal(capabilities['positionEncoding'], 'utf-16');
    const legend = (capabilities['semanticTokensProvider'] as { legend: { tokenTypes: string[]; tokenModifiers: string[] } }).legend;
    const standard = new Set<string>(Object.values(SemanticTokenTypes));
    assert.deepEqual(legend.tokenTypes.filter((type) => !standard.has(type)), []);
    assert.deepEqual(legend.tokenTypes, ['number', 'keyword', 'type', 'enumMember', 'class']);
    assert.deepEqual(legend.tokenModifiers.slice(0, 5), ['figure', 'qualifier', 'unit', 'date', 'product']);
  });

  it('pushes a conflict to both documents after an edit, resolves the fix from data and clears both', async () => {
    const edited = await client.open(seed000);
    const other = client.uri(seed004);
    const mark = client.mark();
    const at = { line: insertedLine, character: 0 };
    await client.edit(edited.uri, [{ range: { start: at, end: at }, newText: `${conflicting}\n` }]);

    // 004 is not open: it is published because it shares the claim key with the edited document.
    const [mine, theirs] = await Promise.all([
      client.published(edited.uri, mark, hasConflict, 'the edited document'),
      client.published(other, mark, hasConflict, 'the other document'),
    ]);
    assert.deepEqual(mine.map(describe1), [
      '41:19-41:25 conflicting-figure (severity 1): 微业贷 授信客户: 不足10万户 (2024-06-30, 000_3ae6d66069a4080d.txt) conflicts with 超150万户 (2024-06-30, 004_5e883007aff4821f.txt)',
    ]);
    assert.deepEqual(theirs.map(describe1), [
      '15:158-15:164 conflicting-figure (severity 1): 微业贷 授信客户: 超150万户 (2024-06-30, 004_5e883007aff4821f.txt) conflicts with 不足10万户 (2024-06-30, 000_3ae6d66069a4080d.txt)',
    ]);
    assert.deepEqual(mine[0]!.relatedInformation?.map((r) => client.redactText(`${r.location.uri} ${r.location.range.start.line + 1}`)), [
      `<root>/${seed004} 15`,
    ]);

    // The client echoes the diagnostic with a range a few characters off; the data still names the finding.
    const echoed: Diagnostic = {
      ...mine[0]!,
      range: { start: { line: insertedLine, character: figureColumn + 2 }, end: { line: insertedLine, character: figureColumn + 3 } },
    };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: edited.uri },
      range: { start: { line: insertedLine, character: 0 }, end: { line: insertedLine, character: 1 } },
      context: { diagnostics: [echoed] },
    });
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Use 超150万户 (at least 1,500,000) from 004_5e883007aff4821f.txt:15', 'Ignore conflicts of 微业贷 · 授信客户 at 2024-06-30 in fincorpus.json'],
    );
    const edits = actions[0]!.edit!.changes![edited.uri]!;
    assert.deepEqual(edits, [
      {
        range: { start: { line: insertedLine, character: figureColumn }, end: { line: insertedLine, character: figureColumn + '不足10万户'.length } },
        newText: '超150万户',
      },
    ]);

    const fixMark = client.mark();
    const fixed = await client.edit(edited.uri, edits);
    assert.equal(fixed.split('\n')[insertedLine], '截至2024年6月末，微业贷授信客户超150万户。');
    const [mineAfter, theirsAfter] = await Promise.all([
      client.published(edited.uri, fixMark, (d) => !hasConflict(d), 'the edited document, fixed'),
      client.published(other, fixMark, (d) => !hasConflict(d), 'the other document, fixed'),
    ]);
    assert.deepEqual(mineAfter, []);
    assert.deepEqual(theirsAfter, []);
  });

  it('publishes two quick edits once, for the latest version, and clears a document when it closes', async () => {
    const edited = client.uri(seed000);
    const other = client.uri(seed004);
    const line = { start: { line: insertedLine, character: 0 }, end: { line: insertedLine + 1, character: 0 } };
    const mark = client.mark();
    // Two edits in a row: the first one's conflict is never published (the debounce; the unit test covers overtaking).
    // Both are written in the same turn, as an editor sends keystrokes that come quickly.
    await Promise.all([
      client.edit(edited, [{ range: line, newText: `${conflicting}\n` }]),
      client.edit(edited, [{ range: line, newText: `${conflictingAgain}\n` }]),
    ]);
    const version = client.texts.get(edited)!.version;
    const latest = await client.published(edited, mark, hasConflict, 'the edited document');
    assert.deepEqual(latest.map((d) => d.message), [
      '微业贷 授信客户: 不足20万户 (2024-06-30, 000_3ae6d66069a4080d.txt) conflicts with 超150万户 (2024-06-30, 004_5e883007aff4821f.txt)',
    ]);
    const ownPublications = client.events
      .slice(mark)
      .filter((event) => event.method === 'textDocument/publishDiagnostics')
      .map((event) => event.params as Published)
      .filter((params) => params.uri === edited);
    assert.deepEqual(
      ownPublications.map((params) => params.version),
      [version],
      'one publication, for the latest version',
    );

    // Closing hands the document back to the disk, where the sentence was never saved.
    const closeMark = client.mark();
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: edited } });
    client.texts.delete(edited);
    const [closed, otherCleared] = await Promise.all([
      client.published(edited, closeMark, (d) => d.length === 0, 'the closed document'),
      client.published(other, closeMark, (d) => !hasConflict(d), 'the other document'),
    ]);
    assert.deepEqual(closed, []);
    assert.deepEqual(otherCleared, []);
  });

  it('completes the name being typed, not the whole run of Chinese text before it', async () => {
    const { uri, text } = await client.open(seed004);
    const lastLine = text.split('\n').length - 1;
    const typed = '据报道微粒';
    const start = { line: lastLine + 1, character: 0 };
    const end = { line: lastLine, character: text.split('\n')[lastLine]!.length };
    await client.edit(uri, [{ range: { start: end, end }, newText: `\n${typed}` }]);
    const cursor = { line: start.line, character: typed.length };
    const items = await client.request<{ label: string; filterText?: string; textEdit?: { range: Range; newText: string } }[]>(
      'textDocument/completion',
      { textDocument: { uri }, position: cursor, context: { triggerKind: 1 } },
    );
    const weilidai = items.find((item) => item.label === '微粒贷');
    assert.deepEqual(weilidai && { filterText: weilidai.filterText, textEdit: weilidai.textEdit }, {
      filterText: '微粒贷',
      textEdit: { range: { start: { line: cursor.line, character: typed.indexOf('微粒') }, end: cursor }, newText: '微粒贷' },
    });
    assert.ok(items.every((item) => item.textEdit?.range.start.character === 3 && item.filterText === item.label), 'one range for every item');
  });

  it('sends no fincorpus/* notification to a client that did not ask for them', () => {
    const methods = new Set(client.events.map((event) => event.method));
    assert.deepEqual([...methods].filter((method) => method.startsWith('fincorpus/')), []);
    assert.ok(methods.has('textDocument/publishDiagnostics'), 'while it did publish diagnostics');
  });
});
