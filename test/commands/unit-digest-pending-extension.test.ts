import { beforeEach, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: a unit that asked for more time read nothing of it in its morning digest, while /nhiemvu and its
 * card showed the request: the unit digest lists its own requests still waiting for the committee.
 */
describeOnEachDatabase('the unit digest lists the unit’s extension requests still waiting', (use) => {
  let h: CommandHarness;
  beforeEach(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
  });
  const digestOf = async (chatExternalId: string) =>
    marksToPlainText((await previewDigest(h.stores, await h.chat(chatExternalId), h.clock.now(), vietnamCalendar)).messages.join('\n'));

  it('listed in the asking unit’s digest until decided, never in another unit’s', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    h.clock.advance(86_400_000);
    expect(await digestOf(CAP5_CHAT)).toContain(
      '🕒 Đề nghị gia hạn đang chờ Ban Chỉ đạo: 1\n• GD2-02 Cao điểm tấn công, trấn áp tội phạm và tệ nạn xã hội, trọng tâm là ma túy (khoảng 3 tháng) — đề nghị đến 30/06/2023 (gửi 27/02/2023)',
    );
    // the lead of GD2-02 did not ask: its digest names no request of its own
    expect(await digestOf(CATP_CHAT)).not.toContain('Đề nghị gia hạn đang chờ');
    await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan GD2-02');
    expect(await digestOf(CAP5_CHAT)).not.toContain('Đề nghị gia hạn đang chờ');
  });
});
