/**
 * Whole percentages of parts of a total that add up to exactly 100 (largest-remainder method):
 * each part gets its rounded-down share, then the leftover points go to the largest remainders
 * (ties: the earlier part). All zeros when the total is 0.
 */
export function percentShares(parts: readonly number[]): number[] {
  const total = parts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return parts.map(() => 0);
  const exact = parts.map((n) => (n * 100) / total);
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((sum, n) => sum + n, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i]!++;
    left--;
  }
  return shares;
}
