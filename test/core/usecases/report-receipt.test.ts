import { describe, expect, it } from 'vitest';
import type { ReportRecord, TaskRecord } from '../../../src/core/model/records.ts';
import { excerpt } from '../../../src/core/text/excerpt.ts';
import { composeReportReceipt, RECEIPT_QUOTE_MAX } from '../../../src/core/usecases/compose-report-receipt.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

const task = { code: 'GD1-01', title: 'Hội nghị triển khai' } as TaskRecord;
const reportOf = (note: string | null, status: ReportRecord['status'] = 'in_progress'): ReportRecord => ({
  id: 9,
  taskId: 1,
  unitId: 1,
  unitCode: 'CATP',
  status,
  percent: 60,
  note,
  channel: 'reply',
  reporterId: '1',
  reporterName: null,
  retractsReportId: null,
  createdAt: vietnamInstant(2023, 3, 1, 9, 0),
});
const receipt = (note: string | null, locale: 'vi' | 'en' = 'vi') =>
  composeReportReceipt({ report: reportOf(note), task, role: 'lead', locale, buttons: true }).html;

describe('a report’s receipt labels the unit’s words as theirs', () => {
  it('the words are on their own labelled, quoted line, not glued to the bot’s status line', () => {
    const html = receipt('đã rà soát 3/5 tổ');
    expect(html.split('\n').slice(0, 2)).toEqual(['Đã ghi nhận (GD1-01): <b>Đang thực hiện</b> 60%', 'Nội dung đã ghi: “đã rà soát 3/5 tổ”']);
    expect(html).not.toContain('— đã rà soát');
    expect(receipt('reviewed 3 of 5', 'en')).toContain('Words recorded: “reviewed 3 of 5”');
  });

  it('no words, no quote line', () => {
    expect(receipt(null)).not.toContain('Nội dung đã ghi');
  });

  it('a long reply is quoted short, on one line, escaped', () => {
    const long = `Đã tổ chức <họp> với các tổ dân phố,\n${'rà soát danh sách đối tượng và lập biên bản kiểm tra '.repeat(8)}`;
    const quoted = receipt(long).split('\n')[1]!;
    expect(quoted.startsWith('Nội dung đã ghi: “Đã tổ chức &lt;họp&gt; với các tổ dân phố, rà soát')).toBe(true);
    expect(quoted.endsWith('…”')).toBe(true);
    expect([...excerpt(long, RECEIPT_QUOTE_MAX)].length).toBeLessThanOrEqual(RECEIPT_QUOTE_MAX);
  });
});

describe('excerpt', () => {
  it('keeps short text, flattens lines, cuts long text at a word', () => {
    expect(excerpt('  đã xong\n  rồi ', 40)).toBe('đã xong rồi');
    expect(excerpt('một hai ba bốn năm sáu bảy', 12)).toBe('một hai ba…');
    expect(excerpt('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
  });
});
