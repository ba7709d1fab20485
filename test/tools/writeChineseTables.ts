// `node esbuild.mjs --tests && node test/out/tools/writeChineseTables.js`: regenerates
// server/src/core/textChineseTables.ts from opencc-js.
import { writeFileSync } from 'node:fs';
import { chineseTablesModule, computeChineseTables } from './chineseTables';

writeFileSync('server/src/core/textChineseTables.ts', chineseTablesModule(computeChineseTables()));
process.stdout.write('wrote server/src/core/textChineseTables.ts\n');
