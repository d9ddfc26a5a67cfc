/** Sections I–V of the report, then Nơi nhận and the signature block. */
import { type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { doneCount, OFFICIAL_LABEL_VI, type OfficialCounts, openCount } from '../../core/digest/official-counts.ts';
import { supportDoneText } from '../../core/digest/official-counts.ts';
import { type ReportModel, titleWithPeriods } from '../../core/reports/build-report-model.ts';
import { recurringLines } from '../../core/reports/recurring-lines.ts';
import { overdueLateText } from '../../core/status/overdue-open.ts';
import { overdueFiguresOf } from '../../core/status/overdue-periods.ts';
import { overdueFiguresLine } from '../../core/digest/overdue-figures-line.ts';
import { marksToPlainText } from '../../core/text/marks.ts';
import { OFFICIAL_BUCKETS } from '../../core/status/derive-task-state.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import { criteriaBlock } from './docx-criteria.ts';
import { summaryLine } from './docx-header.ts';
import { body, center, heading, mm, NO_BORDERS, para, run, SIZE_RECIPIENTS, SIZE_SMALL } from './docx-style.ts';
import { type Column, grid } from './docx-table.ts';

/** A number is never the only word on a line ("… quá hạn" / "0."): its last words hold to it. */
const NBSP = '\u00A0';

const DOTS = '…………………………………………………………………………';

function generalSection(model: ReportModel): Paragraph[] {
  const { plan, overall } = model;
  const period = model.period ? ` trong ${model.period.label}` : '';
  const unitCount = model.units.length;
  return [
    heading('I. TÌNH HÌNH CHUNG'),
    body(
      `Thực hiện ${summaryLine(model).replace(/^Kết quả thực hiện /, '')}${plan.title ? ` về ${plan.title.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}` : ''}, Ban Chỉ đạo báo cáo kết quả thực hiện${period} như sau.`,
    ),
    body(`Kế hoạch có ${overall.total} nhiệm vụ, giao ${unitCount} đơn vị chủ trì, phối hợp thực hiện. Số liệu tính đến ngày ${formatDateVi(model.asOf)}.`),
  ];
}

// the official buckets in their one order (OFFICIAL_BUCKETS); work with no deadline is neither on time nor late.
// 161 mm, the text width between the margins: wide enough that no header word ("Tổng", "không") breaks inside.
const UNIT_COLUMNS: Column[] = [
  { title: 'TT', width: mm(9), align: 'center' },
  { title: 'Đơn vị', width: mm(22) },
  { title: 'Vai trò', width: mm(13) },
  { title: 'Tổng số', width: mm(15), align: 'center' },
  ...OFFICIAL_BUCKETS.map((bucket): Column => ({ title: OFFICIAL_LABEL_VI[bucket], width: mm(17), align: 'center' })),
];

function unitTable(model: ReportModel): Table {
  const cells = (c: OfficialCounts) => [c.total, ...OFFICIAL_BUCKETS.map((bucket) => c[bucket])].map(String);
  const rows = model.units.flatMap(({ unit, lead, support }, i) => [
    [String(i + 1), unit.shortName ?? unit.name, 'Chủ trì', ...cells(lead)],
    [null, null, 'Phối hợp', ...cells(support)],
  ]);
  return grid(UNIT_COLUMNS, rows);
}

/** Under the table, each unit whose support parts were closed by the lead's confirmed "done" (the text /baocao's words). */
function closedByLeadLines(model: ReportModel): Paragraph[] {
  return model.units.filter((u) => u.supportClosedByLead > 0).map((u) => body(supportDoneText(u), { italics: true }));
}

function resultSection(model: ReportModel): (Paragraph | Table)[] {
  const c = model.overall;
  return [
    heading('II. KẾT QUẢ THỰC HIỆN'),
    para('1. Kết quả chung', { bold: true, indent: 10 }),
    body(`Tổng số nhiệm vụ: ${c.total}, trong đó:`),
    body(
      `- Đã hoàn thành: ${doneCount(c)} (${model.overallShares.done}%), gồm: hoàn thành đúng hạn ${c.doneOnTime}; hoàn thành quá${NBSP}hạn${NBSP}${c.doneLate}${c.doneNoDeadline > 0 ? `; hoàn thành (không có${NBSP}hạn)${NBSP}${c.doneNoDeadline}` : ''}.`,
    ),
    body(
      `- Chưa hoàn thành: ${openCount(c)} (${model.overallShares.open}%), gồm: chưa hoàn thành trong hạn ${c.openOnTime}; chưa hoàn thành quá${NBSP}hạn${NBSP}${c.openOverdue}${c.openNoDeadline > 0 ? `; chưa hoàn thành (không có${NBSP}hạn)${NBSP}${c.openNoDeadline}` : ''}.`,
    ),
    // which periods each recurring duty was judged by, and who owes a missed one: the text /baocao's lines
    ...recurringLines(model.recurring, model.asOf, true).map((line) => body(line)),
    para('2. Kết quả theo đơn vị', { bold: true, indent: 10 }),
    body(
      'Mỗi đơn vị tính riêng nhiệm vụ chủ trì và phần việc phối hợp; một nhiệm vụ có nhiều đơn vị nên tổng các dòng đơn vị lớn hơn tổng số nhiệm vụ ở mục 1.',
      { italics: true },
    ),
    ...(model.units.length > 0 ? [unitTable(model), ...closedByLeadLines(model)] : [body('(Không có.)')]),
    ...criteriaBlock(model),
  ];
}

function overdueSection(model: ReportModel): Paragraph[] {
  const items = model.overdue.map((t, i) => {
    const late = overdueLateText(t, t.due, model.asOf, 'vi');
    const title = titleWithPeriods(t, 'vi');
    return body(
      `${i + 1}. ${title} (${t.code}) — ${t.owedBy ? `đơn vị chưa báo cáo: ${t.owedBy}` : `đơn vị chủ trì: ${t.leadName}`}; thời hạn ${formatDateVi(t.due)}; ${late}.`,
    );
  });
  // the figures line the chat /baocao prints when a recurring duty owes several entries
  const figures = overdueFiguresLine(overdueFiguresOf(model.overdue), 'vi');
  return [
    heading('III. NHIỆM VỤ QUÁ HẠN'),
    ...(figures ? [body(marksToPlainText(figures))] : []),
    ...(items.length > 0 ? items : [body('Không có nhiệm vụ chưa hoàn thành quá hạn.')]),
  ];
}

function blockerSection(model: ReportModel): Paragraph[] {
  const items = model.blockers.map((b, i) =>
    body(
      `${i + 1}. ${b.unitName} (${b.role === 'lead' ? 'chủ trì' : 'phối hợp'} nhiệm vụ ${b.code}): ${b.reason || 'chưa nêu lý do'} — từ ngày ${formatDateVi(b.since)}.`,
    ),
  );
  return [heading('IV. KHÓ KHĂN, VƯỚNG MẮC'), ...(items.length > 0 ? items : [body('Chưa có đơn vị báo cáo khó khăn, vướng mắc.')])];
}

/**
 * One ask per unit, pointing at its blockers in section IV by number: the reasons are stated there once
 * (QA14 #10: copied verbatim, the two sections read as the same list twice).
 */
function proposalSection(model: ReportModel): Paragraph[] {
  const byUnit = new Map<string, { items: number[]; codes: string[] }>();
  model.blockers.forEach((b, i) => {
    const entry = byUnit.get(b.unitName) ?? { items: [], codes: [] };
    entry.items.push(i + 1);
    if (!entry.codes.includes(b.code)) entry.codes.push(b.code);
    byUnit.set(b.unitName, entry);
  });
  const asks = [...byUnit].map(([unitName, { items, codes }], i) =>
    body(
      `${i + 1}. Đề nghị Ban Chỉ đạo chỉ đạo tháo gỡ vướng mắc của ${unitName} (nhiệm vụ ${codes.join(', ')}; nêu tại mục IV, ${items.length > 1 ? 'các điểm' : 'điểm'} ${items.join(', ')}).`,
    ),
  );
  return [heading('V. KIẾN NGHỊ, ĐỀ XUẤT'), ...asks, body(DOTS), body(DOTS)];
}

function signatureBlock(): Table {
  const left = [
    para([run('Nơi nhận:', { bold: true, italics: true, size: SIZE_RECIPIENTS })], { after: 0 }),
    para([run('- ……………;', { size: 22 })], { after: 0 }),
    para([run('- Thành viên Ban Chỉ đạo;', { size: 22 })], { after: 0 }),
    para([run('- Lưu: VT.', { size: 22 })], { after: 0 }),
  ];
  const right = [
    center('TM. BAN CHỈ ĐẠO', { bold: true }),
    center('TRƯỞNG BAN', { bold: true }),
    center('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, size: SIZE_SMALL }),
  ];
  const cell = (children: Paragraph[], size: number) => new TableCell({ children, borders: NO_BORDERS, width: { size, type: WidthType.PERCENTAGE } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })],
  });
}

export function reportBody(model: ReportModel): (Paragraph | Table)[] {
  return [
    ...generalSection(model),
    ...resultSection(model),
    ...overdueSection(model),
    ...blockerSection(model),
    ...proposalSection(model),
    para(''),
    signatureBlock(),
  ];
}
