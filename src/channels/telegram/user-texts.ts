import type { Locale } from '../../core/model/records.ts';
import { escapeHtml } from '../../core/text/html.ts';

/** Short texts the channel itself sends (features send their own). */
export const channelTexts = {
  apology: {
    vi: 'Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.',
    en: 'Sorry, something went wrong while handling your request. Please try again later.',
  },
  staleButton: {
    vi: 'Nút này không còn hiệu lực.',
    en: 'This button is no longer valid.',
  },
  unknownCommand: (locale: Locale, name: string): string =>
    locale === 'en'
      ? `There is no command /${escapeHtml(name)}. Send /trogiup to see the commands.`
      : `Không có lệnh /${escapeHtml(name)}. Gửi /trogiup để xem danh sách lệnh.`,
} as const;
