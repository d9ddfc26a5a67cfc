import { describe, expect, it } from 'vitest';
import { CAP5_CHAT, type CommandHarness, FOCAL, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * QA: a right-to-left override (U+202E) typed in a blocker was echoed into the steering group's
 * quote, flipping the bot's own text after it. Quoted user text loses every bidi embedding,
 * override and isolate control (U+202A–U+202E, U+2066–U+2069); the words themselves stay.
 */
describe('bidi control characters in quoted user text', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('are dropped from the steering notice and the unit’s receipt', async () => {
    const [receipt] = await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 \u202Ethiếu xe\u202C, \u2067chưa\u2069 có \u202Akinh phí\u202B\u202D');
    const steering = await h.chat(STEERING_CHAT);
    const notices = h.outbox.to(steering.id).filter((q) => q.idempotencyKey.startsWith('blocker:'));
    expect(notices).toHaveLength(1);
    for (const html of [receipt?.html ?? '', notices[0]!.message.html]) {
      expect(html).not.toMatch(BIDI);
      expect(html).toContain('thiếu xe, chưa có kinh phí');
    }
  });
});
