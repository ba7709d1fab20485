/**
 * Shared steps of the extension-host suite: activating FinCorpus, opening the copied seeds, and
 * waiting for the editor to reach a state (each wait is bounded and fails with what it saw last).
 */
import * as vscode from 'vscode';

export const extensionId = 'fincorpus.fincorpus';

/** How long the server gets to answer after an edit; generous for a loaded 2-core CI machine. */
export const serverTimeoutMs = 20_000;

/** Starts FinCorpus if VS Code has not yet, and returns what its `activate()` returned. */
export async function activateFinCorpus(): Promise<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`the extension ${extensionId} is not loaded in this VS Code (check extensionDevelopmentPath)`);
  return extension.isActive ? extension.exports : await extension.activate();
}

/** The URI of the seed whose file name starts with `prefix` ("001"), inside the test workspace. */
export async function seedUri(prefix: string): Promise<vscode.Uri> {
  const found = await vscode.workspace.findFiles(`**/${prefix}_*.txt`, '**/node_modules/**');
  if (found.length !== 1) {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath).join(', ') || 'none';
    throw new Error(`expected one seed ${prefix}_*.txt in the workspace (folders: ${folders}), found ${found.length}`);
  }
  return found[0]!;
}

/** Opens a seed in an editor that stays open (not a preview), so the client pulls its diagnostics. */
export async function openSeed(prefix: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(await seedUri(prefix));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The position of the first occurrence of `text` in the document, or a clear failure. */
export function positionOf(document: vscode.TextDocument, text: string, after = 0): vscode.Position {
  const offset = document.getText().indexOf(text, after);
  if (offset < 0) throw new Error(`"${text}" does not occur in ${vscode.workspace.asRelativePath(document.uri)}`);
  return document.positionAt(offset);
}

export function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const start = positionOf(document, text);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + text.length));
}

/**
 * Asks `probe` until it returns a value, at most `timeoutMs`. For answers that VS Code announces with
 * no event a test can hear (a provider that starts answering once the server is ready or has read a
 * setting). `describeLast` says what the probe saw when the time is up.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; describeLast?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? serverTimeoutMs;
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = options.describeLast?.() ?? (lastError ? `last error: ${String(lastError)}` : 'no answer');
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${seen}`);
    }
    await new Promise<void>((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function describeDiagnostics(uris: readonly vscode.Uri[]): string {
  return uris
    .map((uri) => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      const lines = diagnostics.map(
        (diagnostic) => `    ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} [${codeOf(diagnostic) ?? '-'}] ${diagnostic.message}`,
      );
      return `  ${vscode.workspace.asRelativePath(uri)}: ${diagnostics.length} diagnostics${lines.length ? `\n${lines.join('\n')}` : ''}`;
    })
    .join('\n');
}

/**
 * Resolves once `accept` holds for the diagnostics of every URI in `uris`: checked now and on each
 * `onDidChangeDiagnostics`. Fails after `timeoutMs` with the diagnostics it saw last.
 */
export function diagnosticsWhere(
  what: string,
  uris: readonly vscode.Uri[],
  accept: (diagnostics: readonly vscode.Diagnostic[], uri: vscode.Uri) => boolean,
  timeoutMs = serverTimeoutMs,
): Promise<Map<string, readonly vscode.Diagnostic[]>> {
  const snapshot = (): Map<string, readonly vscode.Diagnostic[]> | undefined => {
    const all = new Map<string, readonly vscode.Diagnostic[]>();
    for (const uri of uris) {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics, uri)) return undefined;
      all.set(uri.toString(), diagnostics);
    }
    return all;
  };
  return new Promise((resolve, reject) => {
    const settled = snapshot();
    if (settled) return resolve(settled);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now:\n${describeDiagnostics(uris)}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => uris.some((uri) => uri.toString() === changed.toString()))) return;
      const accepted = snapshot();
      if (!accepted) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(accepted);
    });
  });
}

export const isConflict = (diagnostic: vscode.Diagnostic): boolean => codeOf(diagnostic) === 'conflicting-figure';

/** The plain text of hover contents, whichever form the provider used. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Resolves when `accept` holds for the tabs of the window: checked now and on each tab change. */
export function tabsWhere<T>(what: string, find: () => T | undefined, timeoutMs = serverTimeoutMs): Promise<T> {
  return new Promise((resolve, reject) => {
    const found = find();
    if (found !== undefined) return resolve(found);
    const timer = setTimeout(() => {
      subscriptions.forEach((subscription) => subscription.dispose());
      const open = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(', ') || 'none';
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; open tabs: ${open}`));
    }, timeoutMs);
    const check = (): void => {
      const value = find();
      if (value === undefined) return;
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.dispose());
      resolve(value);
    };
    const subscriptions = [vscode.window.tabGroups.onDidChangeTabs(check), vscode.window.tabGroups.onDidChangeTabGroups(check)];
  });
}
