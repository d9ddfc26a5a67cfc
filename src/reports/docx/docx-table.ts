/** Bordered tables of the report: header row repeated on each page, Times New Roman 13 pt. */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { run, SIZE_SMALL } from './docx-style.ts';

export interface Column {
  title: string;
  /** twentieths of a point (twips) */
  width: number;
  align?: 'left' | 'center';
}

function textCell(text: string, width: number, options: { bold?: boolean; align?: 'left' | 'center' } = {}): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(line, { size: SIZE_SMALL, ...(options.bold ? { bold: true } : {}) })],
        }),
    ),
  });
}

export function grid(columns: readonly Column[], rows: readonly (readonly string[])[]): Table {
  const header = new TableRow({ tableHeader: true, children: columns.map((c) => textCell(c.title, c.width, { bold: true, align: 'center' })) });
  const body = rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => textCell(cells[i] ?? '', c.width, c.align ? { align: c.align } : {})),
      }),
  );
  return new Table({ width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA }, columnWidths: columns.map((c) => c.width), rows: [header, ...body] });
}
