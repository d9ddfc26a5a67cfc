/**
 * The review workbook of a plan: which sheets, which columns, in which order. Pure data shared by the
 * writer and the reader (src/plan-import/workbook/) and by the row mapping in this folder.
 */

/** A local date (yyyy-MM-dd) and optional time (HH:mm) in Asia/Ho_Chi_Minh; written as a real Excel date. */
export interface DateCell {
  date: string;
  time?: string;
}

export type CellValue = string | number | boolean | DateCell | null;

export function isDateCell(value: CellValue | undefined): value is DateCell {
  return typeof value === 'object' && value !== null && 'date' in value;
}

/** text: one value; list: several values separated by ";"; lines: one value per line; flag: "có" or blank. */
export type ColumnType = 'text' | 'date' | 'list' | 'lines' | 'flag' | 'number';

export interface ColumnDef {
  key: string;
  header: string;
  headerEn: string;
  type: ColumnType;
  /** Excel column width in characters */
  width: number;
  /** a workbook without this column is refused */
  required: boolean;
  /** shown as a note on the header cell */
  note?: string;
}

export interface TableSheetDef {
  name: string;
  columns: ColumnDef[];
  /** the reader refuses a workbook without this sheet */
  required: boolean;
}

const col = (key: string, header: string, headerEn: string, type: ColumnType, width: number, required: boolean, note?: string): ColumnDef => ({
  key,
  header,
  headerEn,
  type,
  width,
  required,
  ...(note && { note }),
});

export const FLAG_TEXT = 'có';
const REVIEW_NOTE = 'Ghi "có" nếu dòng này còn cần kiểm tra; để trống khi đã kiểm tra xong.';
const REASONS_NOTE = 'Lý do cần kiểm tra, mỗi lý do một dòng (Alt+Enter để xuống dòng).';

export const TASKS_SHEET: TableSheetDef = {
  name: 'Nhiệm vụ',
  required: true,
  columns: [
    col('code', 'Mã', 'Code', 'text', 12, true, 'Mã nhiệm vụ, không trùng nhau (ví dụ GD1-01).'),
    col('title', 'Nhiệm vụ', 'Task', 'text', 48, true),
    col('lead', 'Chủ trì', 'Lead', 'text', 16, true, 'Đúng một đơn vị chủ trì: chọn mã trong danh sách (sheet Đơn vị).'),
    col(
      'support',
      'Phối hợp',
      'Support',
      'list',
      24,
      true,
      'Các đơn vị hoặc nhóm phối hợp (mã, tên hoặc tên ngắn ở sheet Đơn vị / Nhóm đơn vị), cách nhau bằng dấu ";". Ví dụ: CAP5; UBND_P5',
    ),
    col('phase', 'Giai đoạn', 'Phase', 'text', 11, true, 'Mã giai đoạn ở sheet Giai đoạn.'),
    col('start', 'Bắt đầu', 'Start', 'date', 12, true, 'Ngày dd/MM/yyyy.'),
    col('deadline', 'Hạn', 'Deadline', 'date', 12, true, 'Ngày dd/MM/yyyy (hết ngày đó), hoặc dd/MM/yyyy HH:mm.'),
    col(
      'recurrence',
      'Định kỳ',
      'Recurrence',
      'text',
      22,
      true,
      'Nhiệm vụ lặp lại, ví dụ "hằng tháng, ngày 20, từ 01/03/2023, đến 31/12/2023". Tần suất: hằng tuần, hằng tháng, hằng quý, 6 tháng, hằng năm. Báo cáo nộp sau kỳ: "hằng quý, ngày 10 tháng đầu quý sau", "hằng tháng, ngày 5 tháng sau", "hằng năm, ngày 15/01 năm sau".',
    ),
    col('source', 'Trích dẫn văn bản', 'Source clause', 'text', 60, true, 'Câu/điều khoản nguyên văn của kế hoạch giao nhiệm vụ.'),
    col('review', 'Cần kiểm tra', 'Needs review', 'flag', 10, true, REVIEW_NOTE),
    col('review_notes', 'Lý do', 'Review reasons', 'lines', 40, true, REASONS_NOTE),
    col('deadline_text', 'Thời hạn (nguyên văn)', 'Deadline as written', 'text', 28, false),
    col('section', 'Mục', 'Section', 'text', 9, false),
    col('body', 'Nội dung chi tiết', 'Details', 'text', 40, false),
    col('notes', 'Ghi chú', 'Notes', 'text', 30, false),
  ],
};

export const UNIT_KIND_LABELS: Record<string, string> = {
  police: 'công an',
  party: 'đảng',
  government: 'chính quyền',
  mass_org: 'đoàn thể',
  department: 'sở/ngành',
  steering: 'ban chỉ đạo',
  other: 'khác',
};

export const UNITS_SHEET: TableSheetDef = {
  name: 'Đơn vị',
  required: true,
  columns: [
    col('code', 'Mã', 'Code', 'text', 14, true, 'Chữ in hoa không dấu, chữ số, dấu _ (ví dụ CATP).'),
    col('name', 'Tên', 'Name', 'text', 40, true),
    col('short_names', 'Tên ngắn', 'Short names', 'list', 26, true, 'Cách nhau bằng dấu ";".'),
    col('aliases', 'Bí danh', 'Aliases', 'list', 30, true, 'Tên gọi khác, viết tắt; cách nhau bằng dấu ";".'),
    col('kind', 'Loại', 'Kind', 'text', 14, true, `Một trong: ${Object.values(UNIT_KIND_LABELS).join(', ')}.`),
    col('parent', 'Cấp trên', 'Parent', 'text', 12, false, 'Mã đơn vị cấp trên (tùy chọn).'),
    col('review', 'Cần kiểm tra', 'Needs review', 'flag', 10, false, REVIEW_NOTE),
    col('review_notes', 'Lý do', 'Review reasons', 'lines', 36, false, REASONS_NOTE),
  ],
};

