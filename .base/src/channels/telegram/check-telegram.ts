import { Api, GrammyError, HttpError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { scrubSecrets } from '../../logger.ts';
import { describeSystemCode, StartupError } from '../../startup-error.ts';

function systemCodeOf(error: unknown): string | undefined {
  // grammY wraps fetch's error; node's fetch wraps the socket error in `cause`
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown; error?: unknown }).cause ?? (current as { error?: unknown }).error;
  }
  return undefined;
}

/** getMe at start-up: the bot's identity, or a StartupError saying whether the token or the network is at fault. */
export async function checkTelegram(api: Api, apiRoot: string): Promise<UserFromGetMe> {
  try {
    return await api.getMe();
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      throw new StartupError(
        `Telegram không chấp nhận BOT_TOKEN (${error.error_code}: ${error.description}). Lấy lại token từ @BotFather (lệnh /token), đặt vào BOT_TOKEN rồi chạy lại.`,
        2,
      );
    }
    if (error instanceof HttpError) {
      const why = describeSystemCode(systemCodeOf(error)) ?? 'không có mạng hoặc bị chặn';
      throw new StartupError(
        `Không kết nối được tới Telegram tại ${apiRoot} (${why}). Kiểm tra mạng, DNS, tường lửa hoặc proxy của máy chủ (và TELEGRAM_API_ROOT nếu có đặt), rồi chạy lại.`,
        1,
      );
    }
    const detail = scrubSecrets(error instanceof Error ? error.message : String(error));
    throw new StartupError(`Telegram trả lời lỗi khi kiểm tra bot (getMe): ${detail}. Thử lại sau ít phút.`, 1);
  }
}

/**
 * The outbox's own Api (without auto-retry: it must see 429s to pause a chat itself) and the bot's
 * identity from getMe, which also checks the token and the network at start-up.
 */
export async function connectTelegram(token: string, apiRoot: string): Promise<{ api: Api; me: UserFromGetMe }> {
  const api = new Api(token, { apiRoot });
  return { api, me: await checkTelegram(api, apiRoot) };
}
