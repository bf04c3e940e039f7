/**
 * Slider scales: map a native range input's integer positions to real values and back.
 * Logarithmic scales walk "nice" numbers (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 per decade), so a
 * dragged value reads like 250,000 rather than 251,188; typed values between two steps keep
 * their exact value and the thumb sits on the nearest step.
 */

/** Ten steps per decade; each is a round number people type. */
const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

export type SliderScale = {
  /** Highest position; positions are 0…last. */
  last: number;
  toValue: (position: number) => number;
  toPosition: (value: number) => number;
};

/**
 * A log scale from 10^minExp to 10^maxExp. With `zero`, position 0 is the value 0 (e.g. "no
 * reasoning tokens") and the log steps start at position 1. minExp must be ≥ 1 so every step is
 * a whole number.
 */
export function logScale({ minExp, maxExp, zero = false }: { minExp: number; maxExp: number; zero?: boolean }): SliderScale {
  if (!Number.isInteger(minExp) || !Number.isInteger(maxExp) || minExp < 1 || maxExp <= minExp) {
    throw new Error(`logScale: bad exponents ${minExp}..${maxExp}`);
  }
  const offset = zero ? 1 : 0;
  const values: number[] = [];
  for (let e = minExp; e < maxExp; e++) {
    for (const s of NICE_STEPS) values.push(Math.round(s * 10 ** e));
  }
  values.push(10 ** maxExp);
  const last = values.length - 1 + offset;

  function toValue(position: number): number {
    const p = Math.min(last, Math.max(0, Math.round(Number.isFinite(position) ? position : 0)));
    if (zero && p === 0) return 0;
    return values[p - offset]!;
  }

  function toPosition(value: number): number {
    if (!Number.isFinite(value) || value <= 0) return 0;
    if (value <= values[0]!) return zero ? (value < values[0]! / 2 ? 0 : offset) : 0;
    if (value >= values[values.length - 1]!) return last;
    // Nearest step on a log axis: compare ratios, not differences.
    let lo = 0;
    let hi = values.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! <= value) lo = mid;
      else hi = mid;
    }
    const nearer = value / values[lo]! <= values[hi]! / value ? lo : hi;
    return nearer + offset;
  }

  return { last, toValue, toPosition };
}

/** A linear scale of whole numbers min…max (days per month, cache share in percent). */
export function linearScale(min: number, max: number): SliderScale {
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(Number.isFinite(v) ? v : min)));
  return {
    last: max - min,
    toValue: (position) => clamp(min + position),
    toPosition: (value) => clamp(value) - min,
  };
}
