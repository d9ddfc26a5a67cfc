import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 31 (stop 31), kinds seen in blind sets 54–55 and found again in earlier sets: what others have not handed over
 * holds the unit up; a named ward whose name ends in "Minh" and a message posted in the group are another unit's
 * news; "từ đời nào", "đâu ra đó" and a topic picked up with "hả" before the answer; "không sót ai" after a report;
 * "tạm trú" and "khai báo" are no "trừ" nor "báo"; Central "mô" for "nào" in "không còn … mô chưa …".
 */
describe('what others have not handed over holds the unit up', () => {
  it.each([
    ['Trung tâm y tế vẫn chưa gửi hóa chất xuống, tổ em ngồi chờ'],
    ['Tiền hỗ trợ bên huyện chưa chuyển về, em chưa phát cho bà con được'],
    ['Phòng Văn hóa chưa giao danh sách qua nên bên em chưa đối chiếu'],
  ])('%s is blocked', (text) => {
    expect(readReply(text).status).toBe('blocked');
  });

  it("the unit's own sending not done is not a wait", () => {
    expect(readReply('Dạ em chưa gửi danh sách về phòng, chiều em gửi').status).not.toBe('blocked');
  });
});

describe("another unit's news", () => {
  it.each([['Bên phường Quang Minh báo xong rồi đó anh'], ['Thôn Đông nhắn trong nhóm là làm xong từ hôm qua rồi']])('%s is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it('"Anh Minh bên em" is the unit itself', () => {
    expect(readReply('Anh Minh bên em làm xong rồi').status).toBe('done');
  });
});

describe('idioms of a finish', () => {
  it.each([['Xong từ đời nào rồi chị ơi, tại em chưa kịp nhắn'], ['Vụ dọn kênh đó hả anh, bên em làm đâu ra đó rồi'], ['Mọi thứ đâu vào đấy cả rồi anh']])(
    '%s is done',
    (text) => {
      expect(readReply(text).status).toBe('done');
    },
  );

  it('asking when it was finished still asks', () => {
    expect(readReply('Xong từ hồi nào vậy anh').status).not.toBe('done');
  });
});

describe('no one missed, residence and declaring', () => {
  it('"không sót ai" after a report is its reach, not an order', () => {
    expect(readReply('Em đi trao quà tận nhà từng cụ rồi, không sót ai').kind).not.toBe('request');
  });

  it.each([['Số hộ chưa khai báo tạm trú: 0'], ['Số người chưa đăng ký thường trú: 0 anh ạ'], ['Xong hết rồi anh, thôn ni không còn nhà mô chưa ký cam kết']])(
    '%s is done',
    (text) => {
      expect(readReply(text).status).toBe('done');
    },
  );

  it('what is left may be named far before its zero', () => {
    expect(readReply('Số hộ chưa tham gia bảo hiểm y tế trên địa bàn xóm em: 0 ạ').status).toBe('done');
  });

  it('"trừ" still leaves out', () => {
    expect(readReply('Xong hết, trừ 2 hộ vắng nhà').status).not.toBe('done');
  });
});

describe('work still to do and giving up', () => {
  it.each([['Tạm ổn rồi chị, còn sót mấy căn hộ cho thuê tối nay em gõ cửa'], ['Trên sổ sách thì đủ rồi, ngoài thực địa còn phải đi đo lại từng thửa']])(
    '%s is in progress',
    (text) => {
      expect(readReply(text).status).toBe('in_progress');
    },
  );

  it('"còn phải chờ" is a wait, and "còn phải … : 0" is none left', () => {
    expect(readReply('Làm xong rồi, còn phải chờ xã duyệt').status).toBe('blocked');
    expect(readReply('Số hộ còn phải kiểm tra: 0').status).toBe('done');
  });

  it('"bó tay" is a blocker', () => {
    expect(readReply('Em bó tay với mấy hộ này rồi anh').status).toBe('blocked');
  });
});
