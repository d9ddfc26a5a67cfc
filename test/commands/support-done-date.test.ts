import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** GD2-02: Công an thành phố leads, Công an Phường 5 supports. CAP5 reports its part done on 27/02, the lead on 04/03. */
describe('a supporting unit’s “done” keeps its own date once the task is confirmed', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('CAP5', CAP5_CHAT);
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/xong GD2-02 đã phối hợp xong');
    h.clock.set(vietnamInstant(2023, 3, 4, 9, 0));
    await h.send(CATP_CHAT, FOCAL, '/xong GD2-02 đã triệt xóa tụ điểm');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan GD2-02');
  });

  it('/nhiemvu of the supporting unit says "báo hoàn thành 27/02/2023", as /chitiet does, never the lead’s or the confirmation’s date', async () => {
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const text = marksToPlainText(list?.html ?? '');
    const at = text.indexOf('GD2-02');
    expect(at).toBeGreaterThanOrEqual(0);
    const entry = text.slice(at, text.indexOf('\n•', at) === -1 ? undefined : text.indexOf('\n•', at));
    expect(entry).toContain('báo hoàn thành 27/02/2023');
    expect(entry).not.toContain('04/03/2023');
    const [detail] = await h.send(CAP5_CHAT, FOCAL, '/chitiet GD2-02');
    const cap5 = marksToPlainText(detail?.html ?? '')
      .split('\n')
      .find((l) => l.startsWith('• Công an Phường 5 (phối hợp)'));
    expect(cap5).toContain('27/02/2023');
    expect(cap5).not.toContain('04/03/2023');
  });
});
