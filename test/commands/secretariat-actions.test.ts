import { describe, expect, it } from 'vitest';
import { formatDateVi } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, withHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';

describe('secretariat actions', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  const task = async (code: string) => (await h.stores.tasks.findTaskByCode(code))!;
  const dataOf = (b: unknown) => (b && typeof b === 'object' && 'data' in b ? String(b.data) : '');

  async function requestExtension() {
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 15/10 cần thêm thời gian xác minh');
    const steering = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!;
    const ask = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('extension:'))!;
    expect(ask.message.html).toContain('đề nghị gia hạn nhiệm vụ <b>P5-02</b>');
    expect(ask.message.html).toContain('15/10/2023');
    return ask.message.buttons![0]!;
  }

  it('approves an extension once: the deadline moves and the unit is told', async () => {
    const [approve] = await requestExtension();
    const [answer] = await h.press(STEERING_CHAT, SECRETARY, dataOf(approve));
    expect(answer?.html).toContain('Đã đồng ý gia hạn nhiệm vụ P5-02 đến 15/10/2023');
    expect(formatDateVi((await task('P5-02')).dueAt!)).toBe('15/10/2023');
    const unitChat = await h.chat(CAP5_CHAT);
    expect(h.outbox.to(unitChat.id).some((q) => q.message.html.includes('đồng ý gia hạn nhiệm vụ <b>P5-02</b>'))).toBe(true);
    const before = await h.snapshot();
    await h.press(STEERING_CHAT, SECRETARY, dataOf(approve));
    expect(h.toasts.at(-1)).toContain('đã được đồng ý lúc 09:00 27/02/2023 bởi Thư ký Lan');
    expect(await h.snapshot()).toEqual(before);
    expect(await h.stores.audit.list({ action: 'task.extension_approved' })).toHaveLength(1);
  });

  it('denies an extension with one press: the deadline stays and the unit is told', async () => {
    const dueBefore = (await task('P5-02')).dueAt;
    const [, deny] = await requestExtension();
    await h.press(STEERING_CHAT, SECRETARY, dataOf(deny));
    expect((await task('P5-02')).dueAt).toEqual(dueBefore);
    const unitChat = await h.chat(CAP5_CHAT);
    expect(h.outbox.to(unitChat.id).some((q) => q.message.html.includes('không đồng ý gia hạn'))).toBe(true);
    await h.press(STEERING_CHAT, SECRETARY, dataOf(deny));
    expect(h.toasts.at(-1)).toContain('đã bị từ chối lúc 09:00 27/02/2023 bởi Thư ký Lan');
  });

  it('/doihan moves a deadline with a reason and an audit row; unit groups are told', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/doihan GD2-02 30-06-2023 chờ kết quả rà soát');
    expect(answer?.html).toContain('31/05/2023 → <b>30/06/2023</b>');
    const moved = await task('GD2-02');
    expect(formatDateVi(moved.dueAt!)).toBe('30/06/2023');
    const [audit] = await h.stores.audit.list({ action: 'task.deadline', entityId: String(moved.id) });
    expect(audit?.reason).toBe('chờ kết quả rà soát');
    // Recorded at the app's clock (the harness lives in February 2023), never the wall clock.
    expect(audit?.at.getTime()).toBe(h.clock.now().getTime());
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-02');
    expect(detail?.html).toContain(`• ${formatDateVi(h.clock.now())}: 31/05/2023 → 30/06/2023`);
    const unitChat = await h.chat(CAP5_CHAT);
    expect(h.outbox.to(unitChat.id).some((q) => q.message.html.includes('đổi hạn nhiệm vụ <b>GD2-02</b>'))).toBe(true);
    expect((await h.send(STEERING_CHAT, SECRETARY, '/doihan GD2-02 31/02/2023 sai ngày'))[0]?.html).toContain('không có thật: tháng 2/2023 chỉ có 28 ngày');
  });

  it('/doihan refuses a deadline already past and changes nothing; today is still accepted', async () => {
    const before = await h.snapshot();
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/doihan GD2-02 20/02/2023 lùi lại');
    expect(answer?.html).toContain('Ngày hạn mới 20/02/2023 đã qua (hôm nay là 27/02/2023)');
    expect(answer?.html).toContain('Không có gì thay đổi');
    expect(await h.snapshot()).toEqual(before);
    expect(formatDateVi((await task('GD2-02')).dueAt!)).toBe('31/05/2023');
    expect(await h.stores.audit.list({ action: 'task.deadline' })).toHaveLength(0);
    expect((await h.send(STEERING_CHAT, SECRETARY, '/doihan GD2-02 27/02/2023 làm ngay'))[0]?.html).toContain('31/05/2023 → <b>27/02/2023</b>');
  });

  it('/giao reassigns with a reason and an audit row; a newly assigned unit group gets the task', async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    const catp = await h.chat(CATP_CHAT);
    const before = h.outbox.to(catp.id).filter((q) => q.kind === 'task').length;
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/giao P5-02 CAP5 CATP | cần Công an thành phố hỗ trợ');
    expect(answer?.html).toContain('chủ trì Công an Phường 5; phối hợp: Công an thành phố Trà Vinh');
    const updated = await task('P5-02');
    expect(updated.assignments.map((a) => [a.unitCode, a.role])).toEqual([
      ['CAP5', 'lead'],
      ['CATP', 'support'],
    ]);
    const [audit] = await h.stores.audit.list({ action: 'task.assign', entityId: String(updated.id) });
    expect(audit?.reason).toBe('cần Công an thành phố hỗ trợ');
    const posted = h.outbox.to(catp.id).filter((q) => q.kind === 'task');
    expect(posted.length).toBe(before + 1);
    expect(posted.at(-1)?.message.html).toContain('Vai trò: <b>phối hợp</b>');
    expect((await h.send(STEERING_CHAT, SECRETARY, '/giao P5-02 CAP5'))[0]?.html).toContain('Cách dùng');
    expect((await h.send(STEERING_CHAT, SECRETARY, '/giao P5-02 XYZ | lý do'))[0]?.html).toContain('Không xác định được đơn vị');
  });

  it('/tralai returns a task reported done to in progress with the reason; the button asks for the reason', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
    const id = (await task('P5-02')).id;
    expect((await h.press(STEERING_CHAT, SECRETARY, `rt:${id}`))[0]?.html).toContain('/tralai P5-02 &lt;lý do&gt;');
    expect((await task('P5-02')).status).toBe('awaiting_confirmation');
    await h.send(STEERING_CHAT, SECRETARY, '/tralai P5-02 thiếu biên bản');
    expect(await task('P5-02')).toMatchObject({ status: 'returned', doneReportedAt: null });
    const unitChat = await h.chat(CAP5_CHAT);
    expect(h.outbox.to(unitChat.id).some((q) => q.message.html.includes('Lý do: thiếu biên bản'))).toBe(true);
  });

  it('done reported after the deadline is confirmed as done late', async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.advance(3 * 86_400_000); // 02/03/2023: GD1-01 was due 28/02/2023
    await h.send(CATP_CHAT, OTHER, '/xong GD1-01 đã tổ chức hội nghị');
    h.clock.advance(86_400_000);
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan GD1-01');
    expect(answer?.html).toContain('<b>Hoàn thành quá hạn</b>');
  });
});
