import { beforeAll, expect, it } from 'vitest';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) =>
  (html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#47;/g, '/');

describeOnEachDatabase('first steps', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use());
  });

  it('/moi in an unbound group with no steering group offers to make it the steering group, by a button', async () => {
    const [advice] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    expect(plain(advice?.html)).toContain('Nhóm này chưa được kết nối và chưa có nhóm Ban Chỉ đạo.');
    expect(plain(advice?.html)).toContain('rồi gửi lại /moi CAP5 để cấp mã cho đơn vị');
    expect(advice?.buttons).toEqual([[{ text: 'Đặt nhóm này làm nhóm Ban Chỉ đạo', data: 'bs', fallback: '/batdau' }]]);

    const before = await h.snapshot();
    await h.press(STEERING_CHAT, OTHER, 'bs');
    expect(h.toasts.at(-1)).toContain('Chỉ thường trực Ban Chỉ đạo');
    expect(await h.snapshot()).toEqual(before);

    await h.press(STEERING_CHAT, SECRETARY, 'bs');
    expect((await h.chat(STEERING_CHAT)).kind).toBe('steering');
    expect(h.edits.at(-1)?.html).toContain('Đã kết nối nhóm này làm <b>nhóm Ban Chỉ đạo</b>');
    expect(h.edits.at(-1)?.buttons).toBeUndefined();
    // Now /moi works there.
    expect((await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5'))[0]?.html).toContain('/ketnoi ');
  });

  it('/moi in an unbound group once a steering group exists says exactly where to issue the code', async () => {
    const [advice] = await h.send('-7777', SECRETARY, '/moi CAP5');
    expect(plain(advice?.html)).toBe(
      'Nhóm này chưa được kết nối nên không cấp mã ở đây. Để kết nối nhóm này với đơn vị “CAP5”:\n' +
        `1. Trong nhóm Ban Chỉ đạo “Nhóm ${STEERING_CHAT}” (hoặc khi nhắn riêng với bot), gửi /moi CAP5.\n` +
        '2. Gửi mã nhận được vào nhóm này: /ketnoi <mã>.',
    );
    expect((await h.chat('-7777')).kind).toBe('unbound');
  });

  it('the binding confirmation is queued before the task cards, answering the /ketnoi message', async () => {
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>\/ketnoi ([A-Z2-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(CAP5_CHAT, FOCAL, `/ketnoi ${code ?? ''}`, { messageId: '4242' });
    const queued = h.outbox.to((await h.chat(CAP5_CHAT)).id);
    expect(queued.map((q) => q.kind)).toEqual(['reply', 'task', 'task', 'task', 'task']);
    expect(queued[0]!.message.replyToMessageId).toBe('4242');
    expect(plain(queued[0]!.message.html)).toContain('Bot gửi 4 nhiệm vụ của đơn vị vào nhóm này');
    expect(plain(queued[0]!.message.html)).not.toContain('giờ nghỉ');
    const delivered = await h.deliver();
    const ids = delivered.filter((q) => q.chatId === queued[0]!.chatId).map((q) => Number(q.messageId));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('a binding in quiet hours says the cards come at 07:00', async () => {
    h.clock.set(vietnamInstant(2023, 2, 27, 22, 15));
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CATP');
    const code = /<code>\/ketnoi ([A-Z2-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(CATP_CHAT, FOCAL, `/ketnoi ${code}`);
    const [confirmation] = h.outbox.to((await h.chat(CATP_CHAT)).id);
    expect(plain(confirmation?.message.html).split('\n').at(-1)).toBe(
      '🌙 Bây giờ là giờ nghỉ (21:00–07:00) nên bot chưa gửi tin: các nhiệm vụ sẽ đến nhóm lúc 07:00 ngày 28/02/2023.',
    );
  });

  it('an acknowledgement gets a 👍 reaction and no message; a real report still gets its answer', async () => {
    h.clock.set(vietnamInstant(2023, 2, 28, 9, 0));
    const taskMessage = await h.taskMessageId(CAP5_CHAT, 'P5-02');
    for (const text of ['ok anh', 'Dạ để em xem ạ']) {
      const before = h.reactions.length;
      const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, taskMessage, text);
      expect(handled).toBe(true);
      expect(replies).toEqual([]);
      expect(h.reactions.slice(before)).toEqual([{ chatExternalId: CAP5_CHAT, messageId: expect.any(String), emoji: '👍' }]);
    }
    const before = h.reactions.length;
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, taskMessage, 'đã triển khai được 60%');
    expect(replies[0]?.html).toContain('Đã ghi nhận');
    expect(h.reactions.length).toBe(before);
  });
});
