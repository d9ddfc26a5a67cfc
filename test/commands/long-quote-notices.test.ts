import { describe, expect, it } from 'vitest';
import { NOTICE_QUOTE_MAX } from '../../src/core/text/excerpt.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { splitMessage } from '../../src/core/text/split-message.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const TELEGRAM_LIMIT = 4096;
/** A blocker reason of about 3,900 characters, in words (QA's). */
const LONG = Array.from({ length: 300 }, (_, i) => `đoạn ${i + 1} chưa có xe`).join(', ');

/**
 * QA: a blocker of 3,900 characters was split into two steering messages mid-phrase, the buttons on
 * the fragment, and the later "🔁 Vẫn vướng mắc" line appended to the fragment. The notice quotes the
 * unit's words cut with "…" (as the unit's receipt does), so it stays one message with its buttons;
 * the other notices quoting user words are cut the same way.
 */
describe('a notice quoting long user words stays one message', () => {
  let h: CommandHarness;
  let steeringId: number;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    steeringId = (await h.chat(STEERING_CHAT)).id;
  });
  const steering = (prefix: string) => h.outbox.to(steeringId).filter((q) => q.idempotencyKey.startsWith(prefix));
  const quoted = (html: string, label: string) => marksToPlainText(html).split(label)[1]?.split('\n')[0] ?? '';

  it('the blocker notice, and the notice edited to "still blocked", fit one message with the buttons', async () => {
    expect(LONG.length).toBeGreaterThan(3800);
    await h.send(CAP5_CHAT, FOCAL, `/vuongmac P5-01 ${LONG}`);
    await h.deliver();
    const [notice] = steering('blocker:');
    const note = quoted(notice!.message.html, 'Nội dung: ');
    expect(note.endsWith('…')).toBe(true);
    expect([...note].length).toBeLessThanOrEqual(NOTICE_QUOTE_MAX);
    expect(LONG.startsWith(note.slice(0, -1))).toBe(true);
    expect(notice!.message.buttons?.flat().map((b) => b.text)).toEqual(['Gỡ vướng', 'Chi tiết']);
    h.clock.advance(3_600_000);
    await h.send(CAP5_CHAT, FOCAL, `/vuongmac P5-01 ${LONG}`);
    await h.deliver();
    const edited = steering('blocker:')
      .filter((q) => q.edits === notice!.idempotencyKey)
      .at(-1)!;
    expect(splitMessage(edited.message.html, TELEGRAM_LIMIT)).toHaveLength(1);
    expect(quoted(edited.message.html, '): ').endsWith('…')).toBe(true);
  });

  it('a short reason is quoted whole', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu xe, thiếu kinh phí');
    const [notice] = steering('blocker:');
    expect(marksToPlainText(notice!.message.html).split('\n')[1]).toBe('Nội dung: thiếu xe, thiếu kinh phí');
  });

  it('the extension ask and the done ask cut the unit’s words too', async () => {
    await h.send(CAP5_CHAT, FOCAL, `/giahan P5-02 30/06/2023 ${LONG}`);
    await h.send(CAP5_CHAT, FOCAL, `/xong P5-01 ${LONG}`);
    await h.deliver();
    for (const q of h.outbox.to(steeringId).filter((m) => m.message.buttons?.length)) {
      expect(splitMessage(q.message.html, TELEGRAM_LIMIT)).toHaveLength(1);
      expect(marksToPlainText(q.message.html)).toContain('…');
    }
    expect(h.outbox.to(steeringId).filter((m) => m.message.buttons?.length).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['deadline:', ['/doihan P5-01 30/06/2023']],
    ['return:', ['/xong P5-01', '/tralai P5-01']],
  ])('the secretariat’s long reason is cut in the units’ notice (%s)', async (key, commands) => {
    for (const [i, command] of commands.entries()) {
      const last = i === commands.length - 1;
      await h.send(last ? STEERING_CHAT : CAP5_CHAT, last ? SECRETARY : FOCAL, last ? `${command} ${LONG}` : command);
    }
    await h.deliver();
    const cap5 = await h.chat(CAP5_CHAT);
    const [notice] = h.outbox.to(cap5.id).filter((q) => q.idempotencyKey.startsWith(key));
    const reason = quoted(notice!.message.html, 'Lý do: ');
    expect(reason.endsWith('…')).toBe(true);
    expect([...reason].length).toBeLessThanOrEqual(NOTICE_QUOTE_MAX);
  });
});
