/**
 * Printed lines from a PDF page's text runs: runs on one baseline form a line, read left to right; a wide gap parts
 * the line into segments (two columns printed side by side). Page text and table cells are both read this way.
 */
import type { PrintedLine, PrintedSegment } from './pdf-columns.ts';

export interface PlacedRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A gap wider than this many font heights parts two columns printed side by side on one baseline. */
const COLUMN_GAP_HEIGHTS = 2.5;

/** Runs on the same baseline (within a third of the font height) form a line, read left to right. */
export function linesOf(runs: readonly PlacedRun[]): PrintedLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedRun[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(1, (run.height || 10) / 3);
    if (line !== undefined && Math.abs(line[0]!.y - run.y) <= tolerance) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    const segments: PrintedSegment[] = [];
    let end = Number.NEGATIVE_INFINITY;
    for (const run of line) {
      const gap = run.x - end;
      const height = run.height || 10;
      const current = segments[segments.length - 1];
      if (current === undefined || gap > height * COLUMN_GAP_HEIGHTS) segments.push({ text: run.str, left: run.x, right: run.x + run.width });
      else {
        // a visible gap between runs is a space unless one is already there
        if (gap > height * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.str)) current.text += ' ';
        current.text += run.str;
        current.right = run.x + run.width;
      }
      end = run.x + run.width;
    }
    for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
    return { text: segments.map((g) => g.text).join(' '), left: line[0]!.x, right: end, segments, y: line[0]!.y };
  });
}
