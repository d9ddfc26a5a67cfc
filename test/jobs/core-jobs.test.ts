import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { isWeeklyDigestDay, weeklyDigestDate } from '../../src/core/jobs/chat-schedule.ts';
import { parseScheduleSetting } from '../../src/core/jobs/chat-schedule-settings.ts';
import { composeEscalation, composeUnitNudge } from '../../src/core/jobs/compose-nudge.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { planRecurringNudges } from '../../src/core/jobs/recurring-nudges.ts';
import { atLocalTime, endOfIsoWeek } from '../../src/core/jobs/schedule-time.ts';
import { addDays, isoWeekKey } from '../../src/core/time/local-date.ts';
import type { Recurrence } from '../../src/core/deadline/types.ts';
import { nudgeSchedule } from '../../src/core/nudges/plan-nudges.ts';
import { listOccurrences } from '../../src/core/nudges/recurrence-occurrences.ts';
import type { ChatRecord } from '../../src/core/model/records.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';

const chat = (settings: ChatRecord['settings'] = {}): ChatRecord => ({
  id: 1,
  platform: 'telegram',
  externalId: '-1',
  title: null,
  kind: 'steering',
  unitId: null,
  active: true,
  locale: 'vi',
  settings,
});

describe('schedule settings (/caidat)', () => {
  it('reads times, weekdays and switches, with or without diacritics', () => {
    expect(parseScheduleSetting('gio', '7:05')).toEqual({ ok: true, settings: { unitDigestTime: '07:05' } });
    expect(parseScheduleSetting('giờ', '16h30', 'steering')).toEqual({ ok: true, settings: { steeringDigestTime: '16:30' } });
    expect(parseScheduleSetting('tuan', 'thứ 6', 'steering')).toEqual({ ok: true, settings: { weeklyDigestDay: 5 } });
    expect(parseScheduleSetting('tuan', 'chủ nhật', 'steering')).toEqual({ ok: true, settings: { weeklyDigestDay: 7 } });
    expect(parseScheduleSetting('tuan', 't2', 'steering')).toEqual({ ok: true, settings: { weeklyDigestDay: 1 } });
    expect(parseScheduleSetting('nhac', 'tắt')).toEqual({ ok: true, settings: { nudgesEnabled: false } });
    expect(parseScheduleSetting('tonghop', 'bat')).toEqual({ ok: true, settings: { digestsEnabled: true } });
  });

  it('refuses bad values with a Vietnamese explanation', () => {
    expect(parseScheduleSetting('gio', '25:00')).toMatchObject({ ok: false, error: expect.stringContaining('Giờ không hợp lệ') });
    expect(parseScheduleSetting('tuan', 'thứ 9', 'steering')).toMatchObject({ ok: false, error: expect.stringContaining('Ngày trong tuần') });
    expect(parseScheduleSetting('tuan', 'thứ 6', 'unit')).toMatchObject({ ok: false, error: expect.stringContaining('Ban Chỉ đạo') });
    expect(parseScheduleSetting('nhac', 'có lẽ')).toMatchObject({ ok: false, error: expect.stringContaining('bật') });
    expect(parseScheduleSetting('mau', 'đỏ')).toMatchObject({ ok: false, error: expect.stringContaining('Không có cài đặt') });
  });
});

describe('schedule time and weekly day', () => {
  it('computes local instants, ISO weeks and week ends', () => {
    expect(atLocalTime('2023-03-01', '07:30', '07:30').toISOString()).toBe('2023-03-01T00:30:00.000Z');
    expect(atLocalTime('2023-03-01', 'bad', '16:30').toISOString()).toBe('2023-03-01T09:30:00.000Z');
    expect(isoWeekKey('2023-01-01')).toBe('2022-W52');
    expect(isoWeekKey('2023-03-03')).toBe('2023-W09');
    expect(endOfIsoWeek('2023-03-03').toISOString()).toBe('2023-03-05T17:00:00.000Z');
  });

  it('moves the weekly edition to the last working day before a Friday holiday', () => {
    // 01/09/2023 (Friday) is a day off before National Day.
    expect(weeklyDigestDate('2023-08-30', 5, vietnamCalendar)).toBe('2023-08-31');
    expect(isWeeklyDigestDay(chat(), '2023-08-31', vietnamCalendar)).toBe(true);
    expect(isWeeklyDigestDay(chat(), '2023-03-03', vietnamCalendar)).toBe(true);
    expect(isWeeklyDigestDay(chat({ weeklyDigestDay: 1 }), '2023-03-03', vietnamCalendar)).toBe(false);
    // Friday 20/01/2023 starts Tết: the weekly edition goes out on Thursday 19/01.
    expect(weeklyDigestDate('2023-01-17', 5, vietnamCalendar)).toBe('2023-01-19');
    // A Monday edition in the week of 1/5/2023 (a holiday) has no working day to move to.
    expect(weeklyDigestDate('2023-05-03', 1, vietnamCalendar)).toBe(null);
  });
});

