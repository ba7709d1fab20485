// `npm run schemas`: regenerates, from the zod schemas, package.json's contributes.configuration
// (descriptions as %placeholders%), the English setting descriptions in package.nls.json and the
// fincorpus.json schema. test/unit/schemas.test.ts fails when any of them drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusConfigJsonSchema, isSettingKey, settingsContribution, settingsDescriptions } from '../../server/src/schemas';

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes = { ...manifest.contributes, configuration: settingsContribution() };
writeJson('package.json', manifest);

// Setting descriptions ("fincorpus.….description") are replaced, so that removed settings leave no
// stale text; the other keys of package.nls.json (commands, views …) are written by hand and kept.
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const handWritten = Object.fromEntries(Object.entries(nls).filter(([key]) => !isSettingKey(key)));
writeJson('package.nls.json', { ...handWritten, ...settingsDescriptions() });

writeJson('server/schemas/fincorpus.schema.json', corpusConfigJsonSchema());
process.stdout.write('wrote package.json contributes.configuration, package.nls.json and server/schemas/fincorpus.schema.json\n');
