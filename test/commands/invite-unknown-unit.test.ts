import { describe, expect, it } from 'vitest';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]+>/g, '');

describe('/moi with a unit code the plan does not have', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('names the units it may have meant and changes nothing', async () => {
    const before = await h.snapshot();
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP9');
    const text = plain(answer?.html);
    expect(text).toContain('Không tìm thấy đơn vị “CAP9”. Có phải anh/chị muốn:');
    expect(text).toMatch(/CAP\d \(Công an Phường \d\)/);
    expect(text).toContain('/moi (không kèm gì) để xem mọi đơn vị chưa kết nối');
    expect(await h.snapshot()).toEqual(before);
  });

  it('nothing near: an example code and the way to list units', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/moi ZZZZZZZZ');
    const text = plain(answer?.html);
    expect(text).toContain('Không tìm thấy đơn vị “ZZZZZZZZ”. Hãy dùng mã hoặc tên đơn vị, ví dụ: /moi ');
  });
});