describe('nudge texts', () => {
  const task = { code: 'GD1-01', title: 'Xây dựng <kế hoạch>', due: vietnamInstant(2023, 2, 28, 23, 59, 59, 999) };

  it('mentions focal points with escaped names and says what to do', () => {
    const html = composeUnitNudge({
      kind: 'overdue',
      task,
      role: 'lead',
      focalPoints: [{ externalUserId: '502', displayName: 'Lê <Hoa>' }],
      // Thursday 02/03/2023: 2 days after the deadline
      now: vietnamInstant(2023, 3, 2, 8, 0),
      locale: 'vi',
    });
    // a neutral mark: each channel renders it (Telegram a tg://user link, others "@Name")
    expect(html).toContain('<mention id="502">Lê &lt;Hoa&gt;</mention>');
    expect(html).not.toContain('tg://');
    expect(html).toContain('Xây dựng &lt;kế hoạch&gt;');
    expect(marksToPlainText(html)).toBe(
      '🔴 Quá hạn 2 ngày\nGD1-01 — Xây dựng <kế hoạch>\nHạn: 28/02/2023 · Vai trò: chủ trì\n@Lê <Hoa>: đề nghị báo cáo tiến độ: /tiendo GD1-01 <%> hoặc /xong GD1-01',
    );
    const english = composeUnitNudge({ kind: 'before_1', task, role: 'support', focalPoints: [], now: vietnamInstant(2023, 2, 27, 8, 0), locale: 'en' });
    expect(marksToPlainText(english)).toContain('Reminder: 1 day left');
    expect(marksToPlainText(english)).toContain('Please report progress');
  });

  it('escalates with the units still not done, lead first', () => {
    const html = composeEscalation({
      task,
      units: [
        { name: 'Công an thành phố', role: 'lead' },
        { name: 'Thành Đoàn', role: 'support' },
      ],
      now: vietnamInstant(2023, 3, 3, 8, 0),
      locale: 'vi',
    });
    expect(marksToPlainText(html).split('\n')).toEqual([
      '🚨 Báo cáo Ban Chỉ đạo: nhiệm vụ quá hạn 3 ngày',
      'GD1-01 — Xây dựng <kế hoạch>',
      'Hạn: 28/02/2023',
      'Đơn vị chưa hoàn thành: Công an thành phố (chủ trì), Thành Đoàn (phối hợp)',
    ]);
  });
});

describe('nudges of a task held up by a blocker (QA15 #6)', () => {
  const task = { code: 'NV01', title: 'Lắp camera', due: vietnamInstant(2023, 3, 14, 23, 59, 59, 999), planNumber: '12/KH-BCĐ' };

  it('the escalation names the plan, marks the blocked unit and points at the reason', () => {
    const html = composeEscalation({
      task,
      units: [{ name: 'Công an Phường 5', role: 'lead', blocked: true }],
      now: vietnamInstant(2023, 3, 17, 8, 0),
      locale: 'vi',
    });
    expect(marksToPlainText(html).split('\n')).toEqual([
      '🚨 Báo cáo Ban Chỉ đạo: nhiệm vụ quá hạn 3 ngày',
      'NV01 — Lắp camera',
      'Hạn: 14/03/2023 · KH 12/KH-BCĐ',
      'Đơn vị chưa hoàn thành: Công an Phường 5 (chủ trì, đang vướng mắc)',
      '⚠️ Có vướng mắc chưa gỡ (lý do: /chitiet NV01).',
    ]);
  });

  it('the unit is not asked for progress as if it had said nothing', () => {
    const html = composeUnitNudge({
      kind: 'overdue',
      task,
      role: 'lead',
      focalPoints: [],
      blocked: true,
      now: vietnamInstant(2023, 3, 17, 8, 0),
      locale: 'vi',
    });
    const text = marksToPlainText(html);
    expect(text).toContain('Nhiệm vụ đang ghi vướng mắc chưa gỡ; khi gỡ được, đề nghị báo: /tiendo NV01 <%> hoặc /xong NV01');
    expect(text).not.toContain('đề nghị báo cáo tiến độ');
  });
});

