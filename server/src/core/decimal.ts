/**
 * Exact decimal numbers: an arbitrary-precision integer mantissa and a base-10 scale.
 * Figures are never held as floats, so 逾4.1亿 is 410000000 and not 409999999.99999994.
 */
export class Decimal {
  private constructor(
    /** The value is mantissa × 10^-scale. */
    readonly mantissa: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);

  /** Parses "123", "-1.50", "0.9", "1e3" style is not accepted. Returns null on malformed input. */
  static parse(text: string): Decimal | null {
    const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
    if (!match) return null;
    const fraction = match[3] ?? '';
    const mantissa = BigInt(match[2] + fraction) * (match[1] === '-' ? -1n : 1n);
    return new Decimal(mantissa, fraction.length).normalise();
  }

  /** Like {@link parse} but throws on malformed input; for literals in code. */
  static of(value: string | number | bigint): Decimal {
    if (typeof value === 'bigint') return new Decimal(value, 0);
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) throw new Error(`Decimal.of takes integers or strings, not ${value}`);
      return new Decimal(BigInt(value), 0);
    }
    const parsed = Decimal.parse(value);
    if (!parsed) throw new Error(`Not a decimal: ${value}`);
    return parsed;
  }

  /** 10^exponent for any integer exponent. */
  static pow10(exponent: number): Decimal {
    return exponent >= 0 ? new Decimal(10n ** BigInt(exponent), 0) : new Decimal(1n, -exponent);
  }

  private static align(a: Decimal, b: Decimal): [bigint, bigint, number] {
    const scale = Math.max(a.scale, b.scale);
    return [a.mantissa * 10n ** BigInt(scale - a.scale), b.mantissa * 10n ** BigInt(scale - b.scale), scale];
  }

  /** Drops trailing zeros of the fraction so equal values have equal representations. */
  private normalise(): Decimal {
    let { mantissa, scale } = this;
    while (scale > 0 && mantissa % 10n === 0n) {
      mantissa /= 10n;
      scale--;
    }
    return mantissa === this.mantissa && scale === this.scale ? this : new Decimal(mantissa, scale);
  }

  add(other: Decimal): Decimal {
    const [a, b, scale] = Decimal.align(this, other);
    return new Decimal(a + b, scale).normalise();
  }

  sub(other: Decimal): Decimal {
    const [a, b, scale] = Decimal.align(this, other);
    return new Decimal(a - b, scale).normalise();
  }

  mul(other: Decimal): Decimal {
    return new Decimal(this.mantissa * other.mantissa, this.scale + other.scale).normalise();
  }

  /** Multiplies by 10^exponent exactly. */
  shift(exponent: number): Decimal {
    return this.mul(Decimal.pow10(exponent));
  }

  /**
   * Divides, exact when the quotient terminates within maxScale fractional digits,
   * otherwise rounded half away from zero at maxScale digits.
   */
  div(other: Decimal, maxScale = 20): Decimal {
    if (other.mantissa === 0n) throw new RangeError('Division by zero');
    // (a·10^-s) / (b·10^-t) = (a·10^(maxScale + t - s) / b) · 10^-maxScale
    const exponent = maxScale + other.scale - this.scale;
    let numerator = this.mantissa;
    let denominator = other.mantissa;
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator *= 10n ** BigInt(-exponent);
    let quotient = numerator / denominator;
    const remainder = numerator % denominator;
    if (remainder !== 0n) {
      const twice = (remainder < 0n ? -remainder : remainder) * 2n;
      const absDenominator = denominator < 0n ? -denominator : denominator;
      if (twice >= absDenominator) quotient += (numerator < 0n) !== (denominator < 0n) ? -1n : 1n;
    }
    return new Decimal(quotient, maxScale).normalise();
  }

  negate(): Decimal {
    return new Decimal(-this.mantissa, this.scale);
  }

  abs(): Decimal {
    return this.mantissa < 0n ? this.negate() : this;
  }

  compare(other: Decimal): -1 | 0 | 1 {
    const [a, b] = Decimal.align(this, other);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: Decimal): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.mantissa === 0n;
  }

  isNegative(): boolean {
    return this.mantissa < 0n;
  }

  /** Number of fractional digits as written after normalisation (0 for integers). */
  get fractionDigits(): number {
    return this.scale;
  }

  /** Plain decimal notation, no exponent, no trailing fractional zeros: "360000000", "0.9", "-3.82". */
  toString(): string {
    const negative = this.mantissa < 0n;
    const digits = (negative ? -this.mantissa : this.mantissa).toString();
    if (this.scale === 0) return (negative ? '-' : '') + digits;
    const padded = digits.padStart(this.scale + 1, '0');
    const integer = padded.slice(0, padded.length - this.scale);
    const fraction = padded.slice(padded.length - this.scale);
    return `${negative ? '-' : ''}${integer}.${fraction}`;
  }

  /** For sorting and charts only; never for comparisons that decide diagnostics. */
  toNumber(): number {
    return Number(this.toString());
  }
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.compare(b) <= 0 ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.compare(b) >= 0 ? a : b;
}
