/**
 * Finding and reading corpus files on disk, shared by the command line and the language server.
 * Files that cannot be used (missing, unreadable, binary, too large) are reported, never fatal.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { decodeBytes } from '../core/encoding';

export const configFileName = 'fincorpus.json';
export const defaultInclude = ['**/*.txt', '**/*.md'];
export const defaultExclude = ['**/node_modules/**', '**/.git/**'];

export interface FileProblem {
  path: string;
  message: string;
}

export interface CollectOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function matchesAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => minimatch(path, pattern, { dot: true, matchBase: !pattern.includes('/') }));
}

/**
 * Expands files and folders into the corpus files below them. Files named explicitly are taken
 * whatever their extension; folders contribute the files that match include and not exclude.
 */
export function collectCorpusFiles(
  paths: readonly string[],
  options: CollectOptions = {},
): { files: string[]; problems: FileProblem[] } {
  const include = options.include ?? defaultInclude;
  const exclude = options.exclude ?? defaultExclude;
  const files = new Set<string>();
  const problems: FileProblem[] = [];

  const walk = (root: string, dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ path: dir, message: `cannot read folder: ${(error as Error).message}` });
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      const rel = toPosix(relative(root, full));
      let isDirectory: boolean;
      try {
        isDirectory = statSync(full).isDirectory();
      } catch (error) {
        problems.push({ path: full, message: `cannot read: ${(error as Error).message}` });
        continue;
      }
      if (isDirectory) {
        if (!matchesAny(`${rel}/`, exclude) && !matchesAny(`${rel}/x`, exclude)) walk(root, full);
      } else if (name !== configFileName && matchesAny(rel, include) && !matchesAny(rel, exclude)) {
        files.add(resolve(full));
      }
    }
  };

  for (const path of paths) {
    if (!existsSync(path)) {
      problems.push({ path, message: 'no such file or folder' });
      continue;
    }
    if (statSync(path).isDirectory()) walk(path, path);
    else files.add(resolve(path));
  }
  return { files: [...files], problems };
}

/** The nearest fincorpus.json in the folder of `start` or above it, or null. */
export function findCorpusConfig(start: string): string | null {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export type ReadResult =
  | { kind: 'text'; text: string; encoding: string; bytes: number }
  | { kind: 'skipped'; message: string };

/** Reads and decodes one corpus file, or says why it was skipped. */
export function readCorpusFile(path: string, maxFileSize = Number.POSITIVE_INFINITY, pinnedEncoding?: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxFileSize) return { kind: 'skipped', message: `skipped: ${size} bytes is over the limit of ${maxFileSize}` };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'skipped', message: `skipped: cannot read (${code ?? (error as Error).message})` };
  }
  const decoded = decodeBytes(bytes, pinnedEncoding);
  if (decoded.kind === 'binary') return { kind: 'skipped', message: `skipped: binary file (${decoded.reason})` };
  return { kind: 'text', text: decoded.text, encoding: decoded.encoding, bytes: bytes.length };
}
