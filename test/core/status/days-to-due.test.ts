import { describe, expect, it } from 'vitest';
import { composeEscalation, composeUnitNudge } from '../../../src/core/jobs/compose-nudge.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import { cardsChangedBetween } from '../../../src/core/usecases/card-time-changes.ts';
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

describe('the task card, a message that stays in the chat, carries no text that goes stale (QA10 #1)', () => {
  const task = taskRecord({ id: 3, code: 'GD1-01', title: 'Xây dựng kế hoạch', status: 'not_started', due: endOf(2023, 6, 7) });
  const cardAt = (now: Date, locale: 'vi' | 'en' = 'vi') =>
    marksToPlainText(composeTaskCard(deriveTaskState({ task, now }), task.assignments[0]!.unitId, now, locale).html);

  it('names the deadline without a count of days, and reads the same every day until the deadline passes', () => {
    expect(cardAt(NOW)).toContain('Hạn: 07/06/2023\n');
    expect(cardAt(NOW, 'en')).toContain('Due: 07/06/2023\n');
    for (let day = 1; day <= 2; day++) expect(cardAt(new Date(NOW.getTime() + day * 86_400_000))).toBe(cardAt(NOW));
    expect(cardsChangedBetween(task, NOW, new Date(NOW.getTime() + 2 * 86_400_000))).toBe(false);
  });

  it('says “đã quá hạn” once the deadline is behind, and only that changes', () => {
    const after = new Date(endOf(2023, 6, 7).getTime() + 60_000);
    expect(cardAt(after)).toBe(cardAt(NOW).replace('Hạn: 07/06/2023', 'Hạn: 07/06/2023 — đã quá hạn'));
    expect(cardAt(after, 'en')).toContain('Due: 07/06/2023 — overdue');
    expect(cardsChangedBetween(task, NOW, after)).toBe(true);
  });
});
