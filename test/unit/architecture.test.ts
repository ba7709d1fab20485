import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Architecture invariant: server/src/core knows neither the protocol nor the file system.
const forbidden = [/from ['"]node:/, /from ['"](fs|path|child_process|worker_threads|os)['"]/, /from ['"]vscode-languageserver(\/node)?['"]/, /from ['"]vscode['"]/, /require\(/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  it('the core imports no node built-ins, no LSP connection and no vscode', () => {
    const files = sourceFiles(join('server', 'src', 'core'));
    assert.ok(files.length > 5, 'core sources found');
    const offences = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => forbidden.some((pattern) => pattern.test(line)))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    assert.deepEqual(offences, []);
  });

  it('findings are made only in the core: the server and the command line render them', () => {
    // A front end that built a finding of its own (a message, a code) would show what the other does not.
    const makers = /\bmakeFinding\b|\bcode: ['"][a-z][a-z-]*['"]/;
    const files = [...sourceFiles(join('server', 'src')), ...sourceFiles(join('client', 'src'))].filter((file) => !file.startsWith(join('server', 'src', 'core')));
    assert.ok(files.some((file) => file.endsWith(join('features', 'diagnostics.ts'))), 'front-end sources found');
    const offences = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => makers.test(line))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    assert.deepEqual(offences, []);
  });
});
