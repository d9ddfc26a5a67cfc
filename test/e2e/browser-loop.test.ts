import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRETARIAT_USER_ID, type SandboxServer, STEERING_CHAT_ID } from '../../src/sandbox/index.ts';
import { type E2eSandbox, startE2eSandbox, waitFor } from './helpers.ts';

/**
 * Scrolls to a message before a screenshot. The page re-renders its message list when a card is
 * edited, which can detach the element between Playwright finding it and scrolling; find it again then.
 */
async function scrollTo(locator: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await locator.scrollIntoViewIfNeeded();
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('not attached to the DOM')) throw error;
    }
  }
}

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/e2e/', import.meta.url));

/**
 * A person at the sandbox page of `npm start`: binds the steering group, invites CAP5, binds its
 * group, replies to a task in Vietnamese and sees the bot's answer, then loads a plan from a file
 * (picker, workbook download, Huỷ). Screenshots go to artifacts/e2e.
 * Skipped only outside CI where Debian's chromium is missing; CI installs it.
 */
describe.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')('end to end in a browser: the sandbox page of npm start', () => {
  let sandbox: E2eSandbox;
  let server: SandboxServer;
  let browser: Browser;
  let page: Page;
  let unitChat: number;
  let focalPointName: string;
  const testId = (id: string) => `[data-testid="${id}"]`;
  /** The rendered text of the messages in the open group, each a locator. */
  const messageTexts = () => page.locator(`${testId('message-list')} [data-testid^="message-text-"]`);
  const botAnswerOn = (on: Page, text: string) => on.locator(`${testId('message-list')} li.from-bot`).filter({ hasText: text });
  const botAnswer = (text: string) => botAnswerOn(page, text);
  const shoot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
  const send = async (text: string) => {
    await page.fill(testId('composer-input'), text);
    await page.click(testId('composer-send'));
  };
  const openChat = async (chatId: number) => {
    await page.click(testId(`chat-${chatId}`));
    await expect.poll(() => page.locator(testId('member-select')).locator('option').count()).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    sandbox = await startE2eSandbox();
    server = sandbox.run.server;
    const chat = [...server.state.chats.values()].find((c) => c.chat.title === 'Công an Phường 5');
    const first = chat ? [...chat.members.keys()][0] : undefined;
    if (!chat || first === undefined) throw new Error('the sandbox should seed the CAP5 group with members');
    unitChat = chat.chat.id;
    focalPointName = server.state.users.get(first)?.first_name ?? '';
    await waitFor('the bot introductions', () => server.messages(unitChat).find((m) => m.fromBot));
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
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Fail a step with the selector it waited for, well before the test's own timeout.
    page.setDefaultTimeout(10_000);
    await page.goto(sandbox.run.url);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it("shows the plan's groups and sandbox time", async () => {
    await expect.poll(() => page.textContent(testId('clock-now'))).toBe('27/02/2023 08:00');
    expect(await page.textContent(testId(`chat-${STEERING_CHAT_ID}`))).toContain('Ban Chỉ đạo');
    expect(await page.textContent(testId(`chat-${unitChat}`))).toContain('Công an Phường 5');
    await shoot('01-page-opened');
  });

  it('the secretariat binds the steering group with /batdau', async () => {
    await openChat(STEERING_CHAT_ID);
    await page.selectOption(testId('member-select'), { label: 'Thường trực BCĐ (Lê Thị Mai) (trưởng nhóm)' });
    expect(await page.inputValue(testId('member-select'))).toBe(String(SECRETARIAT_USER_ID));
    await send('/batdau');
    await botAnswer('Đã kết nối nhóm này làm nhóm Ban Chỉ đạo').waitFor();
    await shoot('02-steering-bound');
  });

  let code = '';
  it('the secretariat asks for a CAP5 code with /moi CAP5 and reads it from the answer', async () => {
    await send('/moi CAP5');
    const invite = botAnswer('Mã kết nối cho Công an Phường 5');
    await invite.waitFor();
    code = /\/ketnoi ([A-Z2-9]{8})/.exec((await invite.textContent()) ?? '')?.[1] ?? '';
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await shoot('03-invite-code');
  });

  it('the CAP5 focal point binds the unit group with /ketnoi <code> and the tasks arrive with buttons', async () => {
    await openChat(unitChat);
    await page.selectOption(testId('member-select'), { label: `${focalPointName} (trưởng nhóm)` });
    await send(`/ketnoi ${code}`);
    await botAnswer('Đã kết nối nhóm này với đơn vị Công an Phường 5').waitFor();
    const task = botAnswer('P5-01');
    await task.locator('[data-testid^="button-"]').first().waitFor();
    expect(await task.locator('[data-testid^="button-"]').allTextContents()).toContain('Đang thực hiện');
    await expect
      .poll(() =>
        page
          .locator(`${testId('message-list')} li.from-bot`)
          .filter({ has: page.locator('[data-testid^="button-"]') })
          .count(),
      )
      .toBe(4);
    await scrollTo(task);
    await shoot('04-unit-bound-tasks');
  });

  it("replies to a task message in Vietnamese and sees the bot's reading", async () => {
    const task = botAnswer('P5-01').first();
    await task.locator('[data-testid^="message-text-"]').click();
    await page.waitForSelector(`${testId('reply-bar')}:not([hidden])`);
    expect(await page.textContent(testId('reply-text'))).toContain('Kiện toàn hệ thống chính trị');
    await page.fill(testId('composer-input'), 'đã triển khai được 50%');
    await shoot('05-replying');
    await page.press(testId('composer-input'), 'Enter');
    // the receipt, not the card: the card is edited to read "Trạng thái: Đang thực hiện 50%" too
    const ack = botAnswer('Đã ghi nhận (P5-01): Đang thực hiện 50%');
    await ack.waitFor();
    expect(await ack.textContent()).toContain('đã triển khai được 50%');
    expect(await ack.locator('[data-testid^="button-"]').allTextContents()).toContain('Hoàn tác');
    expect(await messageTexts().filter({ hasText: 'đã triển khai được 50%' }).count()).toBeGreaterThanOrEqual(2);
    await scrollTo(ack);
    await shoot('06-bot-acknowledged');

    const row = await sandbox.run.app.db.prisma.task.findFirstOrThrow({ where: { code: 'P5-01' } });
    expect(row).toMatchObject({ status: 'in_progress', percent: 50 });
  });

  it('in the steering group /kehoach shows the units chart as an image and /baocao the .docx and .xlsx as download links', async () => {
    await openChat(STEERING_CHAT_ID);
    await page.selectOption(testId('member-select'), { label: 'Thường trực BCĐ (Lê Thị Mai) (trưởng nhóm)' });
    await send('/kehoach');
    const chart = page.locator(`${testId('message-list')} li.from-bot img[data-testid^="photo-"]`).last();
    await chart.waitFor();
    // the image really loaded from the sandbox's file store, at phone-readable width
    await expect
      .poll(() =>
        chart.evaluate((img) => {
          const loaded = img as unknown as { complete: boolean; naturalWidth: number };
          return loaded.complete ? loaded.naturalWidth : 0;
        }),
      )
      .toBeGreaterThanOrEqual(1080);
    await scrollTo(chart);
    await shoot('10-steering-plan-chart');

    await send('/baocao');
    const documents = page.locator(`${testId('message-list')} li.from-bot a[data-testid^="document-"]`);
    await expect
      .poll(() => documents.allTextContents(), { timeout: 20_000 })
      .toEqual([expect.stringMatching(/^Tệp: bao-cao-.*\.docx \(\d+ KB\)$/), expect.stringMatching(/^Tệp: bao-cao-.*\.xlsx \(\d+ KB\)$/)]);
    await scrollTo(documents.last());
    await shoot('11-steering-report-documents');
  });

  it('at phone width (390 px) the group list folds behind a toggle; title, "Tôi là" and the composer stay on screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    phone.setDefaultTimeout(10_000);
    try {
      await phone.goto(sandbox.run.url);
      await phone.waitForSelector('body[data-ready="true"]');
      const onScreen = async (id: string) => {
        const box = await phone.locator(testId(id)).boundingBox();
        return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844;
      };
      expect(await phone.locator(testId('chat-list')).isVisible()).toBe(false);
      for (const id of ['chat-list-toggle', 'chat-title', 'member-select', 'bot-membership', 'composer-input', 'composer-send']) {
        expect(await onScreen(id), id).toBe(true);
      }
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await phone.screenshot({ path: `${ARTIFACTS}07-phone-390.png` });

      await phone.click(testId('chat-list-toggle'));
      expect(await phone.getAttribute(testId('chat-list-toggle'), 'aria-expanded')).toBe('true');
      expect(await onScreen('clock-advance-day')).toBe(true);
      await scrollTo(phone.locator(testId(`chat-${unitChat}`)));
      expect(await onScreen(`chat-${unitChat}`)).toBe(true);
      await phone.screenshot({ path: `${ARTIFACTS}08-phone-390-groups-open.png` });
      await phone.click(testId(`chat-${unitChat}`));
      expect(await phone.locator(testId('chat-list')).isVisible()).toBe(false);
      expect(await phone.textContent(testId('chat-title'))).toBe('Công an Phường 5');
      expect(await onScreen('chat-title')).toBe(true);
      await botAnswerOn(phone, 'Đã ghi nhận (P5-01): Đang thực hiện 50%').waitFor();
      await phone.screenshot({ path: `${ARTIFACTS}09-phone-390-unit-group.png` });
    } finally {
      await phone.close();
    }
  });
  it('the secretariat sends a plan with the "Tệp" picker, downloads the review workbook, sends it back and presses Huỷ', async () => {
    await openChat(STEERING_CHAT_ID);
    await page.selectOption(testId('member-select'), { label: 'Thường trực BCĐ (Lê Thị Mai) (trưởng nhóm)' });
    const text = await readFile(fileURLToPath(new URL('../fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', import.meta.url)));
    await page.setInputFiles(testId('upload-document-input'), { name: 'ke-hoach-45.txt', mimeType: 'text/plain', buffer: text });
    await botAnswer('Bản nháp kế hoạch từ “ke-hoach-45.txt”').waitFor({ timeout: 20_000 });
    const link = page.locator(`${testId('message-list')} li.from-bot a[data-testid^="document-"]`).filter({ hasText: 'ke-hoach-45-kiem-tra.xlsx' });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const workbook = await readFile(await download.path());
    expect([...workbook.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await shoot('12-plan-draft-workbook');

    await page.setInputFiles(testId('upload-document-input'), {
      name: 'ke-hoach-45-kiem-tra.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    const preview = botAnswer('Đã kiểm tra “ke-hoach-45-kiem-tra.xlsx”');
    await preview.locator('[data-testid^="button-"]').first().waitFor({ timeout: 20_000 });
    expect(await preview.locator('[data-testid^="button-"]').allTextContents()).toEqual(['Kích hoạt', 'Huỷ']);
    await preview.locator('[data-testid^="button-"]').last().click();
    await botAnswer('đã huỷ nhập “ke-hoach-45-kiem-tra.xlsx”').waitFor();
    await shoot('13-plan-import-cancelled');
    expect(await sandbox.run.app.db.prisma.task.count({ where: { code: 'NV01' } })).toBe(0);
  });

  it('a unit group on Zalo, in the same page: bound with a mention, its cards, a report by text, the Telegram steering group confirms, its digest next morning', async () => {
    const zalo = [...server.state.chats.values()].find((c) => c.chat.title === 'Công an thành phố');
    if (!zalo) throw new Error('the sandbox should seed Công an thành phố on Zalo');
    const zaloChat = zalo.chat.id;
    expect(await page.textContent(testId(`chat-platform-${zaloChat}`))).toBe('Zalo');

    await openChat(STEERING_CHAT_ID);
    await page.selectOption(testId('member-select'), { label: 'Thường trực BCĐ (Lê Thị Mai) (trưởng nhóm)' });
    await send('/moi CATP');
    const invite = botAnswer('Mã kết nối cho Công an thành phố');
    await invite.waitFor();
    const zaloCode = /\/ketnoi ([A-Z2-9]{8})/.exec((await invite.textContent()) ?? '')?.[1] ?? '';
    expect(zaloCode).toMatch(/^[A-Z2-9]{8}$/);

    await openChat(zaloChat);
    await page.selectOption(testId('member-select'), { index: 0 });
    await send(`@Điều phối /ketnoi ${zaloCode}`);
    await botAnswer('Đã kết nối nhóm này với đơn vị Công an thành phố').waitFor({ timeout: 20_000 });
    // No buttons on Zalo: each card names its code and the command to type.
    const card = botAnswer('GD2-01').filter({ hasText: '/xong' }).first();
    await card.waitFor({ timeout: 20_000 });
    expect(await card.locator('[data-testid^="button-"]').count()).toBe(0);
    await send('@Điều phối GD2-01 xong rồi');
    await botAnswer('Đã chuyển Ban Chỉ đạo xác nhận hoàn thành').waitFor({ timeout: 20_000 });
    await shoot('14-zalo-unit-report');

    await openChat(STEERING_CHAT_ID);
    const ask = botAnswer('báo hoàn thành nhiệm vụ GD2-01').last();
    await ask.locator('[data-testid^="button-"]').first().waitFor({ timeout: 20_000 });
    await ask.locator('[data-testid^="button-"]').first().click();
    await botAnswer('Đã xác nhận hoàn thành nhiệm vụ GD2-01').waitFor({ timeout: 20_000 });

    await openChat(zaloChat);
    await botAnswer('Ban Chỉ đạo đã xác nhận nhiệm vụ GD2-01').waitFor({ timeout: 20_000 });
    await page.click(testId('clock-next-morning'));
    await botAnswer('Tổng hợp').last().waitFor({ timeout: 30_000 });
    await shoot('15-zalo-digest');
  });
});
