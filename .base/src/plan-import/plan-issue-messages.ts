import type { z } from 'zod';
import { parseLocalDateTime } from '../core/time/parse-local-date-time.ts';
import type { PlanPath } from '../core/plan/plan-model.ts';
import { ALLOWED_KEYS } from '../core/plan/plan-schema.ts';

/** What a schema issue becomes for the secretariat: a Vietnamese sentence that says what to fix. */
export interface IssueText {
  path: PlanPath;
  message: string;
  messageEn: string;
  /** for unknown fields: point at the key itself */
  key?: string;
}

const FIELD_VI: Record<string, string> = {
  plan: 'số kế hoạch (ví dụ 45/KH-BCĐ)',
  issuer: 'cơ quan ban hành',
  issue_date: 'ngày ban hành',
  title: 'tên kế hoạch',
  area: 'địa bàn',
  units: 'danh sách đơn vị',
  tasks: 'danh sách nhiệm vụ',
  code: 'mã',
  name: 'tên',
  kind: 'loại',
  lead: 'đơn vị chủ trì',
  support: 'đơn vị phối hợp',
  source: 'trích dẫn nguyên văn từ kế hoạch',
  start: 'ngày bắt đầu',
  end: 'ngày kết thúc',
  deadline: 'hạn hoàn thành',
  members: 'các đơn vị thành viên',
  frequency: 'tần suất',
  text: 'nội dung',
};

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách (mỗi dòng bắt đầu bằng "- ")',
  object: 'mục gồm các trường "tên: giá trị"',
  null: 'trống',
  undefined: 'trống',
};

