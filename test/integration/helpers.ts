/**
 * Shared steps of the extension-host suite: activating FinCorpus, opening the copied seeds, and
 * waiting for the editor to reach a state. Each wait listens to an event (diagnostics, tabs, the
 * server's index announcements) rather than polling, is bounded, and fails with what it saw last.
 */
import * as vscode from 'vscode';
import type { FinCorpusApi } from '../../client/src/extension';

export const extensionId = 'fincorpus.fincorpus';

/** How long the server gets to answer after an edit; generous for a loaded 2-core CI machine. */
export const serverTimeoutMs = 20_000;

/**
 * Starts FinCorpus if VS Code has not yet, and returns what its `activate()` returned. Activation
 * ends once the language client runs, so requests made after it wait for the server's first scan.
 */
export async function activateFinCorpus(): Promise<FinCorpusApi> {
  const extension = vscode.extensions.getExtension<FinCorpusApi>(extensionId);
  if (!extension) throw new Error(`the extension ${extensionId} is not loaded in this VS Code (check extensionDevelopmentPath)`);
  const api = extension.isActive ? extension.exports : await extension.activate();
  if (api?.connection?.state !== 'running') throw new Error(`the language server is not running after activation (state ${api?.connection?.state})`);
  return api;
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
 * Resolves with the first answer of `probe` that is not undefined: asked now, then again each time the
 * server announces its index (fincorpus/indexChanged, which follows every settled edit, scan and
 * settings change). For answers that follow a change VS Code has no event for, such as a setting the
 * server reads. Fails after `timeoutMs` with what the probe saw last.
 */
export function afterIndexChanges<T>(
  api: FinCorpusApi,
  what: string,
  probe: () => Promise<T | undefined>,
  options: { timeoutMs?: number; describeLast?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? serverTimeoutMs;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let probing = false;
    let askAgain = false;
    let lastError: unknown;
    const finish = (): void => {
      settled = true;
      clearTimeout(timer);
      subscription.dispose();
    };
    const ask = async (): Promise<void> => {
      if (probing) {
        askAgain = true;
        return;
      }
      probing = true;
      try {
        do {
          askAgain = false;
          try {
            const value = await probe();
            if (value !== undefined && !settled) {
              finish();
              resolve(value);
            }
          } catch (error) {
            lastError = error;
          }
        } while (askAgain && !settled);
      } finally {
        probing = false;
      }
    };
    // Subscribed before the first question, so that no announcement falls between the two.
    const subscription = api.connection.onDidChangeIndex(() => void ask());
    const timer = setTimeout(() => {
      if (settled) return;
      finish();
      const seen = options.describeLast?.() ?? (lastError ? `last error: ${String(lastError)}` : 'no answer');
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${seen}`));
    }, timeoutMs);
    void ask();
  });
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
