/**
 * The extension manifest and the .vsix: what package.json contributes hangs together, and the
 * package holds the bundles and nothing else (no sources, tests, seeds or node_modules).
 * The packaging runs in a temporary copy of the project without the large tool folders, so that it
 * is quick and leaves the working tree alone.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface Command {
  command: string;
  title: string;
  category?: string;
  icon?: string;
}

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}

interface Manifest {
  main: string;
  icon: string;
  license: string;
  repository: { url: string };
  activationEvents: string[];
  scripts: Record<string, string>;
  contributes: {
    languages: Array<{ id: string; extensions?: string[]; configuration: string }>;
    grammars: Array<{ language?: string; scopeName: string; path: string; injectTo?: string[] }>;
    viewsContainers: { activitybar: Array<{ id: string; title: string; icon: string }> };
    views: Record<string, Array<{ id: string; name: string }>>;
    commands: Command[];
    menus: Record<string, MenuItem[]>;
  };
}

const root = process.cwd();
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const vsce = resolve('node_modules', '@vscode', 'vsce', 'vsce');

/** Every file the .vsix may contain; anything else fails the test. */
const allowedFiles = new Set([
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'language-configuration.json',
  'client/out/extension.js',
  'client/out/chart.js',
  'client/out/browser.js',
  'server/out/main.js',
  'server/out/cli.js',
  'server/out/analysisWorker.js',
  'server/out/browser.js',
  'syntaxes/fincorpus.tmLanguage.json',
  'syntaxes/fincorpus.injection.tmLanguage.json',
  'media/icon.png',
  'media/fincorpus.svg',
  'package.nls.json',
  'package.nls.zh-cn.json',
  'l10n/bundle.l10n.zh-cn.json',
  'server/schemas/fincorpus.schema.json',
]);
const requiredFiles = [...allowedFiles].filter((file) => !['README.md', 'CHANGELOG.md'].includes(file));
/** Tool folders that are never packaged and only make the listing slow. */
const notCopied = new Set(['node_modules', '.git', '.e2e', '.bench', '.vscode-test', 'test-artifacts']);

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG', `${path} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function clientSourceText(): string {
  const dir = join('client', 'src');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

describe('package.json', () => {
  it('points at the bundled client and a 128×128 PNG icon', () => {
    assert.equal(manifest.main, './client/out/extension.js');
    assert.deepEqual(pngSize(manifest.icon), { width: 128, height: 128 });
    assert.equal(manifest.license, 'MIT');
    assert.ok(manifest.repository.url.length > 0);
  });

  it('activates on corpus folders and packages without dependencies', () => {
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/fincorpus.json'));
    assert.match(manifest.scripts.package ?? '', /vsce package --no-dependencies/);
    assert.match(manifest.scripts['vscode:prepublish'] ?? '', /esbuild\.mjs --production/);
  });

  it('contributes the fincorpus language and grammars that exist and parse', () => {
    const language = manifest.contributes.languages.find((entry) => entry.id === 'fincorpus');
    assert.ok(language, 'the fincorpus language is contributed');
    assert.ok(existsSync(language.configuration), language.configuration);
    JSON.parse(readFileSync(language.configuration, 'utf8'));
    assert.ok(!language.extensions?.includes('.txt'), 'plain text files are not claimed for the language');
    for (const grammar of manifest.contributes.grammars) {
      const parsed = JSON.parse(readFileSync(grammar.path, 'utf8')) as { scopeName: string };
      assert.equal(parsed.scopeName, grammar.scopeName, grammar.path);
    }
    const injection = manifest.contributes.grammars.find((grammar) => grammar.injectTo);
    assert.deepEqual(injection?.injectTo, ['text.plain', 'text.html.markdown']);
  });

  it('has the FinCorpus activity-bar container with the metrics view', () => {
    const container = manifest.contributes.viewsContainers.activitybar.find((entry) => entry.id === 'fincorpus');
    assert.ok(container);
    assert.ok(existsSync(container.icon), container.icon);
    assert.deepEqual(
      manifest.contributes.views.fincorpus?.map((view) => [view.id, view.name]),
      [['fincorpus.metrics', '%view.metrics.name%']],
    );
  });

  it('contributes exactly the commands the client registers, each with a title and category', () => {
    const source = clientSourceText();
    const block = /export const commandIds = \{([\s\S]*?)\} as const;/.exec(source)?.[1] ?? '';
    const registered = [...block.matchAll(/'(fincorpus\.[\w.]+)'/g)].map((match) => match[1] as string);
    // The reveal command's id is declared next to the tree, which uses it for clicks.
    const reveal = /revealObservationCommand = '(fincorpus\.[\w.]+)'/.exec(source)?.[1];
    assert.ok(reveal);
    registered.push(reveal);
    const contributed = manifest.contributes.commands.map((command) => command.command);
    assert.deepEqual([...contributed].sort(), [...registered].sort());
    for (const command of manifest.contributes.commands) {
      assert.ok(command.title && command.category === 'FinCorpus', command.command);
    }
  });

  it('refers in menus only to contributed commands, and view menus only to the metrics view', () => {
    const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) {
        assert.ok(contributed.has(item.command), `${menu}: ${item.command}`);
        if (menu.startsWith('view/')) assert.match(item.when ?? '', /view == fincorpus\.metrics/, `${menu}: ${item.command}`);
      }
    }
  });
});

describe('the .vsix', function () {
  this.timeout(60_000);
  let copy: string;

  before(function () {
    for (const bundle of ['client/out/extension.js', 'client/out/chart.js', 'client/out/browser.js', 'server/out/main.js', 'server/out/cli.js', 'server/out/analysisWorker.js', 'server/out/browser.js']) {
      assert.ok(existsSync(bundle), `${bundle} is built (npm run build)`);
    }
    copy = mkdtempSync(join(tmpdir(), 'fincorpus-vsix-'));
    for (const name of readdirSync(root)) {
      if (!notCopied.has(name)) cpSync(join(root, name), join(copy, name), { recursive: true });
    }
    // The bundles are already built; packaging the copy must not rebuild them.
    const copiedManifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as Manifest;
    delete copiedManifest.scripts['vscode:prepublish'];
    writeFileSync(join(copy, 'package.json'), JSON.stringify(copiedManifest, null, 2));
    // Placeholders stand in for documents another task may not have written yet.
    for (const name of ['README.md', 'CHANGELOG.md']) {
      if (!existsSync(join(copy, name))) writeFileSync(join(copy, name), `# FinCorpus\n\nPlaceholder ${name}.\n`);
    }
  });

  after(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('lists the bundles, grammars, icons and documents, and nothing else', () => {
    const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: copy, encoding: 'utf8' });
    const files = listing.split(/\r?\n/).filter((line) => line.trim() !== '');
    const unexpected = files.filter((file) => !allowedFiles.has(file));
    assert.deepEqual(unexpected, []);
    for (const file of requiredFiles) assert.ok(files.includes(file), `${file} is packaged`);
    assert.ok(!files.some((file) => /node_modules|^test\/|^seeds\/|\.ts$|\.map$/.test(file)));
  });

  it('packages into a .vsix of modest size', () => {
    const out = join(copy, 'fincorpus.vsix');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out], { cwd: copy, encoding: 'utf8' });
    const size = statSync(out).size;
    assert.ok(size > 50_000, `the .vsix holds the bundles (${size} bytes)`);
    assert.ok(size < 3_000_000, `the .vsix stays small (${size} bytes)`);
  });
});
