import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

describe('sandbox Bot API: rate limits and faults', () => {
  it('answers 429 with retry_after on the 21st message to a group within a minute, until the window slides', async () => {
    let now = 1_700_000_000_000;
    h = await startHarness({ rateLimit: { perSecond: 1_000, now: () => now } });
    for (let i = 1; i <= 20; i += 1) await h.api.sendMessage(h.groupId, `tin ${i}`);
    now += 30_000;
    await expect(h.api.sendMessage(h.groupId, 'tin 21')).rejects.toMatchObject({
      error_code: 429,
      description: 'Too Many Requests: retry after 30',
      parameters: { retry_after: 30 },
    });
    expect(h.server.messages(h.groupId)).toHaveLength(20);
    now += 30_000;
    await expect(h.api.sendMessage(h.groupId, 'tin 21')).resolves.toMatchObject({ text: 'tin 21' });
  });

  it('limits the whole bot per second, across chats', async () => {
    let now = 1_700_000_000_000;
    h = await startHarness({ rateLimit: { perSecond: 2, perChatPerMinute: 100, now: () => now } });
    const other = h.server.createChat({ title: 'Đoàn Thanh niên', members: [{ userId: h.alice, status: 'creator' }] });
    await h.api.sendMessage(h.groupId, '1');
    await h.api.sendMessage(other.chat.id, '2');
    await expect(h.api.sendMessage(h.groupId, '3')).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    now += 1_000;
    await expect(h.api.sendMessage(h.groupId, '3')).resolves.toMatchObject({ text: '3' });
  });

  it('can switch the limit off', async () => {
    h = await startHarness({ rateLimit: { enabled: false } });
    for (let i = 0; i < 25; i += 1) await h.api.sendMessage(h.groupId, `tin ${i}`);
    expect(h.server.messages(h.groupId)).toHaveLength(25);
  });

  it('injects 429 and 5xx faults at runtime with a seeded generator', async () => {
    h = await startHarness();
    h.server.setFaults({ rate429: 1, retryAfter: 3 });
    await expect(h.api.sendMessage(h.groupId, 'x')).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    h.server.setFaults({ rate5xx: 1 });
    await expect(h.api.sendMessage(h.groupId, 'x')).rejects.toMatchObject({ error_code: 502 });
    h.server.setFaults({ rate429: 0.5, seed: 7 });
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      outcomes.push(
        await h.api.sendMessage(h.groupId, `tin ${i}`).then(
          () => 'ok',
          () => '429',
        ),
      );
    }
    h.server.setFaults({ rate429: 0.5, seed: 7 });
    const repeat: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      repeat.push(
        await h.api.sendMessage(h.groupId, `lại ${i}`).then(
          () => 'ok',
          (e: { error_code: number }) => String(e.error_code),
        ),
      );
    }
    expect(outcomes).toContain('429');
    expect(outcomes).toContain('ok');
    expect(repeat.slice(0, 10)).toEqual(outcomes.slice(0, 10));
    h.server.setFaults({});
    await expect(h.api.getMe()).resolves.toMatchObject({ is_bot: true });
  });
});
