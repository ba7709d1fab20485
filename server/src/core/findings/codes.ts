/**
 * The registry of diagnostic codes: for each code the severity it has by default, the editor setting
 * that controls it and how, its SARIF rule, and the kind of detail that words it. A new code is an
 * entry here, its detail and words in `words.ts`, and the rule that finds it.
 */
import { weakerSeverity } from '../claims/confidence';
import type { FindingDetail } from './words';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

interface CodeRule {
  /** The severity a finding has unless it earns another (conflicts earn theirs from the claims' confidence). */
  severity: Severity;
  /** The setting `fincorpus.severity.<code>` with its description, or null when no setting controls the code. */
  setting: { description: string } | null;
  /** True when findings earn their severity and the setting is a ceiling; false when the setting replaces it. */
  earnsSeverity: boolean;
  sarif: { name: string; short: string; full: string };
  /** The kind of the finding's {@link FindingDetail}, which picks its words. */
  wording: FindingDetail['kind'];
}

export const diagnosticCodes = {
  'conflicting-figure': {
    severity: 'error',
    setting: { description: 'Severity of conflicting figures: two documents report incompatible values of the same metric and period, or "off".' },
    earnsSeverity: true,
    sarif: {
      name: 'ConflictingFigure',
      short: 'Documents state incompatible values for the same metric and period.',
      full: 'Two figures with the same subject, metric, unit family and overlapping as-of periods whose value intervals are disjoint.',
    },
    wording: 'conflict',
  },
  'differing-figure': {
    severity: 'information',
    setting: null,
    earnsSeverity: true,
    sarif: {
      name: 'DifferingFigure',
      short: 'Documents state different but compatible values (strict mode).',
      full: 'Two figures for the same metric and period whose intervals overlap but whose stated values differ; reported only in strict mode.',
    },
    wording: 'difference',
  },
  'cumulative-decrease': {
    severity: 'warning',
    setting: { description: 'Severity of a running total (累计…) that falls over time, or "off".' },
    earnsSeverity: false,
    sarif: {
      name: 'CumulativeDecrease',
      short: 'A cumulative metric falls over time.',
      full: 'A running total (累计…, cumulative…) is reported lower at a later period than at an earlier one.',
    },
    wording: 'cumulative-decrease',
  },
  'unknown-product': {
    severity: 'hint',
    setting: { description: 'Severity of quoted names that look like products but are not in the lexicon, or "off".' },
    earnsSeverity: false,
    sarif: {
      name: 'UnknownProduct',
      short: 'A quoted name looks like a product but is not in the lexicon.',
      full: 'A quoted name shaped like a product (…贷, …+, …平台) that no lexicon entry covers; adding it to the lexicon lets the index follow it.',
    },
    wording: 'unknown-product',
  },
  mojibake: {
    severity: 'warning',
    setting: { description: 'Severity of garbled text (GBK bytes decoded with the wrong framing), or "off".' },
    earnsSeverity: false,
    sarif: {
      name: 'Mojibake',
      short: 'Garbled text: GBK bytes decoded with the wrong framing.',
      full: 'A stretch of text whose two-byte GBK framing slipped; the message gives the likely original text and the names it hides.',
    },
    wording: 'mojibake',
  },
  config: {
    severity: 'error',
    setting: null,
    earnsSeverity: false,
    sarif: {
      name: 'Config',
      short: 'fincorpus.json has a problem.',
      full: 'A field of fincorpus.json that does not fit the schema; the last valid configuration stays in use (the command line stops with exit code 2).',
    },
    wording: 'config',
  },
} as const satisfies Record<string, CodeRule>;

export type DiagnosticCode = keyof typeof diagnosticCodes;

/** The codes a `fincorpus.severity.<code>` setting controls. */
export type SeveritySettingCode = { [C in DiagnosticCode]: (typeof diagnosticCodes)[C]['setting'] extends null ? never : C }[DiagnosticCode];

/** The kind of detail a code's findings carry. */
export type WordingOf<C extends DiagnosticCode> = (typeof diagnosticCodes)[C]['wording'];

export const allDiagnosticCodes = Object.keys(diagnosticCodes) as DiagnosticCode[];

export const severitySettingCodes = allDiagnosticCodes.filter((code) => diagnosticCodes[code].setting !== null) as SeveritySettingCode[];

export function isDiagnosticCode(value: unknown): value is DiagnosticCode {
  return typeof value === 'string' && Object.hasOwn(diagnosticCodes, value);
}

/** The severity settings, as the editor's settings and the command line's defaults hold them. */
export type SeveritySettings = Readonly<Partial<Record<SeveritySettingCode, Severity | 'off'>>>;

/**
 * The severity a finding is shown with under the severity settings: a setting replaces the severity,
 * or, for findings that earn theirs, caps it ("error" lets confident conflicts be errors and leaves
 * the others where they are; "warning" caps them all at warnings). "off" hides the finding.
 */
export function settledSeverity(code: DiagnosticCode, earned: Severity, settings: SeveritySettings): Severity | 'off' {
  const rule: CodeRule = diagnosticCodes[code];
  const configured = rule.setting ? settings[code as SeveritySettingCode] : undefined;
  if (configured === undefined || configured === 'off') return configured ?? earned;
  return rule.earnsSeverity ? weakerSeverity(configured, earned) : configured;
}
