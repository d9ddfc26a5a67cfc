/** Bordered tables of the report: header row repeated on each page, Times New Roman 13 pt. */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { run, SIZE_SMALL } from './docx-style.ts';

export interface Column {
  title: string;
  /** twentieths of a point (twips) */
  width: number;
  align?: 'left' | 'center';
}

function textCell(text: string, width: number, options: { bold?: boolean; align?: 'left' | 'center'; rowSpan?: number; keepNext?: boolean } = {}): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.rowSpan && options.rowSpan > 1 ? { rowSpan: options.rowSpan } : {}),
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          ...(options.keepNext ? { keepNext: true } : {}),
          children: [run(line, { size: SIZE_SMALL, ...(options.bold ? { bold: true } : {}) })],
        }),
    ),
  });
}

/** How many rows a cell spans: itself and the `null` cells under it. */
function spanAt(rows: readonly (readonly (string | null)[])[], row: number, column: number): number {
  let span = 1;
  while (row + span < rows.length && rows[row + span]?.[column] === null) span++;
  return span;
}

/**
 * A cell given as `null` is covered by the cell above it (merged vertically). Rows merged so stay on
 * one page (each row's paragraphs keep with the next row): a unit's "Phối hợp" row never lands on
 * the next page without the unit's name.
 */
export function grid(columns: readonly Column[], rows: readonly (readonly (string | null)[])[]): Table {
  const header = new TableRow({ tableHeader: true, children: columns.map((c) => textCell(c.title, c.width, { bold: true, align: 'center' })) });
  const body = rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.flatMap((c, i) => {
          const text = cells[i];
          if (text === null) return [];
          const keepNext = rows[r + 1]?.some((cell) => cell === null) === true;
          return [textCell(text ?? '', c.width, { ...(c.align ? { align: c.align } : {}), rowSpan: spanAt(rows, r, i), keepNext })];
        }),
      }),
  );
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    rows: [header, ...body],
  });
}
