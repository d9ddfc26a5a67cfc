import { describe, expect, it } from 'vitest';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, withHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';

describe('authority: refused with a Vietnamese explanation, nothing changes', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01');
  });

  const taskId = async (code: string) => (await h.stores.tasks.findTaskByCode(code))!.id;

  /** `auditedAs`: the refusal itself leaves one audit row of that action (wrong binding codes do) and nothing else. */
  async function expectRefused(action: () => Promise<unknown>, text: string, auditedAs?: string) {
    const before = await h.snapshot();
    const start = h.replies.length;
    const toasts = h.toasts.length;
    await action();
    // "&#47;" is a "/" the Zalo text keeps without a mention (a command typed in another chat)
    const said = [...h.replies.slice(start).map((r) => r.html), ...h.toasts.slice(toasts)].join('\n').replaceAll('&#47;', '/');
    expect(said).toContain(text);
    if (auditedAs) {
      expect((await h.stores.audit.list({})).at(-1)?.action).toBe(auditedAs);
      before.audit += 1;
    }
    expect(await h.snapshot()).toEqual(before);
  }

  it('a unit cannot report on a task it has no role in', async () => {
    await expectRefused(() => h.send(CAP5_CHAT, FOCAL, '/tiendo GD3-01 50'), 'không được giao nhiệm vụ GD3-01');
    await expectRefused(async () => h.press(CAP5_CHAT, FOCAL, `st:${await taskId('GD3-01')}:dn`), 'không được giao nhiệm vụ GD3-01');
  });

  it('reports only come from the unit’s bound group', async () => {
    await expectRefused(() => h.send(STEERING_CHAT, SECRETARY, '/tiendo P5-02 50'), 'chỉ dùng trong nhóm của một đơn vị');
    await expectRefused(() => h.send('-7777', OTHER, '/xong P5-02'), 'chỉ dùng trong nhóm của một đơn vị');
    await expectRefused(async () => h.press('-7777', OTHER, `st:${await taskId('P5-02')}:ip`), 'chỉ dùng trong nhóm của một đơn vị');
  });

  it('only the secretariat confirms, returns, reassigns and moves deadlines', async () => {
    const id = await taskId('P5-01');
    await expectRefused(() => h.press(STEERING_CHAT, OTHER, `cf:${id}`), 'Chỉ thường trực Ban Chỉ đạo');
    await expectRefused(() => h.send(STEERING_CHAT, OTHER, '/tralai P5-01 thiếu hồ sơ'), 'Chỉ thường trực Ban Chỉ đạo');
    await expectRefused(() => h.send(CAP5_CHAT, FOCAL, '/xacnhan P5-01'), 'Chỉ thường trực Ban Chỉ đạo');
    await expectRefused(() => h.send(STEERING_CHAT, OTHER, '/giao P5-01 CATP | thử'), 'Chỉ thường trực Ban Chỉ đạo');
    await expectRefused(() => h.send(STEERING_CHAT, OTHER, '/doihan P5-01 30/09/2023 thử'), 'Chỉ thường trực Ban Chỉ đạo');
    await expectRefused(() => h.send(STEERING_CHAT, OTHER, '/moi CATP'), 'Chỉ thường trực Ban Chỉ đạo');
  });

  it('secretariat actions happen in the steering group only', async () => {
    await expectRefused(() => h.send(CAP5_CHAT, SECRETARY, '/xacnhan P5-01'), 'chỉ dùng trong nhóm Ban Chỉ đạo');
    await expectRefused(() => h.send(CAP5_CHAT, SECRETARY, '/moi CATP'), '/moi chỉ dùng trong nhóm Ban Chỉ đạo');
    // In a group not bound yet the same command says where to issue the code instead, and changes nothing.
    await expectRefused(
      () => h.send(CATP_CHAT, SECRETARY, '/moi CATP'),
      'Trong nhóm Ban Chỉ đạo “Nhóm -1001” (hoặc khi nhắn riêng với bot), gửi <code>/moi CATP</code>',
    );
  });

  it('a second steering group cannot be bound, and non-secretariat users cannot bind one', async () => {
    await expectRefused(() => h.send('-8888', SECRETARY, '/batdau'), 'Đã có nhóm Ban Chỉ đạo');
    await expectRefused(() => h.send('-8889', OTHER, '/batdau'), 'Chỉ thường trực Ban Chỉ đạo');
    await expectRefused(() => h.send('-8890', OTHER, '/ketnoi'), 'Hãy gửi kèm mã kết nối');
  });

  it('codes are refused when unknown, used or expired', async () => {
    await expectRefused(() => h.send(CATP_CHAT, FOCAL, '/ketnoi ZZZZZZZZ'), 'không đúng', 'binding.code_wrong');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CATP');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')![1]!;
    h.clock.advance(48 * 3_600_000 + 1);
    await expectRefused(() => h.send(CATP_CHAT, FOCAL, `/ketnoi ${code}`), 'đã hết hạn', 'binding.code_wrong');
    h.clock.advance(-(48 * 3_600_000 + 1));
    await h.send(CATP_CHAT, FOCAL, `/ketnoi ${code}`);
    await expectRefused(() => h.send('-6666', FOCAL, `/ketnoi ${code}`), 'đã được dùng', 'binding.code_wrong');
  });

  it('undo is refused for another unit’s report', async () => {
    const [receipt] = await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 20');
    const undo = receipt?.buttons?.[0]?.[0];
    await expectRefused(() => h.press(CATP_CHAT, OTHER, undo && 'data' in undo ? undo.data : ''), 'Chỉ thành viên nhóm của đơn vị CAP5');
  });

  it('extension requests: only from a unit with a role, decided only by the secretariat', async () => {
    await expectRefused(() => h.send(CAP5_CHAT, FOCAL, '/giahan GD3-01 31/12/2023 thiếu người'), 'không được giao nhiệm vụ GD3-01');
    await expectRefused(() => h.send(STEERING_CHAT, SECRETARY, '/giahan P5-02 31/12/2023 thử'), 'Thường trực Ban Chỉ đạo đổi hạn trực tiếp bằng /doihan');
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 31/12/2023 thiếu người');
    const steering = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!;
    const ask = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('extension:'))!;
    const approve = ask.message.buttons?.[0]?.[0];
    await expectRefused(() => h.press(STEERING_CHAT, OTHER, approve && 'data' in approve ? approve.data : ''), 'Chỉ thường trực Ban Chỉ đạo');
  });
});
