import { beforeEach, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/dispatch/inbound-event.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { formatDateVi } from '../../src/core/time/zone.ts';
import { type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: the bot removed from a connected unit's group, things changed, the bot added back: the steering
 * group never knew, and the group kept stale cards and missed notices. Now the steering group is
 * warned when the bot leaves, and the group, added back, gets its tasks as they stand and its cards refreshed.
 */
describeOnEachDatabase('the bot removed from a unit group and added back', (use) => {
  let h: CommandHarness;
  let n = 0;
  /** the unit's group of this test (the database is the suite's: a group left in one test stays left) */
  let group = '';
  beforeEach(async () => {
    h = await createHarness(use());
    n += 1;
    group = `-31${n}`;
    await h.bindSteeringAndUnit('CAP5', group);
    await h.deliver();
  });
  let updates = 0;
  const membership = (change: 'bot_added' | 'bot_removed' | 'bot_blocked', chat = group): InboundEvent => ({
    platform: 'telegram',
    updateKey: `membership-${change}-${n}-${updates++}`,
    chat: { externalId: chat, type: 'group', title: `Nhóm ${chat}` },
    user: { externalId: FOCAL.id, name: FOCAL.name, username: null },
    kind: 'membership',
    change,
  });
  const steeringNotices = async () => {
    const [steering, unitGroup] = [await h.chat(STEERING_CHAT), await h.chat(group)];
    return h.outbox.to(steering.id).filter((q) => q.idempotencyKey.startsWith(`unit-group-lost:${unitGroup.id}:`));
  };

  it('removed (or blocked): each steering group is told once which unit no longer gets anything and how to fix it', async () => {
    await h.dispatch(membership('bot_removed'));
    await h.dispatch(membership('bot_removed'));
    const [notice, ...more] = await steeringNotices();
    expect(more).toEqual([]);
    const text = marksToPlainText(notice?.message.html ?? '');
    expect(text).toContain(`Bot đã bị xóa khỏi nhóm “Nhóm ${group}” của đơn vị Công an Phường 5.`);
    expect(text).toContain('không đến được đơn vị này cho tới khi bot được thêm lại vào nhóm');
    expect(text).toContain('/moi CAP5');
    // a group that is not a unit's says nothing to anyone
    const steering = await h.chat(STEERING_CHAT);
    const all = () => h.outbox.to(steering.id).filter((q) => q.idempotencyKey.startsWith('unit-group-lost:')).length;
    const before = all();
    await h.dispatch(membership('bot_blocked', '-9999'));
    expect(all()).toBe(before);
  });

  it('added back: the rejoin message, then the current list; the cards still showing the old state are refreshed', async () => {
    await h.send(group, FOCAL, '/xong P5-01');
    await h.deliver();
    await h.dispatch(membership('bot_removed'));
    const due = new Date(h.clock.now().getTime() + 90 * 86_400_000);
    await h.send(STEERING_CHAT, SECRETARY, `/xacnhan P5-01`);
    await h.send(STEERING_CHAT, SECRETARY, `/doihan P5-02 ${formatDateVi(due)} theo đề nghị`);
    await h.deliver();
    const cap5 = await h.chat(group);
    const editsBefore = h.outbox.to(cap5.id).filter((q) => q.edits).length;

    const start = h.replies.length;
    await h.dispatch(membership('bot_added'));
    const [rejoin, list, ...rest] = h.replies.slice(start).map((r) => marksToPlainText(r.html));
    expect(rest).toEqual([]);
    expect(rejoin).toContain('Điều phối đã trở lại nhóm.');
    expect(rejoin).toContain('không gửi lại từng tin; danh sách dưới đây là tình trạng và hạn hiện tại');
    expect(list).toContain(formatDateVi(due));
    expect(list).toContain('P5-01');

    await h.deliver();
    const edits = h.outbox
      .to(cap5.id)
      .filter((q) => q.edits)
      .slice(editsBefore);
    const tasks = await Promise.all(['P5-01', 'P5-02'].map(async (code) => (await h.stores.tasks.findTaskByCode(code))!));
    const cardOf = (taskId: number) => edits.filter((q) => q.card?.taskId === taskId && q.messageId).at(-1);
    const confirmed = cardOf(tasks[0]!.id);
    expect(marksToPlainText(confirmed?.message.html ?? '')).not.toContain('Chờ xác nhận');
    expect((confirmed?.message.buttons ?? []).flat().map((b) => b.text)).toEqual(['Chi tiết']);
    expect(marksToPlainText(cardOf(tasks[1]!.id)?.message.html ?? '')).toContain(formatDateVi(due));
  });

  it('added back: each steering group hears it once, so the warning is not the last word', async () => {
    await h.dispatch(membership('bot_removed'));
    await h.dispatch(membership('bot_added'));
    await h.dispatch(membership('bot_added'));
    const [steering, unitGroup] = [await h.chat(STEERING_CHAT), await h.chat(group)];
    const back = h.outbox.to(steering.id).filter((q) => q.idempotencyKey.startsWith(`unit-group-back:${unitGroup.id}:`));
    expect(back.map((q) => marksToPlainText(q.message.html))).toEqual([
      `✅ Bot đã trở lại nhóm “Nhóm ${group}” (đơn vị Công an Phường 5): nhiệm vụ, tin nhắc hạn và bản tổng hợp lại đến được đơn vị này.`,
    ]);
    // added to a group it never left: nothing to report
    await h.dispatch(membership('bot_added', '-9998'));
    expect(h.outbox.to(steering.id).filter((q) => q.idempotencyKey.startsWith('unit-group-back:'))).toHaveLength(1);
  });

  it('added again while it is still in the group (Telegram tells an addition twice): no second list', async () => {
    await h.dispatch(membership('bot_removed'));
    await h.dispatch(membership('bot_added'));
    const start = h.replies.length;
    await h.dispatch(membership('bot_added'));
    expect(h.replies.slice(start)).toEqual([]);
  });
});
