import { scrubSecrets } from '../../logger.ts';
import { describeSystemCode, StartupError } from '../../startup-error.ts';
import { type ZaloApi, ZaloApiError, type ZaloBotInfo, ZaloNetworkError } from './zalo-api.ts';

/** getMe at start-up: the bot's identity, or a StartupError saying whether the token or the network is at fault. */
export async function checkZalo(api: ZaloApi): Promise<ZaloBotInfo> {
  try {
    return await api.getMe();
  } catch (error) {
    if (error instanceof ZaloApiError && (error.errorCode === 401 || error.errorCode === 403 || error.errorCode === 404)) {
      throw new StartupError(
        `Zalo không chấp nhận ZALO_BOT_TOKEN (${error.errorCode}: ${scrubSecrets(error.description)}). Sao chép lại token của bot trong Zalo Bot Manager, đặt vào ZALO_BOT_TOKEN rồi chạy lại.`,
        2,
      );
    }
    if (error instanceof ZaloNetworkError) {
      const why = describeSystemCode(error.code) ?? 'không có mạng, bị chặn, hoặc máy chủ trả lời không phải Zalo Bot API';
      throw new StartupError(
        `Không kết nối được tới Zalo Bot API tại ${api.apiRoot} (${why}). Kiểm tra mạng, DNS, tường lửa hoặc proxy của máy chủ (và ZALO_API_ROOT nếu có đặt), rồi chạy lại.`,
        1,
      );
    }
    const detail = scrubSecrets(error instanceof Error ? error.message : String(error));
    throw new StartupError(`Zalo trả lời lỗi khi kiểm tra bot (getMe): ${detail}. Thử lại sau ít phút.`, 1);
  }
}
