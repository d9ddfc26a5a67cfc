/**
 * The head of the report by Nghị định 30/2020/NĐ-CP: issuer and "Số: …/BC-BCĐ" on the left, Quốc hiệu
 * and Tiêu ngữ on the right, the place and date line under them, then the document's name and summary.
 */
import { AlignmentType, type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { ReportModel } from '../../core/reports/build-report-model.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import { center, NO_BORDERS, para, run, SIZE_RECIPIENTS, SIZE_SMALL } from './docx-style.ts';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const NUMBER_LINE = 'Số: …/BC-BCĐ';

/** "TP. Trà Vinh, ngày … tháng … năm …": left for the secretariat to fill when it signs. */
export function placeDateLine(place: string | null | undefined): string {
  return `${place?.trim() || '…………'}, ngày … tháng … năm …`;
}

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

export function headerTable(model: ReportModel): Table {
  const issuer = (model.plan.issuer ?? 'BAN CHỈ ĐẠO').toLocaleUpperCase('vi');
  const left = [center(issuer, { bold: true, size: SIZE_SMALL }), center('_______', { size: SIZE_SMALL }), center(NUMBER_LINE, { size: SIZE_SMALL })];
  const right = [
    center(QUOC_HIEU, { bold: true, size: SIZE_RECIPIENTS }),
    center(TIEU_NGU, { bold: true, underline: true }),
    para([run(placeDateLine(model.plan.place), { italics: true })], { align: AlignmentType.CENTER, before: 160, after: 0 }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 40), cell(right, 60)] })],
  });
}

/** "Kết quả thực hiện Kế hoạch số 45/KH-BCĐ ngày 27/02/2023 của …" */
export function summaryLine(model: ReportModel): string {
  const { plan } = model;
  const date = plan.issueDate ? ` ngày ${formatDateVi(plan.issueDate)}` : '';
  const issuer = plan.issuer ? ` của ${plan.issuer}` : '';
  return `Kết quả thực hiện Kế hoạch số ${plan.number}${date}${issuer}`;
}

export function titleBlock(model: ReportModel): Paragraph[] {
  const lines = [para('BÁO CÁO', { bold: true, align: AlignmentType.CENTER, before: 360, after: 0 }), center(summaryLine(model), { bold: true })];
  if (model.period) lines.push(center(`(${model.period.label.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'))})`, { italics: true }));
  lines.push(center('_______________', {}));
  return lines;
}
