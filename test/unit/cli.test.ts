import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve('server', 'out', 'cli.js');
const seed = (name: string) => resolve('seeds', name);
const seed004 = '004_5e883007aff4821f.txt';
const seed001 = '001_528cf213c8b04a03.txt';

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratchFolders: string[] = [];

function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fincorpus-cli-'));
  scratchFolders.push(folder);
  return folder;
}

after(() => {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('command line', () => {
  describe('bad input gives a clear message and the right exit code', () => {
    it('a missing path: exit 2, names the path', () => {
      const result = run(['check', 'no/such/folder']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /no\/such\/folder: no such file or folder/);
    });

    it('an unknown command and an unknown format: exit 2 with usage', () => {
      const unknown = run(['frobnicate']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown command frobnicate/);
      const format = run(['check', 'seeds', '--format', 'yaml']);
      assert.equal(format.code, 2);
      assert.match(format.stderr, /--format must be one of text, json, sarif/);
    });

    it('an invalid config: exit 2, names the field at fault', () => {
      const dir = scratch();
      writeFileSync(join(dir, 'a.txt'), '微众银行累计服务个人客户超3亿。');
      writeFileSync(join(dir, 'fincorpus.json'), JSON.stringify({ lexicon: [{ canonical: '微粒贷', kind: 'gadget' }] }));
      const result = run(['check', dir]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /invalid configuration/);
      assert.match(result.stderr, /lexicon\[0\]\.kind/);
    });

    it('a config that is not JSON: exit 2, says so', () => {
      const dir = scratch();
      writeFileSync(join(dir, 'a.txt'), 'text');
      writeFileSync(join(dir, 'fincorpus.json'), '{ "lexicon": [ ');
      const result = run(['check', dir]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /invalid JSON/);
    });

    it('a binary file is skipped with a message; the other documents are still checked', () => {
      const dir = scratch();
      copyFileSync(seed(seed004), join(dir, 'good.txt'));
      writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
      const result = run(['check', dir, '--format', 'json']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /image\.txt: skipped: binary file/);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(report.documents.map((d: { path: string }) => d.path.split('/').pop()), ['good.txt']);
    });

    it('an unreadable file is skipped with a message', function () {
      if (process.getuid?.() === 0) {
        // Root reads every file whatever its mode; a folder path given as a file stands in for it.
        const dir = scratch();
        mkdirSync(join(dir, 'sub.txt'));
        copyFileSync(seed(seed004), join(dir, 'good.txt'));
        const result = run(['check', join(dir, 'good.txt'), join(dir, 'sub.txt', 'missing.txt')]);
        assert.equal(result.code, 0);
        assert.match(result.stderr, /missing\.txt: no such file or folder/);
        return;
      }
      const dir = scratch();
      copyFileSync(seed(seed004), join(dir, 'good.txt'));
      writeFileSync(join(dir, 'locked.txt'), 'secret');
      chmodSync(join(dir, 'locked.txt'), 0o000);
      const result = run(['check', dir]);
      assert.equal(result.code, 0);
      assert.match(result.stderr, /locked\.txt: skipped: cannot read/);
    });

    it('a folder with no corpus documents: exit 2', () => {
      const result = run(['check', scratch()]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /no readable corpus documents/);
    });

    it('a reader that closes the output early (| head) ends the run quietly, with the status of SIGPIPE', async function () {
      this.timeout(60_000);
      const child = spawn(process.execPath, [cli, 'check', 'seeds', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // The report is several pipe buffers long: the command is still writing when the first chunk arrives.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(stderr, '');
      assert.equal(code, 141);
    });

    it('explain needs FILE:LINE:COL', () => {
      const result = run(['explain', 'seeds']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /explain takes FILE:LINE:COL/);
    });
  });

  describe('explain', () => {
    it('a figure: canonical value, bound, unit, as-of and the same metric elsewhere', () => {
      const result = run(['explain', `seeds/${seed001}:33:52`]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^超3\.6亿 /);
      assert.match(result.stdout, /value +360000000\n/);
      assert.match(result.stdout, /qualifier +lower bound\n/);
      assert.match(result.stdout, /interval +360,000,000 or more/);
      assert.match(result.stdout, /unit +count/);
      assert.match(result.stdout, /as of +2023-06-29 \(taken from the document date\)/);
      assert.match(result.stdout, /elsewhere +超过了3亿人 → at least 300,000,000, as of 2022-03-11/);
    });

    it('a date: the resolved period', () => {
      const result = run(['explain', `seeds/${seed004}:15:101`]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^截至2024年6月末 .*date\)/);
      assert.match(result.stdout, /period +2024-06-30\n/);
    });

    it('an amount in yuan', () => {
      const result = run(['explain', `seeds/${seed004}:15:173`]);
      assert.match(result.stdout, /canonical +at least ¥1,600,000,000,000/);
      assert.match(result.stdout, /claim +微业贷 · 授信金额 · CNY/);
      assert.match(result.stdout, /as of +2024-06-30 \(stated in the text\)/);
    });

    it('a position with nothing on it says so', () => {
      const result = run(['explain', `seeds/${seed004}:1:1`]);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /no figure, date or product here/);
    });
  });

  describe('the JSON contract', () => {
    it('has the fixed top-level keys and per-document keys', () => {
      const result = run(['check', seed(seed001), '--format', 'json']);
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.equal(report.tool, 'fincorpus');
      assert.equal(typeof report.version, 'string');
      for (const key of ['documents', 'diagnostics', 'metrics']) assert.ok(Array.isArray(report[key]), key);
      const [document] = report.documents;
      for (const key of ['path', 'date', 'mentions', 'claims']) assert.ok(key in document, key);
    });
  });
});
