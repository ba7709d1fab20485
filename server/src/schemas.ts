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

export function settingsContribution(): { title: string; properties: Record<string, JsonSchema> } {
  const schema = z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema;
  const properties: Record<string, JsonSchema> = {};
  for (const [key, child] of Object.entries(schema.properties ?? {})) flatten(`fincorpus.${key}`, child, properties);
  return { title: 'FinCorpus', properties };
}

export function corpusConfigJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(corpusConfigSchema, { io: 'input' }) as JsonSchema;
  return { ...schema, title: 'FinCorpus corpus configuration (fincorpus.json)' };
}
