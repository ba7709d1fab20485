/** The shape test for flattened chart and table digit runs. */

const MIN_DIGITS_OF_LONE_NUMBER_RUN = 13;
const MIN_LENGTH_OF_DOTTED_RUN = 8;
const SINGLE_NUMBER_SHAPES: readonly RegExp[] = [
  /^\d{4}[-.]\d{1,2}(?:[-.]\d{1,2})?$/, // 2023-06-29, 2023.06, 2018-09
  /^\d+(?:\.\d+)?-\d+(?:\.\d+)?$/, // a range: 2016-2020, 5-10, 1.5-2.0
  /^0\d{2,3}-\d{7,8}(?:-\d{1,5})?$/, // a landline number
  /^\d{1,3}(?:\.\d{1,3}){1,3}$/, // a version or an address: 1.2.3, 10.0.0.1
];

/** True when a glued run of digits, dots and hyphens cannot be read as one number, date, range or phone. */
export function isGluedDigitRun(run: string, before: string, after: string): boolean {
  if (SINGLE_NUMBER_SHAPES.some((shape) => shape.test(run))) return false;
  const dots = run.split('.').length - 1;
  if (run.includes('-')) {
    const pieces = run.split('-');
    return pieces.length > 3 || pieces.some((piece) => piece.replace('.', '').length > 4);
  }
  if (dots >= 2) return run.length >= MIN_LENGTH_OF_DOTTED_RUN;
  const integer = run.split('.')[0]!;
  if (integer.length >= MIN_DIGITS_OF_LONE_NUMBER_RUN) return true;
  if (integer.length >= 12 && integer.length % 4 === 0 && isAscendingYears(integer)) return true;
  // A leading zero (01, 0203…) is no way to write a quantity, unless it is part of a date or a time,
  // or a thousands group after a comma (1,000 · 3,050), or the decimals after a full-width or small
  // full stop (1438．06, 1438﹒06), which the run does not include.
  if (integer.length >= 2 && integer.startsWith('0') && dots === 0) {
    return !/[-/:.,．﹒﹐年月日]/.test(before) && !/[-/:.月日号號時时点點]/.test(after);
  }
  return false;
}

function isAscendingYears(digits: string): boolean {
  let previous = 0;
  for (let i = 0; i < digits.length; i += 4) {
    const year = Number(digits.slice(i, i + 4));
    if (year < 1900 || year > 2099 || year <= previous) return false;
    previous = year;
  }
  return true;
}

