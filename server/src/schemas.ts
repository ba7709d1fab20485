/**
 * JSON schemas derived from the zod schemas, which stay the single source of truth:
 * `contributes.configuration` for package.json and the schema of fincorpus.json.
 */
import { z } from 'zod';
import { corpusConfigSchema } from './core/config';
import { settingsSchema } from './settings';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; type?: string };

/** Flattens nested objects into dotted keys, so that each leaf gets its own entry in the Settings editor. */
function flatten(prefix: string, schema: JsonSchema, into: Record<string, JsonSchema>): void {
  if (schema.type === 'object' && schema.properties) {
    const defaults = (schema.default ?? {}) as Record<string, unknown>;
    for (const [key, child] of Object.entries(schema.properties)) {
      const withDefault = child.default === undefined && key in defaults ? { ...child, default: defaults[key] } : child;
      const description = child.description ?? (schema.description ? `${schema.description} (${key})` : undefined);
      flatten(`${prefix}.${key}`, description ? { ...withDefault, description } : withDefault, into);
    }
    return;
  }
  into[prefix] = { ...schema, scope: 'resource' };
}

/** Every setting as a flat JSON schema with its English description, straight from zod. */
function flatSettings(): Record<string, JsonSchema> {
  const schema = z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema;
  const properties: Record<string, JsonSchema> = {};
  for (const [key, child] of Object.entries(schema.properties ?? {})) flatten(`fincorpus.${key}`, child, properties);
  return properties;
}

/** The package.nls.json key of a setting's description: "fincorpus.strict" → "fincorpus.strict.description". */
export function settingDescriptionKey(setting: string): string {
  return `${setting}.description`;
}

/**
 * package.json's `contributes.configuration`. Descriptions are %placeholders% that VS Code resolves
 * from package.nls.json (English, see {@link settingsDescriptions}) or package.nls.zh-cn.json.
 */
export function settingsContribution(): { title: string; properties: Record<string, JsonSchema> } {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, schema] of Object.entries(flatSettings())) {
    properties[key] = schema.description === undefined ? schema : { ...schema, description: `%${settingDescriptionKey(key)}%` };
  }
  return { title: 'FinCorpus', properties };
}

/** True for the package.nls.json keys that {@link settingsDescriptions} owns. */
export function isSettingKey(key: string): boolean {
  return key.startsWith('fincorpus.') && key.endsWith('.description');
}

/** The English description of every setting, keyed as in package.nls.json. */
export function settingsDescriptions(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, schema] of Object.entries(flatSettings())) {
    if (typeof schema.description === 'string') texts[settingDescriptionKey(key)] = schema.description;
  }
  return texts;
}

export function corpusConfigJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(corpusConfigSchema, { io: 'input' }) as JsonSchema;
  // VS Code's JSON support reads these two keywords: the file is JSONC, as jsonc-parser reads it.
  return { ...schema, title: 'FinCorpus corpus configuration (fincorpus.json)', allowComments: true, allowTrailingCommas: true };
}
