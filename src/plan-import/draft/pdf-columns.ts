/** A piece of a printed line, set apart from the next by a wide gap. */
export interface PrintedSegment {
  text: string;
  left: number;
  right: number;
}

export interface PrintedLine {
  text: string;
  left: number;
  right: number;
  segments: PrintedSegment[];
  /** the baseline, where a table is put among the lines */
  y?: number;
  /** a table's pipe row, set where the table is printed: never joined to a paragraph */
  table?: true;
}

/** The right column of a header or signature block starts past this share of the page width. */
const RIGHT_COLUMN_SHARE = 0.4;

/**
 * An official document's header and signature are two columns side by side (issuer | national motto, "Số:" | dateline;
 * "Nơi nhận:" | signer). A PDF prints them on shared baselines, so read by baseline the issuer runs into "CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM". Such a block is unfolded: its left column's lines, then its right column's, as Word shows them
 * read down each column. Lines that cross the right column's edge (body text, a centred title) end the block.
 */
export function unfoldColumns(lines: readonly PrintedLine[], pageWidth: number): PrintedLine[] {
  const out: PrintedLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (!twoColumns(first, pageWidth)) {
      out.push(first);
      i++;
      continue;
    }
    const edge = first.segments[1]!.left;
    const left: PrintedLine[] = [];
    const right: PrintedLine[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (twoColumns(line, pageWidth) && Math.abs(line.segments[1]!.left - edge) < pageWidth * 0.15) {
        left.push(segmentLine(line.segments[0]!));
        right.push(segmentLine(line.segments[1]!));
      } else if (line.segments.length === 1 && line.left >= edge - pageWidth * 0.05) right.push(line);
      else if (line.segments.length === 1 && line.right < edge && moreColumnsAhead(lines, j + 1, pageWidth, edge)) left.push(line);
      else break;
    }
    out.push(...left, ...right);
    i = j;
  }
  return out;
}

function twoColumns(line: PrintedLine, pageWidth: number): boolean {
  return line.segments.length === 2 && line.segments[1]!.left >= pageWidth * RIGHT_COLUMN_SHARE;
}

/** A left-only line belongs to the block when a two-column line follows before anything crosses the edge. */
function moreColumnsAhead(lines: readonly PrintedLine[], from: number, pageWidth: number, edge: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (twoColumns(line, pageWidth)) return true;
    if (line.segments.length !== 1 || line.right >= edge) return false;
  }
  return false;
}

function segmentLine(segment: PrintedSegment): PrintedLine {
  return { text: segment.text, left: segment.left, right: segment.right, segments: [segment] };
}
