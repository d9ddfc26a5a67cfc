import { telegramMentions } from '../../src/channels/telegram/render-mentions.ts';
import { parseTelegramHtml } from '../../src/sandbox/bot-api/parse-html.ts';

/**
 * What Telegram would do with the text: parse its HTML after the channel renders mention marks. A
 * raw "<" from a plan or a usage line throws here as it would fail sendMessage ("can't parse entities").
 */
export function assertTelegramHtml(html: string): void {
  try {
    parseTelegramHtml(telegramMentions(html));
  } catch (error) {
    throw new Error(`Telegram would refuse this message (${error instanceof Error ? error.message : String(error)}):\n${html}`);
  }
}
