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
    expect(readExtensionRequest(text)).toEqual({ date, reason, rest: '' });
  });

  it('without a date it is still a request, the date null (a fraction in the reason is no date)', () => {
    expect(readExtensionRequest('em xin gia hạn thêm 1 tuần anh')).toEqual({ date: null, reason: 'em xin gia hạn thêm 1 tuần anh', rest: '' });
    expect(readExtensionRequest('xin gia hạn vì 3/5 tổ chưa làm xong')).toEqual({ date: null, reason: '3/5 tổ chưa làm xong', rest: '' });
  });

  // QA: these were recorded as blockers ("Đã ghi nhận: Vướng mắc" and a ⚠️ notice to the steering group)
  it.each([
    ['cho e xin thêm thời gian tháng này nha a, hồ sơ chưa đủ', 'hồ sơ chưa đủ'],
    ['xin lùi hạn thêm ít hôm', ''],
    ['cho bên em gia hạn nhé', ''],
    ['anh gia hạn giúp em với', ''],
    ['lùi hạn cho bên em với anh ơi', ''],
    ['đề nghị anh cho em thêm vài ngày nữa', ''],
    ['anh cho thêm thời gian nhé, còn thiếu 2 bộ hồ sơ', 'còn thiếu 2 bộ hồ sơ'],
    ['bên em cần thêm 1 tuần', ''],
    ['Dạ em xin khất ít hôm ạ', ''],
    ['đã xong 70%, xin thêm ít hôm nữa ạ', 'đã xong 70%'],
  ])('more time asked for without a date: %s', (text, rest) => {
    expect(readExtensionRequest(text)).toMatchObject({ date: null, rest });
  });

  it('a date after more time asked for is the date; the clause beside the ask is the rest', () => {
    expect(readExtensionRequest('cho em thêm thời gian đến 15/11 nhé')).toMatchObject({ date: '15/11', rest: '' });
    expect(readExtensionRequest('bên em xin gia hạn đến 30/10/2023 vì thiếu người, đã làm được 70%')).toMatchObject({
      date: '30/10/2023',
      rest: 'đã làm được 70%',
    });
  });

  it.each([
    'bên em đã xin gia hạn rồi, đang chờ',
    'Ban chỉ đạo đã cho bên em gia hạn rồi',
    'anh cho em gia hạn rồi, đang làm tiếp',
    'không cần thêm thời gian đâu anh, xong rồi',
    'việc xác minh cần thêm thời gian',
    'gia hạn hộ nghèo xong rồi',
    'Có được gia hạn không anh',
    'không cần xin gia hạn đâu anh, xong rồi',
    'nhiệm vụ đã được gia hạn đến 30/10',
    'đang làm 60%, đã đo đạc 3/5 hộ',
    'còn vướng xe, chưa làm tiếp được',
  ])('no request made now: %s', (text) => {
    expect(readExtensionRequest(text)).toBeNull();
  });
});
