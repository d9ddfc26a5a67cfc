import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.server.close();
});

describe('sandbox Bot API: setMessageReaction', () => {
  it('puts the bot’s reaction on a user’s message, replaces it, removes it, and shows it in the page state', async () => {
    const message = h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: 'ok anh' });
    expect(await h.api.setMessageReaction(h.groupId, message.message_id, [{ type: 'emoji', emoji: '👍' }])).toBe(true);
    const stored = () => h.server.messages(h.groupId).find((m) => m.message.message_id === message.message_id)!;
    expect(stored().botReactions).toEqual(['👍']);

    const state = async () =>
      (await (await fetch(new URL('sandbox/api/state', h.url))).json()) as { messages: { message: { message_id: number }; reactions: string[] }[] };
    expect((await state()).messages.find((m) => m.message.message_id === message.message_id)?.reactions).toEqual(['👍']);

    await h.api.setMessageReaction(h.groupId, message.message_id, [{ type: 'emoji', emoji: '👌' }]);
    expect(stored().botReactions).toEqual(['👌']);
    await h.api.setMessageReaction(h.groupId, message.message_id, []);
    expect(stored().botReactions).toBeUndefined();
  });

  it('refuses an unknown message, a non-reaction emoji and more than one reaction, as Telegram does', async () => {
    const message = h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: 'vâng ạ' });
    await expect(h.api.setMessageReaction(h.groupId, 999_999, [{ type: 'emoji', emoji: '👍' }])).rejects.toMatchObject({ error_code: 400 });
    await expect(h.api.setMessageReaction(h.groupId, message.message_id, [{ type: 'emoji', emoji: '🦄' as '👍' }])).rejects.toMatchObject({
      description: 'Bad Request: REACTION_INVALID',
    });
    await expect(
      h.api.setMessageReaction(h.groupId, message.message_id, [
        { type: 'emoji', emoji: '👍' },
        { type: 'emoji', emoji: '👌' },
      ]),
    ).rejects.toMatchObject({ error_code: 400 });
  });

  it.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')(
    'the page shows the reaction under the message',
    async () => {
      const message = h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: 'để em xem' });
      await h.api.setMessageReaction(h.groupId, message.message_id, [{ type: 'emoji', emoji: '👍' }]);
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      try {
        const page = await browser.newPage();
        await page.goto(h.url);
        await page.waitForSelector('body[data-ready="true"]');
        await page.click(`[data-testid="chat-${h.groupId}"]`);
        const reactions = page.locator(`[data-testid="reactions-${message.message_id}"]`);
        await reactions.waitFor();
        expect(await reactions.textContent()).toBe('👍');
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
