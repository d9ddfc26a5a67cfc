import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 29 (stop 29), kinds seen in blind sets 48–50 and in earlier sets alike: nothing left told by "chẳng còn …
 * nào <trouble>", "<what was left>: không còn ai" and "còn 0"; words that fold like question words ("thẻ nào" like
 * "thế nào", "ráng" like Central "răng"); "lo gì" as a reassurance; "là 27" after a count is no percent.
 */
describe('nothing left, told done', () => {
  it.each([
    ['Chẳng còn cái cống nào tắc đâu anh, dân quân thông hết từ chiều'],
    ['Số cụ trên 75 tuổi chưa được khám: không còn ai'],
    ['Hồ sơ tồn đọng chưa xác minh cư trú: không còn cái nào anh ơi'],
    ['Không còn hộ nào vi phạm anh ạ, đã kiểm tra lại'],
    ['Tồn đọng hộ chưa cài hóa đơn điện tử giờ còn 0 hộ á anh'],
    ['Kính gửi anh: trạm đã hoàn tất cấp phát thẻ BHYT, không còn thẻ nào tồn tại trạm.'],
  ])('%s', (text) => {
    expect(readReply(text).status).toBe('done');
  });

  it.each([
    ['Kinh phí còn = 0, chưa mua được vật tư anh ạ'],
    ['Vắc xin còn 0 liều, bên em chưa tiêm tiếp được'],
    ['Không còn ai để đi vận động anh ạ'],
    ['Còn 3 hộ chưa ký, không còn ai khác'],
  ])('%s is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });
});

describe('words that fold like question words', () => {
  it('"vẫn ráng" (try hard) is no Central "răng" (why)', () => {
    expect(readReply('Mấy bữa ni mưa mà anh em vẫn ráng, chừ thì xong cả rồi anh nờ').status).toBe('done');
    expect(readReply('Răng chưa xong').status).not.toBe('done');
  });

  it('"lo gì" alone reassures; "cần làm gì" asks', () => {
    expect(readReply('Lo gì anh, xong từ thứ Sáu tuần trước cơ mà').status).toBe('done');
    expect(readReply('Sợ gì, em làm xong hết rồi').status).toBe('done');
    expect(readReply('cần làm gì anh').kind).toBe('question');
  });

  it('"thẻ nào" after "không còn" counts none; "làm thế nào" asks', () => {
    expect(readReply('không còn thẻ nào tồn tại trạm').kind).not.toBe('question');
    expect(readReply('làm thế nào anh').kind).toBe('question');
  });
});

describe('"là <number>"', () => {
  it('after a count is no percent; after "tiến độ" it is', () => {
    expect(readReply('Danh sách cháu cần tiêm bù ban đầu là 27, chừ còn 0').percent).not.toBe(27);
    expect(readReply('Tổng số là 40 hộ').percent).toBeNull();
    expect(readReply('Tiến độ là 60').percent).toBe(60);
  });
});

describe('waits, nothing touched, few left, beyond strength (round 29)', () => {
  it.each([
    ['Ban quản lý chợ hẹn giao sổ thu phí mà tới giờ chưa thấy đưa', 'blocked'],
    ['Bên công ty đó hẹn gửi danh sách công nhân ăn ca hoài mà chưa thấy gửi', 'blocked'],
    ['dan quan xin them bao tai roi ma chua thay ve anh oi', 'blocked'],
    ['Máy mấy cô chú cũ quá, hông chạy nổi, nhờ anh hỗ trợ với', 'blocked'],
    ['Em mới được giao lại mảng này từ thứ 3, giờ vẫn chưa đụng gì', 'not_started'],
    ['Chưa đi được thôn mô hết anh', 'not_started'],
    ['nhìn chung là ổn rồi anh, còn lắt nhắt vài hộ', 'in_progress'],
    ['Đa số đã tiêm rồi, còn lác đác vài cháu', 'in_progress'],
  ])('%s is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('keeps words written otherwise apart: "chưa dùng gì", "không nói với ai"', () => {
    expect(readReply('Chưa dùng gì').status).toBe('none');
    expect(readReply('em làm không nói với ai').status).not.toBe('blocked');
  });
});

describe('a name that folds like "mình" (round 29)', () => {
  it('"trạm Điện Minh hoàn thành …, chúc mừng" congratulates another body: no done of this unit', () => {
    expect(readReply('Vui quá, trạm Điện Minh hoàn thành trước hạn, chúc mừng').status).not.toBe('done');
  });

  it('"mình" opening a clause or owned by a body is still the unit', () => {
    expect(readReply('Chúc mừng, mình cũng vừa xong').status).toBe('done');
  });
});

describe('stuck now, at rest after the work, every one of them, a file closed (round 29)', () => {
  it.each([
    ['Xã bên báo xong rồi, còn bên em thì đang tắc vì cầu tràn bị cuốn trôi', 'blocked'],
    ['bên em đang tác nghiệp ngoài hiện trường', 'in_progress'],
    ['E di dời xog cả 5 hộ r, giờ đang ngồi uống chén nước với bà con', 'done'],
    ['mấy mệ mấy ôn trong xã ai cũng có thẻ BHYT rồi', 'done'],
    ['Cụ nào trong danh sách cũng đã được đo huyết áp rồi anh', 'done'],
    ['Thai phụ nào trong sổ cũng được em ghé thăm đủ lượt rồi', 'done'],
    ['Bếp ăn đã được lấy mẫu, kết quả âm tính, hồ sơ theo dõi đã khép lại', 'done'],
    ['Nhà nào cũng chưa làm', 'not_started'],
  ])('%s is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('"cụ nào … cũng" is no question; "cụ nào chưa khám" still asks', () => {
    expect(readReply('Cụ nào trong danh sách cũng đã được khám rồi').kind).not.toBe('question');
    expect(readReply('cụ nào chưa khám anh').kind).toBe('question');
  });
});

describe('a part done beside the rest untouched, a Central rhetorical denial (round 29, rules alone)', () => {
  it.each([['Phía đông phường xong rồi, phía tây còn nguyên'], ['Xong chi mà xong anh, rác dọn tới mô dân đổ tới đó']])(
    '%s is not done by the rules',
    (text) => {
      expect(readReply(text).status).toBe('in_progress');
    },
  );

  it('"xong rồi chị" is still done', () => {
    expect(readReply('xong rồi chị').status).toBe('done');
  });
});

describe('a part done and the work going on, a finish on condition (round 29, after scoring holdouts 51–53)', () => {
  it.each([
    ['Tụi em làm xong cái chuồng heo nái nhà bà Tư rồi, giờ qua nhà ông Bảy'],
    ['xong ấp Tân Phú rồi, giờ chạy qua ấp Mỹ Hòa'],
    ['Đã tiêm đủ cho đàn gà, còn đàn vịt thì thứ Hai em tiêm'],
    ['có thêm hai người hỗ trợ thì em làm xong trong hai hôm, chứ bây giờ có mình em'],
    ['có người phụ thì hôm nay xong'],
  ])('%s is not read done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it.each([['Xong hết rồi anh, giờ em qua phường họp'], ['Có, em làm xong rồi ạ'], ['Đàn gà xong, còn đàn vịt thì xong từ hôm qua']])(
    '%s is still done',
    (text) => {
      expect(readReply(text).status).toBe('done');
    },
  );
});
