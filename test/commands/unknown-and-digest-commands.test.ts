import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * QA11: /abc and /tonghop got no answer in groups. An unknown command is answered briefly, in the
 * chat's language, with the help hint; /tonghop is the group's digest on demand, listed in /trogiup.
 */
describe('unknown commands and /tonghop', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });
  const texts = async (chat: string, user: typeof FOCAL, text: string) =>
    (await h.send(chat, user, text, { unknown: true })).map((r) => marksToPlainText(r.html));

  it('an unknown command in a group: a short answer with the help hint, in English in an English chat', async () => {
    expect(await texts(CAP5_CHAT, FOCAL, '/abc')).toEqual(['Không có lệnh /abc. Gửi /trogiup để xem danh sách lệnh.']);
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
    expect(await texts(CAP5_CHAT, FOCAL, '/abc')).toEqual(['There is no command /abc. Send /trogiup to see the commands.']);
  });

  it('/tonghop in a unit group is its digest now; in the steering group the steering digest; both listed in /trogiup', async () => {
    const [unit = ''] = await texts(CAP5_CHAT, FOCAL, '/tonghop');
    expect(unit).toContain('Tổng hợp nhiệm vụ — Công an Phường 5 — 06/03/2023');
    const steering = await texts(STEERING_CHAT, SECRETARY, '/tonghop');
    expect(steering.join('\n')).toContain('45/KH-BCĐ');
    for (const [chat, user] of [
      [CAP5_CHAT, FOCAL],
      [STEERING_CHAT, SECRETARY],
    ] as const) {
      expect((await texts(chat, user, '/trogiup')).join('\n')).toContain('/tonghop');
    }
  });
});
