/**
 * Tables written as text: pipe tables (| 营业收入 | 212,226 | 210,831 |) and tab-separated lines. A table
 * has a header row whose cells name periods (2024, 2024年末, 2025年上半年) or metrics, the rows under it, and
 * perhaps a unit line before it (单位：人民币百万元, Unit: RMB million). The figure recogniser leaves bare
 * numbers alone, since in prose they are rarely figures; in a table with a declared unit they are, and
 * {@link tableCellFigures} makes them figures. Plain text in, spans out.
 */
import { Decimal } from './decimal';
import type { FigureMention, Period, Span, Unit } from './types';
import { ZoneMask } from './zoneMask';

export interface TableCell extends Span {
  text: string;
}

export interface TableRow extends Span {
  cells: TableCell[];
}

/** What a column of a table holds, from its header cell. */
export type ColumnHead =
  | { kind: 'period'; period: Period; moment: boolean }
  /** A change of the first period column (同比, 增减, YoY): in per cent, or in points (百分点, pp). */
  | { kind: 'change'; points: boolean }
  /** A metric's name; `scale` is the unit its own brackets state (营业收入(亿元)). */
  | { kind: 'label'; text: string; scale?: { unit: Unit; factor: number } };

export interface Table extends Span {
  header: TableRow;
  rows: TableRow[];
  columns: (ColumnHead | null)[];
  /** The unit a unit line declares for the table's amounts, and the factor of its scale (百万元 → 1e6). */
  scale: { unit: Unit; factor: number } | null;
}

const minimumCells = 3;
const maximumCellLength = 160;

/** The cells of a line: pipe-separated or tab-separated, with their spans; null when the line is no row. */
function rowOf(text: string, start: number, end: number): TableRow | null {
  const line = text.slice(start, end);
  const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (separator === null) return null;
  const cells: TableCell[] = [];
  let cellStart = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== separator) continue;
    const raw = line.slice(cellStart, i);
    const trimmedStart = cellStart + (raw.length - raw.trimStart().length);
    const value = raw.trim();
    // A pipe table opens and closes its rows with the separator: no cell before the first or after the last.
    if (!(separator === '|' && value === '' && (cellStart === 0 || i === line.length))) {
      cells.push({ start: start + trimmedStart, end: start + trimmedStart + value.length, text: value });
    }
    cellStart = i + 1;
  }
  if (cells.length === 0 || cells.some((cell) => cell.text.length > maximumCellLength)) return null;
  return { start, end, cells };
}

const separatorRow = /^[\s|:\-–—+=]+$/;

