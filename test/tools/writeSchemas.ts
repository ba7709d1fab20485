// `npm run schemas`: regenerates package.json's contributes.configuration and the fincorpus.json
// schema from the zod schemas. test/unit/schemas.test.ts fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusConfigJsonSchema, settingsContribution } from '../../server/src/schemas';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes = { ...manifest.contributes, configuration: settingsContribution() };
writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');
writeFileSync('server/schemas/fincorpus.schema.json', JSON.stringify(corpusConfigJsonSchema(), null, 2) + '\n');
process.stdout.write('wrote package.json contributes.configuration and server/schemas/fincorpus.schema.json\n');
