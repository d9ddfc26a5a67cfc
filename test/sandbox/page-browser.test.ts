import { existsSync } from 'node:fs';
import { Bot } from 'grammy';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxServer, type SandboxServer, type SeededChats, seedSandboxChats } from '../../src/sandbox/index.ts';

const CHROMIUM = '/usr/bin/chromium';

/** The page itself in headless Chromium. Skipped only outside CI where Debian's chromium is missing; CI installs it. */
describe.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')('sandbox web page in a browser', () => {
  let server: SandboxServer;
  let seeded: SeededChats;
  let bot: Bot;
  let browser: Browser;
  let page: Page;
  let running: Promise<unknown>;
  const testId = (id: string) => `[data-testid="${id}"]`;

  beforeAll(async () => {
    server = createSandboxServer();
    const { url, apiRoot } = await server.listen();
    seeded = seedSandboxChats(server, {
      steering: { title: 'BCĐ thành phố', members: [{ name: 'Lê Thường Trực' }, { name: 'Phạm Lãnh Đạo' }] },
      units: [
        { code: 'CAP5', title: 'Công an Phường 5', members: [{ name: 'Trần Đầu Mối' }] },
        { code: 'CATP', title: 'Công an thành phố', members: [{ name: 'Võ Đầu Mối' }], platform: 'zalo' },
      ],
    });
    bot = new Bot(server.token, { client: { apiRoot } });
    bot.command('ping', (ctx) =>
      ctx.reply('<b>pong</b> &lt;img src=x onerror=alert(1)&gt;', {
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ text: 'Xong', callback_data: 'x' }]] },
      }),
    );
    bot.callbackQuery('x', (ctx) => ctx.answerCallbackQuery({ text: 'Đã ghi nhận' }));
    bot.on('message:text', (ctx) => ctx.reply(`Nhận: ${ctx.msg.text}`));
    running = bot.start({ timeout: 1 }).catch(() => undefined);
    browser = await chromium.launch({
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
    page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    await bot?.stop();
    await running;
    await browser?.close();
    await server?.close();
  });

  it("lists the groups, sends as a member, renders the bot's HTML as text and shows the button answer", async () => {
    expect(await page.textContent(testId(`chat-${seeded.unitChatIds.CAP5}`))).toContain('Công an Phường 5');
    await page.click(testId(`chat-${seeded.steeringChatId}`));
    await page.fill(testId('composer-input'), '/ping');
    await page.click(testId('composer-send'));
    await page.waitForSelector(testId('button-2-0'));
    expect(await page.innerHTML(testId('message-text-2'))).toBe('<b>pong</b> &lt;img src=x onerror=alert(1)&gt;');
    await page.click(testId('button-2-0'));
    await page.waitForSelector(`${testId('toast')}:not([hidden])`);
    expect(await page.textContent(testId('toast'))).toBe('Đã ghi nhận');
  });

  it('tells a newcomer, in Vietnamese, that clicking a bot message replies to it (Telegram groups only)', async () => {
    // the steering group holds the bot's /ping answer (message 2)
    const hint = testId('reply-hint');
    await expect.poll(() => page.isVisible(hint)).toBe(true);
    expect(await page.textContent(hint)).toContain('bấm vào tin đó');
    expect(await page.getAttribute(testId('message-2'), 'title')).toBe('Bấm để trả lời tin này');
    // while replying, the bar says what is being replied to and the hint steps aside
    await page.click(testId('message-2'));
    expect(await page.isVisible(testId('reply-bar'))).toBe(true);
    expect(await page.isVisible(hint)).toBe(false);
    await page.click(testId('reply-cancel'));
    expect(await page.isVisible(hint)).toBe(true);
    // a Zalo group has no replies to the bot: no such hint there
    await page.click(testId(`chat-${seeded.unitChatIds.CATP}`));
    expect(await page.isVisible(hint)).toBe(false);
    await page.click(testId(`chat-${seeded.steeringChatId}`));
  });

  it('marks the Zalo group beside the Telegram ones; the bot gets only what mentions it there', async () => {
    const zalo = seeded.unitChatIds.CATP!;
    expect(await page.textContent(testId(`chat-platform-${zalo}`))).toBe('Zalo');
    expect(await page.locator(testId(`chat-platform-${seeded.unitChatIds.CAP5}`)).count()).toBe(0);
    await page.click(testId(`chat-${zalo}`));
    expect(await page.textContent(testId('chat-title'))).toBe('Công an thành phố · Zalo');
    expect(await page.textContent(testId('chat-meta'))).toContain('bot chỉ đọc tin nhắc tới "@Điều phối"');
    for (const text of ['chào cả nhóm', '@Điều phối /nhiemvu']) {
      await page.fill(testId('composer-input'), text);
      await page.click(testId('composer-send'));
      // The page clears the box once the message is sent: only then type the next one.
      await expect.poll(() => page.inputValue(testId('composer-input')), { timeout: 10_000 }).toBe('');
    }
    await expect.poll(() => server.messages(zalo).filter((m) => !m.fromBot).length, { timeout: 10_000 }).toBe(2);
    expect(server.state.zaloUpdates).toEqual([expect.objectContaining({ message: expect.objectContaining({ text: '@Điều phối /nhiemvu' }) })]);
    await page.click(testId(`chat-${seeded.steeringChatId}`));
  });

  it('replies to a message and moves the clock', async () => {
    await page.click(testId('message-2'));
    expect(await page.isVisible(testId('reply-bar'))).toBe(true);
    await page.fill(testId('composer-input'), 'đã xong');
    await page.press(testId('composer-input'), 'Enter');
    await page.waitForSelector(testId('message-4'));
    expect(await page.isVisible(testId('reply-bar'))).toBe(false);
    expect(server.messages(seeded.steeringChatId)[2]?.message.reply_to_message?.message_id).toBe(2);
    expect(await page.textContent(testId('message-text-4'))).toBe('Nhận: đã xong');
    await page.click(testId('clock-next-morning'));
    await expect.poll(() => page.textContent(testId('clock-now'))).toMatch(/ 07:30$/);
  });

  it('on a 390 px phone: the 💡 hint closes and stays closed, "Tôi là" fits, code uses a font with Vietnamese letters', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await phone.goto(page.url());
      await phone.waitForSelector('body[data-ready="true"]');
      await phone.click(testId('chat-list-toggle')).catch(() => undefined);
      await phone.click(testId(`chat-${seeded.steeringChatId}`));
      const hint = testId('reply-hint');
      await expect.poll(() => phone.isVisible(hint)).toBe(true);
      await phone.click(testId('reply-hint-close'));
      expect(await phone.isVisible(hint)).toBe(false);
      await phone.reload();
      await phone.waitForSelector('body[data-ready="true"]');
      await phone.click(testId('chat-list-toggle')).catch(() => undefined);
      await phone.click(testId(`chat-${seeded.steeringChatId}`));
      expect(await phone.isVisible(hint)).toBe(false);
      const box = await phone.locator(testId('member-select')).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(box!.width).toBeGreaterThan(150);
      // the composer's placeholder is read whole, not cut off after "(Enter để"
      const placeholder = (await phone.evaluate(`(() => {
        const input = document.querySelector('[data-testid="composer-input"]');
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d');
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
      })()`)) as { text: string; width: number; room: number };
      expect(placeholder.text).toContain('Nhập tin nhắn');
      expect(placeholder.width).toBeLessThanOrEqual(placeholder.room);
      // A string expression: the test's tsconfig has no DOM library.
      const font = await phone.evaluate(`(() => {
        const message = document.createElement('div');
        message.className = 'message';
        const code = document.createElement('code');
        message.append(code);
        document.body.append(message);
        const family = getComputedStyle(code).fontFamily;
        message.remove();
        return family;
      })()`);
      expect(font).toMatch(/^"Noto Sans Mono"/);
      // Vietnamese letters with two marks in a digest table are drawn whole, never from DejaVu Sans Mono,
      // which lacks them: Chromium then puts its combining marks beside the letter ("Tổ̉quốc")
      await phone.evaluate(`(() => {
        const message = document.createElement('div');
        message.className = 'message';
        const pre = document.createElement('pre');
        pre.id = 'two-marks';
        pre.textContent = 'ổ ố ế ậ ễ ợ';
        message.append(pre);
        document.body.prepend(message);
      })()`);
      const cdp = await phone.context().newCDPSession(phone);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#two-marks' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.map((f) => f.familyName)).not.toContain('DejaVu Sans Mono');
    } finally {
      await phone.close();
    }
  });
});
