/**
 * What a person does in the code-server workbench, as Playwright steps: open a file, go to a line,
 * point at a piece of text, run a command. Selectors are the workbench's own (see E2E.md).
 */
import type { Locator, Page } from 'playwright-core';

export const selectors = {
  workbench: '.monaco-workbench .part.activitybar',
  quickInput: '.quick-input-widget input',
  quickInputRow: '.quick-input-list .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  focusedEditor: '.editor-group-container.active .monaco-editor.focused',
  hover: '.monaco-editor .monaco-hover:not(.hidden) .hover-contents',
  problemsRow: '.markers-panel .monaco-list-row',
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class Workbench {
  constructor(readonly page: Page) {}

  async ready(timeoutMs = 60_000): Promise<void> {
    await this.page.waitForSelector(selectors.workbench, { timeout: timeoutMs });
  }

  /** Quick Open (Ctrl+P): type part of a file name, take the first match, wait for its tab. */
  async openFile(namePart: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator(selectors.quickInput);
    await input.waitFor({ state: 'visible' });
    await input.fill(namePart);
    await this.page.locator(selectors.quickInputRow, { hasText: namePart }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(selectors.activeTab, { hasText: namePart }).waitFor();
    // Keys typed before the editor has focus would go nowhere.
    await this.page.locator(selectors.focusedEditor).waitFor();
  }

  /** Go to Line (Ctrl+G), 1-based, and leave the cursor in the editor. */
  async goToLine(line: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator(selectors.quickInput);
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /** Runs a command by its title from the Command Palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator(selectors.quickInput);
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await this.page.locator(selectors.quickInputRow, { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /**
   * The on-screen box of `text` in the visible lines of the active editor, measured with a DOM Range
   * across the token spans (a figure may be split into several tokens), or undefined when not shown.
   */
  textBox(text: string): Promise<Box | undefined> {
    return this.page.evaluate((wanted) => {
      const lines = document.querySelectorAll('.editor-group-container.active .view-lines .view-line');
      for (const line of Array.from(lines)) {
        const content = line.textContent ?? '';
        const at = content.indexOf(wanted);
        if (at < 0) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (!started && at < seen + length) {
            range.setStart(node, at - seen);
            started = true;
          }
          if (started && at + wanted.length <= seen + length) {
            range.setEnd(node, at + wanted.length - seen);
            const box = range.getBoundingClientRect();
            return { x: box.x, y: box.y, width: box.width, height: box.height };
          }
          seen += length;
        }
      }
      return undefined;
    }, text);
  }

  /** The Problems panel's rows (Ctrl+Shift+M opens it). */
  problems(): Locator {
    return this.page.locator(selectors.problemsRow);
  }

  async openProblems(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible' });
  }

  /**
   * Types into the Problems filter so the screenshot shows the rows that matter. Best effort: the
   * filter box is VS Code's furniture, not FinCorpus's, so a changed placeholder only skips this.
   */
  async filterProblems(text: string): Promise<void> {
    const filter = this.page.getByPlaceholder(/^Filter \(e\.g\. text, \*\*\/\*\.ts/).first();
    const shown = await filter.waitFor({ timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (shown) await filter.fill(text);
  }

  /** Moves the keyboard focus back into the active editor (View: Focus Active Editor Group). */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await this.page.locator(selectors.focusedEditor).waitFor();
  }
}

/**
 * Retries `attempt` until it returns true or the time is up; for steps that depend on a server warming
 * up. Each attempt waits for its own condition with a bounded timeout, so this never spins.
 */
export async function retryUntil(what: string, timeoutMs: number, attempt: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await attempt()) return;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}
