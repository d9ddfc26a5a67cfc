import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import { readReply as readWithModel } from '../../../src/core/replies/index.ts';

/**
 * Round 30 (stop 30–31): what is left told as zero; a clause that only widens the one before; the work starting once
 * an awaited season ends; a plan made but not carried out; parts reached with a hedge; supplies run out; what the unit
 * saw of other units.
 */
describe('what is left, told as zero, is done', () => {
  it.each([['Số hồ sơ còn phải bổ sung: 0 anh nhé'], ['Số hộ chưa được phun thuốc diệt muỗi: 0']])('%s', (text) => {
    expect(readReply(text).status).toBe('done');
  });

  it('a zero of what was done is still nothing done', () => {
    expect(readReply('Số hộ đã được phun thuốc: 0').status).not.toBe('done');
  });
});

describe('"kể cả …" after a report widens it', () => {
  it("the widening clause's own verbs are not a status", () => {
    expect(readReply('Đã rà soát hết danh sách cử tri, kể cả mấy người đang đi làm ăn xa').status).toBe('done');
  });

  it('a widening clause that tells its own work still tells', () => {
    expect(readReply('Phát thẻ xong cho cả thôn, kể cả 2 hộ ở rẫy cũng đã mang lên tận nơi').status).toBe('done');
  });
});

describe('the work starts only after an awaited season', () => {
  it.each([
    ['Hết đợt mưa bão này tụi em mới tập huấn cho dân'],
    ['Đợi bà con thu hoạch xong vụ lạc thì tổ em mới họp dân được'],
    ['Chờ hội nghị tổng kết năm xong bên em mới bàn việc này'],
  ])('%s is not started', (text) => {
    expect(readReply(text).status).toBe('not_started');
  });

  it('"mới" before telling or knowing is no start of the work', () => {
    expect(readReply('Xong từ hôm thứ Hai rồi, nay em mới báo anh').status).toBe('done');
    expect(readReply('Họp xong thôn em mới biết còn thiếu 2 hộ').status).toBe('in_progress');
  });
});

describe('a plan made is not the work done', () => {
  it.each([['Bên em soạn xong kế hoạch rồi nhưng chưa triển khai xuống khu phố'], ['Kế hoạch em lập xong rồi, chưa làm được gì thêm']])(
    '%s is not started',
    (text) => {
      expect(readReply(text).status).toBe('not_started');
    },
  );

  it('done as planned stays done', () => {
    expect(readReply('Bên em làm xong theo kế hoạch rồi anh').status).toBe('done');
  });
});

describe('parts reached with a hedge before the count', () => {
  it('"được có 2 xóm" is progress', () => {
    expect(readReply('sáng nay rà được có 4 xóm thôi anh').status).toBe('in_progress');
    expect(readReply('dán được tầm 3 khóm, mai dán tiếp').status).toBe('in_progress');
  });

  it('hamlet words count: "6/8 xóm" is a share', () => {
    expect(readReply('Đã phát tờ rơi 6/8 xóm').percent).toBe(75);
  });
});

describe('supplies run out hold the work', () => {
  it.each([['Phun được 4/7 khu phố thì hết hóa chất rồi anh'], ['Cấp cho 3 lớp rồi mà hết áo phao, đang xin thêm']])('%s is blocked', (text) => {
    expect(readReply(text).status).toBe('blocked');
    expect(readWithModel(text).status).not.toBe('done');
  });

  it('handing out every item is no running out', () => {
    expect(readReply('Phát hết khẩu trang cho các hộ rồi anh').status).toBe('done');
  });
});

describe('what the unit saw of other units is theirs', () => {
  it('a list of other wards seen finished is no report', () => {
    expect(readReply('Thấy phường Tân Lợi, Tân Hòa xong cả rồi').status).not.toBe('done');
  });

  it('the unit itself seen finished is its report', () => {
    expect(readReply('Thấy phường mình xong rồi anh').status).toBe('done');
  });

  it('a quoted title before the report does not hide it', () => {
    expect(readReply("Trả lời tin nhắc 'Rà soát hộ nghèo': bên em đã rà soát xong toàn bộ 312 hộ.").status).toBe('done');
  });
});
