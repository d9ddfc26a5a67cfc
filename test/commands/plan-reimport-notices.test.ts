import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';

const ZALO_CAP5 = '-9005';

/** The seed plan with GD2-01's deadline moved and GD2-02's lead and support swapped. */
function changedPlan(): Uint8Array {
  const yaml = readFileSync(SEED_PLAN_PATH, 'utf8')
    .replace(/(code: GD2-01[\s\S]*?deadline: )2023-08-31/, '$12023-09-30')
    .replace(/(code: GD2-02[\s\S]*?)lead: CATP\n(\s+)support: \[CAP5\]/, '$1lead: CAP5\n$2support: [CATP]');
  return new TextEncoder().encode(yaml);
}

/**
 * QA: a re-import that moved a deadline or changed a unit's role edited Telegram cards silently and
 * told Zalo groups (no edits) nothing. Now each group of a unit on the changed task gets a notice.
 */
describe('a plan imported again tells the groups of the units whose task changed', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_CAP5, FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
  });

  it('the Zalo group of CAP5 reads the new deadline of GD2-01 and the new assignment of GD2-02, through the outbox', async () => {
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach.yaml', bytes: changedPlan() });
    const button = preview?.buttons?.[0]?.[0];
    await h.press(STEERING_CHAT, SECRETARY, button && 'data' in button ? button.data : '');
    const chat = await h.chat(ZALO_CAP5, 'zalo');
    const notices = h.outbox.queued.filter((q) => q.chatId === chat.id && q.kind === 'notice').map((q) => marksToPlainText(q.message.html));
    expect(notices).toEqual([
      '📋 Ban Chỉ đạo vừa nhập lại kế hoạch 45/KH-BCĐ; nhiệm vụ GD2-01 Tham mưu tổ chức triển khai các biện pháp chuyển hóa địa bàn Phường 5 (6 tháng) thay đổi:\n• Hạn: 31/08/2023 → 30/09/2023',
      '📋 Ban Chỉ đạo vừa nhập lại kế hoạch 45/KH-BCĐ; nhiệm vụ GD2-02 Cao điểm tấn công, trấn áp tội phạm và tệ nạn xã hội, trọng tâm là ma túy (khoảng 3 tháng) thay đổi:\n• Phân công: chủ trì Công an Phường 5; phối hợp: Công an thành phố Trà Vinh',
    ]);
  });

  it('a task archived by one import and back in the next is announced as back to its units’ groups (no card edit on Zalo)', async () => {
    const seed = readFileSync(SEED_PLAN_PATH, 'utf8');
    const withoutGd202 = seed.replace(/\n {2}- code: GD2-02[\s\S]*?(?=\n {2}- code: )/, '');
    expect(withoutGd202).not.toContain('code: GD2-02');
    const activate = async (bytes: Uint8Array) => {
      const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach.yaml', bytes });
      const button = preview?.buttons?.[0]?.[0];
      await h.press(STEERING_CHAT, SECRETARY, button && 'data' in button ? button.data : '');
    };
    await activate(new TextEncoder().encode(withoutGd202));
    await activate(new TextEncoder().encode(seed));
    const chat = await h.chat(ZALO_CAP5, 'zalo');
    const notices = h.outbox.queued.filter((q) => q.chatId === chat.id && q.kind === 'notice').map((q) => marksToPlainText(q.message.html));
    expect(notices.some((n) => n.startsWith('📋 Ban Chỉ đạo vừa nhập lại kế hoạch 45/KH-BCĐ; nhiệm vụ GD2-02') && n.includes('có lại trong kế hoạch'))).toBe(
      true,
    );
  });
});
