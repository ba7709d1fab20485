// Builds the extension client, the language server (each for Node and for the web) and the command
// line as bundles, and (with --tests) each test file as its own bundle under test/out.
import * as esbuild from 'esbuild';
import { chmodSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const buildTests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's main entry is a UMD wrapper whose inner requires a bundler cannot follow; its ES build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

function findFiles(dir, suffix) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'out' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) found.push(...findFiles(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found;
}

if (buildTests) {
  rmSync('test/out', { recursive: true, force: true });
  await esbuild.build({
    ...common,
    entryPoints: findFiles('test', '.ts').filter(
      // These run inside VS Code (integration, vscode, web) or drive it from outside (e2e), built by their own scripts.
      (f) => !['integration', 'e2e', 'vscode', 'web'].some((own) => f.startsWith(join('test', own) + '/')),
    ),
    outdir: 'test/out',
    outbase: 'test',
    external: ['mocha', 'vscode', 'esbuild'],
  });
} else {
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: ['client/src/extension.ts'],
      outfile: 'client/out/extension.js',
      external: ['vscode'],
    }),
    // The chart webview's script runs in the browser sandbox of the webview, not in Node.
    esbuild.build({
      ...common,
      entryPoints: ['client/src/webview/chart.ts'],
      outfile: 'client/out/chart.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    }),
    esbuild.build({
      ...common,
      entryPoints: ['server/src/node/main.ts'],
      outfile: 'server/out/main.js',
    }),
    // The web build: the client for the browser extension host, and the server as a classic web
    // worker (an IIFE: the client starts it with new Worker(url)). Neither may use Node's built-ins;
    // test/unit/web.test.ts checks that and runs the server without them.
    esbuild.build({
      ...common,
      entryPoints: ['client/src/extension.browser.ts'],
      outfile: 'client/out/browser.js',
      platform: 'browser',
      target: 'es2022',
      external: ['vscode'],
    }),
    esbuild.build({
      ...common,
      entryPoints: ['server/src/browser/main.ts'],
      outfile: 'server/out/browser.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    }),
    // The analysis worker of the CLI and the Node server (server/src/node/analysisPool.ts), beside them.
    esbuild.build({
      ...common,
      entryPoints: ['server/src/node/analysisWorker.ts'],
      outfile: 'server/out/analysisWorker.js',
    }),
    esbuild.build({
      ...common,
      entryPoints: ['server/src/cli.ts'],
      outfile: 'server/out/cli.js',
      banner: { js: '#!/usr/bin/env node' },
    }),
  ]);
  // The package's bin: `npx fincorpus` runs it through the shell, which needs it executable. npm only
  // marks bins when it links them, and this one is built after install.
  chmodSync('server/out/cli.js', 0o755);
}
