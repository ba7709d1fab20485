import { strict as assert } from 'node:assert';
import { applyEdits } from 'jsonc-parser';
import { parseCorpusConfig } from '../../server/src/core/config';
import { appendToArrayProperty, locateProblems } from '../../server/src/features/configFile';
import { corpusConfigJsonSchema } from '../../server/src/schemas';

/** The config text after appending item to the array `name`, checked to parse as a valid configuration. */
function appended(text: string, name: string, item: string): string {
  const edits = appendToArrayProperty(text, name, item);
  assert.ok(edits, 'an edit is offered');
  const result = applyEdits(text, edits);
  const parsed = parseCorpusConfig(result);
  assert.ok(parsed.ok, `the edited file stays valid: ${JSON.stringify(parsed.ok ? [] : parsed.problems)}\n${result}`);
  return result;
}

const ignoreItem = '{ "subject": "微众银行", "metric": "个人客户", "period": "2023-06-29" }';
const lexiconItem = '{ "canonical": "星星贷", "kind": "product" }';

// A file as people write JSONC: comments of both kinds, one-line entries, trailing commas.
const commented = [
  '{',
  '  // Names of this corpus.',
  '  "lexicon": [',
  '    { "canonical": "微众银行", "aliases": ["WeBank"], "kind": "organisation" }, // the bank itself',
  '  ],',
  '',
  '  /* Accepted differences. */',
  '  "ignore": [',
  '    { "pair": ["a.txt:12:5", "b.txt:3:40"] }, // checked by hand',
  '  ],',
  '  "rules": { "strict": false }, // as shipped',
  '}',
  '',
].join('\n');

describe('fincorpus.json as JSONC', () => {
  it('reads comments and trailing commas', () => {
    const parsed = parseCorpusConfig(commented);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.config.lexicon, [{ canonical: '微众银行', aliases: ['WeBank'], kind: 'organisation' }]);
    assert.deepEqual(parsed.config.ignore, [{ pair: ['a.txt:12:5', 'b.txt:3:40'] }]);
    assert.equal(parsed.config.rules.strict, false);
    assert.equal(parsed.config.rules.approximateTolerance, 0.05);
  });

  it('reports each syntax error with its line, column and span', () => {
    const text = '{\n  "lexicon": []\n  "rules": {}\n}\n';
    const parsed = parseCorpusConfig(text);
    assert.ok(!parsed.ok);
    assert.deepEqual(parsed.problems, [
      { path: [], message: 'invalid JSON: a comma expected at line 3, column 3', span: { start: 20, end: 27 } },
    ]);
    assert.equal(text.slice(20, 27), '"rules"');
    const unterminated = parseCorpusConfig('{ "lexicon": [');
    assert.ok(!unterminated.ok);
    assert.deepEqual(
      unterminated.problems.map((p) => [p.message, p.span]),
      [['invalid JSON: a closing bracket expected at line 1, column 15', { start: 13, end: 14 }]],
    );
    const empty = parseCorpusConfig('');
    assert.deepEqual(empty, { ok: false, problems: [{ path: [], message: 'invalid JSON: a value expected at line 1, column 1', span: { start: 0, end: 0 } }] });
  });

  it('puts schema problems on the field at fault in a commented file', () => {
    const text = commented.replace('"kind": "organisation"', '"kind": "bank"').replace('"rules": {', '"rulez": 1, "rules": {');
    const parsed = parseCorpusConfig(text);
    assert.ok(!parsed.ok);
    const located = locateProblems(text, parsed.problems).map(({ span, message }) => [text.slice(span.start, span.end), message]);
    assert.deepEqual(located, [
      ['"bank"', 'Invalid option: expected one of "product"|"organisation"|"platform"|"statistic"'],
      ['"rulez"', 'Unrecognized key: "rulez"'],
    ]);
  });

  it('places a syntax error where the parser stopped', () => {
    const text = '{\n  "lexicon": [],,\n}\n';
    const parsed = parseCorpusConfig(text);
    assert.ok(!parsed.ok);
    const [located] = locateProblems(text, parsed.problems);
    assert.equal(located?.span.start, text.indexOf(',,') + 1);
    assert.equal(located?.message, 'invalid JSON: a property name expected at line 2, column 17');
  });
});