describe('recurring duties ("trước ngày 20 hằng tháng")', () => {
  const recurrence = { frequency: 'monthly' as const, dayOfPeriod: 20, dueDay: 19 };
  // only the last report known (history not read): it stands for every earlier one
  const lastOnly = (lastReportAt: Date | null) => ({ times: lastReportAt ? [lastReportAt] : [], complete: false });
  // given the duty after May's report was due: June is the first occurrence owed
  const givenInJune = vietnamInstant(2023, 5, 25, 8, 0);
  const plan = (today: string, lastReportAt: Date | null) =>
    planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history: lastOnly(lastReportAt), today, owedFrom: givenInJune })
      .filter((n) => n.occurrence.key === '2023-06')
      .map((n) => `${n.kind}:${n.occurrence.key}:${n.slotKey}`);

  it('reminds 3 and 1 working days before each occurrence, keyed per occurrence', () => {
    // June 2023: due end of Monday 19/06; 3 working days before is Wednesday 14/06.
    expect(plan('2023-06-14', null)).toEqual(['before_3:2023-06:nudge:7@2023-06:3:before_3:2023-06-14']);
    expect(plan('2023-06-16', null)).toEqual(['before_1:2023-06:nudge:7@2023-06:3:before_1:2023-06-16']);
    expect(plan('2023-06-19', null)).toEqual(['due_today:2023-06:nudge:7@2023-06:3:due_today:2023-06-19']);
  });

  it('counts an occurrence reported only by a report after the previous occurrence was due', () => {
    const afterMay = vietnamInstant(2023, 6, 2, 9, 0);
    const beforeMayDue = vietnamInstant(2023, 5, 18, 9, 0);
    expect(plan('2023-06-16', afterMay)).toEqual([]);
    expect(plan('2023-06-16', beforeMayDue)).toHaveLength(1);
  });

  it('with the whole report history, a report made late for May covers May only: June is still chased', () => {
    const owedFrom = vietnamInstant(2023, 4, 1, 8, 0);
    const history = { times: [vietnamInstant(2023, 4, 10, 9, 0), vietnamInstant(2023, 5, 25, 9, 0)], complete: true };
    const june = planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history, today: '2023-06-16', owedFrom }).map(
      (n) => `${n.kind}:${n.occurrence.key}`,
    );
    expect(june).toEqual(['before_1:2023-06']);
    // A report on time for June, then one more in June: July is not paid in advance.
    const more = { times: [...history.times, vietnamInstant(2023, 6, 12, 9, 0), vietnamInstant(2023, 6, 15, 9, 0)], complete: true };
    expect(planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history: more, today: '2023-06-16', owedFrom }).map((n) => n.occurrence.key)).toEqual(
      [],
    );
    expect(planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history: more, today: '2023-07-14', owedFrom }).map((n) => n.occurrence.key)).toEqual([
      '2023-07',
    ]);
  });

  it('chases an overdue occurrence like a task and escalates once', () => {
    expect(plan('2023-06-20', null)).toEqual(['overdue:2023-06:nudge:7@2023-06:3:overdue:2023-06-20']);
    expect(plan('2023-06-22', null)).toEqual([
      'overdue:2023-06:nudge:7@2023-06:3:overdue:2023-06-22',
      'escalate:2023-06:nudge:7@2023-06:3:escalate:2023-06-22',
    ]);
    expect(plan('2023-06-24', null)).toEqual([]);
    // Same escalation key on later days: the outbox keeps the first, so it is sent once.
    expect(plan('2023-06-26', null)).toContain('escalate:2023-06:nudge:7@2023-06:3:escalate:2023-06-22');
  });

  it('while April is still owed, every nudge names April (what /chitiet and /quahan name), one a day', () => {
    const owedFrom = vietnamInstant(2023, 3, 6, 8, 0);
    // March reported on time; April (due 19/04) never: on Monday 22/05 May is one working day late too
    const history = { times: [vietnamInstant(2023, 3, 10, 9, 0)], complete: true };
    const nudges = planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history, today: '2023-05-22', owedFrom });
    const unit = nudges.filter((n) => n.target === 'unit');
    expect(unit.map((n) => `${n.kind}:${n.occurrence.key}:${n.occurrence.dueDate}`)).toEqual(['overdue:2023-04:2023-04-19']);
    expect(unit[0]!.slotKey).toBe('nudge:7@2023-04:3:overdue:2023-05-22');
    expect(nudges.map((n) => n.occurrence.key)).not.toContain('2023-05');
    // May's reminders before its due day name April too: a "done" then would settle April
    const before = planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history, today: '2023-05-16', owedFrom });
    expect(before.filter((n) => n.target === 'unit').map((n) => `${n.kind}:${n.occurrence.key}`)).toEqual(['overdue:2023-04']);
    // once April is reported, May is owed and nudged as its own
    const reported = { times: [...history.times, vietnamInstant(2023, 5, 22, 7, 0)], complete: true };
    const after = planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history: reported, today: '2023-05-22', owedFrom });
    expect(after.filter((n) => n.target === 'unit').map((n) => `${n.kind}:${n.occurrence.key}`)).toEqual(['overdue:2023-05']);
  });

  it('an occurrence due on a Sunday or a holiday gets the one-off schedule: 3 and 1 working days before and the working day before it', () => {
    const cases: [Recurrence, string][] = [
      [recurrence, '2023-03'], // Sunday 19/03/2023
      [recurrence, '2023-11'], // Sunday 19/11/2023
      [{ frequency: 'monthly', dayOfPeriod: 30, dueDay: 30 }, '2023-04'], // Sunday 30/04/2023, a holiday
      [{ frequency: 'monthly', dayOfPeriod: 2, dueDay: 2 }, '2023-09'], // Saturday 02/09/2023, Quốc khánh
      [{ frequency: 'weekly', dayOfPeriod: 1 }, '2023-W12'], // "trước thứ Hai": Sunday 19/03/2023
    ];
    for (const [duty, key] of cases) {
      const occurrence = listOccurrences(duty, { from: '2023-01-01', to: '2023-12-31' }).find((o) => o.key === key)!;
      const oneOff = nudgeSchedule(occurrence.due)
        .filter((n) => n.kind === 'before_3' || n.kind === 'before_1' || n.kind === 'due_today')
        .map((n) => `${n.kind}@${n.date}`);
      // given the duty after the previous occurrence was due: this occurrence is the only one owed
      const owedFrom = new Date(occurrence.due.getTime() - 6 * 86_400_000);
      const recurring: string[] = [];
      for (let day = addDays(occurrence.dueDate, -10); day <= occurrence.dueDate; day = addDays(day, 1))
        for (const n of planRecurringNudges({ taskId: '7', unitId: '3', recurrence: duty, history: { times: [], complete: true }, today: day, owedFrom }))
          recurring.push(`${n.kind}@${n.date}`);
      expect(recurring, `${key} due ${occurrence.dueDate}`).toEqual(oneOff);
    }
  });

  it('owes no occurrence due before the unit was given the duty (a plan issued 21/06 does not make June late)', () => {
    const owed = (owedFrom: Date) =>
      planRecurringNudges({ taskId: '7', unitId: '3', recurrence, history: lastOnly(null), today: '2023-06-26', owedFrom }).map((n) => n.occurrence.key);
    expect(owed(vietnamInstant(2023, 6, 21, 8, 0))).toEqual([]);
    expect(owed(vietnamInstant(2023, 6, 1, 8, 0))).toContain('2023-06');
  });
});
