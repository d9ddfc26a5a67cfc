import { describe, expect, it } from 'vitest';
import { buildSteeringDigests } from '../../jobs/digest-content.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]+>/g, '');

/**
 * A unit that asked the committee for an extension is waiting on the committee: the steering digest
 * lists the request and does not also call the unit silent (QA14 #10).
 */
describe('silence and a unit waiting on the committee', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  const digestText = async () => {
    const [digest] = await buildSteeringDigests(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), {
      weekly: false,
      since: vietnamInstant(2023, 3, 1, 16, 30),
    });
    return plain(digest?.html);
  };

  it('a unit that never reported is silent after 7 days', async () => {
    h.clock.set(vietnamInstant(2023, 3, 14, 16, 30));
    const text = await digestText();
    expect(text).toMatch(/Đơn vị chưa báo cáo về kế hoạch này trong 7 ngày \(\d+\)[\s\S]*Công an Phường 5/);
  });

  it('its extension request is its word: not silent while the request is fresh, and the request is listed', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    const text = await digestText();
    expect(text).toContain('🕒 Đề nghị gia hạn chờ quyết định (1)');
    const silentPart = text.split('Đơn vị chưa báo cáo về kế hoạch này trong 7 ngày')[1] ?? '';
    expect(silentPart.split('\n\n')[0]).not.toContain('Công an Phường 5');
  });
});
