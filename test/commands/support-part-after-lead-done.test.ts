import { describe, expect, it } from 'vitest';
import { deadlineNudgesJob } from '../../jobs/deadline-nudges.ts';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { jobDeps } from '../jobs/seed-world.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** The section heading a task code is listed under in /nhiemvu or a digest. */
function sectionOf(html: string, code: string): string | null {
  let heading: string | null = null;
  for (const line of marksToPlainText(html).split('\n')) {
    if (/^\S.*(\(\d+\)|: \d+)$/.test(line.trim()) && !line.startsWith('•')) heading = line.trim();
    if (line.startsWith(`• ${code} `)) return heading;
  }
  return null;
}

/**
 * Newcomer test: CAP5 (phối hợp on GD2-02) reported a blocker, then the lead CATP reported the task
 * done. CAP5's own views must still show its own part (its blocker), not the lead's "chờ xác nhận",
 * and every view must count the one unresolved blocker.
 */
describe('a supporting unit’s own part after the lead reported the task done', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.set(vietnamInstant(2023, 3, 8, 10, 0));
    await h.send(CAP5_CHAT, FOCAL, '/tiendo GD2-02 40');
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac GD2-02 vướng kinh phí');
    await h.send(CATP_CHAT, OTHER, '/xong GD2-02');
    h.clock.set(vietnamInstant(2023, 3, 10, 16, 0));
  });

  it('the unit’s /nhiemvu lists GD2-02 under its own blocker, with its own percent, not under “Chờ xác nhận · 100%”', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const text = marksToPlainText(answer?.html ?? '');
    expect(sectionOf(answer?.html ?? '', 'GD2-02')).toBe('Vướng mắc (1)');
    expect(text).toContain('vướng kinh phí');
    const line = text.split('\n').find((l) => l.startsWith('• GD2-02 ')) ?? '';
    expect(line).not.toContain('100%');
    expect(text).toMatch(/GD2-02[\s\S]*chủ trì[^\n]*Chờ xác nhận/i);
  });

  it('the unit digest agrees', async () => {
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages;
    expect(sectionOf(digest, 'GD2-02')).toBe('⚠️ Vướng mắc: 1');
  });

  it('/chitiet shows the support’s own part, the task awaiting confirmation', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-02');
    const text = marksToPlainText(answer?.html ?? '');
    expect(text).toContain('Công an Phường 5 (phối hợp): Vướng mắc 40%');
    expect(text).not.toContain('Công an Phường 5 (phối hợp): Chờ xác nhận');
    expect(text).toMatch(/Công an thành phố[^\n]*\(chủ trì\): Chờ xác nhận/);
  });

  it('/kehoach counts the one unresolved blocker the steering digest lists', async () => {
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar)).messages;
    expect(marksToPlainText(digest)).toContain('Vướng mắc chưa được giải quyết (1)');
    const [plan] = await h.send(STEERING_CHAT, SECRETARY, '/kehoach');
    expect(marksToPlainText(plan?.html ?? '')).toMatch(/Vướng mắc chưa gỡ: 1 \(ở 1 nhiệm vụ\)/);
  });

  it('no unit is nudged while the lead’s "done" awaits confirmation (the supporting part is shown, not chased)', async () => {
    const deps = jobDeps(h.stores);
    const now = vietnamInstant(2023, 5, 30, 8, 0);
    const slot = {
      job: deadlineNudgesJob.name,
      key: 'test',
      chatId: null,
      localDate: '2023-05-30',
      scheduledAt: now,
      relevantUntil: vietnamInstant(2023, 5, 31, 0, 0),
      now,
      late: false,
    };
    await deadlineNudgesJob.run(deps, slot);
    const task = (await h.stores.tasks.findTaskByCode('GD2-02'))!;
    expect(deps.outbox.messages.filter((q) => q.kind === 'nudge' && q.link?.taskId === task.id)).toEqual([]);
  });
});
