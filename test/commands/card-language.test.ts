import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';

/**
 * QA10 #2: after /ngonngu the task cards already in the group read in the new language at once, not
 * only after the task's next report.
 */
describe('task cards follow the group’s language', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  /** Every card of the group as shown now: the original with its latest delivered edit. */
  async function cards(): Promise<string[]> {
    await h.deliver();
    const chat = await h.chat(CAP5_CHAT);
    const originals = h.outbox.queued.filter((q) => q.chatId === chat.id && /^task:\d+:\d+$/.test(q.idempotencyKey) && q.messageId);
    return originals.map((original) => {
      const edits = h.outbox.queued.filter((q) => q.edits === original.idempotencyKey && q.messageId);
      return marksToPlainText((edits.at(-1) ?? original).message.html);
    });
  }

  it('every card of the group turns English after /ngonngu en, and Vietnamese again after /ngonngu vi', async () => {
    const before = await cards();
    expect(before.length).toBeGreaterThan(1);
    expect(before.every((text) => text.includes('Trạng thái:'))).toBe(true);

    await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
    const english = await cards();
    expect(english).toHaveLength(before.length);
    expect(english.filter((text) => !text.includes('Status:') || text.includes('Trạng thái:'))).toEqual([]);

    await h.send(CAP5_CHAT, FOCAL, '/ngonngu vi');
    expect(await cards()).toEqual(before);
  });
});
