import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A plan issued 01/01/2023 with a quarterly report "trước ngày 10 tháng đầu quý sau" and a monthly one "trước ngày 05 tháng sau". */
function withReportsAfterPeriod(plan: Plan): Plan {
  const duty = (code: string, deadlineText: string, recurrence: NonNullable<Plan['tasks'][number]['recurrence']>) => ({
    code,
    title: 'Báo cáo tình hình thực hiện',
    source: `Công an Phường 5 báo cáo tình hình thực hiện ${deadlineText}.`,
    lead: 'CAP5',
    support: [],
    supportGroups: [],
    deadlineText,
    recurrence,
    review: false,
  });
  return {
    ...plan,
    issueDate: '2023-01-01',
    tasks: [
      ...plan.tasks,
      duty('BC-QUY', 'trước ngày 10 tháng đầu quý sau', { frequency: 'quarterly', dayOfPeriod: 10, afterPeriod: true }),
      duty('BC-THANG', 'trước ngày 05 tháng sau', { frequency: 'monthly', dayOfPeriod: 5, afterPeriod: true }),
    ],
  };
}

const plain = (html: string | undefined) => marksToPlainText(html ?? '');

describe('a report due after the period it covers, on 03/04/2023', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 4, 3, 9, 0), adjustPlan: withReportsAfterPeriod }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  it('the card and /chitiet name the quarter reported on, quý I/2023, due 09/04/2023 (not 09/03 nor quý II)', async () => {
    const task = (await h.stores.tasks.findTaskByCode('BC-QUY'))!;
    const chat = await h.chat(CAP5_CHAT);
    const card = h.outbox.queued.find((q) => q.idempotencyKey === `task:${task.id}:${chat.id}`);
    const due = plain(card?.message.html)
      .split('\n')
      .find((l) => l.startsWith('Hạn:'));
    expect(due).toMatch(/^Hạn: 09\/04\/2023 \(trước ngày 10 tháng đầu quý sau\) · kỳ quý I\/2023/u);

    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-QUY');
    expect(plain(detail?.html)).toContain('kỳ cần báo cáo: quý I/2023, hạn 09/04/2023');
  });

  it('/nhiemvu lists the monthly report on March, due 04/04/2023', async () => {
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const line = plain(list?.html)
      .split('\n')
      .find((l) => l.includes('BC-THANG'));
    expect(line).toContain('04/04/2023');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-THANG');
    expect(plain(detail?.html)).toContain('kỳ cần báo cáo: tháng 03/2023, hạn 04/04/2023');
  });
});
