/** Section II.3 of the report: each criterion of the plan, its target, the latest measurement and the verdict. */
import type { Paragraph, Table } from 'docx';
import type { CriterionLine, ReportModel } from '../../core/reports/build-report-model.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import { body, mm, para } from './docx-style.ts';
import { type Column, grid } from './docx-table.ts';

const STATUS_VI = { met: 'Đạt', not_met: 'Chưa đạt', not_measured: 'Chưa đo' } as const;
const OVERALL_VI = { met: 'ĐẠT', not_met: 'CHƯA ĐẠT', incomplete: 'CHƯA ĐỦ SỐ LIỆU ĐỂ ĐÁNH GIÁ' } as const;

const COLUMNS: Column[] = [
  { title: 'TT', width: mm(9), align: 'center' },
  { title: 'Tiêu chí', width: mm(66) },
  { title: 'Chỉ tiêu', width: mm(26), align: 'center' },
  { title: 'Kết quả đo', width: mm(36), align: 'center' },
  { title: 'Đánh giá', width: mm(24), align: 'center' },
];

/**
 * "85 %" over its date; a criterion judged in words shows only when it was judged: its "đạt" is the
 * verdict column's, and saying it twice in one row reads as two findings.
 */
function measurementCell(c: CriterionLine): string {
  const date = c.measuredAt ? formatDateVi(c.measuredAt) : '';
  if (c.measured) return date ? `${c.measured}\n(${date})` : c.measured;
  return date ? `đánh giá ngày ${date}` : '';
}

export function criteriaBlock(model: ReportModel): (Paragraph | Table)[] {
  if (model.criteria.length === 0) return [];
  const count = (s: keyof typeof STATUS_VI) => model.criteria.filter((c) => c.status === s).length;
  const rows = model.criteria.map((c, i) => [String(i + 1), `${c.text} (${c.code})`, c.target, measurementCell(c), STATUS_VI[c.status]]);
  return [
    para('3. Kết quả thực hiện tiêu chí', { bold: true, indent: 10 }),
    body(
      `Tổng số ${model.criteria.length} tiêu chí: đạt ${count('met')}; chưa đạt ${count('not_met')}; chưa đo ${count('not_measured')}. Đánh giá chung: ${OVERALL_VI[model.criteriaOverall]}.`,
    ),
    grid(COLUMNS, rows),
  ];
}
