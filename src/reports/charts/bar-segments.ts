/**
 * Widths of a stacked bar's segments. Each non-empty segment is at least wide enough for its figure: a unit with
 * 40 tasks on time and 1 overdue still shows "1" on red (a sliver with no number was read as nothing). The bar keeps
 * its proportional length (the total is what units are compared by); the wide segments give up the room, in
 * proportion. Only when the minimums alone outgrow that length is the bar longer.
 */
export function segmentWidths(counts: readonly number[], scale: number, minOf: (count: number) => number): number[] {
  const mins = counts.map(minOf);
  const natural = counts.map((c) => Math.max(c, 0) * scale);
  const length = Math.max(
    natural.reduce((a, b) => a + b, 0),
    natural.reduce((sum, w, i) => sum + (w > 0 ? mins[i]! : 0), 0),
  );
  const pinned = new Set<number>();
  // pin the segments that fall under the minimum, share what is left among the rest; repeat while one more falls under
  for (;;) {
    const free = natural.map((w, i) => (w > 0 && !pinned.has(i) ? w : 0));
    const freeTotal = free.reduce((a, b) => a + b, 0);
    const room = length - [...pinned].reduce((sum, i) => sum + mins[i]!, 0);
    const widths = natural.map((w, i) => (w <= 0 ? 0 : pinned.has(i) ? mins[i]! : (w / freeTotal) * room));
    const under = widths.filter((w, i) => w > 0 && !pinned.has(i) && w < mins[i]!).length;
    if (under === 0) return widths;
    for (const [i, w] of widths.entries()) if (w > 0 && !pinned.has(i) && w < mins[i]!) pinned.add(i);
  }
}
