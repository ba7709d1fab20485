// `npm run test:e2e`: the real-VS Code suites offline. Installs the tools into .e2e/ when missing
// (test/e2e/install.mjs), builds the extension, the extension-host suite and this runner, packages
// the extension (test/e2e/package.mjs), then runs the three suites in code-server with Debian's
// Chromium (.e2e/out/e2e/main.js, from test/e2e/main.ts).
//
//   npm run test:e2e                       everything; the last line is `e2e: N passed, M failed`
//   npm run test:e2e -- --only=vsix        one suite (integration | ui | vsix), when working on it
//   npm run test:e2e -- --grep=hover       only the extension-host tests whose title matches
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIntegration } from '../integration/build.mjs';
import { buildRunner, runnerOut } from './build.mjs';
import { chromiumPath, codeServerEntry, installTools, node24Bin, projectRoot } from './install.mjs';
import { packageExtension } from './package.mjs';

function option(name) {
  const prefix = `--${name}=`;
  return process.argv.slice(2).find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
}

function fail(message) {
  console.error(`e2e: ${message}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const suites = ['integration', 'ui', 'vsix'];
const only = option('only');
if (only !== undefined && !suites.includes(only)) fail(`--only must be one of ${suites.join(', ')}, not "${only}"`);

try {
  installTools();
} catch (error) {
  fail(`could not install the tools: ${error.message}`);
}

const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) fail('npm run build failed');
try {
  await buildIntegration();
  await buildRunner();
} catch (error) {
  fail(`could not build the suites: ${error.message}`);
}

// A package that cannot be built fails the .vsix suite only: the runner reports it with the others.
let vsix;
let vsixError;
if (only === undefined || only === 'vsix') {
  try {
    vsix = packageExtension();
  } catch (error) {
    vsixError = error.message;
    console.error(`e2e: could not package the extension: ${vsixError}`);
  }
}

const grep = option('grep');
const runner = spawnSync(process.execPath, [runnerOut], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    FINCORPUS_ROOT: projectRoot,
    FINCORPUS_E2E_NODE24_BIN: node24Bin,
    FINCORPUS_E2E_CODE_SERVER: codeServerEntry,
    FINCORPUS_E2E_CHROMIUM: chromiumPath,
    ...(only ? { FINCORPUS_E2E_ONLY: only } : {}),
    ...(vsix ? { FINCORPUS_E2E_VSIX: vsix } : {}),
    ...(vsixError ? { FINCORPUS_E2E_VSIX_ERROR: vsixError } : {}),
    ...(grep ? { FINCORPUS_INTEGRATION_GREP: grep } : {}),
  },
});
if (runner.error) fail(`could not start ${join('.e2e', 'out', 'e2e', 'main.js')}: ${runner.error.message}`);
process.exit(runner.status ?? 1);
