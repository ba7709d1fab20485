import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs `use` on a corpus of about `megabytes` MB made by the benchmark's generator (plain JavaScript,
 * an ES module, loaded at run time) in a temporary folder, removed afterwards.
 */
export async function withGeneratedCorpus<T>(megabytes: number, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'fincorpus-generated-'));
  try {
    const generator = (await import(pathToFileURL(resolve('test', 'bench', 'generate.mjs')).href)) as { generateCorpus: (dir: string, megabytes: number) => unknown };
    generator.generateCorpus(join(dir, 'corpus'), megabytes);
    return await use(join(dir, 'corpus'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
