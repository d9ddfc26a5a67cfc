import { beforeAll, expect, it } from 'vitest';
import { bindingLockedUntil } from '../../src/core/usecases/binding-attempts.ts';
import { type CommandHarness, createHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const MINUTE = 60_000;
const GUESSER_CHAT = '-7701';

describeOnEachDatabase('binding codes: wrong guesses lock the chat out', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
  });

  const invite = async (unit: string): Promise<string> => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, `/moi ${unit}`);
    return /<code>([A-Z0-9]{8})<\/code>/.exec(answer?.html ?? '')![1]!;
  };

  it('refuses every try for 10 minutes after 5 wrong codes in 10 minutes, audits it, then lets the chat bind', async () => {
    const good = await invite('CAP5');
    for (let i = 0; i < 5; i++) {
      const [answer] = await h.send(GUESSER_CHAT, FOCAL, `/ketnoi SAI${i}XXXX`);
      expect(answer?.html).toContain('không đúng');
      h.clock.advance(MINUTE);
    }
    // even the right code is refused now, and another member of the chat is refused too
    const [locked] = await h.send(GUESSER_CHAT, FOCAL, `/ketnoi ${good}`);
    // "&#47;moi": /moi is typed in the steering group, so a Zalo group's copy gets no mention before it
    expect(locked?.html).toBe(
      'Nhóm này đã nhập sai mã kết nối 5 lần trong 10 phút nên tạm bị khóa. Vui lòng thử lại sau 9 phút, hoặc xin mã mới từ thường trực Ban Chỉ đạo (&#47;moi).',
    );
    const [lockedOther] = await h.send(GUESSER_CHAT, OTHER, `/ketnoi ${good}`);
    expect(lockedOther?.html).toContain('tạm bị khóa');
    // another chat is not affected by this one's guesses
    const [elsewhere] = await h.send('-7702', FOCAL, '/ketnoi SAIKHAC1');
    expect(elsewhere?.html).toContain('không đúng');

    const chat = await h.chat(GUESSER_CHAT);
    expect(chat.kind).toBe('unbound');
    const audit = await h.stores.audit.list({ entityType: 'chat', entityId: String(chat.id) });
    expect(audit.map((entry) => entry.action)).toEqual([...Array(5).fill('binding.code_wrong'), 'binding.locked_out', 'binding.locked_out']);
    expect(audit[0]?.actorId).toBe(FOCAL.id);

    h.clock.advance(9 * MINUTE);
    await h.send(GUESSER_CHAT, FOCAL, `/ketnoi ${good}`);
    // the confirmation goes through the outbox, ahead of the task cards
    const [bound] = h.outbox.to(chat.id);
    expect(bound?.message.html).toContain('Đã kết nối nhóm này với đơn vị');
  });

  it('wrong codes spread over more than 10 minutes do not lock', async () => {
    const good = await invite('CATP');
    for (let i = 0; i < 6; i++) {
      const [answer] = await h.send('-7703', FOCAL, `/ketnoi SAI${i}YYYY`);
      expect(answer?.html).toContain('không đúng');
      h.clock.advance(3 * MINUTE);
    }
    await h.send('-7703', FOCAL, `/ketnoi ${good}`);
    const [bound] = h.outbox.to((await h.chat('-7703')).id);
    expect(bound?.message.html).toContain('Đã kết nối nhóm này với đơn vị');
  });
});

it('bindingLockedUntil: five wrong codes within ten minutes lock until ten minutes after the fifth', () => {
  const at = (minute: number) => new Date(Date.UTC(2023, 1, 27, 2, minute));
  const five = [0, 1, 2, 3, 9].map(at);
  expect(bindingLockedUntil(five, at(10))).toEqual(at(19));
  expect(bindingLockedUntil(five, at(19))).toBeNull();
  expect(bindingLockedUntil([0, 1, 2, 3].map(at), at(4))).toBeNull();
  expect(bindingLockedUntil([0, 3, 6, 9, 12].map(at), at(13))).toBeNull();
});
