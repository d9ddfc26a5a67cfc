/** Driving the sandbox's web chat from the screenshot scripts: the few steps a person takes there. */
import type { Page } from 'playwright-core';

export const testId = (id: string) => `[data-testid="${id}"]`;

export const botAnswer = (page: Page, text: string) => page.locator(`${testId('message-list')} li.from-bot`).filter({ hasText: text });

export async function send(page: Page, text: string): Promise<void> {
  await page.fill(testId('composer-input'), text);
  await page.click(testId('composer-send'));
}

/** Opens a group by its name in the list (behind the "Nhóm" toggle at phone width) and picks who types. */
export async function openChat(page: Page, title: string, member: string | RegExp): Promise<void> {
  const toggle = page.locator(testId('chat-list-toggle'));
  if (await toggle.isVisible()) await toggle.click();
  await page
    .locator(`${testId('chat-list')} [data-testid^="chat-"]`)
    .filter({ hasText: title })
    .first()
    .click();
  await page
    .locator(`${testId('member-select')} option`)
    .first()
    .waitFor({ state: 'attached' });
  const options = await page.locator(`${testId('member-select')} option`).allTextContents();
  const label = options.find((o) => (typeof member === 'string' ? o === member : member.test(o)));
  if (!label) throw new Error(`no member ${String(member)} in ${title}: ${options.join(', ')}`);
  await page.selectOption(testId('member-select'), { label });
}

/** A screenshot of the page with the bot's latest answer containing `text` in view, written to `dir`. */
export async function shoot(page: Page, dir: string, name: string, text: string): Promise<void> {
  await botAnswer(page, text).last().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}${name}.png` });
  console.log(`${dir}${name}.png`);
}
