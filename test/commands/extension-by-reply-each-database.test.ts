import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { BOT_MENTION, CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const dataOf = (b: unknown) => (b && typeof b === 'object' && 'data' in b ? String(b.data) : '');
const ZALO_GROUP = '-zalo-cap5';

/** A free-text extension request is the request /giahan makes, never a blocker; without a date the typed form is asked for. */
describeOnEachDatabase('an extension asked for in a free-text reply', (use) => {
  let h: CommandHarness;
  let steeringId: number;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_GROUP, FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
    steeringId = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!.id;
  });
  const asks = () => h.outbox.to(steeringId).filter((q) => q.idempotencyKey.startsWith('extension:'));
  const latestReport = async (code: string) => (await h.stores.reports.history((await h.stores.tasks.findTaskByCode(code))!.id, 5))[0];

  it('with a date: stored as an extension request with its reason, the steering group asked to approve or refuse, no blocker', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'bên em xin gia hạn đến 30/10/2023 vì chưa bố trí được lực lượng');
    expect(handled).toBe(true);
    const receipt = plain(replies[0]?.html).split('\n');
    expect(receipt[0]).toMatch(/^Đã gửi đề nghị gia hạn nhiệm vụ GD2-02 đến 30\/10\/2023 lên Ban Chỉ đạo/);
    expect(receipt[1]).toBe('Tin nhắn được hiểu là đề nghị gia hạn, như lệnh /giahan.');
    expect(receipt.join('\n')).not.toContain('vướng mắc');
    expect(await latestReport('GD2-02')).toBeUndefined();
    const [ask] = asks();
    expect(asks()).toHaveLength(1);
    expect(plain(ask!.message.html)).toContain('Công an Phường 5 (đơn vị phối hợp) đề nghị gia hạn nhiệm vụ GD2-02');
    expect(plain(ask!.message.html)).toContain('Lý do: chưa bố trí được lực lượng');
    expect(ask!.message.buttons!.flat().map((b) => b.text)).toEqual(['Đồng ý', 'Từ chối']);
    expect(h.outbox.to(steeringId).some((q) => /Gỡ vướng/.test(JSON.stringify(q.message.buttons ?? [])))).toBe(false);

    await h.press(STEERING_CHAT, SECRETARY, dataOf(ask!.message.buttons![0]![0]));
    await h.deliver();
    expect((await h.stores.tasks.findTaskByCode('GD2-02'))!.dueAt!.toISOString().slice(0, 10)).toBe('2023-10-30');
  });

  it('without a date: asks for the typed /giahan form and stores nothing; on Zalo with the @mention', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const before = await h.snapshot();
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'Dạ em xin lùi hạn thêm ít hôm vì thiếu người ạ');
    expect(plain(replies[0]?.html)).toContain('Anh/chị muốn đề nghị gia hạn nhiệm vụ P5-01? Tôi chưa ghi nhận gì.');
    expect(plain(replies[0]?.html)).toContain('/giahan P5-01 <ngày/tháng/năm> <lý do>');
    expect(plain(replies[0]?.html)).not.toContain(BOT_MENTION);
    const zalo = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-01 đề nghị cho gia hạn vì chưa có kinh phí`, { platform: 'zalo' });
    expect(plain(zalo.replies[0]?.html)).toContain(`${BOT_MENTION} /giahan P5-01 <ngày/tháng/năm> <lý do>`);
    expect(await h.snapshot()).toEqual(before);
  });

  it('on Zalo a dated request by mention goes up the same way; a date not after the deadline is refused, nothing changed', async () => {
    const { replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-02 xin gia hạn tới ngày 15/12/2023 do mưa bão`, { platform: 'zalo' });
    expect(plain(replies[0]?.html)).toContain('Đã gửi đề nghị gia hạn nhiệm vụ P5-02 đến 15/12/2023 lên Ban Chỉ đạo');
    expect(plain(asks().at(-1)?.message.html)).toContain('Lý do: mưa bão');
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const before = await h.snapshot();
    const refused = await h.replyTo(CAP5_CHAT, FOCAL, card, 'xin gia hạn đến 27/02/2023 vì thiếu người');
    expect(plain(refused.replies[0]?.html)).toContain('không sau hôm nay');
    expect(await h.snapshot()).toEqual(before);
  });
});