/** The period a header cell names: 2024, 2024年, 2024年度, FY2024, 2024年末, 2024-12-31, 2025年上半年, 2025H1, 1H25. */
export function headerPeriod(cell: string): { period: Period; moment: boolean } | null {
  const text = cell.replace(/\s+/g, '');
  let match = /^(?:FY)?((?:19|20)\d{2})(?:年)?(?:年度|全年|A|E)?$/i.exec(text);
  if (match) return { period: { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` }, moment: false };
  match = /^((?:19|20)\d{2})(?:年)?(?:年末|年底|末|12月31日|-12-31)$/.exec(text) ?? /^(?:31December|December31,?)((?:19|20)\d{2})$/i.exec(text);
  if (match) return { period: { start: `${match[1]}-12-31`, end: `${match[1]}-12-31` }, moment: true };
  match = /^((?:19|20)\d{2})(?:年)?(?:上半年|半年度|中期|H1|1H|1-6月)$/i.exec(text) ?? /^(?:1H|H1)((?:19|20)?\d{2})$/i.exec(text);
  if (match) {
    const year = match[1]!.length === 2 ? `20${match[1]}` : match[1]!;
    return { period: { start: `${year}-01-01`, end: `${year}-06-30` }, moment: false };
  }
  match = /^((?:19|20)\d{2})(?:年)?(?:6月末|6月30日|-06-30)$/.exec(text) ?? /^(?:30June|June30,?)((?:19|20)\d{2})$/i.exec(text);
  if (match) return { period: { start: `${match[1]}-06-30`, end: `${match[1]}-06-30` }, moment: true };
  match = /^((?:19|20)\d{2})(?:年)?(?:前三季度|1-9月|Q1-Q3|9M)$/i.exec(text);
  if (match) return { period: { start: `${match[1]}-01-01`, end: `${match[1]}-09-30` }, moment: false };
  match = /^((?:19|20)\d{2})(?:年)?(?:一季度|第一季度|Q1|1Q|1-3月)$/i.exec(text);
  if (match) return { period: { start: `${match[1]}-01-01`, end: `${match[1]}-03-31` }, moment: false };
  return null;
}

const changeHeader = /同比|变动|變動|增减|增減|变化|變化|增幅|增长率|增長率|较上年|較上年|yoy|y-o-y|change|\+\/-|±/i;
const pointsHeader = /百分点|百分點|\bpp\b|\bppt\b|\bpct\b/i;

/** Scales of a unit line, by the words that name them. */
const chineseScales: Readonly<Record<string, number>> = { 元: 1, 千元: 1e3, 万元: 1e4, 萬元: 1e4, 百万元: 1e6, 百萬元: 1e6, 千万元: 1e7, 亿元: 1e8, 億元: 1e8, 万亿元: 1e12, 萬億元: 1e12 };
const englishScales: Readonly<Record<string, number>> = { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9 };
const chineseUnitLine = /(?:单位|單位)\s*[：:]\s*(人民币|人民幣|港币|港幣|港元|美元)?\s*(万亿元|萬億元|千万元|百万元|百萬元|亿元|億元|千元|万元|萬元|元)/;
const englishUnitLine = /\b(?:units?\s*[：:]?|in)\s*(?:(RMB|CNY|HK\$|HKD|US\$|USD)\s*)?(thousands?|millions?|billions?)(?:\s+of\s+(RMB|yuan|HK\$|HKD|US\$|USD))?/i;

function currencyOf(word: string | undefined): Unit {
  if (!word) return 'CNY';
  if (/港|HK/i.test(word)) return 'HKD';
  if (/美|US/i.test(word)) return 'USD';
  return 'CNY';
}

/** A caption's unit in brackets at its end: Key Financial Indicators (HKD million), 主要指标（人民币百万元）, Ratios (%). */
const captionUnit = /[（(]\s*(?:in\s+)?(RMB|CNY|HKD|HK\$|USD|US\$|人民币|人民幣|港元|港币|港幣|美元)?\s*(millions?|billions?|thousands?|万亿元|萬億元|百万元|百萬元|亿元|億元|千元|万元|萬元|元|%)\s*[)）][\s\u3000:：]*$/i;

/** The unit line that governs a table: on the two lines right before it, or in its header row. */
function scaleBefore(text: string, tableStart: number, header: TableRow): Table['scale'] {
  let from = tableStart;
  for (let lines = 0; lines < 2 && from > 0; lines++) from = Math.max(0, text.lastIndexOf('\n', from - 2) + 1);
  const before = text.slice(from, tableStart);
  for (const candidate of [...before.split('\n').reverse(), header.cells.map((cell) => cell.text).join(' ')]) {
    const chinese = chineseUnitLine.exec(candidate);
    if (chinese) return { unit: currencyOf(chinese[1]), factor: chineseScales[chinese[2]!]! };
    const english = englishUnitLine.exec(candidate);
    if (english) return { unit: currencyOf(english[1] ?? english[3]), factor: englishScales[english[2]!.toLowerCase()]! };
    const caption = captionUnit.exec(candidate.trim());
    if (caption) {
      const scale = caption[2]!.toLowerCase();
      if (scale === '%') return { unit: '%', factor: 1 };
      return { unit: currencyOf(caption[1]), factor: englishScales[scale] ?? chineseScales[scale]! };
    }
  }
  return null;
}

/** A metric header's own unit in brackets: (亿元), （人民币百万元）, (元). */
const headerUnit = /[（(][\s\u3000]*(人民币|人民幣|港元|港币|美元)?(亿|億|万|萬|百万|百萬|千万|千萬|千)?元[\s\u3000]*[)）][\s\u3000]*$/;

function columnsOf(header: TableRow): (ColumnHead | null)[] {
  return header.cells.map((cell, index): ColumnHead | null => {
    if (index === 0) return null;
    const period = headerPeriod(cell.text);
    if (period) return { kind: 'period', ...period };
    if (changeHeader.test(cell.text)) return { kind: 'change', points: pointsHeader.test(cell.text) };
    if (cell.text.length === 0) return null;
    const own = headerUnit.exec(cell.text);
    return own ? { kind: 'label', text: cell.text, scale: { unit: currencyOf(own[1]), factor: chineseScales[`${own[2] ?? ''}元`] ?? 1 } } : { kind: 'label', text: cell.text };
  });
}

/**
 * The tables of a text: runs of two or more rows of at least three cells, the first row that names a
 * period in a cell after the first being the header (or, when none does, the first row). Lines without a
 * pipe or a tab cost one indexOf each.
 */
export function findTables(text: string): Table[] {
  if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) return [];
  const tables: Table[] = [];
  let run: TableRow[] = [];
  const flush = () => {
    const stacked = stackedTable(text, run);
    if (stacked) {
      run = [];
      tables.push(stacked);
      return;
    }
    const rows = run.filter((row) => row.cells.length >= minimumCells || (row.cells.length >= 1 && run.length > 2));
    run = [];
    const wide = rows.filter((row) => row.cells.length >= minimumCells);
    if (wide.length < 2) return;
    const headerIndex = rows.findIndex((row) => row.cells.length >= minimumCells && row.cells.slice(1).some((cell) => headerPeriod(cell.text) !== null));
    const header = rows[headerIndex >= 0 ? headerIndex : rows.indexOf(wide[0]!)]!;
    const body = rows.slice(rows.indexOf(header) + 1);
    if (body.length === 0) return;
    tables.push({ start: header.start, end: body[body.length - 1]!.end, header, rows: body, columns: columnsOf(header), scale: scaleBefore(text, rows[0]!.start, header) });
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    if (raw.includes('|') || raw.split('\t').length > 2) {
      if (!separatorRow.test(raw)) {
        const row = rowOf(text, lineStart, raw.endsWith('\r') ? lineEnd - 1 : lineEnd);
        if (row) run.push(row);
        else flush();
      }
    } else flush();
    lineStart = lineEnd + 1;
  }
  flush();
  return tables;
}

/**
 * A table flattened to one cell per line (银行名称 |⏎营业收入(亿元) |⏎营业收入增速 |⏎北辰银行 |⏎3,374.88 |⏎-0.48% |…), as
 * pages lose their layout when copied: the header is the cells before the first number but one (the first row's
 * label), and every row a label and as many numbers. Null when the cells do not fall into such rows.
 */
function stackedTable(text: string, run: readonly TableRow[]): Table | null {
  if (run.length < 6 || run.some((row) => row.cells.length !== 1)) return null;
  const cells = run.map((row) => row.cells[0]!);
  const firstNumber = cells.findIndex((cell) => bareNumber.test(cell.text));
  const width = firstNumber - 1;
  if (width < 2 || cells.length % width !== 0 || cells.length / width < 3) return null;
  const rows: TableRow[] = [];
  for (let at = 0; at < cells.length; at += width) {
    const group = cells.slice(at, at + width);
    rows.push({ start: group[0]!.start, end: group[group.length - 1]!.end, cells: group });
  }
  const [header, ...body] = rows;
  const wellFormed = body.every((row) => !bareNumber.test(row.cells[0]!.text) && row.cells.slice(1).every((cell) => bareNumber.test(cell.text) || /^[-—–]$/.test(cell.text)));
  if (!wellFormed || header!.cells.some((cell) => bareNumber.test(cell.text))) return null;
  return { start: header!.start, end: body[body.length - 1]!.end, header: header!, rows: body, columns: columnsOf(header!), scale: scaleBefore(text, header!.start, header!) };
}

/** A bare number in a cell: 212,226; -1.5; (1,234) as accountants write a negative; 9.75%. */
const bareNumber = /^([+\-−–])?\s*(\()?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\))?\s*(%)?$/;

/** A row label's own unit: (%), （元）, (RMB), (times). */
export function labelUnit(label: string): 'percent' | 'money' | 'other' | null {
  const unit = /[（(]\s*([^（()）]{1,12})\s*[)）]\s*$/.exec(label)?.[1]?.trim();
  if (!unit) return null;
  if (/^(?:%|percent|百分比)$/i.test(unit)) return 'percent';
  if (/^(?:RMB|元|人民币元|人民幣元|yuan|HK\$|港元)$/i.test(unit)) return 'money';
  return 'other';
}

/**
 * Figures for the bare numbers of tables whose unit is known (a unit line, or the row's own (%) or (元)),
 * in cells of period and change columns that hold no figure of the recogniser's. Masked zones are skipped.
 */
/** The figure of a bare number whose unit and scale its table or unit line declare: exact, to its last digit. */
function bareFigure(span: Span, text: string, digits: string, decimals: number, negative: boolean, unit: Unit, factor: number): FigureMention {
  const value = Decimal.parse(digits)!.mul(Decimal.of(factor));
  const signed = (negative ? value.negate() : value).toString();
  const precision = Decimal.of(5).mul(Decimal.pow10(-(decimals + 1))).mul(Decimal.of(factor)).toString();
  return {
    kind: 'figure', start: span.start, end: span.end, text, value: signed, low: signed, high: signed, qualifier: 'exact',
    unit, counter: null, precision, direction: null, parts: [{ role: 'number', start: span.start, end: span.end }],
  };
}

export function tableCellFigures(tables: readonly Table[], figures: readonly FigureMention[], mask: ZoneMask): FigureMention[] {
  const found: FigureMention[] = [];
  const taken = new ZoneMask(figures);
  const covered = (cell: Span) => taken.intersects(cell.start, cell.end);
  for (const table of tables) {
    for (const row of table.rows) {
      const label = row.cells[0]?.text ?? '';
      const own = labelUnit(label);
      row.cells.forEach((cell, index) => {
        const column = table.columns[index];
        // Under a metric's column (a table of organisations), only a unit line makes a bare number an amount.
        if (index === 0 || !column || (column.kind === 'label' && !table.scale && !column.scale)) return;
        const number = bareNumber.exec(cell.text);
        if (!number || covered(cell) || mask.intersects(cell.start, cell.end)) return;
        const negative = number[1] !== undefined && number[1] !== '+' ? true : number[2] === '(' && number[5] === ')';
        const digits = `${number[3]!.replace(/,/g, '')}${number[4] ?? ''}`;
        const decimals = number[4] ? number[4].length - 1 : 0;
        let unit: Unit;
        let factor: number;
        if (column.kind === 'change') {
          unit = column.points ? 'pp' : '%';
          factor = 1;
        } else if (number[6] || own === 'percent') {
          unit = '%';
          factor = 1;
        } else if (own === 'money') {
          unit = table.scale?.unit ?? 'CNY';
          factor = 1;
        } else if (own === null && column.kind === 'label' && column.scale) {
          unit = column.scale.unit;
          factor = column.scale.factor;
        } else if (own === null && table.scale) {
          unit = table.scale.unit;
          factor = table.scale.factor;
        } else return;
        found.push(bareFigure(cell, cell.text, digits, decimals, negative, unit, factor));
      });
    }
  }
  return found;
}

/** How far after a unit line its unit governs the bare amounts of prose lines (a summary of one table's rows). */
const declaredUnitReach = 4000;
/** A heading that ends a unit line's reach (三、股东信息, (二)…, Part 3). */
const sectionHeading = /\n[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/g;
/**
 * A grouped bare amount after a copula or a colon (营业收入：2025年7-9月为6,387,313): under a unit line, a
 * table's row written out as prose. Only digits grouped by thousands count, so that years and codes never do.
 */
const declaredAmount = /(?<=(?:为|為|是|[:：])[\s\u3000]*)([+\-−])?(\d{1,3}(?:,\d{3})+)(\.\d+)?(?![0-9%％]|[,.][0-9]|[\s\u3000]*(?:[亿億万萬千百元%％个個家户戶笔筆人张張倍]|个百分点|bp|BP))/g;

/**
 * The bare amounts of prose under a unit line (单位：人民币千元, then 营业收入：…为6,387,313，…): figures in the
 * unit the line declares, up to the next unit line or section heading. Spans already taken stay as they are.
 */
export function declaredUnitFigures(text: string, figures: readonly FigureMention[], mask: ZoneMask): FigureMention[] {
  if (!/[单單]位/.test(text)) return [];
  const found: FigureMention[] = [];
  const taken = new ZoneMask(figures);
  const lines = new RegExp(chineseUnitLine.source, 'g');
  const starts = [...text.matchAll(lines)];
  starts.forEach((line, k) => {
    const from = line.index + line[0].length;
    let until = Math.min(text.length, from + declaredUnitReach, starts[k + 1]?.index ?? text.length);
    sectionHeading.lastIndex = from;
    const heading = sectionHeading.exec(text);
    if (heading && heading.index < until) until = heading.index;
    const unit = currencyOf(line[1]);
    const factor = chineseScales[line[2]!]!;
    const scope = text.slice(from, until);
    for (const amount of scope.matchAll(declaredAmount)) {
      const start = from + amount.index;
      const end = start + amount[0].length;
      if (taken.intersects(start, end) || mask.intersects(start, end)) continue;
      const decimals = amount[3] ? amount[3].length - 1 : 0;
      found.push(bareFigure({ start, end }, amount[0], `${amount[2]!.replace(/,/g, '')}${amount[3] ?? ''}`, decimals, amount[1] !== undefined, unit, factor));
    }
  });
  return found;
}
