import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../server/src/core/analyze';
import { defaultCorpusConfig } from '../../server/src/core/config';
import { currencyPrefixes, currencySuffixes, measureUnits } from '../../server/src/core/figuresLexicon';
import { describeUnit, formatAmount, formatFigure } from '../../server/src/core/format';
import type { FigureMention } from '../../server/src/core/types';
import { baseUnits, currencySymbol, isBaseUnit, unitKind, unitNames, unitRegistry } from '../../server/src/core/units';
import { messagesFor } from '../../server/src/l10n';
import { generateGrammar, grammarPath, grammarTemplatePath, wordAlternation } from '../tools/grammarUnits';

describe('the unit registry', () => {
  it('names every unit in English and Chinese, and gives money, and only money, a symbol', () => {
    for (const language of ['en', 'zh-cn'] as const) {
      const names = unitNames(language);
      assert.deepEqual(Object.keys(names), baseUnits);
      for (const unit of baseUnits) assert.ok(names[unit].length > 0, `${unit} has a ${language} name`);
    }
    for (const unit of baseUnits) assert.equal(currencySymbol(unit) !== undefined, unitKind(unit) === 'money', unit);
    assert.equal(new Set(baseUnits.map((unit) => unitRegistry[unit].names.en)).size, baseUnits.length, 'no two units share a name');
  });

  it('holds every unit that a word of the figure lexicon names', () => {
    const named = new Set([...currencySuffixes, ...currencyPrefixes, ...measureUnits].map((entry) => entry.unit));
    const outside = [...named].filter((unit) => !isBaseUnit(unit) && unit !== '‰');
    assert.deepEqual(outside, []);
    assert.deepEqual(
      baseUnits.filter((unit) => unitKind(unit) === 'money' && !named.has(unit)),
      [],
      'every currency of the registry has a word',
    );
  });

  it('describes and formats a New Taiwan dollar figure by its name, not its code', () => {
    const facts = createAnalyzer(defaultCorpusConfig).analyze('tw.txt', '放款餘額新臺幣1,234億元。');
    const figure = facts.mentions.find((mention): mention is FigureMention => mention.kind === 'figure');
    assert.equal(figure?.unit, 'TWD');
    assert.equal(describeUnit(figure.unit, figure.counter), 'New Taiwan dollars (TWD)');
    assert.equal(describeUnit(figure.unit, figure.counter, messagesFor('zh-cn').format), '新台币（TWD）');
    assert.equal(formatFigure(figure), 'NT$123,400,000,000');
    assert.equal(formatAmount('1500', 'SGD/year'), 'S$1,500 per year');
    assert.equal(describeUnit('KRW', null), 'won (KRW)');
  });

  it('shows a unit from outside the registry as it is', () => {
    assert.equal(describeUnit('XAU' as never, null), 'XAU');
    assert.equal(formatAmount('3', 'XAU' as never), '3 XAU');
  });
});

describe('the TextMate grammar’s unit words', () => {
  it('are generated from the figure lexicon: the committed grammar is the template filled in (npm run grammar)', () => {
    assert.equal(readFileSync(grammarPath, 'utf8'), generateGrammar(readFileSync(grammarTemplatePath, 'utf8')));
  });

  it('hold every currency and measure unit of the lexicon, longest first, English words in any case', () => {
    const grammar = readFileSync(grammarPath, 'utf8');
    for (const word of ['新臺幣', 'NT$', '个百分点', '人民币']) assert.ok(grammar.includes(word.replace('$', '\\\\$')), word);
    assert.equal(
      wordAlternation([
        { word: '元', unit: 'CNY' },
        { word: 'US$', unit: 'USD' },
        { word: 'bp', unit: 'bp', english: true },
        { word: 'BP', unit: 'bp', english: true },
        { word: '美元', unit: 'USD' },
      ]),
      'US\\$|(?i:bp)|美元|元',
    );
  });
});
