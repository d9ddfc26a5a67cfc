import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * A part out of a whole spoken or typed as words around "trong" ("bốn trong sáu tuyến") is a share, as
 * its digits "4 trong 6 tuyến" are, not a reply with no status words that a model may read as done
 * (round 22). A whole that is a time ("năm trong năm nay") is no share.
 */
describe('a part out of a whole in number words around "trong"', () => {
  it.each([
    ['Tổ em phát tờ rơi được ba trong năm khu phố rồi anh', 60],
    ['dọn xong hai trong bốn con hẻm rồi chị', 50],
    ['Đã tiêm được 6 trong mười hộ chăn nuôi', 60],
    ['sửa được bảy trong mười cái đèn rồi ạ', 70],
  ])('%s is progress at %i', (text, percent) => {
    expect(readReply(text)).toMatchObject({ status: 'in_progress', percent });
  });

  it('keeps a whole told in full a done, and a year no share', () => {
    expect(readReply('Phát đủ năm trong năm khu phố rồi anh, xong hết')).toMatchObject({ status: 'done', percent: 100 });
    expect(readReply('Kế hoạch năm trong năm nay bên em làm xong rồi').status).toBe('done');
  });
});
