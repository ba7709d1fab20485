/**
 * The units a figure can carry, in one registry: what kind of quantity each is, its symbol when it is
 * money, and its name in each language of the UI. The figure lexicon's words name these units (the
 * compiler rejects a word whose unit is not here); formatting, the message catalogues and the TextMate
 * grammar read them. A new unit is an entry here and its words in figuresLexicon.ts.
 */

/** What a unit measures; the figure grammar and the claim rules read it. */
export type UnitKind = 'money' | 'percent' | 'pp' | 'bp' | 'x' | 't' | 'years' | 'count';

/** The languages of the UI that name units (the server's catalogues, l10n.ts). */
export type UnitLanguage = 'en' | 'zh-cn';

interface UnitEntry {
  readonly kind: UnitKind;
  /** Written before the amount when formatting money: ¥1,600,000,000,000. */
  readonly symbol?: string;
  readonly names: Readonly<Record<UnitLanguage, string>>;
}

export const unitRegistry = {
  CNY: { kind: 'money', symbol: '¥', names: { en: 'yuan (CNY)', 'zh-cn': '人民币元（CNY）' } },
  USD: { kind: 'money', symbol: 'US$', names: { en: 'US dollars (USD)', 'zh-cn': '美元（USD）' } },
  HKD: { kind: 'money', symbol: 'HK$', names: { en: 'Hong Kong dollars (HKD)', 'zh-cn': '港元（HKD）' } },
  TWD: { kind: 'money', symbol: 'NT$', names: { en: 'New Taiwan dollars (TWD)', 'zh-cn': '新台币（TWD）' } },
  EUR: { kind: 'money', symbol: '€', names: { en: 'euros (EUR)', 'zh-cn': '欧元（EUR）' } },
  GBP: { kind: 'money', symbol: '£', names: { en: 'pounds (GBP)', 'zh-cn': '英镑（GBP）' } },
  JPY: { kind: 'money', symbol: 'JP¥', names: { en: 'yen (JPY)', 'zh-cn': '日元（JPY）' } },
  AUD: { kind: 'money', symbol: 'A$', names: { en: 'Australian dollars (AUD)', 'zh-cn': '澳元（AUD）' } },
  CAD: { kind: 'money', symbol: 'C$', names: { en: 'Canadian dollars (CAD)', 'zh-cn': '加元（CAD）' } },
  SGD: { kind: 'money', symbol: 'S$', names: { en: 'Singapore dollars (SGD)', 'zh-cn': '新加坡元（SGD）' } },
  KRW: { kind: 'money', symbol: '₩', names: { en: 'won (KRW)', 'zh-cn': '韩元（KRW）' } },
  '%': { kind: 'percent', names: { en: 'percent', 'zh-cn': '百分比' } },
  pp: { kind: 'pp', names: { en: 'percentage points', 'zh-cn': '百分点' } },
  bp: { kind: 'bp', names: { en: 'basis points (shown as percentage points)', 'zh-cn': '基点（按百分点显示）' } },
  x: { kind: 'x', names: { en: 'multiple', 'zh-cn': '倍数' } },
  t: { kind: 't', names: { en: 'tonnes', 'zh-cn': '吨' } },
  years: { kind: 'years', names: { en: 'years', 'zh-cn': '年' } },
  count: { kind: 'count', names: { en: 'count', 'zh-cn': '计数' } },
} as const satisfies Readonly<Record<string, UnitEntry>>;

export type BaseUnit = keyof typeof unitRegistry;

/** A figure's unit: a base unit, or a rate of one per one or more denominators ("CNY/year", "CNY/account/year"). */
export type Unit = BaseUnit | `${BaseUnit}/${string}`;

export const baseUnits = Object.keys(unitRegistry) as BaseUnit[];

export function isBaseUnit(name: string): name is BaseUnit {
  return Object.prototype.hasOwnProperty.call(unitRegistry, name);
}

/**
 * The base unit of a unit and its denominators: "CNY/account/year" → "CNY", ["account", "year"]. The
 * base is a plain string, since a unit may come from outside the type system (a JSON report); check
 * it with {@link isBaseUnit}.
 */
export function splitUnit(unit: Unit | string): { base: string; per: string[] } {
  const [base = '', ...per] = unit.split('/');
  return { base, per };
}

export function unitKind(unit: BaseUnit): UnitKind {
  return unitRegistry[unit].kind;
}

/** The currency symbol of a money unit; undefined for the others. */
export function currencySymbol(unit: BaseUnit): string | undefined {
  const entry: UnitEntry = unitRegistry[unit];
  return entry.symbol;
}

/** Every base unit's name in one language, for the catalogues. */
export function unitNames(language: UnitLanguage): Readonly<Record<BaseUnit, string>> {
  return Object.fromEntries(baseUnits.map((unit) => [unit, unitRegistry[unit].names[language]])) as Record<BaseUnit, string>;
}
