/**
 * Suite 1 in code-server: the workbench loads the extension-host mocha suite (test/integration)
 * through the smoke-test driver's payload, exactly as @vscode/test-electron passes
 * --extensionTestsPath. The suite's output arrives through `codeAutomationLog`, its exit code
 * through `codeAutomationExit`, and its counts in the line that starts with the result marker.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';

export const resultMarker = 'fincorpus-integration-result';

/**
 * Workbench messages that say nothing about FinCorpus in an offline, signed-out code-server (E2E.md,
 * "Known noise"). They still go to the log file; the console shows the rest.
 */
const knownNoise = [
  /ENOTFOUND open-vsx\.org/,
  /authentication provider 'github'/,
  /vsda/,
  /\[AccountPolicyGate\]/,
  /Long running operations during shutdown are unsupported in the web/,
];

export interface SuiteCounts {
  passed: number;
  failed: number;
  /** Tests that skipped themselves because what they check could not happen (mocha's pending). */
  skipped: number;
}

export async function runExtensionHostSuite(
  browser: Browser,
  url: string,
  options: { timeoutMs: number; screenshot: string; logFile: string },
): Promise<SuiteCounts> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let counts: SuiteCounts | undefined;
  let resolveExit: (code: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => (resolveExit = resolve));

  writeFileSync(options.logFile, '');
  await page.exposeFunction('codeAutomationLog', (_type: unknown, args: unknown) => {
    // The arguments of a console call, format string first, as the extension host made it.
    const parts = Array.isArray(args) ? args : [args];
    const line = format(...parts);
    appendFileSync(options.logFile, `${line}\n`);
    // After the counts, the workbench only shuts down (cancelled reads and the like): file only.
    if (counts || knownNoise.some((pattern) => pattern.test(line))) return;
    const marker = line.indexOf(resultMarker);
    if (marker >= 0) {
      const parsed = JSON.parse(line.slice(marker + resultMarker.length)) as { passed: number; failed: number; pending: number };
      counts = { passed: parsed.passed, failed: parsed.failed, skipped: parsed.pending };
      return;
    }
    for (const text of line.split('\n')) console.log(`  ${text}`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));

  try {
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the extension-host suite did not finish within ${options.timeoutMs / 1000} s`)),
        options.timeoutMs,
      );
    });
    const code = await Promise.race([exit, timedOut]).finally(() => clearTimeout(timer));
    if (!counts) {
      console.log(`  the extension-host suite exited with ${code} without reporting its counts (it did not load, or crashed)`);
      return { passed: 0, failed: 1, skipped: 0 };
    }
    if (code !== 0 && counts.failed === 0) {
      console.log(`  the extension-host suite exited with ${code} although no test failed`);
      return { ...counts, failed: 1 };
    }
    return counts;
  } catch (error) {
    console.log(`  ✗ ${error instanceof Error ? error.message : String(error)}`);
    await page.screenshot({ path: options.screenshot }).catch(() => undefined);
    return { passed: counts?.passed ?? 0, failed: (counts?.failed ?? 0) + 1, skipped: counts?.skipped ?? 0 };
  } finally {
    await context.close().catch(() => undefined);
  }
}
