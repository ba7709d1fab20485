// Times the language server's first index of a benchmark corpus, and nothing else: a few sessions
// per build, the builds interleaved (the machine is noisy), medians printed. For comparing a change
// with a copy of the server's bundles made before it:
//
//   cp -r server/out /tmp/before-out      (before the change)
//   node test/bench/server-index.mjs --size 100 --runs 3 --servers /tmp/before-out,server/out [--edits]
//
// Per session: wall seconds from `initialized` to the index announcement that covers every document,
// the server's CPU seconds over it (its workers' included), RSS then and its peak (VmHWM). With
// --edits, also the edit → diagnostics latency and hovers on the figure bench.mjs edits (chosen here
// from a --jobs 1 check of the 1 MB corpus), over --iterations edits. With --profile, CPU profiles of
// every thread go to .bench/profile-server-<size>mb/ (`node test/bench/profile.mjs FILE` summarises one).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { editTargetName, generateCorpus, projectRoot } from './generate.mjs';
import { chooseSharedFigure, median, serverSession } from './serverSession.mjs';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const size = Number(option('size', '100'));
const runs = Number(option('runs', '3'));
const iterations = Number(option('iterations', '200'));
const servers = option('servers', 'server/out').split(',').map((dir) => resolve(projectRoot, dir));
const withEdits = process.argv.includes('--edits');
const log = (message) => process.stderr.write(`[server-index] ${message}\n`);

const corpusDir = join(projectRoot, '.bench', `corpus-${size}mb`);
const corpus = generateCorpus(corpusDir, size);
let figure = null;
if (withEdits) {
  const small = join(projectRoot, '.bench', 'corpus-1mb');
  generateCorpus(small, 1);
  const output = join(projectRoot, '.bench', 'server-index-1mb.json');
  const check = spawnSync(process.execPath, [join(servers[0], 'cli.js'), 'check', small, '--format', 'json', '--jobs', '1'], { maxBuffer: 1 << 30 });
  writeFileSync(output, check.stdout);
  figure = chooseSharedFigure(output, readFileSync(join(small, editTargetName), 'utf8'));
}

const results = servers.map(() => []);
for (let run = 0; run < runs; run++) {
  for (const [i, dir] of servers.entries()) {
    const session = await serverSession(size, corpusDir, corpus.files, figure, {
      indexSeconds: 300,
      loopSeconds: 120,
      iterations,
      serverMain: join(dir, 'main.js'),
      profile: process.argv.includes('--profile'),
    });
    results[i].push(session);
    log(
      `${dir} run ${run + 1}: index ${session.indexSeconds?.toFixed(2)} s, CPU ${session.indexCpuSeconds?.toFixed(1)} s, ` +
        `RSS ${session.memory?.rss.toFixed(0)} MB, peak ${session.memory?.peak.toFixed(0)} MB` +
        (session.edit ? `, edit p95 ${session.edit.p95.toFixed(1)} ms (median ${session.edit.median.toFixed(1)}), hover p95 ${session.hover?.p95.toFixed(2)} ms` : '') +
        (session.error ? `, error ${session.error}` : ''),
    );
  }
}

const of = (sessions, fn) => median(sessions.map(fn).filter((v) => Number.isFinite(v)));
process.stdout.write(`\nServer first index, ${size} MB (${corpus.files} documents), medians of ${runs} run(s):\n`);
for (const [i, dir] of servers.entries()) {
  const s = results[i];
  const parts = [
    `index ${of(s, (r) => r.indexSeconds).toFixed(2)} s`,
    `CPU ${of(s, (r) => r.indexCpuSeconds).toFixed(1)} s`,
    `RSS ${of(s, (r) => r.memory?.rss).toFixed(0)} MB`,
    `peak ${of(s, (r) => r.memory?.peak).toFixed(0)} MB`,
  ];
  if (withEdits) parts.push(`edit p95 ${of(s, (r) => r.edit?.p95).toFixed(1)} ms`, `edit median ${of(s, (r) => r.edit?.median).toFixed(1)} ms`, `hover p95 ${of(s, (r) => r.hover?.p95).toFixed(2)} ms`);
  process.stdout.write(`  ${dir}: ${parts.join(', ')}\n`);
}
