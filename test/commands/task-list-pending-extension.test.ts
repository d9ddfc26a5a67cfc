import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** An extension waiting for the steering group's decision shows in /nhiemvu as on the card and in /chitiet. */
describe('/nhiemvu shows an undecided extension request', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 15/10 cần thêm thời gian xác minh');
  });

  const entryOf = async (chat: string, user: typeof FOCAL, code: string) => {
    const [list] = await h.send(chat, user, '/nhiemvu');
    const text = marksToPlainText(list?.html ?? '');
    const at = text.indexOf(`• ${code} `);
    expect(at, code).toBeGreaterThanOrEqual(0);
    const end = text.indexOf('\n•', at + 1);
    return text.slice(at, end === -1 ? undefined : end);
  };

  it('in the unit group as its own request, in the steering group with the unit’s name; the other tasks have none', async () => {
    expect(await entryOf(CAP5_CHAT, FOCAL, 'P5-02')).toContain('⏳ Đã xin gia hạn đến 15/10/2023, chờ Ban Chỉ đạo quyết định.');
    expect(await entryOf(STEERING_CHAT, SECRETARY, 'P5-02')).toMatch(/⏳ Công an Phường 5 .*15\/10\/2023/);
    expect(await entryOf(CAP5_CHAT, FOCAL, 'P5-01')).not.toContain('gia hạn');
  });

  it('once decided it is gone from /nhiemvu', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan P5-02 chưa đủ căn cứ');
    expect(await entryOf(CAP5_CHAT, FOCAL, 'P5-02')).not.toContain('Đã xin gia hạn');
  });
});
