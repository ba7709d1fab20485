/**
 * The server answers in the editor's language: an editor that initializes with locale zh-cn gets
 * Chinese hovers, diagnostics and code-action titles; one that sends no locale gets English.
 */
import { strict as assert } from 'node:assert';
import { TestClient, makeWorkspace, positionOf, type Diagnostic, type Range } from './client';

interface Hover {
  contents: { kind: string; value: string };
}

interface CodeAction {
  title: string;
}

// Two notes that disagree about the same metric at the same moment: 超3.6亿 against 约1亿.
const notes = {
  'notes/a.txt': '发布时间：2023-03-01\n\n截至2022年末，微众银行个人客户超3.6亿。\n',
  'notes/b.txt': '发布时间：2023-04-01\n\n截至2022年末，微众银行个人客户约1亿人。\n',
};

function conflictOn(diagnostics: Diagnostic[], line: number): Diagnostic {
  const found = diagnostics.find((d) => d.code === 'conflicting-figure' && d.range.start.line === line);
  assert.ok(found, `a conflicting-figure on line ${line + 1}: ${JSON.stringify(diagnostics)}`);
  return found;
}

describe('the language server in the editor’s language', function () {
  this.timeout(60_000);

  describe('locale zh-cn', () => {
    let client: TestClient;

    before(async () => {
      client = await TestClient.start(makeWorkspace(notes), { locale: 'zh-cn' });
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('hovers a figure in Chinese', async () => {
      const { uri, text } = await client.open('notes/a.txt');
      const position = positionOf(text, '超3.6亿');
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: position.line, character: position.character + 1 } });
      const value = hover.contents.value;
      assert.match(value, /^\*\*超3\.6亿\*\* → 不少于 360,000,000$/m);
      assert.match(value, /\| 区间 \| 360,000,000 及以上 \|/);
      assert.match(value, /\| 限定 \| 下限 \|/);
      assert.match(value, /\| 单位 \| 计数 \|/);
      assert.match(value, /\| 口径 \| 微众银行 · 个人客户 · 2022-12-31 \|/);
      assert.match(value, /\| 截至 \| 2022-12-31（文中所述） \|/);
      assert.match(value, /⚠ 此数值与语料中同一指标、同一期间的另一处报告存在数值冲突。/);
      assert.match(value, /\*\*微众银行 · 个人客户\*\* 在语料中的其他报告：/);
      assert.match(value, /\| 文档 \| 截至 \| 规范值 \| 原文 \| \|/);
      assert.match(value, /\| 约 100,000,000 \| 约1亿人 \| ⚠ 冲突 \|/);
      assert.doesNotMatch(value, /Interval|Qualifier|at least|elsewhere/);
    });

    it('reports a conflict in Chinese, with Chinese related information', async () => {
      const { uri } = await client.open('notes/a.txt');
      const conflict = conflictOn(await client.diagnostics(uri), 2);
      assert.equal(conflict.message, '数值冲突：微众银行 个人客户 超3.6亿（2022-12-31，a.txt）与约1亿人（2022-12-31，b.txt）不一致');
      assert.deepEqual(
        conflict.relatedInformation?.map((related) => related.message),
        ['微众银行 个人客户：约1亿人（2022-12-31，b.txt）'],
      );
    });

    it('titles the quick fixes of a conflict in Chinese', async () => {
      const { uri } = await client.open('notes/a.txt');
      const conflict = conflictOn(await client.diagnostics(uri), 2);
      const range: Range = conflict.range;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range,
        context: { diagnostics: [conflict] },
      });
      assert.deepEqual(
        actions.map((action) => action.title),
        ['改用 notes/b.txt:3 中的 约1亿人（约 100,000,000）', '在 fincorpus.json 中忽略 微众银行 · 个人客户 截至 2022-12-31 的数值冲突'],
      );
    });
  });

  describe('no locale', () => {
    let client: TestClient;

    before(async () => {
      client = await TestClient.start(makeWorkspace(notes));
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('keeps the English hover and diagnostic', async () => {
      const { uri, text } = await client.open('notes/a.txt');
      const position = positionOf(text, '超3.6亿');
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: position.line, character: position.character + 1 } });
      assert.match(hover.contents.value, /^\*\*超3\.6亿\*\* → at least 360,000,000$/m);
      assert.match(hover.contents.value, /\| Qualifier \| lower bound \|/);
      const conflict = conflictOn(await client.diagnostics(uri), 2);
      assert.equal(conflict.message, '微众银行 个人客户: 超3.6亿 (2022-12-31, a.txt) conflicts with 约1亿人 (2022-12-31, b.txt)');
    });
  });
});
