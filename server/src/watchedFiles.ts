/**
 * The one file watcher. The server registers it with the client (workspace/didChangeWatchedFiles,
 * dynamically), since it knows the globs: text and Markdown, fincorpus.json and the include patterns
 * of every corpus's settings. It registers again, replacing the registration, when the globs change.
 */
import type { Disposable } from 'vscode-languageserver';
import { configFileName } from './workspace';

/** Always watched: the default include patterns and the configuration file. */
const alwaysWatched = ['**/*.{txt,md}', `**/${configFileName}`];
const coveredByAlwaysWatched = new Set(['**/*.txt', '**/*.md']);

/** The globs to watch for corpora including `included`, in a stable order. */
export function watchedPatterns(included: Iterable<string>): string[] {
  return [...new Set([...alwaysWatched, ...[...included].filter((pattern) => !coveredByAlwaysWatched.has(pattern))])];
}

export class WatchedFilesRegistration {
  private current: { key: string; registration: Promise<Disposable> } | undefined;

  /** `register` asks the client to watch the globs (client/registerCapability). */
  constructor(private readonly register: (patterns: string[]) => Promise<Disposable>) {}

  /** Watches exactly `patterns`; nothing is sent when they are the ones already watched. */
  async watch(patterns: string[]): Promise<void> {
    const key = patterns.join('\n');
    if (this.current?.key === key) return;
    const previous = this.current;
    this.current = { key, registration: this.register(patterns) };
    // A registration the client refused has nothing to dispose.
    if (previous) (await previous.registration.catch(() => undefined))?.dispose();
    await this.current.registration;
  }
}
