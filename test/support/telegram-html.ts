import { toTelegramHtml } from '../../src/channels/telegram/render-telegram-html.ts';
import { parseMarks } from '../../src/core/text/marks.ts';
import { parseTelegramHtml } from '../../src/sandbox/bot-api/parse-html.ts';

/**
 * Holds a composed message to the neutral markup (only the marks of src/core/text/marks.ts, balanced)
 * and checks what Telegram would do with it once rendered. A raw "<" from a plan or a usage line, or
 * a Telegram-only tag such as <u>, throws here.
 */
export function assertTelegramHtml(html: string): void {
  try {
    parseMarks(html);
    parseTelegramHtml(toTelegramHtml(html));
  } catch (error) {
    throw new Error(`Telegram would refuse this message (${error instanceof Error ? error.message : String(error)}):\n${html}`);
  }
}
