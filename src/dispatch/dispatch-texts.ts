import type { Locale } from '../core/model/records.ts';
import { escapeHtml } from '../core/text/html.ts';

/** Short texts the dispatcher itself sends (features send their own). */
export const dispatchTexts = {
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
  /** `example`: a code of the unit's own tasks (see exampleTaskCode) */
  mentionNeedsCode: (locale: Locale, mention: string, example: string): string =>
    locale === 'en'
      ? `Please write the task code with your report, e.g. <code>${escapeHtml(mention)} ${escapeHtml(example)} done</code>.`
      : `Xin ghi kèm mã nhiệm vụ khi báo cáo, ví dụ: <code>${escapeHtml(mention)} ${escapeHtml(example)} xong rồi</code>.`,
  /** A status replied to a bot message that is no task card, with no code: nothing was stored. */
  replyNotPlaced: (locale: Locale, mention: string, example: string): string => {
    const sample = escapeHtml(`${mention ? `${mention} ` : ''}${example}`);
    return locale === 'en'
      ? `Not recorded yet: this message is not a task card, so it is unclear which task you mean. Reply to the task's own message, or write the task code, e.g. <code>${sample} done</code>.`
      : `Chưa ghi nhận: tin này không phải tin của một nhiệm vụ nên chưa rõ anh/chị báo cáo nhiệm vụ nào. Xin trả lời đúng tin nhắn của nhiệm vụ, hoặc ghi kèm mã nhiệm vụ, ví dụ: <code>${sample} xong rồi</code>.`;
  },
  /** A photo sent to the bot naming no task (Zalo has no reply threads): nothing was stored. */
  photoNeedsCode: (locale: Locale, mention: string, example: string): string =>
    locale === 'en'
      ? `The photo was not saved: it does not say which task it is for. Please send it again with the task code in the caption, e.g. <code>${escapeHtml(mention)} ${escapeHtml(example)} meeting minutes</code>.`
      : `Ảnh chưa được lưu vì chưa rõ ảnh cho nhiệm vụ nào. Xin gửi lại ảnh, ghi mã nhiệm vụ trong chú thích, ví dụ: <code>${escapeHtml(mention)} ${escapeHtml(example)} biên bản họp</code>.`,
  /**
   * A mention with nothing after it, or a steering group's words the bot cannot act on: how to talk to it.
   * Commands are written bare; the channel adds the mention where commands need one (fitToChannel).
   */
  mentionHelp: (locale: Locale, mention: string, example: string | null): string => {
    const report = example
      ? locale === 'en'
        ? ` To report on a task: <code>${escapeHtml(mention)} ${escapeHtml(example)} done</code>.`
        : ` Báo cáo một nhiệm vụ: <code>${escapeHtml(mention)} ${escapeHtml(example)} xong rồi</code>.`
      : '';
    return locale === 'en'
      ? `This is Điều phối. Send /trogiup to see the commands, /nhiemvu for the tasks.${report}`
      : `Điều phối xin nghe. Gửi /trogiup để xem các lệnh, /nhiemvu để xem nhiệm vụ.${report}`;
  },
} as const;
