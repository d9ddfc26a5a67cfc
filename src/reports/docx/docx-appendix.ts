/** The appendix: one row per task, on landscape pages. */
import type { Paragraph, Table } from 'docx';
import { type AppendixRow, appendixTaskText, OFFICIAL_BUCKET_LABEL_VI, type ReportModel } from '../../core/reports/build-report-model.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import { center, mm } from './docx-style.ts';
import { type Column, grid } from './docx-table.ts';

/** The columns, in order; the .xlsx uses the same titles. */
export const APPENDIX_TITLES = ['TT', 'Nhiệm vụ', 'Văn bản giao', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Kết quả / tiến độ', 'Tình trạng', 'Ghi chú'] as const;

/** landscape A4 minus 22 + 22 mm margins = 253 mm */
// "Thời hạn" fits a dd/MM/yyyy date on one line (23 mm wrapped the year).
const WIDTHS_MM = [10, 50, 24, 24, 30, 27, 40, 24, 24];

export function lastReportText(row: Pick<AppendixRow, 'lastReport'>): string {
  const r = row.lastReport;
  if (!r) return 'Chưa có báo cáo';
  const percent = r.percent !== null ? ` ${r.percent}%` : '';
  const note = r.note ? `: ${r.note}` : '';
  return `${formatDateVi(r.at)}, ${r.unitName} — ${r.status}${percent}${note}`;
}

export function appendixCells(row: AppendixRow): string[] {
  return [
    String(row.index),
    appendixTaskText(row),
    row.source,
    row.lead,
    row.supports.join(';\n'),
    row.due ? formatDateVi(row.due) : 'Không có hạn',
    lastReportText(row),
    OFFICIAL_BUCKET_LABEL_VI[row.official],
    row.note,
  ];
}

export function appendixBlock(model: ReportModel): (Paragraph | Table)[] {
  const columns: Column[] = APPENDIX_TITLES.map((title, i) => ({
    title,
    width: mm(WIDTHS_MM[i] ?? 20),
    ...(i === 0 || i === 5 ? { align: 'center' as const } : {}),
  }));
  const issuer = model.plan.issuer ? ` của ${model.plan.issuer}` : '';
  return [
    center('PHỤ LỤC', { bold: true }),
    center('DANH MỤC NHIỆM VỤ VÀ KẾT QUẢ THỰC HIỆN', { bold: true }),
    center(`(Kèm theo Báo cáo số …/BC-BCĐ ngày … tháng … năm …${issuer})`, { italics: true }),
    center(''),
    grid(columns, model.rows.map(appendixCells)),
  ];
}
