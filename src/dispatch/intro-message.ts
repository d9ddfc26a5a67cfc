import { escapeHtml } from '../core/text/html.ts';

/**
 * The message posted when the bot is added to a group: who it is and how to bind the group, in the
 * way of its messenger. With reply threads (Telegram) members reply to task messages and address a
 * command as "/trogiup@bot"; without them (Zalo) every command follows a mention of the bot
 * ("@Điều phối /ketnoi …") and a report names the task's code. Vietnamese only, with one line saying
 * how to switch to English: a paragraph of English in every official's group was noise.
 * `exampleCode`: a code of the group's unit's own tasks, or a placeholder when the group is not bound.
 */
export function introMessage(botName: string, options: { replyThreads: boolean; exampleCode: string }): string {
  const bot = escapeHtml(botName);
  if (!options.replyThreads) {
    const at = `@${bot}`;
    return [
      '<b>Xin chào! Tôi là Điều phối</b> — trợ lý theo dõi thực hiện kế hoạch của Ban Chỉ đạo.',
      '',
      'Tôi gửi nhiệm vụ của đơn vị vào nhóm này, mỗi nhiệm vụ có mã riêng, nhận báo cáo tiến độ và nhắc hạn. Trong nhóm, tôi chỉ đọc tin nhắn có nhắc tới tôi: gõ lệnh sau khi nhắc tên tôi, báo cáo bằng mã nhiệm vụ.',
      `Ví dụ: <code>${at} /nhiemvu</code>, <code>${at} ${escapeHtml(options.exampleCode)} xong rồi</code>.`,
      '',
      '<b>Cách kết nối nhóm với đơn vị:</b>',
      // typed in the steering group, which may be on Telegram: no mention (the escaped slash keeps Zalo's prefix off)
      `1. Thường trực BCĐ gửi <code>${escapeHtml('/moi <đơn vị>')}</code> trong nhóm Ban Chỉ đạo để lấy mã kết nối (dùng một lần, hiệu lực 48 giờ).`,
      `2. Một thành viên của nhóm gửi <code>${at} /ketnoi &lt;mã&gt;</code> tại đây.`,
      `Nếu đây là nhóm Ban Chỉ đạo, thường trực BCĐ gửi <code>${at} /batdau</code>.`,
      '',
      `Gõ <code>${at} /trogiup</code> để xem các lệnh.`,
      '',
      `<i>English: ${at} /ngonngu en</i>`,
    ].join('\n');
  }
  return [
    '<b>Xin chào! Tôi là Điều phối</b> — trợ lý theo dõi thực hiện kế hoạch của Ban Chỉ đạo.',
    '',
    'Tôi gửi nhiệm vụ của đơn vị vào nhóm này, nhận báo cáo tiến độ (bấm nút, gõ lệnh hoặc trả lời tin nhắn nhiệm vụ) và nhắc hạn.',
    '',
    '<b>Cách kết nối nhóm với đơn vị:</b>',
    '1. Thường trực BCĐ gửi <code>/moi &lt;đơn vị&gt;</code> để lấy mã kết nối (dùng một lần, hiệu lực 48 giờ).',
    '2. Một thành viên của nhóm gửi <code>/ketnoi &lt;mã&gt;</code> tại đây.',
    'Nếu đây là nhóm Ban Chỉ đạo, thường trực BCĐ gửi /batdau.',
    '',
    `Gõ /trogiup@${bot} để xem các lệnh.`,
    '',
    `<i>English: /ngonngu@${bot} en</i>`,
  ].join('\n');
}

/**
 * The bot added back to a group that is still bound: no connecting steps (they would suggest the
 * binding was lost), only that the group is still the unit's (or the steering group) and how to report.
 */
export function rejoinMessage(
  botName: string,
  options: { replyThreads: boolean; exampleCode: string; unitName: string | null; listFollows?: boolean },
): string {
  const bot = escapeHtml(botName);
  const at = options.replyThreads ? '' : `@${bot} `;
  const help = options.replyThreads ? `/trogiup@${bot}` : `${at}/trogiup`;
  const bound =
    options.unitName === null
      ? 'Nhóm này vẫn là <b>nhóm Ban Chỉ đạo</b>: yêu cầu xác nhận, vướng mắc và bản tổng hợp gửi về đây như trước.'
      : `Nhóm này vẫn kết nối với <b>${escapeHtml(options.unitName)}</b>: nhiệm vụ, nhắc hạn và bản tổng hợp của đơn vị gửi về đây như trước.`;
  const report = options.replyThreads
    ? 'Báo cáo tiến độ bằng nút trên tin nhiệm vụ hoặc trả lời tin đó.'
    : `Báo cáo bằng mã nhiệm vụ, ví dụ <code>${at}${escapeHtml(options.exampleCode)} xong rồi</code>.`;
  // notices sent while the bot was away are not replayed: the list that follows is the current truth
  const missed = options.listFollows
    ? ['Các thông báo trong thời gian bot vắng mặt không gửi lại từng tin; danh sách dưới đây là tình trạng và hạn hiện tại của các nhiệm vụ của đơn vị.']
    : [];
  return [
    '<b>Điều phối đã trở lại nhóm.</b>',
    bound,
    ...missed,
    ...(options.unitName === null ? [] : [report]),
    `Gõ <code>${help}</code> để xem các lệnh.`,
  ].join('\n');
}