describe('quick-fix edits of fincorpus.json keep comments and layout', () => {
  it('appends an ignore entry on its own line after the last entry and its comment, with a trailing comma', () => {
    assert.equal(
      appended(commented, 'ignore', ignoreItem),
      commented.replace(
        '    { "pair": ["a.txt:12:5", "b.txt:3:40"] }, // checked by hand\n',
        `    { "pair": ["a.txt:12:5", "b.txt:3:40"] }, // checked by hand\n    ${ignoreItem},\n`,
      ),
    );
  });

  it('adds a lexicon entry to a commented file, the same way', () => {
    assert.equal(
      appended(commented, 'lexicon', lexiconItem),
      commented.replace('// the bank itself\n', `// the bank itself\n    ${lexiconItem},\n`),
    );
  });

  it('without trailing commas: a comma after the last entry, the comment stays with it', () => {
    const text = '{\n  "ignore": [\n    { "subject": "微业贷" } // a note\n  ] /* end */\n}\n';
    assert.equal(
      appended(text, 'ignore', ignoreItem),
      `{\n  "ignore": [\n    { "subject": "微业贷" }, // a note\n    ${ignoreItem}\n  ] /* end */\n}\n`,
    );
  });

  it('creates a missing array property after the last one and its comment', () => {
    const text = '{\n  // Our names.\n  "lexicon": [], // none yet\n}\n';
    assert.equal(
      appended(text, 'ignore', ignoreItem),
      `{\n  // Our names.\n  "lexicon": [], // none yet\n  "ignore": [\n    ${ignoreItem}\n  ],\n}\n`,
    );
    const tabs = '{\n\t"rules": { "strict": true }\n}\n';
    assert.equal(appended(tabs, 'lexicon', lexiconItem), `{\n\t"rules": { "strict": true },\n\t"lexicon": [\n\t\t${lexiconItem}\n\t]\n}\n`);
  });

  it('fills an empty array, and one that holds only a comment', () => {
    assert.equal(appended('{\n  "lexicon": [ ]\n}\n', 'lexicon', lexiconItem), `{\n  "lexicon": [\n    ${lexiconItem}\n  ]\n}\n`);
    assert.equal(
      appended('{\n  "lexicon": [\n    // to do\n  ]\n}\n', 'lexicon', lexiconItem),
      `{\n  "lexicon": [\n    // to do\n    ${lexiconItem}\n  ]\n}\n`,
    );
    assert.equal(appended('{}', 'ignore', ignoreItem), `{\n  "ignore": [\n    ${ignoreItem}\n  ]\n}`);
  });

  it('keeps a one-line file on one line', () => {
    assert.equal(appended('{ "lexicon": [] }\n', 'ignore', ignoreItem), `{ "lexicon": [], "ignore": [${ignoreItem}] }\n`);
    assert.equal(appended(`{ "lexicon": [${lexiconItem},] }`, 'lexicon', lexiconItem), `{ "lexicon": [${lexiconItem}, ${lexiconItem},] }`);
  });

  it('keeps Windows line ends', () => {
    const text = '{\r\n  "ignore": [\r\n    { "subject": "微业贷" }\r\n  ]\r\n}\r\n';
    assert.equal(appended(text, 'ignore', ignoreItem), `{\r\n  "ignore": [\r\n    { "subject": "微业贷" },\r\n    ${ignoreItem}\r\n  ]\r\n}\r\n`);
  });

  it('offers nothing for a file with syntax errors or a property that is not an array', () => {
    assert.equal(appendToArrayProperty('{ "ignore": [ }', 'ignore', ignoreItem), null);
    assert.equal(appendToArrayProperty('{ "ignore": {} }', 'ignore', ignoreItem), null);
    assert.equal(appendToArrayProperty('[]', 'ignore', ignoreItem), null);
  });
});

describe('the fincorpus.json schema', () => {
  it('tells editors that comments and trailing commas are accepted', () => {
    const schema = corpusConfigJsonSchema();
    assert.equal(schema['allowComments'], true);
    assert.equal(schema['allowTrailingCommas'], true);
  });
});
