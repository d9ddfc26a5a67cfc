import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * QA: a unit member's "/doihan P5-01 01/01/2030" was answered with the command's usage ("Thiếu lý do đổi hạn …"), as if
 * fixing the syntax would let them move a deadline. Who may not use a secretariat command is told so first.
 */
describe('secretariat commands refuse others before reading their arguments', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });
  const answer = async (chat: string, user: typeof FOCAL, text: string) => (await h.send(chat, user, text)).map((r) => marksToPlainText(r.html)).join('\n');

  it.each(['/doihan P5-01 01/01/2030', '/giao', '/xacnhan', '/tralai', '/gotvuong', '/duyetgiahan', '/tuchoigiahan'])(
    '%s from a unit group is refused, not explained',
    async (text) => {
      const before = await h.snapshot();
      expect(await answer(CAP5_CHAT, FOCAL, text)).toBe('Chỉ thường trực Ban Chỉ đạo mới được thực hiện thao tác này.');
      expect(await h.snapshot()).toEqual(before);
    },
  );

  it('the secretariat still gets the usage for missing arguments', async () => {
    expect(await answer(STEERING_CHAT, SECRETARY, '/doihan P5-01 01/01/2030')).toMatch(/^Chưa đúng cú pháp\. Cách dùng: \/doihan/);
  });
});
