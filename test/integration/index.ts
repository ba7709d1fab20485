/**
 * The extension-host suite's entry: VS Code loads this file (extensionTestsPath) in the extension
 * host and awaits `run()`. Both runners use it: @vscode/test-electron (test/vscode) and code-server
 * (test/e2e). The last line it prints, `fincorpus-integration-result {…}`, carries the counts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export const resultMarker = 'fincorpus-integration-result';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const grep = process.env.FINCORPUS_INTEGRATION_GREP;
  if (grep) mocha.grep(grep);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(join(__dirname, name));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        console.log(`${resultMarker} ${JSON.stringify({ passed: passes, failed, pending })}`);
        if (failures > 0) reject(new Error(`${failures} of the extension-host tests failed`));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
