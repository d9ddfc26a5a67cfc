import { describe, expect, it } from 'vitest';
import { readExtensionRequest } from '../../../src/core/replies/read-extension-request.ts';

describe('a free-text extension request', () => {
  it.each([
    ['bên em xin gia hạn đến 30/10/2023 vì chưa bố trí được lực lượng', '30/10/2023', 'chưa bố trí được lực lượng'],
    ['Dạ em xin lùi hạn sang 15/11 do thiếu người ạ', '15/11', 'thiếu người ạ'],
    ['đề nghị cho gia hạn tới 5.12.2023, lý do: chờ kinh phí', '5.12.2023', 'chờ kinh phí'],
    ['xin gia han den 30/10 vi chua co nguoi', '30/10', 'chua co nguoi'],
    ['Kiến nghị Ban Chỉ đạo cho dời hạn đến ngày 20/11/2023', '20/11/2023', 'Kiến nghị Ban Chỉ đạo cho dời hạn đến ngày 20/11/2023'],
  ])('%s → %s, reason kept', (text, date, reason) => {
    expect(readExtensionRequest(text)).toEqual({ date, reason });
  });

  it('without a date it is still a request, the date null (a fraction in the reason is no date)', () => {
    expect(readExtensionRequest('em xin gia hạn thêm 1 tuần anh')).toEqual({ date: null, reason: 'em xin gia hạn thêm 1 tuần anh' });
    expect(readExtensionRequest('xin gia hạn vì 3/5 tổ chưa làm xong')).toEqual({ date: null, reason: '3/5 tổ chưa làm xong' });
  });

  it.each([
    'bên em đã xin gia hạn rồi, đang chờ',
    'không cần xin gia hạn đâu anh, xong rồi',
    'nhiệm vụ đã được gia hạn đến 30/10',
    'đang làm 60%, đã đo đạc 3/5 hộ',
    'còn vướng xe, chưa làm tiếp được',
  ])('no request made now: %s', (text) => {
    expect(readExtensionRequest(text)).toBeNull();
  });
});
