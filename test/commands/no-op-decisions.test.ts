import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * QA: /doihan to the deadline the task already had answered "31/05/2023 → 31/05/2023", told three
 * unit groups and wrote an audit line. A decision that changes nothing says so and changes nothing:
 * no notice, no audit line, no card edit.
 */
describe('a decision to the value the task already has changes nothing and says so', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });
  const expectUnchanged = async (chat: string, text: string, answer: string) => {
    const before = await h.snapshot();
    const replies = await h.send(chat, SECRETARY, text);
    expect(replies.map((r) => marksToPlainText(r.html))).toEqual([answer]);
    expect(await h.snapshot()).toEqual(before);
  };

  it('/doihan to the same deadline, however the date is written', async () => {
    await expectUnchanged(STEERING_CHAT, '/doihan GD2-02 31/5 theo chỉ đạo', 'Hạn nhiệm vụ GD2-02 đã là 31/05/2023; không có gì thay đổi.');
    await expectUnchanged(STEERING_CHAT, '/doihan GD2-02 31/05/2023 theo chỉ đạo', 'Hạn nhiệm vụ GD2-02 đã là 31/05/2023; không có gì thay đổi.');
  });

  it('/giao to the lead and supporting units the task already has', async () => {
    await expectUnchanged(
      STEERING_CHAT,
      '/giao GD2-02 CATP CAP5 | như cũ',
      'Nhiệm vụ GD2-02 đã do Công an thành phố Trà Vinh chủ trì; phối hợp: Công an Phường 5. Không có gì thay đổi.',
    );
    // no supporting unit typed keeps the ones the task has: the same again
    await expectUnchanged(
      STEERING_CHAT,
      '/giao GD2-02 CATP | như cũ',
      'Nhiệm vụ GD2-02 đã do Công an thành phố Trà Vinh chủ trì; phối hợp: Công an Phường 5. Không có gì thay đổi.',
    );
  });

  it('approving an extension to the date the deadline was since moved to', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 15/10/2023 chờ cấp kinh phí');
    await h.send(STEERING_CHAT, SECRETARY, '/doihan P5-02 15/10/2023 theo chỉ đạo');
    await expectUnchanged(
      STEERING_CHAT,
      '/duyetgiahan P5-02',
      'Hạn nhiệm vụ P5-02 đã là 15/10/2023, đúng ngày đơn vị đề nghị: đồng ý cũng không thay đổi gì. Không có gì thay đổi; có thể từ chối đề nghị để đóng lại.',
    );
  });

  it('in English too', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    await expectUnchanged(STEERING_CHAT, '/doihan GD2-02 31/05/2023 as directed', 'The deadline of task GD2-02 already is 31/05/2023; nothing changed.');
  });
});
