/**
 * Grammar golden tests, in the manner of VS Code's colorizer tests: every fixture in
 * test/fixtures/grammar is tokenized with vscode-textmate and compared with its `.tokens` file.
 * Run with FINCORPUS_UPDATE_GOLDEN=1 to rewrite the golden files (test/golden.ts), then review the diff.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { checkGoldenFile } from '../golden';

const fixtures = join('test', 'fixtures', 'grammar');

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { grammars: GrammarContribution[] } };
const contributions = manifest.contributes.grammars;

/** The hosts the injection targets are stubbed in the fixtures; our own grammars come from package.json. */
function grammarPath(scopeName: string): string | undefined {
  const contribution = contributions.find((grammar) => grammar.scopeName === scopeName);
  if (contribution) return contribution.path;
  const host = join(fixtures, 'hosts', `${scopeName}.json`);
  return existsSync(host) ? host : undefined;
}

const rootScopes: Record<string, string> = {
  '.fincorpus': 'text.fincorpus',
  '.txt': 'text.plain',
  '.md': 'text.html.markdown',
};

async function createRegistry(): Promise<textmate.Registry> {
  const wasm = readFileSync(join('node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const path = grammarPath(scopeName);
      return path ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: (scopeName) =>
      contributions.filter((grammar) => grammar.injectTo?.includes(scopeName)).map((grammar) => grammar.scopeName),
  });
}

/**
 * One block per source line: the line, then each token that carries a scope beyond the root, as
 * `[text] scope scope …`. Neighbouring tokens with the same scopes are merged.
 */
function renderTokens(grammar: textmate.IGrammar, source: string, rootScope: string): string {
  const out: string[] = [];
  let stack = textmate.INITIAL;
  source.split(/\r?\n/).forEach((line, index) => {
    if (line === '' && index === source.split(/\r?\n/).length - 1) return;
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    out.push(`${index + 1}| ${line}`);
    const merged: Array<{ text: string; scopes: string }> = [];
    for (const token of result.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      const scopes = token.scopes.filter((scope) => scope !== rootScope).join(' ');
      const previous = merged[merged.length - 1];
      if (previous && previous.scopes === scopes) previous.text += text;
      else merged.push({ text, scopes });
    }
    for (const token of merged) if (token.scopes) out.push(`  [${token.text}] ${token.scopes}`);
  });
  return `${out.join('\n')}\n`;
}

describe('grammar', () => {
  let registry: textmate.Registry;

  before(async () => {
    registry = await createRegistry();
  });

  const names = readdirSync(fixtures).filter((name) => extname(name) in rootScopes);

  it('has fixtures for the language grammar and for both injection hosts', () => {
    const extensions = new Set(names.map((name) => extname(name)));
    assert.deepEqual([...extensions].sort(), ['.fincorpus', '.md', '.txt']);
  });

  for (const name of names) {
    it(`tokenizes ${name} as its golden file says`, async () => {
      const rootScope = rootScopes[extname(name)] as string;
      const grammar = await registry.loadGrammar(rootScope);
      assert.ok(grammar, `grammar ${rootScope} loads`);
      const actual = renderTokens(grammar, readFileSync(join(fixtures, name), 'utf8'), rootScope);
      checkGoldenFile(join(fixtures, `${name}.tokens`), actual);
    });
  }

  it('colours a figure with its qualifier, number, magnitude and unit', async () => {
    const grammar = await registry.loadGrammar('text.fincorpus');
    assert.ok(grammar);
    const { tokens } = grammar.tokenizeLine('授信客户超过112万家', textmate.INITIAL);
    const line = '授信客户超过112万家';
    const scoped = tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes.at(-1)]);
    assert.deepEqual(scoped, [
      ['授信客户', 'text.fincorpus'],
      ['超过', 'keyword.operator.qualifier.fincorpus'],
      ['112', 'constant.numeric.figure.fincorpus'],
      ['万', 'keyword.other.unit.magnitude.fincorpus'],
      ['家', 'keyword.other.unit.fincorpus'],
    ]);
  });

  it('leaves model names, ordinals and chart digit runs uncoloured as figures', async () => {
    const grammar = await registry.loadGrammar('text.fincorpus');
    assert.ok(grammar);
    for (const line of ['5G网络', 'G20峰会', '第31版', '1020304050607080901001101201301']) {
      const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
      const figures = tokens.filter((token) => token.scopes.includes('constant.numeric.figure.fincorpus'));
      assert.deepEqual(figures, [], line);
    }
  });
});
