import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextMorning, SECRETARIAT_USER_ID, type SandboxServer } from '../../src/sandbox/index.ts';
import { type E2eSandbox, mark, startE2eSandbox, waitFor, waitForBotMessage } from './helpers.ts';

/**
 * The whole committee on Zalo, over real HTTP: the steering group and Công an thành phố's group are
 * both Zalo groups of the sandbox. Without buttons the secretariat types every decision after a
 * mention: confirm, return, approve an extension, resolve a blocker; the steering digest comes on Zalo.
 */
describe('end to end with the steering group on Zalo: typed decisions and the steering digest', () => {
  const STEERING_ZALO = -1_001_000_000_900;
  let sandbox: E2eSandbox;
  let server: SandboxServer;
  let unitChat: number;
  let focalPoint: number;
  const prisma = () => sandbox.run.app.db.prisma;
  const task = (code: string) => prisma().task.findFirstOrThrow({ where: { code } });
  const say = (chatId: number, fromUserId: number, text: string) => server.sendUserMessage({ chatId, fromUserId, text });

  beforeAll(async () => {
    sandbox = await startE2eSandbox();
    server = sandbox.run.server;
    const chat = [...server.state.chats.values()].find((c) => c.platform === 'zalo')!;
    unitChat = chat.chat.id;
    focalPoint = [...chat.members.keys()][0]!;
    server.createChat({
      id: STEERING_ZALO,
      title: 'Ban Chỉ đạo (Zalo)',
      type: 'group',
      members: [{ userId: SECRETARIAT_USER_ID, status: 'creator' }],
      botIsMember: true,
      platform: 'zalo',
    });
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('binds a Zalo steering group with "@Điều phối /batdau" and the unit with the code it gives', async () => {
    let since = mark(server);
    say(STEERING_ZALO, SECRETARIAT_USER_ID, '@Điều phối /batdau');
    await waitForBotMessage(server, STEERING_ZALO, since, 'Đã kết nối nhóm này làm nhóm Ban Chỉ đạo');
    since = mark(server);
    say(STEERING_ZALO, SECRETARIAT_USER_ID, '@Điều phối /moi CATP');
    const invite = await waitForBotMessage(server, STEERING_ZALO, since, '/ketnoi ');
    const code = /\/ketnoi ([A-Z2-9]{8})/.exec(invite.message.text ?? '')?.[1];
    since = mark(server);
    say(unitChat, focalPoint, `@Điều phối /ketnoi ${code}`);
    await waitForBotMessage(server, unitChat, since, 'Đã kết nối nhóm này với đơn vị Công an thành phố');
    expect(await prisma().chat.findFirstOrThrow({ where: { platform: 'zalo', externalId: String(STEERING_ZALO) } })).toMatchObject({ kind: 'steering' });
  });

  it('a done report asks the Zalo steering group with the commands to type; "@Điều phối /xacnhan" confirms', async () => {
    await waitForBotMessage(server, unitChat, 0, 'GD2-01');
    const since = mark(server);
    say(unitChat, focalPoint, '@Điều phối GD2-01 xong rồi');
    const ask = await waitForBotMessage(server, STEERING_ZALO, since, 'báo hoàn thành nhiệm vụ GD2-01');
    expect(ask.message.reply_markup).toBeUndefined();
    expect(ask.message.text).toContain('Xác nhận: @Điều phối /xacnhan GD2-01');
    expect(ask.message.text).toContain('Trả lại: @Điều phối /tralai GD2-01 <lý do>');
    say(STEERING_ZALO, SECRETARIAT_USER_ID, '@Điều phối /xacnhan GD2-01');
    await waitForBotMessage(server, STEERING_ZALO, since, 'Đã xác nhận hoàn thành nhiệm vụ GD2-01');
    await waitForBotMessage(server, unitChat, since, /GD2-01[\s\S]*Hoàn thành|Hoàn thành[\s\S]*GD2-01/);
    expect((await task('GD2-01')).status).toBe('done');
  });

  it('"@Điều phối /tralai <mã> <lý do>" returns a done report and the unit on Zalo is told why', async () => {
    const since = mark(server);
    say(unitChat, focalPoint, '@Điều phối GD1-01 xong rồi');
    await waitForBotMessage(server, STEERING_ZALO, since, 'báo hoàn thành nhiệm vụ GD1-01');
    say(STEERING_ZALO, SECRETARIAT_USER_ID, '@Điều phối /tralai GD1-01 thiếu biên bản họp');
    await waitForBotMessage(server, unitChat, since, 'thiếu biên bản họp');
    expect((await task('GD1-01')).status).toBe('returned');
  });

  it('an extension request shows "/duyetgiahan <mã> <đơn vị>", and typing it moves the deadline', async () => {
    const since = mark(server);
    say(unitChat, focalPoint, '@Điều phối /giahan GD2-02 30/06/2023 chờ bố trí kinh phí');
    const ask = await waitForBotMessage(server, STEERING_ZALO, since, 'đề nghị gia hạn nhiệm vụ GD2-02');
    expect(ask.message.text).toContain('Đồng ý: @Điều phối /duyetgiahan GD2-02 CATP');
    expect(ask.message.text).toContain('Từ chối: @Điều phối /tuchoigiahan GD2-02 CATP [lý do]');
    say(STEERING_ZALO, SECRETARIAT_USER_ID, '@Điều phối /duyetgiahan GD2-02 CATP');
    await waitForBotMessage(server, STEERING_ZALO, since, 'Đã đồng ý gia hạn nhiệm vụ GD2-02 đến 30/06/2023');
    await waitForBotMessage(server, unitChat, since, 'đồng ý gia hạn nhiệm vụ GD2-02');
    expect((await task('GD2-02')).dueAt?.toISOString()).toMatch(/^2023-06-(29|30)/);
  });

  it('a blocker reaches the Zalo steering group with "/gotvuong <mã>", and "@Điều phối /gotvuong" resolves it', async () => {
    const since = mark(server);
    say(unitChat, focalPoint, '@Điều phối /vuongmac GD2-02 chưa có kinh phí mua thiết bị');
    const notice = await waitForBotMessage(server, STEERING_ZALO, since, 'báo vướng mắc ở nhiệm vụ GD2-02');
    expect(notice.message.text).toContain('Gỡ vướng: @Điều phối /gotvuong GD2-02');
    say(STEERING_ZALO, SECRETARIAT_USER_ID, '@Điều phối /gotvuong GD2-02 đã bố trí kinh phí');
    await waitForBotMessage(server, STEERING_ZALO, since, 'Đã ghi nhận gỡ vướng nhiệm vụ GD2-02');
    await waitForBotMessage(server, unitChat, since, 'đã bố trí kinh phí');
  });

  it('sends the steering digest on Zalo at 16:30, plain text within Zalo’s limit', async () => {
    const since = mark(server);
    await server.setClock(nextMorning(server.clock.now(), 16, 35));
    const digest = await waitForBotMessage(server, STEERING_ZALO, since, 'Tổng hợp ngày');
    expect(digest.message.reply_markup).toBeUndefined();
    expect(digest.message.text).not.toMatch(/<\/?b>/);
    const parts = server.messages(STEERING_ZALO).filter((m) => m.fromBot && m.seq > since);
    expect(parts.every((m) => (m.message.text ?? '').length <= 2000)).toBe(true);
    const steering = await prisma().chat.findFirstOrThrow({ where: { platform: 'zalo', externalId: String(STEERING_ZALO) } });
    await waitFor(
      'the Zalo steering digest row sent',
      async () => (await prisma().outboxMessage.findFirst({ where: { chatId: steering.id, kind: 'digest', status: 'sent' } })) ?? undefined,
    );
  });
});
