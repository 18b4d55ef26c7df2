/** Whole-number division exact up to 2^53: a float quotient can round 8.999…9 up to 9 near the top. */
export const quotient = (n: number, d: number): number => (n - (n % d)) / d;
