import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';

const dir = fileURLToPath(new URL('../fixtures/plans/broken/', import.meta.url));

/** file → [line, column, path, Vietnamese message] of the first error. */
const expected: Record<string, [number, number, string, string]> = {
  'unknown-unit.yaml': [23, 11, 'tasks[0].lead', 'đơn vị "CAP9" không có trong danh sách units. Hãy thêm đơn vị này vào mục units hoặc sửa mã.'],
  'duplicate-task-code.yaml': [27, 11, 'tasks[1].code', 'mã nhiệm vụ "GD1-01" bị trùng (đã dùng ở tasks[0]). Mỗi nhiệm vụ cần một mã riêng.'],
  'lead-also-support.yaml': [
    24,
    15,
    'tasks[0].support[0]',
    'đơn vị "CATP" đã là đơn vị chủ trì (lead), không thể đồng thời là đơn vị phối hợp. Hãy xóa "CATP" khỏi support.',
  ],
  'missing-lead.yaml': [19, 5, 'tasks[0].lead', 'thiếu trường bắt buộc "lead" (đơn vị chủ trì). Hãy thêm dòng "lead: ...".'],
  'impossible-date.yaml': [26, 15, 'tasks[0].deadline', 'ngày "2023-02-31" không có thật: tháng 2/2023 chỉ có 28 ngày. Hãy sửa lại ngày.'],
  'deadline-before-start.yaml': [26, 15, 'tasks[0].deadline', 'hạn hoàn thành 27/02/2023 sớm hơn ngày bắt đầu 28/02/2023. Hãy sửa deadline hoặc start.'],
  'unknown-phase.yaml': [22, 12, 'tasks[0].phase', 'giai đoạn "GD9" không có trong danh sách phases. Hãy thêm giai đoạn này vào mục phases hoặc sửa mã.'],
  'yaml-syntax-error.yaml': [25, 5, '', 'lỗi cú pháp YAML: thụt lề không đúng hoặc thiếu dấu đóng ] / }. Hãy kiểm tra các dòng cùng cấp thụt lề bằng nhau.'],
  'tab-indent.yaml': [20, 1, '', 'lỗi cú pháp YAML: không được dùng phím Tab để thụt lề trong YAML. Hãy thay Tab bằng dấu cách.'],
  'duplicate-yaml-key.yaml': [24, 5, '', 'lỗi cú pháp YAML: một trường bị khai báo hai lần trong cùng một mục. Hãy xóa dòng trùng.'],
  'wrong-type.yaml': [
    24,
    14,
    'tasks[0].support',
    '"support" phải là danh sách (mỗi dòng bắt đầu bằng "- "), nhưng đang là chuỗi văn bản ("CAP5"). Hãy sửa lại giá trị.',
  ],
  'unknown-field.yaml': [
    26,
    5,
    'tasks[0].dealine',
    'trường "dealine" không được hỗ trợ ở đây. Có phải ý bạn là "deadline"? Hãy xóa hoặc sửa tên; các trường hợp lệ: code, title, body, source, section, phase, lead, support, start, deadline, deadline_text, recurrence, review, review_notes, notes.',
  ],
  'empty-tasks.yaml': [18, 8, 'tasks', 'danh sách nhiệm vụ không được để trống. Hãy thêm ít nhất 1 mục.'],
  'bad-recurrence-frequency.yaml': [
    27,
    18,
    'tasks[0].recurrence.frequency',
    'giá trị "daily" của "frequency" không hợp lệ. Hãy chọn một trong: weekly, monthly, quarterly, half_yearly, yearly.',
  ],
  'bad-recurrence-day.yaml': [27, 22, 'tasks[0].recurrence.day_of_period', 'day_of_period = 40 vượt quá số ngày của kỳ monthly (tối đa 31). Hãy sửa lại.'],
  'deadline-and-recurrence.yaml': [
    28,
    7,
    'tasks[0].recurrence',
    'nhiệm vụ chỉ được có một trong hai: deadline (một hạn) hoặc recurrence (định kỳ). Hãy bỏ một trường.',
  ],
  'bad-unit-kind.yaml': [
    9,
    11,
    'units[0].kind',
    'giá trị "polis" của "kind" không hợp lệ. Hãy chọn một trong: police, party, government, mass_org, department, steering, other.',
  ],
  'bad-unit-code.yaml': [
    10,
    11,
    'units[1].code',
    'mã "ca p5" chỉ được gồm chữ in hoa không dấu A-Z, chữ số và dấu gạch dưới (ví dụ CAP5, UBND_P5). Hãy sửa mã.',
  ],
  'lead-is-group.yaml': [
    28,
    11,
    'tasks[0].lead',
    'chủ trì phải là đúng một đơn vị, "DOAN_THE" là một nhóm. Hãy chọn một đơn vị chủ trì và đưa nhóm vào support.',
  ],
  'bad-date-format.yaml': [
    16,
    12,
    'phases[0].start',
    '"start" = "27.02.2023" không phải ngày hợp lệ. Hãy viết dạng 2023-12-14 (hoặc 14/12/2023), có thể kèm giờ 2023-12-14T17:00.',
  ],
  'empty-file.yaml': [1, 1, '', 'tệp kế hoạch trống hoặc không phải một mục YAML. Hãy bắt đầu từ mẫu trong docs/plan-format.md.'],
};

describe('broken plan files', () => {
  it('has an expectation for every fixture', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, [line, column, path, message]] of Object.entries(expected)) {
    it(`${file}: line ${line}, ${path || 'syntax'}`, async () => {
      const result = await loadPlanFile(dir + file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ file: dir + file, line, column, path, severity: 'error', message });
      expect(result.errors[0]?.messageEn).toBeTruthy();
    });
  }
});
