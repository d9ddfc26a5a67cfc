import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 38 (stop 35): classes opened on blind set 61's misses, each written here in new words. Every "new" line was
 * read wrongly by the stop-34 rules (475c12d8); the controls were read right before and must stay so.
 */
function both(text: string): [string, string] {
  return [readByRules(text).status, readReply(text).status];
}

describe('work finished for "the rest" is not work remaining', () => {
  it.each([
    'Mấy hôm đầu thiếu thuốc, sau trạm cấp thêm nên tổ em đã phun hết 12 hộ còn lại rồi',
    'Cúp điện cả sáng nhưng chiều bên em đã kiểm tra đủ 9 quầy còn lại',
  ])('%s → done', (text) => {
    expect(both(text)).toEqual(['done', 'done']);
  });
});

describe('a renewal named as the work is no request for more time', () => {
  it('"làm xong thủ tục gia hạn thẻ BHYT" is a finished job', () => {
    expect(both('Dạ bên em làm xong thủ tục gia hạn thẻ BHYT cho 35 hộ cận nghèo, gửi BHXH rồi')).toEqual(['done', 'done']);
  });
  it('control: "xin gia hạn thêm 3 ngày vì mưa lũ" stays blocked', () => {
    expect(both('em xin gia hạn thêm 3 ngày vì mưa lũ')).toEqual(['blocked', 'blocked']);
  });
});

describe('sent back, then being fixed', () => {
  it('"bị phòng trả lại …, em đang bổ sung lại" is work in hand', () => {
    expect(both('Báo cáo bị phòng trả lại vì thiếu chữ ký người lập biểu, em đang bổ sung lại')).toEqual(['in_progress', 'in_progress']);
  });
  it('control: sent back and waiting on another office stays blocked', () => {
    expect(both('Hồ sơ bị trả về vì thiếu xác nhận của xã, em đang chờ xã ký')).toEqual(['blocked', 'blocked']);
  });
});

describe('checking whether there are errors is no question to the secretariat', () => {
  it('"… đang soát lại từng phiếu xem có sai sót gì không" → in progress', () => {
    expect(both('Trên lý thuyết là xong rồi chị, giờ em đang soát lại từng phiếu xem có sai sót gì không')).toEqual(['in_progress', 'in_progress']);
  });
});

describe('one part in order, the rest set for later', () => {
  it('"Tổ 2 ok hết rồi anh, tổ 5 thì sáng mai em xuống nốt" → in progress by the rules too', () => {
    expect(both('Tổ 2 ok hết rồi anh, tổ 5 thì sáng mai em xuống nốt')).toEqual(['in_progress', 'in_progress']);
  });
});

describe('this unit\'s own "not yet" beside someone else\'s finish', () => {
  it.each(['Đợt này thì chưa, đợt tháng trước thì xong lâu rồi anh', 'Phường bên cạnh làm xong hết rồi, phường em thì chưa anh ạ'])(
    '%s → not started',
    (text) => {
      expect(both(text)).toEqual(['not_started', 'not_started']);
    },
  );
});

describe('news relayed and not yet checked is no report', () => {
  it('"Nghe bên Đoàn … nói là họ dán xong …, em chưa xác minh" → none', () => {
    expect(both('Nghe bên Đoàn thanh niên nói là họ dán xong áp phích rồi, em chưa xác minh')).toEqual(['none', 'none']);
  });
  it('control: "Em chưa kiểm tra" alone stays not started', () => {
    expect(both('Em chưa kiểm tra')).toEqual(['not_started', 'not_started']);
  });
});

describe('"khổ nỗi" names an obstacle', () => {
  it('"Có thêm xe thì hai ngày là chở xong, khổ nỗi xã chỉ còn một xe" → blocked by the rules too', () => {
    expect(both('Có thêm xe thì hai ngày là chở xong, khổ nỗi xã chỉ còn một xe')).toEqual(['blocked', 'blocked']);
  });
  it('control: "cũng khó nói anh ạ" is no obstacle', () => {
    expect(both('cũng khó nói anh ạ')).toEqual(['none', 'none']);
  });
});

describe('a list of ages is one clause', () => {
  it('"mừng thọ cho các cụ 80, 85, 90 tuổi …, quà phát đủ cả" → done', () => {
    expect(both('Đã tổ chức mừng thọ cho các cụ 80, 85, 90 tuổi ở thôn Đông, quà phát đủ cả')).toEqual(['done', 'done']);
  });
});
