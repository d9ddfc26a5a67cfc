import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../../src/core/model/records.ts';
import { secretariatActionOf, secretariatActionText } from '../../../src/core/status/secretariat-action.ts';

const at = (day: number) => new Date(Date.UTC(2023, 1, day, 2));
let next = 1;
const report = (over: Partial<ReportRecord>): ReportRecord => ({
  id: next++,
  taskId: 1,
  unitId: 5,
  unitCode: 'CAP5',
  status: 'in_progress',
  percent: null,
  note: null,
  channel: 'command',
  reporterId: 'u',
  reporterName: null,
  retractsReportId: null,
  createdAt: at(1),
  ...over,
});

describe('secretariatActionOf', () => {
  it('a unit’s own report is no act of the secretariat', () => {
    expect(secretariatActionOf(report({ status: 'done' }), [])).toBeNull();
  });

  it('reads the act from the unit’s report before: done → returned, blocked → resolved; a done of its own → confirmed', () => {
    const done = report({ status: 'done', createdAt: at(2) });
    const back = report({ channel: 'secretariat', note: 'thiếu biên bản', createdAt: at(3) });
    const blocked = report({ status: 'blocked', createdAt: at(4) });
    const resolved = report({ channel: 'secretariat', createdAt: at(5) });
    const confirmed = report({ channel: 'secretariat', status: 'done', createdAt: at(6) });
    const all = [confirmed, resolved, blocked, back, done];
    expect(secretariatActionOf(back, all)).toBe('returned');
    expect(secretariatActionOf(resolved, all)).toBe('resolved');
    expect(secretariatActionOf(confirmed, all)).toBe('confirmed');
    expect(secretariatActionOf(back, [back])).toBe('other');
  });

  it('says who acted and why, in both languages', () => {
    expect(secretariatActionText('returned', 'thiếu biên bản', 'vi')).toBe('Thường trực BCĐ trả lại: thiếu biên bản');
    expect(secretariatActionText('resolved', null, 'vi')).toBe('Thường trực BCĐ gỡ vướng mắc');
    expect(secretariatActionText('returned', 'x', 'en')).toBe('Returned by the steering secretariat: x');
  });
});
