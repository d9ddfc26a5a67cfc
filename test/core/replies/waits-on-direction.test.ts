import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * A word from above still needed before the unit can act ("phải có ý kiến của Phòng GD thì trường em mới …") is a
 * blocker; acting by it ("theo ý kiến của anh") is not. A promised delivery that has not come ("hẹn hoài mà chưa
 * thấy chở tới") waits on the other side.
 */
describe('waiting on a direction from above or a promised delivery', () => {
  it.each([
    ['Phải có ý kiến của Phòng Giáo dục thì trường em mới đổi giờ tan học được', 'blocked'],
    ['Cần có văn bản của phường thì bên em mới làm được', 'blocked'],
    ['Phải có chỉ đạo của huyện thì xã mới cho máy vào nạo vét được', 'blocked'],
    ['Vật tư bên công ty hẹn hoài mà chưa thấy chở tới', 'blocked'],
    ['Nhà thầu hẹn mãi mà vẫn chưa thấy mang tới', 'blocked'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('does not read acting by a direction as waiting on it', () => {
    expect(readReply('Em làm theo chỉ đạo của huyện, đã xong hết rồi').status).not.toBe('blocked');
    expect(readReply('Em theo ý kiến của anh thì làm xong rồi').status).not.toBe('blocked');
  });
});