export const GROUPS_SHEET: TableSheetDef = {
  name: 'Nhóm đơn vị',
  required: false,
  columns: [
    col('code', 'Mã', 'Code', 'text', 20, true),
    col('name', 'Tên', 'Name', 'text', 36, true, 'Cụm từ tập thể trong văn bản, ví dụ "các ngành, đoàn thể cùng cấp".'),
    col('aliases', 'Bí danh', 'Aliases', 'list', 30, true, 'Cách nhau bằng dấu ";".'),
    col('members', 'Thành viên', 'Members', 'list', 36, true, 'Mã các đơn vị thành viên, cách nhau bằng dấu ";".'),
    col('review', 'Cần kiểm tra', 'Needs review', 'flag', 10, false, REVIEW_NOTE),
    col('review_notes', 'Lý do', 'Review reasons', 'lines', 36, false, REASONS_NOTE),
    col('notes', 'Ghi chú', 'Notes', 'text', 36, false),
  ],
};

export const PHASES_SHEET: TableSheetDef = {
  name: 'Giai đoạn',
  required: true,
  columns: [
    col('code', 'Mã', 'Code', 'text', 10, true),
    col('name', 'Tên', 'Name', 'text', 48, true),
    col('start', 'Bắt đầu', 'Start', 'date', 12, true, 'Ngày dd/MM/yyyy.'),
    col('end', 'Kết thúc', 'End', 'date', 12, true, 'Ngày dd/MM/yyyy.'),
    col('parent', 'Thuộc giai đoạn', 'Within phase', 'text', 12, false, 'Chỉ ghi cho đợt (cao điểm) nằm trong một giai đoạn: mã giai đoạn đó.'),
    col('deadline_text', 'Thời hạn (nguyên văn)', 'Period as written', 'text', 28, false),
    col('review', 'Cần kiểm tra', 'Needs review', 'flag', 10, false, REVIEW_NOTE),
    col('review_notes', 'Lý do', 'Review reasons', 'lines', 36, false, REASONS_NOTE),
    col('notes', 'Ghi chú', 'Notes', 'text', 36, false),
  ],
};

export const CRITERION_KIND_LABELS: Record<string, string> = { common: 'chung', specific: 'cụ thể', target: 'chỉ tiêu' };

export const CRITERIA_SHEET: TableSheetDef = {
  name: 'Tiêu chí',
  required: false,
  columns: [
    col('code', 'Mã', 'Code', 'text', 10, true),
    col('text', 'Nội dung', 'Criterion', 'text', 60, true),
    col('kind', 'Loại', 'Kind', 'text', 10, true, `Một trong: ${Object.values(CRITERION_KIND_LABELS).join(', ')}.`),
    col('target', 'Chỉ tiêu', 'Target', 'text', 10, false, 'Ví dụ ">= 80" hoặc 80 (nghĩa là ít nhất 80).'),
    col('unit_of_measure', 'Đơn vị tính', 'Unit of measure', 'text', 12, false),
    col('baseline', 'Số liệu đầu kỳ', 'Baseline', 'number', 12, false),
    col(
      'unit',
      'Đơn vị phụ trách',
      'Responsible unit',
      'text',
      14,
      false,
      'Mã đơn vị báo số liệu tiêu chí này (để trống: mọi đơn vị có nhiệm vụ trong kế hoạch).',
    ),
    col('review', 'Cần kiểm tra', 'Needs review', 'flag', 10, false, REVIEW_NOTE),
    col('review_notes', 'Lý do', 'Review reasons', 'lines', 36, false, REASONS_NOTE),
    col('notes', 'Ghi chú', 'Notes', 'text', 36, false),
  ],
};

/** The header sheet: one field per row, label in column A and value in column B. */
export const PLAN_SHEET_NAME = 'Kế hoạch';
export const GUIDE_SHEET_NAME = 'Hướng dẫn';

export interface PlanFieldDef {
  key: string;
  label: string;
  type: 'text' | 'date' | 'lines' | 'boundary';
  required: boolean;
}

export const PLAN_FIELDS: PlanFieldDef[] = [
  { key: 'plan', label: 'Số kế hoạch', type: 'text', required: true },
  { key: 'title', label: 'Tên kế hoạch', type: 'text', required: true },
  { key: 'issuer', label: 'Cơ quan ban hành', type: 'text', required: true },
  { key: 'issuer_short', label: 'Tên ngắn cơ quan ban hành', type: 'text', required: false },
  { key: 'issue_date', label: 'Ngày ban hành', type: 'date', required: true },
  { key: 'place', label: 'Nơi ban hành', type: 'text', required: false },
  { key: 'area', label: 'Địa bàn', type: 'text', required: false },
  { key: 'before_boundary', label: 'Cách hiểu "trước ngày D"', type: 'boundary', required: false },
  { key: 'review_notes', label: 'Lý do cần kiểm tra', type: 'lines', required: false },
];

export const BOUNDARY_LABELS: Record<string, string> = { strict: 'hết ngày D-1', inclusive: 'hết ngày D' };

/** How a list cell is split: ";" or a line break (a comma can be part of a unit's name). */
export const LIST_SEPARATOR = /[;\n]/;
