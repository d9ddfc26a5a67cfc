/**
 * Remakes the screenshots of "Nạp kế hoạch ngay trong nhóm chat" in docs/huong-dan-su-dung.md from a
 * fresh sandbox, the way a person does it in the web chat:
 *
 *   SANDBOX_PORT=8799 npx tsx src/main.ts --sandbox &     # prints the URL
 *   npx tsx scripts/capture-plan-import-screenshots.ts http://127.0.0.1:8799/
 *
 * Binds the steering group and CAP5, sends the plan's text with the "Tệp" button, downloads the review
 * workbook the bot answers with, fixes it as the secretariat would in Excel (the ward police drafted as
 * CA_P5 is the committee's CAP5), sends it back, presses [Kích hoạt] and opens CAP5's group, whose task card is edited in place. Needs
 * Debian's chromium (/usr/bin/chromium or CHROMIUM=…). Writes docs/images/07…10-*.png.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { botAnswer, openChat, send, shoot, testId } from './sandbox-page.ts';

const url = process.argv[2] ?? process.env.SANDBOX_URL ?? 'http://127.0.0.1:8790/';
const out = fileURLToPath(new URL('../docs/images/', import.meta.url));
const planText = fileURLToPath(new URL('../test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', import.meta.url));
const SECRETARIAT = 'Thường trực BCĐ (Lê Thị Mai) (trưởng nhóm)';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as the secretariat saves it after review. */
async function reviewed(bytes: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 'CA_P5') cell.value = 'CAP5';
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const desk = await browser.newPage({ viewport: DESKTOP, acceptDownloads: true });
    const phone = await browser.newPage({ viewport: PHONE });
    for (const page of [desk, phone]) {
      page.setDefaultTimeout(30_000);
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
    }

    await openChat(desk, 'Ban Chỉ đạo', SECRETARIAT);
    await send(desk, '/batdau');
    await botAnswer(desk, 'Đã kết nối nhóm này làm').waitFor();
    await send(desk, '/moi CAP5');
    const invite = botAnswer(desk, 'Mã kết nối cho Công an Phường 5');
    await invite.waitFor();
    const code = /\/ketnoi ([A-Z2-9]{8})/.exec((await invite.textContent()) ?? '')?.[1];
    await openChat(desk, 'Công an Phường 5', /\(trưởng nhóm\)$/);
    await send(desk, `/ketnoi ${code}`);
    await botAnswer(desk, 'Đã kết nối nhóm này với đơn vị').waitFor();

    // 7. The plan's text sent with "Tệp": the summary and the review workbook.
    await openChat(desk, 'Ban Chỉ đạo', SECRETARIAT);
    await desk.setInputFiles(testId('upload-document-input'), { name: 'ke-hoach-45.txt', mimeType: 'text/plain', buffer: await readFile(planText) });
    await botAnswer(desk, 'Bản nháp kế hoạch').waitFor();
    const link = desk
      .locator(`${testId('message-list')} a[data-testid^="document-"]`)
      .filter({ hasText: 'kiem-tra.xlsx' })
      .last();
    await link.waitFor();
    await shoot(desk, out, '07-nap-ke-hoach-ban-nhap', 'kiem-tra.xlsx');

    // 8. Downloaded, fixed, sent back: the difference from the current plan and [Kích hoạt] [Huỷ].
    const [download] = await Promise.all([desk.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const fixed = await reviewed(await readFile(path));
    await desk.setInputFiles(testId('upload-document-input'), { name: 'ke-hoach-45-kiem-tra.xlsx', mimeType: XLSX, buffer: fixed });
    const preview = botAnswer(desk, 'Đã kiểm tra').last();
    await preview.locator('[data-testid^="button-"]').first().waitFor();
    await shoot(desk, out, '08-nap-ke-hoach-thay-doi', 'Đã kiểm tra');

    // 9. Kích hoạt.
    await preview.locator('[data-testid^="button-"]').first().click();
    await botAnswer(desk, 'đã nhập và kích hoạt kế hoạch').waitFor();
    await desk.locator(testId('toast')).waitFor({ state: 'hidden' });
    await shoot(desk, out, '09-nap-ke-hoach-kich-hoat', 'đã nhập và kích hoạt kế hoạch');

    // 10. CAP5's group (phone): the re-import kept the codes, so P5-01's card is edited to the new text.
    await openChat(phone, 'Công an Phường 5', /\(trưởng nhóm\)$/);
    const edited = botAnswer(phone, 'P5-01').filter({ hasText: 'đã sửa' }).first();
    await edited.waitFor();
    await edited.scrollIntoViewIfNeeded();
    await phone.waitForTimeout(300);
    await phone.screenshot({ path: `${out}10-nhom-don-vi-nhiem-vu-moi.png` });
    console.log(`${out}10-nhom-don-vi-nhiem-vu-moi.png`);
  } finally {
    await browser.close();
  }
}

await main();
