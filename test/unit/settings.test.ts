import { strict as assert } from 'node:assert';
import { defaultSettings, parseSettings } from '../../server/src/settings';

describe('editor settings', () => {
  it('defaults index text and Markdown, skip node_modules and .git and keep inlay hints off', () => {
    assert.deepEqual(defaultSettings.include, ['**/*.txt', '**/*.md']);
    assert.deepEqual(defaultSettings.exclude, ['**/node_modules/**', '**/.git/**']);
    assert.equal(defaultSettings.maxFileSize, 10_000_000);
    assert.equal(defaultSettings.inlayHints.enabled, false);
    assert.equal(defaultSettings.severity['conflicting-figure'], 'error');
    assert.equal(defaultSettings.severity['unknown-product'], 'hint');
  });

  it('takes what the client sends for one resource, with defaults for the rest', () => {
    const { settings, problems } = parseSettings({ include: ['corpus/**/*.txt'], inlayHints: { enabled: true } });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings.include, ['corpus/**/*.txt']);
    assert.equal(settings.inlayHints.enabled, true);
    assert.deepEqual(settings.exclude, defaultSettings.exclude);
  });

  it('treats a missing section (null from workspace/configuration) as the defaults', () => {
    assert.deepEqual(parseSettings(null), { settings: defaultSettings, problems: [] });
    assert.deepEqual(parseSettings(undefined), { settings: defaultSettings, problems: [] });
  });

  it('drops an invalid field with a problem naming it and keeps the valid ones', () => {
    const { settings, problems } = parseSettings({ maxFileSize: -1, strict: true });
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['fincorpus.maxFileSize'],
    );
    assert.equal(settings.maxFileSize, defaultSettings.maxFileSize);
    assert.equal(settings.strict, true);
  });

  it('turns a diagnostic code off per resource', () => {
    const { settings } = parseSettings({ severity: { mojibake: 'off' } });
    assert.equal(settings.severity.mojibake, 'off');
    assert.equal(settings.severity['conflicting-figure'], 'error');
  });
});
