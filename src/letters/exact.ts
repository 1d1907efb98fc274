/**
 * Exact fractions, so that a pupil exactly on a threshold is judged as the policy says:
 * 27 sessions missed of 270 is exactly 10% absence, whatever floating point would make of it.
 */
export interface Fraction {
  num: bigint;
  /** Always positive. */
  den: bigint;
}

export function fraction(num: number | bigint, den: number | bigint = 1n): Fraction {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d === 0n) throw new RangeError('A fraction cannot have a denominator of 0.');
  return d < 0n ? { num: -n, den: -d } : { num: n, den: d };
}

/** A number as written in the policy (96, 92.5, 33.3) as the exact decimal it was written as. */
export function fromDecimal(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number.`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!m) throw new RangeError(`${value} cannot be read as a decimal.`);
  const digits = BigInt(`${m[2]}${m[3] ?? ''}`) * (m[1] ? -1n : 1n);
  const exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  return exponent >= 0 ? fraction(digits * 10n ** BigInt(exponent)) : fraction(digits, 10n ** BigInt(-exponent));
}

export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Rounded down to `places` decimal places, for showing: never shows 90.0% for 89.99%. */
export function floorTo(f: Fraction, places: number): number {
  const scale = 10n ** BigInt(places);
  const scaled = f.num * scale;
  let q = scaled / f.den;
  if (scaled % f.den !== 0n && scaled < 0n) q -= 1n;
  return Number(q) / Number(scale);
}
