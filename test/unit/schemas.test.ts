import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { corpusConfigJsonSchema, isSettingKey, settingsContribution, settingsDescriptions } from '../../server/src/schemas';
import { parseSettings } from '../../server/src/settings';

// The zod schemas are the single source of truth; these fail when a generated copy drifts.
// Regenerate with `npm run schemas` and review the diff.
describe('schemas generated from zod', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

  it("package.json contributes.configuration matches the settings schema", () => {
    assert.deepEqual(manifest.contributes?.configuration, settingsContribution());
  });

  it('package.nls.json holds the English description of every setting, and no stale one', () => {
    const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
    const generated = settingsDescriptions();
    const committed = Object.fromEntries(Object.entries(nls).filter(([key]) => isSettingKey(key)));
    assert.deepEqual(committed, generated);
    assert.equal(generated['fincorpus.strict.description'], 'Report compatible but differing bounds as information.');
    assert.equal(settingsContribution().properties['fincorpus.strict']?.description, '%fincorpus.strict.description%');
  });

  it('the committed fincorpus.json schema matches the corpus config schema', () => {
    const committed = JSON.parse(readFileSync('server/schemas/fincorpus.schema.json', 'utf8'));
    assert.deepEqual(committed, corpusConfigJsonSchema());
  });

  it('every contributed default parses to the zod default', () => {
    const raw: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(settingsContribution().properties)) {
      const path = key.split('.').slice(1);
      let node = raw;
      for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[path[path.length - 1]!] = schema.default;
    }
    const { settings, problems } = parseSettings(raw);
    assert.deepEqual(problems, []);
    assert.equal(settings.severity['conflicting-figure'], 'error');
    assert.equal(settings.inlayHints.enabled, false);
    assert.deepEqual(settings.include, ['**/*.txt', '**/*.md']);
  });

  it('flattens nested settings into dotted keys', () => {
    const keys = Object.keys(settingsContribution().properties);
    assert.ok(keys.includes('fincorpus.severity.conflicting-figure'));
    assert.ok(keys.includes('fincorpus.inlayHints.enabled'));
    assert.ok(keys.includes('fincorpus.maxFileSize'));
  });

  it('an invalid setting is reported by its dotted path and the rest are kept', () => {
    const { settings, problems } = parseSettings({ maxFileSize: -3, strict: true });
    assert.deepEqual(problems.map((p) => p.path), ['fincorpus.maxFileSize']);
    assert.equal(settings.maxFileSize, 10_000_000);
    assert.equal(settings.strict, true);
  });
});
