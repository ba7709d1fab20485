/**
 * Localisation: the server's catalogue in English and Simplified Chinese, the manifest's %keys% and
 * their package.nls files, the client's vscode.l10n bundle, the semantic token contributions and the
 * fincorpus.json schema that package.json hands to the JSON language service.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { findingText, type FindingDetail } from '../../server/src/core/findings/words';
import { describeUnit, formatFigure, formatInterval, formatPeriod } from '../../server/src/core/format';
import type { FigureMention, Qualifier, Unit } from '../../server/src/core/types';
import { standardTypeOf, tokenKinds, tokenModifiers, tokenTypes } from '../../server/src/features/semanticTokens';
import { englishMessages, languageOf, messagesFor } from '../../server/src/l10n';

function figure(qualifier: Qualifier, value: string | null, low: string | null, high: string | null, unit: Unit): FigureMention {
  return { kind: 'figure', start: 0, end: 0, text: '', value, low, high, qualifier, unit, counter: null, precision: null, direction: null, parts: [] };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const chinese = messagesFor('zh-cn');
const hasHan = /[\u4e00-\u9fff]/;

describe('the server’s message catalogue', () => {
  it('picks Chinese for zh-cn, zh-hans and zh, English otherwise', () => {
    for (const locale of ['zh-cn', 'zh-CN', 'zh_CN', 'zh-hans', 'zh-Hans-CN', 'zh', 'ZH']) assert.equal(languageOf(locale), 'zh-cn', locale);
    for (const locale of ['en', 'en-us', 'zh-tw', 'zh-hant', 'zh-hk', 'ja', 'de', '', undefined]) assert.equal(languageOf(locale), 'en', String(locale));
    assert.equal(messagesFor(undefined), englishMessages);
  });

  it('has the same entries in both languages, and the Chinese texts are Chinese', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, shape((value as Record<string, unknown>)[key])]))
        : typeof value;
    assert.deepEqual(shape(chinese), shape(englishMessages));
    const hover = chinese.hover as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(hover)) {
      if (typeof value === 'string') assert.match(value, hasHan, `hover.${key}`);
    }
    assert.equal(chinese.codeActions.repair('微粒贷'), '将乱码修复为“微粒贷”');
    assert.equal(chinese.findings.unknownProduct('星星贷'), '“星星贷”形似产品名，但不在词表中。');
    assert.equal(chinese.findings.mojibake('微粒贷', 2), '乱码（GBK 字节按错误的编码解读），原文可能为“微粒贷”，已丢失 2 个字符。');
    assert.equal(chinese.progress.documents(5), '5 篇文档');
  });

  it('writes canonical values in Chinese, and in English by default', () => {
    const cases: [FigureMention, string, string][] = [
      [figure('lower-bound', '360000000', '360000000', null, 'count'), 'at least 360,000,000', '不少于 360,000,000'],
      [figure('exact', '1600000000000', '1599500000000', '1600500000000', 'CNY'), '¥1,600,000,000,000', '¥1,600,000,000,000'],
      [figure('exact', '382', '381.5', '382.5', 'bp'), '3.82 percentage points', '3.82 个百分点'],
      [figure('approx', '0.9', '0.855', '0.945', '%'), 'about 0.9 %', '约 0.9 %'],
      [figure('range', null, '30', '40', 'count'), 'between 30 and 40', '30 至 40'],
      [figure('range', null, '50000', '100000', 'CNY'), 'between ¥50,000 and ¥100,000', '¥50,000 至 ¥100,000'],
      [figure('upper-bound', '50000', null, '50000', 'count'), 'at most 50,000', '不超过 50,000'],
      [figure('exact', '5000', '4999.5', '5000.5', 'CNY/year'), '¥5,000 per year', '¥5,000/年'],
      [figure('approx', null, '20000', '90000', 'count'), 'from 20,000 to 90,000', '20,000 至 90,000'],
    ];
    for (const [input, english, expected] of cases) {
      assert.equal(formatFigure(input), english);
      assert.equal(formatFigure(input, englishMessages.format), english);
      assert.equal(formatFigure(input, chinese.format), expected);
    }
    assert.equal(formatInterval(figure('lower-bound', '360000000', '360000000', null, 'count'), chinese.format), '360,000,000 及以上');
    assert.equal(formatInterval(figure('upper-bound', '50000', null, '50000', 'count'), chinese.format), '50,000 及以下');
    assert.equal(describeUnit('count', '家', chinese.format), '计数（家）');
    assert.equal(describeUnit('CNY/account/year', null, chinese.format), '人民币元（CNY）/户/年');
    assert.equal(describeUnit('CNY/year', null), 'yuan (CNY) per year');
  });

  it('writes periods in Chinese', () => {
    const words = chinese.format;
    assert.equal(formatPeriod({ start: '2024-06-30', end: '2024-06-30' }, 'day', words), '2024-06-30');
    assert.equal(formatPeriod({ start: '2024-06-01', end: '2024-06-30' }, 'month', words), '2024年6月（2024-06-01 至 2024-06-30）');
    assert.equal(formatPeriod({ start: '2024-04-01', end: '2024-06-30' }, 'quarter', words), '2024年第二季度（2024-04-01 至 2024-06-30）');
    assert.equal(formatPeriod({ start: '2024-01-01', end: '2024-06-30' }, 'half', words), '2024年上半年（2024-01-01 至 2024-06-30）');
    assert.equal(formatPeriod({ start: '2022-01-01', end: '2022-12-31' }, 'year', words), '2022年（2022-01-01 至 2022-12-31）');
    assert.equal(formatPeriod({ start: '2024-01-01', end: '2024-06-30' }, 'half'), 'H1 2024 (2024-01-01 – 2024-06-30)');
  });
});

describe('findings worded through a catalogue', () => {
  const own = { text: '超3.6亿', asOf: { start: '2022-12-31', end: '2022-12-31', source: 'text' as const }, path: 'notes/a.txt' };
  const other = (text: string, name: string) => ({
    text,
    asOf: { start: '2022-01-01', end: '2022-12-31', source: 'document-date' as const },
    path: `notes/${name}`,
  });

  it('names three other figures and counts the rest', () => {
    const detail: FindingDetail = {
      kind: 'conflict',
      subject: '微众银行',
      metric: '个人客户',
      own,
      others: [other('约1亿', 'b.txt'), other('2亿', 'c.txt'), other('近2亿', 'd.txt'), other('1.5亿', 'e.txt')],
    };
    const english = findingText(detail);
    assert.equal(
      english.message,
      '微众银行 个人客户: 超3.6亿 (2022-12-31, a.txt) conflicts with 约1亿 (2022-01-01/2022-12-31 by document date, b.txt); ' +
        '2亿 (2022-01-01/2022-12-31 by document date, c.txt); 近2亿 (2022-01-01/2022-12-31 by document date, d.txt) and 1 more',
    );
    assert.equal(english.related.length, 4);
    const worded = findingText(detail, chinese.findings);
    assert.equal(
      worded.message,
      '数值冲突：微众银行 个人客户 超3.6亿（2022-12-31，a.txt）与约1亿（2022-01-01 至 2022-12-31，据文档日期，b.txt）；' +
        '2亿（2022-01-01 至 2022-12-31，据文档日期，c.txt）；近2亿（2022-01-01 至 2022-12-31，据文档日期，d.txt）等（另有 1 处）不一致',
    );
    assert.equal(worded.related[3], '微众银行 个人客户：1.5亿（2022-01-01 至 2022-12-31，据文档日期，e.txt）');
  });

  it('words a falling running total', () => {
    const detail: FindingDetail = { kind: 'cumulative-decrease', subject: '微业贷', metric: '累计授信客户', own, earlier: other('4亿', 'b.txt') };
    assert.deepEqual(findingText(detail), {
      message: '微业贷 累计授信客户 is a running total but falls: 超3.6亿 (2022-12-31, a.txt) after 4亿 (2022-01-01/2022-12-31 by document date, b.txt)',
      related: ['earlier value 4亿 (2022-01-01/2022-12-31 by document date, b.txt)'],
    });
    assert.deepEqual(findingText(detail, chinese.findings), {
      message: '累计指标下降：微业贷 累计授信客户 超3.6亿（2022-12-31，a.txt）低于此前的4亿（2022-01-01 至 2022-12-31，据文档日期，b.txt）',
      related: ['此前的数值 4亿（2022-01-01 至 2022-12-31，据文档日期，b.txt）'],
    });
  });
});

interface Manifest {
  l10n: string;
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, { description?: string }> };
    semanticTokenTypes?: { id: string; superType: string; description: string }[];
    semanticTokenModifiers: { id: string; description: string }[];
    semanticTokenScopes: { scopes: Record<string, string[]> }[];
    jsonValidation: { fileMatch: string | string[]; url: string }[];
    grammars: { language?: string; path: string }[];
  };
}

describe('package.json and its package.nls files', () => {
  const text = readFileSync('package.json', 'utf8');
  const manifest = JSON.parse(text) as Manifest;
  const english = readJson<Record<string, string>>('package.nls.json');
  const zh = readJson<Record<string, string>>('package.nls.zh-cn.json');
  const placeholders = [...text.matchAll(/"%([^"%]+)%"/g)].map((match) => match[1]!);

  it('resolves every %key% in both languages, and the two files hold the same keys', () => {
    assert.ok(placeholders.length > 40, `${placeholders.length} placeholders`);
    for (const key of placeholders) {
      assert.ok(english[key], `package.nls.json: ${key}`);
      assert.ok(zh[key], `package.nls.zh-cn.json: ${key}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(english).sort());
    assert.deepEqual(Object.keys(english).filter((key) => !placeholders.includes(key)), [], 'no unused keys');
  });

  it('translates every text into Chinese and keeps command links and quoted setting values', () => {
    const brandOnly = new Set(['viewsContainer.fincorpus.title']);
    for (const [key, value] of Object.entries(zh)) {
      if (brandOnly.has(key)) continue;
      assert.match(value, hasHan, key);
      assert.notEqual(value, english[key], key);
      const links = (s: string) => [...s.matchAll(/\(command:[\w.]+\)/g)].map((m) => m[0]);
      assert.deepEqual(links(value), links(english[key]!), `${key}: command links`);
      const quoted = (s: string) => [...s.matchAll(/"(\w+)"/g)].map((m) => m[1]);
      assert.deepEqual(quoted(value), quoted(english[key]!), `${key}: quoted values`);
    }
    assert.equal(zh['view.metrics.name'], '指标');
    assert.equal(zh['command.metrics.copyCanonical.title'], '复制规范值');
  });

  it('leaves no literal title or description in the contributions', () => {
    for (const command of manifest.contributes.commands) assert.match(command.title, /^%command\.[\w.]+\.title%$/, command.command);
    for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.equal(setting.description, `%${key}.description%`, key);
    }
    for (const modifier of manifest.contributes.semanticTokenModifiers) assert.match(modifier.description, /^%semanticTokenModifier\.\w+\.description%$/);
  });

  it('contributes the semantic token modifiers of the server and maps them to TextMate scopes of the grammar', () => {
    // The legend's types are LSP's standard ones, which VS Code knows: nothing to contribute for them.
    assert.equal(manifest.contributes.semanticTokenTypes, undefined);
    assert.deepEqual(tokenTypes, ['number', 'keyword', 'type', 'enumMember', 'class']);
    assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((modifier) => modifier.id), [...tokenModifiers]);
    const grammar = manifest.contributes.grammars.find((entry) => entry.language === 'fincorpus');
    const grammarText = readFileSync(grammar!.path, 'utf8');
    const scopes = manifest.contributes.semanticTokenScopes[0]!.scopes;
    // Every kind keeps its own scope, so VS Code looks as it did before the standard types.
    assert.deepEqual(
      Object.keys(scopes).filter((selector) => selector.split('.').length === 2),
      tokenKinds.map((kind) => `${standardTypeOf[kind]}.${kind}`),
    );
    for (const [selector, scopeNames] of Object.entries(scopes)) {
      const [type, kind, ...modifiers] = selector.split('.');
      assert.ok((tokenTypes as readonly string[]).includes(type!), selector);
      assert.equal(standardTypeOf[kind as (typeof tokenKinds)[number]], type, `${selector}: the kind's own type`);
      for (const modifier of modifiers) assert.ok((tokenModifiers as readonly string[]).includes(modifier), selector);
      for (const scope of scopeNames) assert.ok(grammarText.includes(`"${scope}"`), `${selector}: ${scope} is a scope of the grammar`);
    }
  });
});

describe('the client’s vscode.l10n bundle', () => {
  function clientSources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return clientSources(path);
      return name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
    });
  }
  const sources = clientSources(join('client', 'src')).join('\n');
  const messages = new Set([...sources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!.replace(/\\(.)/g, '$1')));
  const manifest = readJson<Manifest>('package.json');
  const bundle = readJson<Record<string, string>>(join(manifest.l10n, 'bundle.l10n.zh-cn.json'));

  it('translates every message the client passes to vscode.l10n.t, and nothing else', () => {
    assert.ok(messages.size > 30, `${messages.size} messages`);
    assert.deepEqual([...messages].filter((message) => !(message in bundle)), []);
    assert.deepEqual(Object.keys(bundle).filter((message) => !messages.has(message)), []);
  });

  it('keeps the placeholders of each message', () => {
    const holes = (message: string) => [...message.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const [message, translation] of Object.entries(bundle)) {
      assert.deepEqual(holes(translation), holes(message), message);
      assert.match(translation, hasHan, message);
    }
  });
});

describe('the fincorpus.json schema contributed to the JSON language service', () => {
  const manifest = readJson<Manifest>('package.json');
  const validation = manifest.contributes.jsonValidation;

  it('applies to fincorpus.json at any depth', () => {
    assert.equal(validation.length, 1);
    assert.deepEqual(validation[0]!.fileMatch, ['fincorpus.json', '**/fincorpus.json']);
    assert.equal(validation[0]!.url, './server/schemas/fincorpus.schema.json');
  });

  it('accepts the seeds’ configuration, rejects unknown kinds and fields, and describes every top-level field', () => {
    const schema = readJson<{ properties: Record<string, { description?: string }> }>(validation[0]!.url);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(readJson('seeds/fincorpus.json')), JSON.stringify(validate.errors));
    assert.equal(validate({ lexicon: [{ canonical: '星星贷', kind: 'bank' }] }), false);
    assert.ok(validate.errors?.some((error) => error.instancePath === '/lexicon/0/kind'), JSON.stringify(validate.errors));
    assert.equal(validate({ lexicons: [] }), false);
    for (const [key, property] of Object.entries(schema.properties)) assert.ok(property.description, `${key} has a description`);
  });
});
