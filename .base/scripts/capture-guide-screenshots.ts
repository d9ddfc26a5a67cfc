/**
 * Remakes the screenshots of docs/huong-dan-su-dung.md from a fresh sandbox.
 *
 *   SANDBOX_PORT=8799 npx tsx src/main.ts --sandbox &     # prints the URL
 *   npx tsx scripts/capture-guide-screenshots.ts http://127.0.0.1:8799/
 *
 * Needs Debian's chromium (/usr/bin/chromium or CHROMIUM=…). Drives the page the way a person does:
 * binds the steering group, invites CAP5, binds its group, replies to a task, reports one done,
 * then /kehoach and /baocao in the steering group. Writes docs/images/*.png.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { botAnswer, openChat, send, shoot, testId } from './sandbox-page.ts';

const url = process.argv[2] ?? process.env.SANDBOX_URL ?? 'http://127.0.0.1:8790/';
const out = fileURLToPath(new URL('../docs/images/', import.meta.url));
const SECRETARIAT = 'Thường trực BCĐ (Lê Thị Mai) (trưởng nhóm)';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const desk = await browser.newPage({ viewport: DESKTOP });
    const phone = await browser.newPage({ viewport: PHONE });
    for (const page of [desk, phone]) {
      page.setDefaultTimeout(20_000);
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
    }

    // 1. The secretariat binds the steering group and asks for CAP5's code.
    await openChat(desk, 'Ban Chỉ đạo', SECRETARIAT);
    await send(desk, '/batdau');
    await botAnswer(desk, 'Đã kết nối nhóm này làm').waitFor();
    await send(desk, '/moi CAP5');
    const invite = botAnswer(desk, 'Mã kết nối cho Công an Phường 5');
    await invite.waitFor();
    const code = /\/ketnoi ([A-Z2-9]{8})/.exec((await invite.textContent()) ?? '')?.[1];
    if (!code) throw new Error('no code in the /moi answer');
    await shoot(desk, out, '01-nhom-bcd-ket-noi', 'Mã kết nối cho Công an Phường 5');

    // 2. CAP5's focal point binds the unit group; the tasks arrive with buttons (phone).
    await openChat(phone, 'Công an Phường 5', /\(trưởng nhóm\)$/);
    await send(phone, `/ketnoi ${code}`);
    await botAnswer(phone, 'Đã kết nối nhóm này với đơn vị').waitFor();
    await botAnswer(phone, 'P5-01').locator('[data-testid^="button-"]').first().waitFor();
    await botAnswer(phone, 'P5-01').first().locator('[data-testid^="button-"]').first().scrollIntoViewIfNeeded();
    await phone.waitForTimeout(300);
    await phone.screenshot({ path: `${out}02-nhom-don-vi-nhiem-vu.png` });
    console.log(`${out}02-nhom-don-vi-nhiem-vu.png`);

    // 3. A plain reply to a task message and the bot's receipt with "Hoàn tác" (phone).
    await botAnswer(phone, 'P5-01').first().locator('[data-testid^="message-text-"]').click();
    await send(phone, 'đã triển khai được 50%');
    // The receipt, not the card: the task card above is edited to read "Đang thực hiện 50%" too.
    await botAnswer(phone, 'Đã ghi nhận (P5-01)').waitFor();
    await shoot(phone, out, '03-tra-loi-va-ghi-nhan', 'Đã ghi nhận (P5-01)');

    // 4. The unit reports another task done; the steering group is asked to confirm (desktop).
    await openChat(desk, 'Công an Phường 5', /\(trưởng nhóm\)$/);
    await send(desk, '/xong P5-02 đã ban hành kế hoạch của phường');
    await botAnswer(desk, 'Đã chuyển Ban Chỉ đạo xác nhận').waitFor();
    await openChat(desk, 'Ban Chỉ đạo', SECRETARIAT);
    await botAnswer(desk, 'Xác nhận hay trả lại?').waitFor();
    await shoot(desk, out, '04-bcd-xac-nhan', 'Xác nhận hay trả lại?');

    // 5. /kehoach with the units chart (desktop, where the chart is drawn large enough to read).
    await send(desk, '/kehoach');
    const chart = desk.locator(`${testId('message-list')} li.from-bot img[data-testid^="photo-"]`).last();
    await chart.waitFor();
    await desk.waitForFunction((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0, await chart.elementHandle());
    await chart.scrollIntoViewIfNeeded();
    await desk.waitForTimeout(300);
    await desk.screenshot({ path: `${out}05-kehoach-bieu-do.png` });
    console.log(`${out}05-kehoach-bieu-do.png`);

    // 6. /baocao with the .docx and .xlsx (phone).
    await openChat(phone, 'Ban Chỉ đạo', SECRETARIAT);
    await send(phone, '/baocao');
    const documents = phone.locator(`${testId('message-list')} li.from-bot a[data-testid^="document-"]`);
    await documents.filter({ hasText: '.xlsx' }).last().waitFor({ timeout: 30_000 });
    await documents.last().scrollIntoViewIfNeeded();
    await phone.waitForTimeout(300);
    await phone.screenshot({ path: `${out}06-baocao-tai-lieu.png` });
    console.log(`${out}06-baocao-tai-lieu.png`);
  } finally {
    await browser.close();
  }
}

await main();
