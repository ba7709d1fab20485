// The command line: fincorpus check | metrics | explain. Filled in by the CLI work.
process.stdout.write('fincorpus: not yet implemented\n');
process.exitCode = 2;
