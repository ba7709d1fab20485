// Preloaded into a benchmarked Node process (node --require rusage.cjs …): when the process exits,
// writes its own resource usage (peak RSS, CPU time) as JSON to the file named by
// FINCORPUS_BENCH_RUSAGE, so that the benchmark can report them without /usr/bin/time.
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.FINCORPUS_BENCH_RUSAGE;
if (target) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ code, maxRssKb: usage.maxRSS, userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6 }),
    );
  });
}
