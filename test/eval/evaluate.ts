// `npm run eval`: prints the accuracy against the gold annotation, and with --misses every miss.
import { formatAccuracy, goldPath, measureAccuracy } from './accuracy';

const report = measureAccuracy();
if (!report) {
  process.stderr.write(`no gold annotation at ${goldPath}\n`);
  process.exit(2);
}
process.stdout.write(formatAccuracy(report) + '\n');
const only = process.argv.find((a) => a.startsWith('--misses'));
if (only) {
  const kind = only.includes('=') ? only.slice(only.indexOf('=') + 1) : '';
  for (const miss of report.misses.filter((m) => m.kind.startsWith(kind)))
    process.stdout.write(`${miss.kind.padEnd(20)} ${miss.file.slice(6, 9)}  ${miss.text}  — ${miss.detail}\n`);
}
