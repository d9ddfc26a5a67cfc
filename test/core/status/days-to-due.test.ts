import { describe, expect, it } from 'vitest';
import { composeEscalation, composeUnitNudge } from '../../../src/core/jobs/compose-nudge.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import { composeTaskCard } from '../../../src/core/usecases/compose-task-message.ts';
import { dueDistanceText, isDueSoon } from '../../../src/core/status/days-to-due.ts';
import { marksToPlainText } from '../../../src/core/text/marks.ts';
import { taskRecord } from '../digest/fixture.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

const endOf = (y: number, m: number, d: number) => vietnamInstant(y, m, d, 23, 59, 59, 999);
// Monday 05/06/2023, 08:00
const NOW = vietnamInstant(2023, 6, 5, 8, 0);

describe('one count of days for every view (dueDistanceText)', () => {
  it.each([
    [endOf(2023, 6, 7), 'còn 2 ngày', '2 days left'],
    [endOf(2023, 6, 6), 'còn 1 ngày', '1 day left'],
    [endOf(2023, 6, 5), 'hạn hôm nay', 'due today'],
    [endOf(2023, 6, 4), 'quá hạn 1 ngày', '1 day overdue'],
    [endOf(2023, 5, 31), 'quá hạn 5 ngày', '5 days overdue'],
    // a deadline with an hour that has passed today is overdue, never "quá hạn 0 ngày"
    [vietnamInstant(2023, 6, 5, 7, 0), 'quá hạn 1 ngày', '1 day overdue'],
  ])('%s', (due, vi, en) => {
    expect(dueDistanceText(due, NOW, 'vi')).toBe(vi);
    expect(dueDistanceText(due, NOW, 'en')).toBe(en);
  });

  it('puts a task that says "còn 3 ngày" under "Sắp đến hạn (≤ 3 ngày)", and "còn 4 ngày" not', () => {
    // due at the end of Thursday 08/06: 3 days and 16 hours away, 3 calendar days
    expect(dueDistanceText(endOf(2023, 6, 8), NOW, 'vi')).toBe('còn 3 ngày');
    expect(isDueSoon(endOf(2023, 6, 8), NOW)).toBe(true);
    expect(isDueSoon(endOf(2023, 6, 9), NOW)).toBe(false);
  });

  it('a nudge counts the days as the task lists do (calendar days, not working days)', () => {
    const task = { code: 'GD1-01', title: 'Rà soát', due: endOf(2023, 6, 13) };
    // Thursday 08/06: 3 working days before Tuesday 13/06, but 5 calendar days
    const thursday = vietnamInstant(2023, 6, 8, 8, 0);
    const before = marksToPlainText(composeUnitNudge({ kind: 'before_3', task, role: 'lead', focalPoints: [], now: thursday, locale: 'vi' }));
    expect(before.split('\n')[0]).toBe(`⏰ Nhắc hạn: ${dueDistanceText(task.due, thursday, 'vi')}`);
    expect(before).toContain('còn 5 ngày');
    expect(before).not.toContain('làm việc');
    // Monday 19/06: 4 working days overdue, 6 calendar days
    const monday = vietnamInstant(2023, 6, 19, 8, 0);
    const overdue = marksToPlainText(composeUnitNudge({ kind: 'overdue', task, role: 'lead', focalPoints: [], now: monday, locale: 'vi' }));
    expect(overdue.split('\n')[0]).toBe('🔴 Quá hạn 6 ngày');
    const escalation = marksToPlainText(composeEscalation({ task, units: [{ name: 'CATP', role: 'lead' }], now: monday, locale: 'vi' }));
    expect(escalation.split('\n')[0]).toBe('🚨 Báo cáo Ban Chỉ đạo: nhiệm vụ quá hạn 6 ngày');
    const english = marksToPlainText(composeUnitNudge({ kind: 'overdue', task, role: 'lead', focalPoints: [], now: monday, locale: 'en' }));
    expect(english.split('\n')[0]).toBe('🔴 6 days overdue');
  });

  it('a deadline on a day off: the last working day before says how many days are left, not "hôm nay"', () => {
    // due Sunday 11/06; the due-day nudge goes out on Friday 09/06
    const task = { code: 'GD1-02', title: 'Họp', due: endOf(2023, 6, 11) };
    const friday = vietnamInstant(2023, 6, 9, 8, 0);
    const text = marksToPlainText(composeUnitNudge({ kind: 'due_today', task, role: 'lead', focalPoints: [], now: friday, locale: 'vi' }));
    expect(text.split('\n')[0]).toBe('⏰ Nhắc hạn: còn 2 ngày');
    const sunday = marksToPlainText(
      composeUnitNudge({ kind: 'due_today', task, role: 'lead', focalPoints: [], now: vietnamInstant(2023, 6, 11, 8, 0), locale: 'vi' }),
    );
    expect(sunday.split('\n')[0]).toBe('⏰ Hôm nay là hạn hoàn thành');
  });

  it('the list bucket and the text agree at the edge of the window', () => {
    // 3 days and 16 hours away: the line says "còn 3 ngày", so it is "Sắp đến hạn (≤ 3 ngày)"
    const task = taskRecord({ id: 1, code: 'NV-01', title: 'Rà soát', status: 'in_progress', due: endOf(2023, 6, 8) });
    expect(deriveTaskState({ task, now: NOW }).listBucket).toBe('due_soon');
    const later = taskRecord({ id: 2, code: 'NV-02', title: 'Rà soát', status: 'in_progress', due: endOf(2023, 6, 9) });
    expect(deriveTaskState({ task: later, now: NOW }).listBucket).toBe('in_progress');
  });
});

describe('the task card, a message that stays in the chat, dates its count of days', () => {
  it('says "còn N ngày, tính đến <ngày gửi>" so that it is not read as today’s count later', () => {
    const task = {
      ...taskRecord({ id: 3, code: 'GD1-01', title: 'Xây dựng kế hoạch', status: 'not_started', due: endOf(2023, 6, 7) }),
    };
    const card = marksToPlainText(composeTaskCard(deriveTaskState({ task, now: NOW }), task.assignments[0]!.unitId, NOW, 'vi').html);
    expect(card).toContain('Hạn: 07/06/2023 (còn 2 ngày, tính đến 05/06/2023)');
    const english = marksToPlainText(composeTaskCard(deriveTaskState({ task, now: NOW }), task.assignments[0]!.unitId, NOW, 'en').html);
    expect(english).toContain('Due: 07/06/2023 (2 days left as of 05/06/2023)');
  });
});
