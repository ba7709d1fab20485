/**
 * Editor settings (`fincorpus.*`), parsed per resource with zod. This schema is the single source of
 * truth: a test checks package.json's `contributes.configuration` against it.
 */
import { z } from 'zod';
import { diagnosticCodes, severitySettingCodes, type SeveritySettingCode } from './core/findings/codes';

export const severitySchema = z.enum(['error', 'warning', 'information', 'hint', 'off']);

/** One severity setting per code the registry gives a setting, with the code's default severity. */
function severitySettingsShape(): Record<SeveritySettingCode, z.ZodDefault<typeof severitySchema>> {
  const shape = {} as Record<SeveritySettingCode, z.ZodDefault<typeof severitySchema>>;
  for (const code of severitySettingCodes) shape[code] = severitySchema.default(diagnosticCodes[code].severity).describe(diagnosticCodes[code].setting.description);
  return shape;
}

function defaultSeverities(): Record<SeveritySettingCode, z.infer<typeof severitySchema>> {
  const defaults = {} as Record<SeveritySettingCode, z.infer<typeof severitySchema>>;
  for (const code of severitySettingCodes) defaults[code] = diagnosticCodes[code].severity;
  return defaults;
}

export const settingsSchema = z.object({
  include: z
    .array(z.string())
    .default(['**/*.txt', '**/*.md'])
    .describe('Glob patterns of the corpus documents, relative to the workspace folder.'),
  exclude: z
    .array(z.string())
    .default(['**/node_modules/**', '**/.git/**'])
    .describe('Glob patterns of files that are never indexed.'),
  maxFileSize: z
    .number()
    .int()
    .positive()
    .default(10_000_000)
    .describe('Files larger than this many bytes are skipped with a message.'),
  strict: z.boolean().default(false).describe('Report compatible but differing bounds as information.'),
  approximateTolerance: z
    .number()
    .min(0)
    .max(1)
    .default(0.05)
    .describe('Relative tolerance around approximate values (约, 近, 左右) when comparing figures.'),
  severity: z
    .object(severitySettingsShape())
    .default(defaultSeverities())
    .describe('Severity of each diagnostic code, or "off".'),
  inlayHints: z
    .object({ enabled: z.boolean().default(false).describe('Show canonical values as inlay hints after figures.') })
    .default({ enabled: false })
    .describe('Show canonical values as inlay hints after figures.'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

export interface SettingsProblem {
  path: string;
  message: string;
}

/** Parses raw `fincorpus` settings; invalid fields fall back to defaults and are reported. */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const result = settingsSchema.safeParse(raw ?? {});
  if (result.success) return { settings: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => ({
    path: ['fincorpus', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  // Keep every valid top-level field and drop only the ones at fault.
  const partial: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const issue of result.error.issues) if (issue.path.length > 0) delete partial[String(issue.path[0])];
  const retry = settingsSchema.safeParse(partial);
  return { settings: retry.success ? retry.data : defaultSettings, problems };
}