export function describeSchemaIssue(issue: z.core.$ZodIssue, value: unknown): IssueText {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = lastKey(path);
  const label = field ? (FIELD_VI[field] ?? field) : 'tệp kế hoạch';
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined || value === null) {
        if (path.length === 0)
          return {
            path,
            message: 'tệp kế hoạch trống hoặc không phải một mục YAML. Hãy bắt đầu từ mẫu trong docs/plan-format.md.',
            messageEn: 'the plan file is empty or not a YAML mapping. Start from the template in docs/plan-format.md.',
          };
        return {
          path,
          message: `thiếu trường bắt buộc "${field}" (${label}). Hãy thêm dòng "${field}: ...".`,
          messageEn: `missing required field "${field}". Add a "${field}: ..." line.`,
        };
      }
      const expected = issue.expected;
      return {
        path,
        message: `"${field ?? ''}" phải là ${TYPE_VI[expected] ?? expected}, nhưng đang là ${TYPE_VI[typeName(value)] ?? typeName(value)} (${preview(value)}). Hãy sửa lại giá trị.`,
        messageEn: `"${field ?? ''}" must be a ${expected}, got ${typeName(value)} (${preview(value)}). Fix the value.`,
      };
    }
    case 'too_small':
      if (issue.origin === 'array')
        return {
          path,
          message: `${label} không được để trống. Hãy thêm ít nhất ${String(issue.minimum)} mục.`,
          messageEn: `"${field}" must not be empty. Add at least ${String(issue.minimum)} item(s).`,
        };
      if (issue.origin === 'string')
        return { path, message: `"${field}" (${label}) không được để trống. Hãy điền giá trị.`, messageEn: `"${field}" must not be empty. Fill it in.` };
      return {
        path,
        message: `"${field}" phải lớn hơn hoặc bằng ${String(issue.minimum)}. Hãy sửa lại.`,
        messageEn: `"${field}" must be at least ${String(issue.minimum)}.`,
      };
    case 'too_big':
      return {
        path,
        message: `"${field}" phải nhỏ hơn hoặc bằng ${String(issue.maximum)}. Hãy sửa lại.`,
        messageEn: `"${field}" must be at most ${String(issue.maximum)}.`,
      };
    case 'invalid_value':
      return {
        path,
        message: `giá trị "${String(value)}" của "${field}" không hợp lệ. Hãy chọn một trong: ${issue.values.map(String).join(', ')}.`,
        messageEn: `"${String(value)}" is not a valid "${field}". Use one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'invalid_format':
      return codeFormat(path, field, value);
    case 'unrecognized_keys':
      return unknownKeys(path, issue.keys);
    case 'invalid_union':
      return {
        path,
        message: `"${field}" phải là một số hoặc một chuỗi như ">= 80", nhưng đang là ${preview(value)}. Hãy sửa lại.`,
        messageEn: `"${field}" must be a number or a string such as ">= 80", got ${preview(value)}.`,
      };
    case 'custom':
      return customRule(path, field, issue.params?.rule, value);
    default:
      return {
        path,
        message: `giá trị của "${field}" không hợp lệ. Hãy sửa lại theo docs/plan-format.md.`,
        messageEn: `invalid value for "${field}": ${issue.message}`,
      };
  }
}

function codeFormat(path: PlanPath, field: string | undefined, value: unknown): IssueText {
  const isUnit = path[0] === 'units' || path[0] === 'config';
  if (isUnit)
    return {
      path,
      message: `mã "${String(value)}" chỉ được gồm chữ in hoa không dấu A-Z, chữ số và dấu gạch dưới (ví dụ CAP5, UBND_P5). Hãy sửa mã.`,
      messageEn: `code "${String(value)}" may only contain A-Z, 0-9 and _ (e.g. CAP5, UBND_P5). Fix the code.`,
    };
  return {
    path,
    message: `mã "${String(value)}" chỉ được gồm chữ không dấu, chữ số, dấu chấm, gạch ngang và gạch dưới (ví dụ GD1-01). Hãy sửa "${field}".`,
    messageEn: `code "${String(value)}" may only contain letters, digits, ".", "-" and "_" (e.g. GD1-01). Fix "${field}".`,
  };
}

function customRule(path: PlanPath, field: string | undefined, rule: unknown, value: unknown): IssueText {
  if (rule === 'date') {
    const parsed = typeof value === 'string' ? parseLocalDateTime(value) : undefined;
    if (parsed && !parsed.ok && parsed.reason === 'calendar')
      return {
        path,
        message: `ngày "${String(value)}" không có thật: tháng ${parsed.month}/${parsed.year} chỉ có ${parsed.daysInMonth} ngày. Hãy sửa lại ngày.`,
        messageEn: `date "${String(value)}" does not exist: ${parsed.year}-${String(parsed.month).padStart(2, '0')} has ${parsed.daysInMonth} days. Fix the date.`,
      };
    if (parsed && !parsed.ok && parsed.reason === 'time')
      return {
        path,
        message: `giờ trong "${String(value)}" không hợp lệ (giờ 0–23, phút 0–59). Hãy sửa lại.`,
        messageEn: `invalid time in "${String(value)}" (hours 0–23, minutes 0–59).`,
      };
    return {
      path,
      message: `"${field}" = "${String(value)}" không phải ngày hợp lệ. Hãy viết dạng 2023-12-14 (hoặc 14/12/2023), có thể kèm giờ 2023-12-14T17:00.`,
      messageEn: `"${field}" = "${String(value)}" is not a date. Write 2023-12-14 (or 14/12/2023), optionally with a time 2023-12-14T17:00.`,
    };
  }
  if (rule === 'target')
    return {
      path,
      message: `chỉ tiêu "${String(value)}" không đọc được. Hãy viết dạng ">= 80", "< 15", "= 0" hoặc một số.`,
      messageEn: `target "${String(value)}" is not readable. Write ">= 80", "< 15", "= 0" or a number.`,
    };
  return { path, message: `giá trị của "${field}" không hợp lệ. Hãy sửa lại.`, messageEn: `invalid value for "${field}".` };
}

function unknownKeys(path: PlanPath, keys: string[]): IssueText {
  const section = path.filter((p): p is string => typeof p === 'string').join('.');
  const allowed = ALLOWED_KEYS[section] ?? [];
  const key = keys[0] ?? '';
  const list = keys.map((k) => `"${k}"`).join(', ');
  const suggestion = closest(key, allowed);
  const hintVi = suggestion ? ` Có phải ý bạn là "${suggestion}"?` : '';
  const hintEn = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return {
    path,
    key,
    message: `trường ${list} không được hỗ trợ ở đây.${hintVi} Hãy xóa hoặc sửa tên; các trường hợp lệ: ${allowed.join(', ')}.`,
    messageEn: `unknown field ${list}.${hintEn} Remove or rename it; allowed fields: ${allowed.join(', ')}.`,
  };
}

/** The allowed key within edit distance 2, if any. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function lastKey(path: PlanPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string') return part;
  }
  return undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
