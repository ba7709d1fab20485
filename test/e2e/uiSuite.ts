/**
 * What a person sees: one code-server page on a copy of seeds/, driven through Chromium; every step
 * ends with a screenshot in `artifacts`, so the pictures show the same moments as the assertions (and
 * can be reused in the README). Suite 2 loads the extension from the source folder (test-artifacts/e2e/),
 * suite 3 from the installed .vsix (test-artifacts/e2e-vsix/); the steps are the same.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { SuiteCounts } from './extensionHostSuite';
import { Workbench, retryUntil, selectors } from './workbench';

export interface UiSuiteOptions {
  /** The workbench page: with the development payload (suite 2) or a plain `?folder=` (suite 3). */
  url: string;
  artifacts: string;
  /** From package.json: the activity-bar container that holds the metrics view. */
  container: { id: string; title: string };
  chartCommandTitle: string;
}

interface Step {
  name: string;
  screenshot: string;
  run(workbench: Workbench): Promise<void>;
}

// The same edit as the extension-host suite: seed 001's end-2022 sentence, copied into 004 with
// another (precise) number, so both documents disagree about one metric and period.
const conflictingSentence = '截至2022年末,微众银行已在人工智能、区块链、云计算、大数据等多个领域开源27个项目。';

function steps(options: UiSuiteOptions): Step[] {
  const containerSelector = `[id="workbench.view.extension.${options.container.id}"]`;
  return [
    {
      name: 'the workbench opens the copied corpus',
      screenshot: '01-workbench.png',
      async run(workbench) {
        await workbench.ready();
        const explorerRow = workbench.page.locator('.explorer-folders-view .monaco-list-row', { hasText: '001_528cf213c8b04a03' });
        await explorerRow.first().waitFor({ timeout: 30_000 });
      },
    },
    {
      name: 'hovering 超3.6亿 in seed 001 shows 360,000,000',
      screenshot: '02-hover.png',
      async run(workbench) {
        const { page } = workbench;
        await workbench.openFile('001_528cf213c8b04a03');
        await workbench.goToLine(33);
        await page.locator('.editor-group-container.active .view-line', { hasText: '超3.6亿' }).first().waitFor();
        const hover = page.locator(selectors.hover, { hasText: '360,000,000' });
        // The server may still be indexing when the file opens: point again until the hover answers.
        await retryUntil('a hover with 360,000,000 on 超3.6亿', 45_000, async () => {
          const box = await workbench.textBox('超3.6亿');
          if (!box) throw new Error('超3.6亿 is not on screen');
          await page.mouse.move(5, 5);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
          return hover.waitFor({ timeout: 3_000 }).then(
            () => true,
            () => false,
          );
        });
      },
    },
    {
      name: 'typing a conflicting sentence into seed 004 shows the conflict in the Problems panel',
      screenshot: '03-problems.png',
      async run(workbench) {
        const { page } = workbench;
        await page.mouse.move(5, 5);
        await workbench.openFile('004_5e883007aff4821f');
        // Problems first, so that the editor scrolls to the new line within the smaller space left to it.
        await workbench.openProblems();
        await workbench.filterProblems('conflicting-figure');
        await workbench.focusEditor();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.insertText(conflictingSentence);
        const conflictRow = workbench.problems().filter({ hasText: /conflicting-figure/ }).first();
        await conflictRow.waitFor({ timeout: 30_000 }).catch(async () => {
          const shown = await page.locator('.markers-panel').innerText().catch(() => 'nothing');
          throw new Error(`no conflicting-figure row in the Problems panel within 30 s; it shows: ${JSON.stringify(shown.slice(0, 300))}`);
        });
        const rows = await workbench.problems().allInnerTexts();
        if (!rows.some((row) => row.includes('001_528cf213c8b04a03') || row.includes('004_5e883007aff4821f'))) {
          throw new Error(`the Problems panel does not name the seeds: ${JSON.stringify(rows)}`);
        }
      },
    },
    {
      name: 'the metrics view lists subjects and, expanded, their metrics, with the new conflict marked',
      screenshot: '04-metrics.png',
      async run(workbench) {
        const { page } = workbench;
        await page.locator(`.activitybar .action-item a[aria-label^="${options.container.title}"]`).first().click();
        const rows = page.locator(`${containerSelector} .monaco-list-row`);
        // WeBank itself, not 微众银行财富+. The sentence typed in the previous step contradicts seed 001,
        // so the row says "conflicts" once the view has caught up; it also moves to the top then, so
        // waiting for that first keeps the click from landing on a row that is sliding away.
        const webank = /^微众银行(?!财富)/;
        const subject = rows.filter({ hasText: webank }).filter({ hasText: /conflict/ }).first();
        await subject.waitFor({ timeout: 30_000 });
        await subject.click();
        // Expanded, the subject's row is followed by its metrics ("开源项目  count · 4 observations · 2 conflicts").
        await page.locator(`${containerSelector} .monaco-list-row[aria-expanded="true"]`, { hasText: webank }).waitFor();
        await rows.filter({ hasText: '开源项目' }).filter({ hasText: /conflict/ }).first().waitFor();
      },
    },
    {
      name: 'Show Metric Chart opens the chart of a metric',
      screenshot: '05-chart.png',
      async run(workbench) {
        const { page } = workbench;
        await workbench.runCommand(options.chartCommandTitle);
        // The command asks for a metric; prefer one that several documents report, for a real history.
        const metricRows = page.locator(selectors.quickInputRow).filter({ hasText: /observations?/ });
        await metricRows.first().waitFor({ timeout: 15_000 });
        const series = metricRows.filter({ hasText: /\b([2-9]|\d{2,}) observations/ });
        await ((await series.count()) > 0 ? series : metricRows).first().click();
        await page.locator(selectors.quickInput).waitFor({ state: 'hidden' });
        await page.locator(selectors.activeTab, { hasText: 'Chart' }).waitFor({ timeout: 15_000 });
        await retryUntil('the chart drawn in its webview', 20_000, async () => {
          for (const frame of page.frames()) {
            const drawn = await frame
              .locator('svg.chart')
              .first()
              .waitFor({ timeout: 500 })
              .then(
                () => true,
                () => false,
              );
            if (drawn) return true;
          }
          return false;
        });
      },
    },
  ];
}

/** Playwright's first line says what timed out; its call log says which element it waited for. */
function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message.split('\n');
  const waitedFor = lines.find((line) => line.includes('waiting for'))?.trim();
  return waitedFor ? `${lines[0]} (${waitedFor})` : lines[0]!;
}

async function screenshot(page: Page, path: string): Promise<void> {
  await page.screenshot({ path }).catch((error: unknown) => console.log(`    (no screenshot: ${String(error)})`));
}

export async function runUiSuite(browser: Browser, options: UiSuiteOptions): Promise<SuiteCounts> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const workbench = new Workbench(page);
  const counts: SuiteCounts = { passed: 0, failed: 0, skipped: 0 };
  try {
    await page.goto(options.url);
    for (const step of steps(options)) {
      const started = Date.now();
      try {
        await step.run(workbench);
        counts.passed += 1;
        console.log(`  ✔ ${step.name} (${Date.now() - started} ms)`);
      } catch (error) {
        counts.failed += 1;
        console.log(`  ✗ ${step.name}\n      ${failureText(error)}`);
      }
      await screenshot(page, join(options.artifacts, step.screenshot));
    }
  } finally {
    await context.close().catch(() => undefined);
  }
  return counts;
}
