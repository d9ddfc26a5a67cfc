import { describe, expect, it } from 'vitest';
import { formatDateVi } from '../../src/core/time/zone.ts';
import { BOT_MENTION, CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A unit group on Zalo: no buttons, so every button's action must be typed. */
const ZALO_GROUP = '-zalo-cap5';
const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]+>/g, '');
const fallbacks = (buttons: unknown) => ((buttons ?? []) as { fallback?: string }[][]).flat().map((b) => b.fallback);

describe('every button has a typed equivalent (a unit group on Zalo, the steering group typing)', () => {
  let h: CommandHarness;
  const zalo = { platform: 'zalo' } as const;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_GROUP, FOCAL, `/ketnoi ${code}`, zalo);
  });
  const task = async (code: string) => (await h.stores.tasks.findTaskByCode(code))!;

  it('an unsure reading is asked as a numbered list and "@Điều phối 2" answers it from the database', async () => {
    const { replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-02 phần này hơi rối anh ạ`, zalo);
    expect(replies[0]?.buttons).toBeUndefined();
    expect(plain(replies[0]?.html).split('\n').slice(1)).toEqual([
      '1. Đang thực hiện',
      '2. Hoàn thành',
      '3. Vướng mắc',
      '4. Bỏ qua',
      'Trả lời bằng số, ví dụ: @Điều phối 2',
    ]);
    expect(await h.stores.reports.history((await task('P5-02')).id)).toEqual([]);
    const { handled, replies: picked } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} 2`, zalo);
    expect(handled).toBe(true);
    expect(picked[0]?.html).toContain('<b>Hoàn thành</b>');
    expect(await task('P5-02')).toMatchObject({ status: 'awaiting_confirmation' });
    const again = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} 2`, zalo);
    expect(plain(again.replies[0]?.html)).toBe('Không có câu hỏi nào của bot đang chờ trả lời trong nhóm này.');
    expect(await h.stores.reports.history((await task('P5-02')).id)).toHaveLength(1);
  });

  it('"@Điều phối 4" and /boqua skip the question: nothing is stored', async () => {
    await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-02 phần này hơi rối anh ạ`, zalo);
    expect(plain((await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} 4`, zalo)).replies[0]?.html)).toBe('Đã bỏ qua, không ghi nhận gì.');
    await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-02 phần kia hơi rối`, zalo);
    expect(plain((await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /boqua`, zalo)).replies[0]?.html)).toBe('Đã bỏ qua, không ghi nhận gì.');
    expect(plain((await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /skip`, zalo)).replies[0]?.html)).toContain('Không có câu hỏi');
    expect(await h.stores.reports.history((await task('P5-02')).id)).toEqual([]);
  });

  it('the receipt names /hoantac <mã>, which undoes the unit’s last report on the task', async () => {
    await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-02 đạt 40%`, zalo);
    const { replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-02 xong rồi`, zalo);
    expect(fallbacks(replies[0]?.buttons)).toEqual(['/hoantac P5-02']);
    expect(plain(replies[0]?.html)).toContain('Có thể hoàn tác trong 10 phút bằng lệnh ghi dưới đây.');
    const undone = await h.mention(ZALO_GROUP, OTHER, `${BOT_MENTION} /hoantac P5-02`, zalo);
    expect(plain(undone.replies[0]?.html)).toBe('Đã hoàn tác báo cáo. Trạng thái trở lại: Đang thực hiện 40%.');
    expect(await task('P5-02')).toMatchObject({ status: 'in_progress', percent: 40 });
    h.clock.advance(11 * 60_000);
    expect(plain((await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /undo P5-02`, zalo)).replies[0]?.html)).toContain('Đã quá 10 phút');
    expect(plain((await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /hoantac P5-01`, zalo)).replies[0]?.html)).toBe(
      'Đơn vị chưa có báo cáo nào về nhiệm vụ P5-01 để hoàn tác.',
    );
    expect(plain((await h.send(STEERING_CHAT, SECRETARY, '/hoantac P5-02'))[0]?.html)).toContain('chỉ dùng trong nhóm của một đơn vị');
  });

  it('an extension request is decided by /duyetgiahan and /tuchoigiahan with the task code, as its buttons would', async () => {
    await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /giahan P5-01 30/12/2023 chờ kinh phí`, zalo);
    const steering = await h.chat(STEERING_CHAT);
    const ask = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('extension:'))!;
    expect(fallbacks(ask.message.buttons)).toEqual(['/duyetgiahan P5-01 CAP5', '/tuchoigiahan P5-01 CAP5 [lý do]']);
    expect(plain((await h.send(STEERING_CHAT, OTHER, '/duyetgiahan P5-01'))[0]?.html)).toContain('Chỉ thường trực');
    expect(plain((await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan P5-01 CAP5'))[0]?.html)).toBe('Đã đồng ý gia hạn nhiệm vụ P5-01 đến 30/12/2023.');
    expect(formatDateVi((await task('P5-01')).dueAt!)).toBe('30/12/2023');
    expect(plain((await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan P5-01'))[0]?.html)).toContain('không có đề nghị gia hạn nào đang chờ');

    await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /giahan P5-02 30/11/2023 thiếu người`, zalo);
    const before = (await task('P5-02')).dueAt;
    expect(plain((await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan P5-02 chưa đủ căn cứ'))[0]?.html)).toBe('Đã từ chối đề nghị gia hạn nhiệm vụ P5-02.');
    expect((await task('P5-02')).dueAt).toEqual(before);
  });

  it('two pending requests on one task: the typed decision asks for the unit code and changes nothing without it', async () => {
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CATP');
    await h.send(CATP_CHAT, FOCAL, `/ketnoi ${/<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1]}`);
    await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /giahan GD2-02 30/06/2023 vướng kinh phí`, zalo);
    await h.send(CATP_CHAT, FOCAL, '/giahan GD2-02 15/07/2023 chờ lực lượng');
    const before = (await task('GD2-02')).dueAt;
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan GD2-02');
    expect(plain(answer?.html)).toBe(
      'Nhiệm vụ GD2-02 có 2 đề nghị gia hạn đang chờ: CAP5 → 30/06/2023; CATP → 15/07/2023. Ghi kèm mã đơn vị, ví dụ /duyetgiahan GD2-02 CAP5. Không có gì thay đổi.',
    );
    expect((await task('GD2-02')).dueAt).toEqual(before);
    await h.send(STEERING_CHAT, SECRETARY, '/approveext GD2-02 catp');
    expect(formatDateVi((await task('GD2-02')).dueAt!)).toBe('15/07/2023');
  });
});

describe('a numbered answer on Telegram', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('a reply "2" to the question picks Hoàn thành; a reply "2" to a task card with no question waiting is read as before', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-02');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'phần này hơi rối anh ạ');
    expect(replies[0]?.buttons?.flat().map((b) => b.text)).toEqual(['Đang thực hiện', 'Hoàn thành', 'Vướng mắc', 'Bỏ qua']);
    const picked = await h.replyTo(CAP5_CHAT, FOCAL, '999', '2');
    expect(picked.replies[0]?.html).toContain('<b>Hoàn thành</b>');
    const again = await h.replyTo(CAP5_CHAT, FOCAL, card, '2');
    expect(again.replies[0]?.html ?? '').not.toContain('Không có câu hỏi');
  });
});
