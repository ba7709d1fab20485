// `npm run grammar`: writes syntaxes/fincorpus.tmLanguage.json from its template and the figure
// lexicon's unit words (test/tools/grammarUnits.ts). Review the diff of the grammar's golden tokens.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateGrammar, grammarPath, grammarTemplatePath } from './grammarUnits';

writeFileSync(grammarPath, generateGrammar(readFileSync(grammarTemplatePath, 'utf8')));
process.stdout.write(`wrote ${grammarPath} from ${grammarTemplatePath}\n`);
