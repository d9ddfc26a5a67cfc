import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A plan issued 28/08/2028 with a duty "02 lần/tháng" that gives no start of its own. */
function issuedIn2028(plan: Plan): Plan {
  return {
    ...plan,
    issueDate: '2028-08-28',
    tasks: [
      ...plan.tasks,
      {
        code: 'BC-02',
        title: 'Báo cáo tình hình hai lần mỗi tháng',
        source: 'Công an Phường 5 báo cáo tình hình 02 lần/tháng.',
        lead: 'CAP5',
        support: [],
        supportGroups: [],
        deadlineText: '02 lần/tháng',
        recurrence: { frequency: 'monthly' },
        review: false,
      },
    ],
  };
}

const plain = (html: string | undefined) => marksToPlainText(html ?? '');

describe('a recurring duty is not due before its plan starts', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 2, 20, 9, 0), adjustPlan: issuedIn2028 }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  it('/nhiemvu and the card name the same first occurrence, September 2028; nothing is due soon in 2023', async () => {
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const text = plain(list?.html);
    const line = text.split('\n').find((l) => l.includes('BC-02')) ?? '';
    expect(line).toContain('30/09/2028');
    expect(line).not.toContain('2023');

    const task = (await h.stores.tasks.findTaskByCode('BC-02'))!;
    const chat = await h.chat(CAP5_CHAT);
    const card = h.outbox.queued.find((q) => q.idempotencyKey === `task:${task.id}:${chat.id}`);
    const due = plain(card?.message.html)
      .split('\n')
      .find((l) => l.startsWith('Hạn:'));
    expect(due).toMatch(/^Hạn: 30\/09\/2028 \(02 lần\/tháng\) · kỳ tháng 09\/2028/);

    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-02');
    expect(plain(detail?.html)).toContain('kỳ cần báo cáo: tháng 09/2028, hạn 30/09/2028');
  });
});
