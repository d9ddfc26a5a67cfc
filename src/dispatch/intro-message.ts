import { escapeHtml } from '../core/text/html.ts';

/** The message posted when the bot is added to a group: who it is and how to bind the group. */
export function introMessage(botUsername: string): string {
  const bot = escapeHtml(botUsername);
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
    "<i>Hello! I am Điều phối, the steering committee's task tracker. To bind this group to a unit: the secretariat sends /moi &lt;unit&gt; to get a one-time code, then a member sends /ketnoi &lt;code&gt; here. In the steering group, the secretariat sends /batdau.</i>",
  ].join('\n');
}
