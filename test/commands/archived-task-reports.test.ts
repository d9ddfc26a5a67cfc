import { describe, expect, it } from 'vitest';
import { statusPayload } from '../../src/core/actions/action-payload.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { BOT_MENTION, CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * A plan imported again without P5-01 archives it; the unit's old card, a reply to it and commands
 * naming it must be refused and store nothing (a stored report on an archived task vanished from
 * every view), and /chitiet must say it was archived, not that it does not exist.
 */
describe('reports on an archived task', () => {
  let h: CommandHarness;
  let messageId: string;
  let taskId: number;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    messageId = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    taskId = (await h.stores.tasks.findTaskByCode('P5-01'))!.id;
    h.clock.set(vietnamInstant(2023, 2, 28, 8, 0));
    const seed = await loadSeedPlan();
    await h.stores.plans.importPlan({ ...seed, tasks: seed.tasks.filter((task) => task.code !== 'P5-01') }, { actor: { id: 'test' }, at: h.clock.now() });
  });

  const reports = () => h.stores.reports.history(taskId, 100);
  const refusal = /P5-01.*đã được lưu trữ ngày 28\/02\/2023.*45\/KH-BCĐ.*\/nhiemvu/s;

  it('a status button on the old card is refused and stores nothing', async () => {
    const answer = await h.press(CAP5_CHAT, FOCAL, statusPayload(taskId, 'ip'), messageId);
    const text = [...h.toasts, ...answer.map((r) => marksToPlainText(r.html))].join('\n');
    expect(text).toMatch(refusal);
    expect(text).not.toContain('Đã ghi nhận');
    expect(await reports()).toEqual([]);
  });

  it('a reply to the old card is refused and stores nothing', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đang làm, được 90%');
    expect(marksToPlainText(replies[0]?.html ?? '')).toMatch(refusal);
    expect(await reports()).toEqual([]);
  });

  it.each(['/tiendo P5-01 90', '/xong P5-01', '/vuongmac P5-01 thiếu kinh phí'])('%s is refused as archived, not "not found"', async (command) => {
    const [reply] = await h.send(CAP5_CHAT, FOCAL, command);
    expect(marksToPlainText(reply?.html ?? '')).toMatch(refusal);
    expect(await reports()).toEqual([]);
  });

  it('a mention naming the archived code is refused and stores nothing', async () => {
    // a Zalo group (no reply threads) reports by naming the code after a mention
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send('-zalo-cap5', FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
    const { replies } = await h.mention('-zalo-cap5', FOCAL, `${BOT_MENTION} P5-01 xong rồi`, { platform: 'zalo' });
    expect(marksToPlainText(replies[0]?.html ?? '')).toMatch(refusal);
    expect(await reports()).toEqual([]);
  });

  it('/chitiet of the archived code says it is archived', async () => {
    const [reply] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
    const text = marksToPlainText(reply?.html ?? '');
    expect(text).not.toContain('Không tìm thấy');
    expect(text).toMatch(/lưu trữ ngày 28\/02\/2023/);
  });
});
