/** Vietnamese texts (the default). {name} placeholders are filled by t(); string values are escaped there. */
export const MESSAGES_VI = {
  'usage.invalid': 'Chưa đúng cú pháp. Cách dùng: <code>{usage}</code>{detail}',
  'args.missing_code': 'Thiếu mã nhiệm vụ (ví dụ {example}; gửi /nhiemvu để xem mã).',
  'args.missing_percent': 'Thiếu phần trăm đã làm được, ví dụ: /tiendo {example} 60 đã rà soát 3/5 tổ.',
  'args.bad_percent': 'Phần trăm phải viết bằng số từ 0 đến 100, ví dụ 60, 60% hoặc 50,5 (số lẻ được làm tròn thành số nguyên).',
  'args.percent_out_of_range': 'Phần trăm phải từ 0 đến 100 (100 là đã làm xong), ví dụ 60 hoặc 60%.',
  'args.deadline_past': 'Ngày hạn mới {date} đã qua (hôm nay là {today}): hạn mới phải từ hôm nay trở đi. Không có gì thay đổi.',
  'args.missing_date': 'Thiếu ngày hạn mới, ghi theo dạng ngày/tháng/năm, ví dụ 30/06/2023.',
  'args.missing_extension_reason': 'Thiếu lý do đề nghị gia hạn, ví dụ: /giahan {example} 30/06/2023 chờ cấp kinh phí.',
  'args.missing_move_reason': 'Thiếu lý do đổi hạn, ví dụ: /doihan {example} 30/06/2023 theo chỉ đạo của Trưởng ban.',
  'args.missing_return_reason': 'Thiếu lý do trả lại, ví dụ: /tralai {example} chưa có biên bản nghiệm thu.',
  'args.missing_blocker_reason': 'Thiếu nội dung vướng mắc, ví dụ: /vuongmac {example} chưa được cấp kinh phí.',
  'button.stale': 'Nút này không còn hiệu lực.',
  'bind.too_many_tries':
    'Nhóm này đã nhập sai mã kết nối {count} lần trong {minutes} phút nên tạm bị khóa. Vui lòng thử lại sau {wait} phút, hoặc xin mã mới từ thường trực Ban Chỉ đạo (&#47;moi).',
  'error.generic': 'Xin lỗi, đã có lỗi khi xử lý yêu cầu. Anh/chị vui lòng thử lại sau ít phút.',
  'refuse.not_secretariat': 'Chỉ thường trực Ban Chỉ đạo mới được thực hiện thao tác này.',
  'refuse.steering_only': 'Lệnh này chỉ dùng trong nhóm Ban Chỉ đạo đã kết nối.',
  'refuse.unit_only': 'Lệnh này chỉ dùng trong nhóm của một đơn vị đã kết nối (dùng /ketnoi &lt;mã&gt; để kết nối nhóm).',
  'refuse.no_role':
    'Đơn vị {unit} không được giao nhiệm vụ {code}, nên không thể báo cáo hay đề nghị cho nhiệm vụ này. Gõ /nhiemvu để xem nhiệm vụ của đơn vị.',
  'refuse.no_role_reassigned':
    'Nhiệm vụ {code} đã được giao cho {lead} từ ngày {date}; {unit} không còn được giao nhiệm vụ này, nên không thể báo cáo hay đề nghị cho nhiệm vụ này. Gõ /nhiemvu để xem nhiệm vụ của đơn vị.',
  'refuse.other_unit': 'Chỉ thành viên nhóm của đơn vị {unit} mới được thao tác trên báo cáo này.',
  'refuse.task_not_found': 'Không tìm thấy nhiệm vụ có mã <b>{code}</b>. Gõ /nhiemvu để xem danh sách.',
  'refuse.task_done': 'Nhiệm vụ {code} đã được xác nhận hoàn thành; không nhận thêm báo cáo.',
  'refuse.task_archived':
    'Nhiệm vụ {code} đã được lưu trữ ngày {date} (kế hoạch {plan} nhập lại không còn nhiệm vụ này): không nhận báo cáo hay xử lý gì thêm, không có gì thay đổi. Xem nhiệm vụ hiện hành: /nhiemvu',
  'refuse.already_awaiting': 'Nhiệm vụ {code} đã báo hoàn thành và đang chờ Ban Chỉ đạo xác nhận.',
  'refuse.not_awaiting': 'Nhiệm vụ {code} chưa được báo hoàn thành nên chưa thể xác nhận hoặc trả lại.',
  'refuse.invite_place': 'Lệnh /moi chỉ dùng trong nhóm Ban Chỉ đạo hoặc khi nhắn riêng với bot.',
  'refuse.invalid_date': 'Ngày “{text}” không hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2023.',
  'invite.unit_not_found': 'Không tìm thấy đơn vị “{query}”. Hãy dùng mã hoặc tên đơn vị, ví dụ: /moi {example}',
  'invite.ambiguous': '“{query}” khớp nhiều đơn vị: {candidates}. Hãy dùng mã đơn vị.',
  'invite.group': '“{query}” là một nhóm đơn vị ({members}); hãy mời từng đơn vị.',
  'invite.unbound_steps':
    'Nhóm này chưa được kết nối nên không cấp mã ở đây. Để kết nối nhóm này với đơn vị “{query}”:\n1. Trong nhóm Ban Chỉ đạo “{steering}” (hoặc khi nhắn riêng với bot), gửi <code>&#47;moi {query}</code>.\n2. Gửi mã nhận được vào nhóm này: <code>/ketnoi &lt;mã&gt;</code>.',
  'invite.unbound_no_steering':
    'Nhóm này chưa được kết nối và chưa có nhóm Ban Chỉ đạo.\n• Nếu đây là nhóm Ban Chỉ đạo: bấm nút dưới đây (hoặc gửi /batdau), rồi gửi lại <code>/moi {query}</code> để cấp mã cho đơn vị.\n• Nếu đây là nhóm của đơn vị: kết nối nhóm Ban Chỉ đạo trước, cấp mã ở đó bằng <code>&#47;moi {query}</code>, rồi gửi <code>/ketnoi &lt;mã&gt;</code> tại đây.',
  'invite.created':
    'Mã kết nối cho <b>{unit}</b>: <code>{code}</code>\nDùng một lần, hiệu lực đến {expires}.\nTrong nhóm của đơn vị, gửi:\n• nhóm Telegram: <code>/ketnoi {code}</code>\n• nhóm Zalo (nhắc tới bot trước lệnh): <code>@{zaloBot} /ketnoi {code}</code>',
  'bind.steering_notice': '✅ {unit} đã kết nối nhóm “{group}” ({messenger}).',
  'bind.steering_notice_untitled': '✅ {unit} đã kết nối một nhóm {messenger}.',
  'invite.unconnected': 'Đơn vị chưa kết nối nhóm ({count}). Gửi lệnh tương ứng để lấy mã kết nối:',
  'invite.all_connected': 'Mọi đơn vị đều đã kết nối nhóm. Cấp lại mã cho một đơn vị: <code>/moi &lt;đơn vị&gt;</code>.',
  'bind.private': 'Lệnh /ketnoi dùng trong nhóm chat của đơn vị, không dùng khi nhắn riêng với bot.',
  'bind.need_code': 'Hãy gửi kèm mã kết nối: /ketnoi &lt;mã&gt;. Mã do thường trực Ban Chỉ đạo cấp bằng lệnh /moi.',
  'bind.code_unknown': 'Mã kết nối “{code}” không đúng. Hãy kiểm tra lại hoặc xin mã mới từ thường trực Ban Chỉ đạo.',
  'bind.code_used': 'Mã kết nối “{code}” đã được dùng. Mỗi mã chỉ dùng một lần; hãy xin mã mới từ thường trực Ban Chỉ đạo.',
  'bind.code_expired': 'Mã kết nối “{code}” đã hết hạn (48 giờ). Hãy xin mã mới từ thường trực Ban Chỉ đạo.',
  'bind.already_unit': 'Nhóm này đã được kết nối với đơn vị <b>{unit}</b>. Không cần kết nối lại.',
  'bind.already_steering': 'Nhóm này đã được kết nối làm <b>nhóm Ban Chỉ đạo</b>. Không cần kết nối lại.',
  'bind.unit_ok':
    'Đã kết nối nhóm này với đơn vị <b>{unit}</b>. {name} là cán bộ đầu mối của nhóm.\nBot gửi {count} nhiệm vụ của đơn vị vào nhóm này, mỗi nhiệm vụ một tin. Báo tiến độ bằng các nút dưới mỗi nhiệm vụ hoặc trả lời tin nhắn nhiệm vụ.',
  'bind.unit_ok_mention':
    'Đã kết nối nhóm này với đơn vị <b>{unit}</b>. {name} là cán bộ đầu mối của nhóm.\nBot gửi {count} nhiệm vụ của đơn vị vào nhóm này, mỗi nhiệm vụ một tin, có mã riêng. Báo tiến độ bằng cách nhắc tới bot kèm mã nhiệm vụ (ví dụ “@tên_bot {example} xong rồi”) hoặc gõ lệnh ghi dưới mỗi nhiệm vụ.',
  'bind.cards_at': '🌙 Bây giờ là giờ nghỉ ({quiet}) nên bot chưa gửi tin: các nhiệm vụ sẽ đến nhóm lúc <b>{time}</b> ngày {date}.',
  'bind.steering_ok': 'Đã kết nối nhóm này làm <b>nhóm Ban Chỉ đạo</b>. Dùng /moi &lt;đơn vị&gt; để cấp mã kết nối cho từng đơn vị; /trogiup để xem các lệnh.',
  'bind.steering_exists': 'Đã có nhóm Ban Chỉ đạo được kết nối. Mỗi hệ thống chỉ có một nhóm Ban Chỉ đạo.',
  'bind.target_steering': 'nhóm Ban Chỉ đạo',
  'task.header': '📌 <b>{title}</b>',
  'task.code_role': 'Mã: <code>{code}</code> · Vai trò: <b>{role}</b>',
  'task.plan': 'Kế hoạch số {plan}{phase}',
  'task.due': 'Hạn: <b>{date}</b> ({left})',
  'task.due_card': 'Hạn: <b>{date}</b> ({left}, tính đến {today})',
  'task.due_reported': 'Hạn: <b>{date}</b> ({reported})',
  'task.no_due': 'Hạn: {text}',
  'task.due_recurring_card': 'Hạn: <b>{date}</b> ({text}) · kỳ {period}: {left}, tính đến {today}',
  'task.due_recurring': 'Hạn: {text} · kỳ cần báo cáo: {period}, hạn <b>{date}</b> ({left})',
  'task.recurring_default': 'định kỳ',
  'task.occurrence': ' ({period})',
  'task.no_due_default': 'kế hoạch không nêu hạn riêng',
  'task.lead_units': 'Chủ trì: {units}',
  'task.support_units': 'Phối hợp: {units}',
  'task.reply_hint': '<i>Trả lời tin nhắn này để báo tiến độ, ví dụ: “đã triển khai được 60%”.</i>',
  'task.mention_hint': '<i>Báo tiến độ bằng cách nhắc tới bot kèm mã nhiệm vụ, ví dụ: “@tên_bot {code} đã triển khai được 60%”, hoặc gõ một lệnh dưới đây.</i>',
  'card.own_part': 'Phần của đơn vị: <b>{status}</b>{percent}',
  'card.done_hint': '<i>Nhiệm vụ đã được Ban Chỉ đạo xác nhận hoàn thành; không cần báo cáo thêm.</i>',
  'card.archived':
    '⛔ <b>Nhiệm vụ này không còn trong kế hoạch {plan}</b>: đã được lưu trữ ngày {date}, khi kế hoạch được nhập lại; không cần báo cáo nữa. Gõ /nhiemvu để xem nhiệm vụ hiện hành.',
  'card.code': 'Mã: <code>{code}</code>',
  'card.unassigned':
    '⛔ <b>Nhiệm vụ này không còn giao cho đơn vị</b>: ngày {date}, Ban Chỉ đạo đã giao {lead} chủ trì; không cần báo cáo nữa. Gõ /nhiemvu để xem nhiệm vụ của đơn vị.',
  'card.unassigned_reimport':
    '⛔ <b>Nhiệm vụ này không còn giao cho đơn vị</b>: ngày {date}, kế hoạch {plan} được nhập lại và giao {lead} chủ trì; không cần báo cáo nữa. Gõ /nhiemvu để xem nhiệm vụ của đơn vị.',
  'card.extension_pending': '⏳ Đã xin gia hạn đến <b>{date}</b>, chờ Ban Chỉ đạo quyết định.',
  'card.extension_pending_by': '⏳ {unit} đã xin gia hạn đến <b>{date}</b>, chờ Ban Chỉ đạo quyết định.',
  'role.lead': 'chủ trì',
  'role.support': 'phối hợp',
  'button.in_progress': 'Đang thực hiện',
  'button.done': 'Hoàn thành',
  'button.blocked': 'Vướng mắc',
  'button.bind_steering': 'Đặt nhóm này làm nhóm Ban Chỉ đạo',
  'button.detail': 'Chi tiết',
  'button.skip': 'Bỏ qua',
  'button.undo': 'Hoàn tác',
  'button.confirm': 'Xác nhận',
  'button.return': 'Trả lại',
  'button.approve': 'Đồng ý',
  'button.deny': 'Từ chối',
  'report.percent_rounded': 'Đã làm tròn {typed}% thành {percent}% (báo cáo ghi phần trăm nguyên).',
  'report.recorded': 'Đã ghi nhận ({code}): <b>{status}</b>{details}',
  'report.note_echo': 'Nội dung đã ghi: “{note}”',
  'report.awaiting': 'Đã chuyển Ban Chỉ đạo xác nhận hoàn thành.',
  'report.support_done': 'Phần phối hợp của đơn vị đã hoàn thành; nhiệm vụ vẫn do đơn vị chủ trì báo hoàn thành.',
  'report.blocked_hint': 'Hãy nêu rõ vướng mắc: /vuongmac {code} &lt;lý do&gt; (hoặc trả lời tin nhắn nhiệm vụ).',
  'report.undo_hint': 'Có thể bấm “Hoàn tác” trong 10 phút.',
  'steering.done_ask': '✅ <b>{unit}</b> báo hoàn thành nhiệm vụ <b>{code}</b> {title}\nHạn: {due} · Báo lúc {at}{note}\nXác nhận hay trả lại?',
  'steering.done_closed': '✅ <b>{unit}</b> báo hoàn thành nhiệm vụ <b>{code}</b> {title}\nHạn: {due} · Báo lúc {at}{note}\n{decision}',
  'steering.done_words': 'Lời báo của đơn vị: “{note}”',
  'steering.blocker': '⚠️ <b>{unit}</b> báo vướng mắc ở nhiệm vụ <b>{code}</b> {title}\nNội dung: {note}',
  'steering.blocker_ended_report': '✅ Vướng mắc đã kết thúc: {unit} báo cáo lại lúc {at} ({status}).',
  'steering.blocker_ended_resolved': '✅ Đã gỡ vướng lúc {at} bởi {by}.',
  'steering.blocker_ended_confirmed': '✅ Vướng mắc đã kết thúc: nhiệm vụ được xác nhận hoàn thành lúc {at}.',
  'steering.blocker_ended_undone': '↩️ Vướng mắc đã kết thúc: báo cáo vướng mắc được hoàn tác lúc {at} bởi {by}.',
  'steering.still_blocked': '🔁 <b>Vẫn vướng mắc</b> (đơn vị báo lại lúc {at}): {note}',
  'steering.no_note': '(chưa nêu lý do)',
  'button.resolve_blocker': 'Gỡ vướng',
  'resolve.none': 'Nhiệm vụ {code} không có vướng mắc nào đang chờ giải quyết.',
  'resolve.ok': '✅ Đã ghi nhận gỡ vướng nhiệm vụ <b>{code}</b> ({units}) — {who}, {at}.{note}',
  'resolve.unit':
    '✅ Ban Chỉ đạo đã gỡ vướng mắc của đơn vị ở nhiệm vụ <b>{code}</b> {title}.{note}\nTrạng thái: Đang thực hiện. Tiếp tục báo tiến độ bằng các nút hoặc /tiendo.',
  'resolve.note': '\nGhi chú: {note}',
  'digest.missed_steering':
    '⚠️ <i>Các bản tổng hợp sau bản ngày {last} đã không được gửi (hệ thống tạm ngừng); bản này gộp mọi thay đổi từ bản ngày {last}.</i>',
  'digest.missed_unit': '⚠️ <i>Các bản tin sau bản ngày {last} đã không được gửi (hệ thống tạm ngừng); bản này cập nhật đầy đủ đến hiện tại.</i>',
  'reply.extension_read': 'Tin nhắn được hiểu là <b>đề nghị gia hạn</b>, như lệnh /giahan.',
  'reply.extension_no_date':
    'Anh/chị muốn đề nghị gia hạn nhiệm vụ <b>{code}</b>? Tôi chưa ghi nhận gì. Xin cho biết gia hạn đến ngày nào, gõ: <code>{example}</code>',
  'reply.ask': 'Tôi chưa chắc anh/chị muốn báo gì cho nhiệm vụ <b>{code}</b>. Xin chọn trạng thái:',
  'reply.pending_gone':
    'Lựa chọn này đã hết hiệu lực (quá lâu hoặc bot vừa khởi động lại). Anh/chị vui lòng trả lời lại tin nhắn nhiệm vụ hoặc dùng /tiendo, /xong, /vuongmac.',
  'reply.pending_outdated':
    'Câu hỏi này đã cũ: sau đó đơn vị đã báo nhiệm vụ <b>{code}</b> là <b>{status}</b>{percent}{note} lúc {at} ({by}). Bot không ghi nhận lựa chọn này để khỏi đè lên báo cáo mới hơn. Nếu tình hình đã khác, anh/chị báo lại bằng /tiendo, /xong hoặc /vuongmac.',
  'reply.skipped': 'Đã bỏ qua, không ghi nhận gì.',
  'reply.choose_number': 'Trả lời bằng số, ví dụ: <code>{example}</code>',
  'reply.nothing_to_pick': 'Không có câu hỏi nào của bot đang chờ trả lời trong nhóm này.',
  'reply.question': 'Nhiệm vụ {code}{period} hiện: <b>{status}</b>{percent} · {due}. Gõ /chitiet {code} để xem chi tiết.',
  'reply.moved': 'Tin nhắn nêu mã <b>{code}</b> nên được ghi cho nhiệm vụ {code}, không ghi cho nhiệm vụ {card} của tin được trả lời.',
  'reply.code_unknown':
    'Không có nhiệm vụ nào mã <b>{code}</b> nên tôi chưa ghi nhận gì. Xin kiểm tra lại mã (gõ /nhiemvu để xem mã nhiệm vụ của đơn vị). Nếu anh/chị báo cho nhiệm vụ {card}, xin trả lời lại mà không nêu mã khác, hoặc dùng <code>{example}</code>.',
  'reply.code_not_units':
    'Nhiệm vụ <b>{code}</b> không giao cho đơn vị nên tôi chưa ghi nhận gì. Nếu anh/chị báo cho nhiệm vụ {card}, xin trả lời lại mà không nêu mã khác, hoặc dùng <code>{example}</code>.',
  'reply.which_task':
    'Tin nhắn nhắc tới nhiều nhiệm vụ ({codes}) nhưng tôi chưa rõ phần nào cho nhiệm vụ nào nên chưa ghi nhận gì. Xin báo riêng từng nhiệm vụ, ví dụ: <code>{example}</code>.',
  'undo.done': 'Đã hoàn tác báo cáo. Trạng thái trở lại: <b>{status}</b>.',
  'undo.expired': 'Đã quá 10 phút nên không thể hoàn tác. Anh/chị hãy gửi báo cáo mới để cập nhật.',
  'undo.already': 'Báo cáo này đã được hoàn tác.',
  'undo.superseded': 'Không hoàn tác được: đơn vị đã có báo cáo mới hơn cho nhiệm vụ này. Muốn sửa, hãy báo lại trạng thái đúng.',
  'undo.not_found': 'Không tìm thấy báo cáo cần hoàn tác.',
  'undo.nothing': 'Đơn vị chưa có báo cáo nào về nhiệm vụ {code} để hoàn tác.',
  'report.undo_hint_typed': 'Có thể hoàn tác trong 10 phút bằng lệnh ghi dưới đây.',
  'undo.confirmed': 'Nhiệm vụ đã được Ban Chỉ đạo xác nhận nên không hoàn tác được.',
  'undo.returned': 'Ban Chỉ đạo đã trả lại báo cáo hoàn thành này nên không hoàn tác được. Khi làm xong, đơn vị báo hoàn thành lại.',
  'confirm.ok': 'Đã xác nhận hoàn thành nhiệm vụ {code}: <b>{timeliness}</b>.',
  'confirm.unit': '🎉 Ban Chỉ đạo đã xác nhận nhiệm vụ <b>{code}</b> {title} hoàn thành — <b>{timeliness}</b> (báo hoàn thành {at}{due}).',
  'return.need_reason': 'Cần nêu lý do trả lại. Gửi: <code>/tralai {code} &lt;lý do&gt;</code>',
  'return.ok': 'Đã trả lại nhiệm vụ {code} cho đơn vị chủ trì.',
  'return.unit':
    '↩️ Ban Chỉ đạo trả lại nhiệm vụ <b>{code}</b> {title}, chưa xác nhận hoàn thành.\nLý do: {reason}\nTrạng thái: Bị trả lại — đơn vị tiếp tục thực hiện và báo lại khi xong.',
  'decision.confirmed_line': '☑️ <b>Đã xác nhận hoàn thành</b> — {timeliness} — lúc {at} bởi {by}.',
  'decision.returned_line': '↩️ <b>Đã trả lại</b> lúc {at} bởi {by}. Lý do: {reason}',
  'decision.withdrawn_line': '⤴️ <b>{unit} đã rút lại báo cáo hoàn thành</b> lúc {at} ({by}); không còn gì để xác nhận.',
  'decision.reassigned_line':
    '🔁 <b>Đã giao lại nhiệm vụ</b> cho {lead} lúc {at} ({by}). Lý do: {reason}\n{unit} không còn chủ trì nhiệm vụ này nên báo cáo hoàn thành trên không còn chờ xác nhận; {lead} báo hoàn thành khi xong.',
  'decision.lead_changed':
    'Đơn vị báo hoàn thành ({unit}) không còn chủ trì nhiệm vụ {code}: đã giao lại cho {lead} lúc {at}. Không còn gì để xác nhận hay trả lại.',
  'decision.already_confirmed': 'Nhiệm vụ {code} đã được xác nhận hoàn thành lúc {at} bởi {by}.',
  'decision.already_returned':
    'Nhiệm vụ {code} đã bị trả lại lúc {at} bởi {by} (lý do: {reason}). Đơn vị chủ trì cần báo hoàn thành lại thì mới xác nhận được.',
  'decision.already_withdrawn': 'Đơn vị {unit} đã rút lại báo cáo hoàn thành nhiệm vụ {code} lúc {at} ({by}); không còn gì để xác nhận hoặc trả lại.',
  'decision.superseded_line': '⤴️ <b>{unit} đã báo lại “{status}”</b> lúc {at} ({by}); báo cáo hoàn thành không còn chờ xác nhận.',
  'decision.already_superseded':
    'Đơn vị {unit} đã báo lại nhiệm vụ {code} là “{status}” lúc {at}, thay cho báo cáo hoàn thành; không còn gì để xác nhận hoặc trả lại.',
  'assign.unit_problem': 'Không xác định được đơn vị “{query}”. Hãy dùng mã đơn vị (ví dụ {example}).',
  'assign.ok': 'Đã giao lại nhiệm vụ {code}: chủ trì {lead}; {support}.',
  'assign.unchanged': 'Nhiệm vụ {code} đã do {lead} chủ trì; {support}. Không có gì thay đổi.',
  'assign.support_list': 'phối hợp: {units}',
  'assign.support_kept': 'phối hợp (giữ như trước): {units}',
  'assign.support_none': 'không có đơn vị phối hợp',
  'assign.group_lead':
    '“{query}” là nhóm {group} ({members}): mỗi nhiệm vụ chỉ có một đơn vị chủ trì. Hãy chọn một đơn vị trong nhóm làm chủ trì; nhóm có thể ghi vào phần phối hợp. Không có gì thay đổi.',
  'absence.removed':
    '⚠️ Bot đã bị xóa khỏi nhóm “{group}” của đơn vị <b>{unit}</b>. Từ nay nhiệm vụ, tin nhắc hạn và bản tổng hợp không đến được đơn vị này cho tới khi bot được thêm lại vào nhóm.\nCách khắc phục: nhờ quản trị nhóm của đơn vị thêm lại bot vào nhóm (nhóm vẫn giữ kết nối, không cần mã mới; bot sẽ gửi lại danh sách nhiệm vụ hiện tại), hoặc cấp mã kết nối cho một nhóm khác của đơn vị bằng <code>/moi {code}</code>.',
  'absence.blocked':
    '⚠️ Bot đã bị chặn trong nhóm “{group}” của đơn vị <b>{unit}</b>. Từ nay nhiệm vụ, tin nhắc hạn và bản tổng hợp không đến được đơn vị này cho tới khi bot được bỏ chặn hoặc thêm lại vào nhóm.\nCách khắc phục: nhờ quản trị nhóm của đơn vị bỏ chặn hoặc thêm lại bot (nhóm vẫn giữ kết nối, không cần mã mới; bot sẽ gửi lại danh sách nhiệm vụ hiện tại), hoặc cấp mã kết nối cho một nhóm khác của đơn vị bằng <code>/moi {code}</code>.',
  'absence.back': '✅ Bot đã trở lại nhóm “{group}” (đơn vị <b>{unit}</b>): nhiệm vụ, tin nhắc hạn và bản tổng hợp lại đến được đơn vị này.',
  'assign.removed_notice': '🔁 Ban Chỉ đạo đã giao nhiệm vụ <b>{code}</b> {title} cho {lead}; đơn vị không còn thực hiện nhiệm vụ này.\nLý do: {reason}',
  'assign.unit_notice': '🔁 Ban Chỉ đạo điều chỉnh phân công nhiệm vụ <b>{code}</b> {title}: chủ trì {lead}{support}.\nLý do: {reason}',
  'reimport.restored_notice':
    '📋 Ban Chỉ đạo vừa nhập lại kế hoạch {plan}; nhiệm vụ <b>{code}</b> {title} <b>có lại trong kế hoạch</b> và tiếp tục được theo dõi: xin tiếp tục báo cáo như trước (trả lời tin nhiệm vụ hoặc /nhiemvu).',
  'reimport.unit_notice': '📋 Ban Chỉ đạo vừa nhập lại kế hoạch {plan}; nhiệm vụ <b>{code}</b> {title} thay đổi:',
  'reimport.deadline_line': '\n• Hạn: {from} → <b>{to}</b>',
  'reimport.roles_line': '\n• Phân công: chủ trì {lead}{support}',
  'reimport.no_longer_yours': '\n• Nhiệm vụ này không còn giao cho đơn vị; không cần báo cáo nữa.',
  'deadline.ok': 'Đã đổi hạn nhiệm vụ {code}: {from} → <b>{to}</b>.',
  'deadline.unchanged': 'Hạn nhiệm vụ {code} đã là {date}; không có gì thay đổi.',
  'deadline.pending_done':
    'Báo cáo hoàn thành của {unit} lúc {at} vẫn chờ xác nhận; theo hạn mới tính là <b>{after}</b> (theo hạn cũ: {before}). Tin hỏi xác nhận ở nhóm Ban Chỉ đạo đã được sửa theo hạn mới.',
  'deadline.no_due_verdict': 'chưa có hạn',
  'deadline.unit_notice': '📅 Ban Chỉ đạo đổi hạn nhiệm vụ <b>{code}</b> {title}: {from} → <b>{to}</b>.\nLý do: {reason}',
  'ext.requested': 'Đã gửi đề nghị gia hạn nhiệm vụ {code} đến {date} lên Ban Chỉ đạo. Bot sẽ báo kết quả tại nhóm này.',
  'ext.steering_use_doihan':
    '/giahan là lệnh để nhóm của đơn vị đề nghị gia hạn. Thường trực Ban Chỉ đạo đổi hạn trực tiếp bằng /doihan &lt;mã&gt; &lt;ngày/tháng/năm&gt; &lt;lý do&gt;. Không có gì thay đổi.',
  'ext.no_steering': 'Chưa có nhóm Ban Chỉ đạo được kết nối; đề nghị đã lưu và sẽ được xử lý khi có nhóm Ban Chỉ đạo.',
  'ext.steering_ask': '🕒 <b>{unit}</b> đề nghị gia hạn nhiệm vụ <b>{code}</b> {title}\nHạn hiện tại: {from} → đề nghị: <b>{to}</b>\nLý do: {reason}',
  'ext.approved': 'Đã đồng ý gia hạn nhiệm vụ {code} đến {date}.',
  'ext.approved_unit': '✅ Ban Chỉ đạo đồng ý gia hạn nhiệm vụ <b>{code}</b> {title} đến <b>{date}</b>.',
  'ext.denied': 'Đã từ chối đề nghị gia hạn nhiệm vụ {code}.',
  'ext.denied_unit': '❌ Ban Chỉ đạo không đồng ý gia hạn nhiệm vụ <b>{code}</b> {title}; {still}.',
  'ext.still_due': 'hạn vẫn là {date}',
  'ext.still_no_due': 'nhiệm vụ vẫn không có hạn riêng',
  'ext.already_decided': 'Đề nghị này đã được xử lý trước đó.',
  'ext.not_found': 'Không tìm thấy đề nghị gia hạn.',
  'ext.none_pending': 'Nhiệm vụ {code} không có đề nghị gia hạn nào đang chờ quyết định. Không có gì thay đổi.',
  'ext.several_pending': 'Nhiệm vụ {code} có {count} đề nghị gia hạn đang chờ: {list}. Ghi kèm mã đơn vị, ví dụ <code>{example}</code>. Không có gì thay đổi.',
  'ext.steering_ask_support':
    '🕒 <b>{unit}</b> (đơn vị phối hợp) đề nghị gia hạn nhiệm vụ <b>{code}</b> {title}\nĐơn vị chủ trì: <b>{lead}</b> (đã được báo)\nHạn hiện tại: {from} → đề nghị: <b>{to}</b>\nLý do: {reason}',
  'ext.lead_notice':
    '🕒 Đơn vị phối hợp <b>{unit}</b> đề nghị Ban Chỉ đạo gia hạn nhiệm vụ <b>{code}</b> {title} do đơn vị mình chủ trì: {from} → <b>{to}</b>.\nLý do: {reason}\nBan Chỉ đạo sẽ quyết định; kết quả sẽ được báo tại nhóm này.',
  'ext.requested_support':
    'Đã gửi đề nghị gia hạn nhiệm vụ {code} đến {date} lên Ban Chỉ đạo (ghi rõ là đề nghị của đơn vị phối hợp) và báo cho đơn vị chủ trì {lead}. Bot sẽ báo kết quả tại nhóm này.',
  'ext.steering_ask_support_unreached':
    '🕒 <b>{unit}</b> (đơn vị phối hợp) đề nghị gia hạn nhiệm vụ <b>{code}</b> {title}\nĐơn vị chủ trì: <b>{lead}</b> (chưa có nhóm, chưa báo được; bot sẽ báo khi nhóm được kết nối)\nHạn hiện tại: {from} → đề nghị: <b>{to}</b>\nLý do: {reason}',
  'ext.requested_support_unreached':
    'Đã gửi đề nghị gia hạn nhiệm vụ {code} đến {date} lên Ban Chỉ đạo (ghi rõ là đề nghị của đơn vị phối hợp). Đơn vị chủ trì {lead} chưa có nhóm kết nối nên chưa báo được; bot sẽ báo khi nhóm của {lead} được kết nối. Bot sẽ báo kết quả tại nhóm này.',
  'ext.pending_line': '🕒 Đề nghị gia hạn chờ quyết định: {unit} đề nghị đến <b>{to}</b> (gửi {at}) — {reason}',
  'ext.lead_notice_late': '(Đề nghị này được gửi ngày {at}, khi nhóm của đơn vị chưa được kết nối; Ban Chỉ đạo chưa quyết định.)',
  'ext.approved_all': '📅 Ban Chỉ đạo đồng ý gia hạn nhiệm vụ <b>{code}</b> {title}: {from} → <b>{to}</b> (theo đề nghị của {unit}).\nLý do: {reason}',
  'ext.approved_line': '✅ <b>Đã đồng ý</b> lúc {at} bởi {by}: hạn mới {to}.',
  'ext.withdrawn_line': '↩️ <b>Đề nghị đã rút</b> lúc {at}: nhiệm vụ được giao cho {lead} (bởi {by}), {unit} không còn thực hiện nhiệm vụ này.',
  'ext.already_withdrawn':
    'Đề nghị gia hạn nhiệm vụ {code} của {unit} đã rút lúc {at} vì nhiệm vụ được giao lại, đơn vị không còn thực hiện; không cần quyết định nữa.',
  'ext.denied_line': '❌ <b>Đã từ chối</b> lúc {at} bởi {by}; {still}.',
  'ext.already_approved': 'Đề nghị gia hạn nhiệm vụ {code} đến {date} đã được đồng ý lúc {at} bởi {by}.',
  'ext.already_denied': 'Đề nghị gia hạn nhiệm vụ {code} đến {date} đã bị từ chối lúc {at} bởi {by}.',
  'ext.task_done': 'Nhiệm vụ {code} đã được xác nhận hoàn thành nên không thể gia hạn. Không có gì thay đổi.',
  'ext.task_awaiting': 'Nhiệm vụ {code} đã báo hoàn thành và đang chờ Ban Chỉ đạo xác nhận nên không cần gia hạn. Không có gì thay đổi.',
  'ext.decide_task_awaiting':
    'Nhiệm vụ {code} đã được báo hoàn thành lúc {at} và đang chờ xác nhận nên không gia hạn được. Không có gì thay đổi. Có thể từ chối đề nghị; nếu nhiệm vụ bị trả lại thì mới đồng ý được.',
  'ext.decide_unit_removed':
    '{unit} không còn tham gia nhiệm vụ {code} (đã giao lại) nên không đồng ý được đề nghị gia hạn của đơn vị này. Không có gì thay đổi; có thể từ chối đề nghị.',
  'ext.decide_same_date':
    'Hạn nhiệm vụ {code} đã là {date}, đúng ngày đơn vị đề nghị: đồng ý cũng không thay đổi gì. Không có gì thay đổi; có thể từ chối đề nghị để đóng lại.',
  'ext.decide_not_later':
    'Hạn nhiệm vụ {code} đã là {due}, không sớm hơn ngày đề nghị {date}: đồng ý sẽ rút ngắn hạn. Không có gì thay đổi; có thể từ chối đề nghị.',
  'ext.part_done': 'Phần việc của {unit} ở nhiệm vụ {code} đã hoàn thành nên không cần gia hạn. Không có gì thay đổi.',
  'ext.date_past': 'Ngày đề nghị {date} không sau hôm nay ({today}): hạn mới phải là một ngày trong tương lai. Không có gì thay đổi.',
  'ext.date_not_later': 'Ngày đề nghị {date} không sau hạn hiện tại của nhiệm vụ {code} ({due}): gia hạn phải lùi hạn về sau. Không có gì thay đổi.',
  'evidence.saved': 'Đã lưu minh chứng cho nhiệm vụ {code} (tổng cộng {count}).',
  'locale.set': 'Đã chuyển ngôn ngữ của nhóm sang tiếng Việt.',
  'list.title_unit': '📋 Nhiệm vụ của <b>{unit}</b> (ngày {date})',
  'list.title_all': '📋 Nhiệm vụ theo đơn vị chủ trì (ngày {date})',
  'list.unit_heading': '🏢 <b>{unit}</b>',
  'list.empty': 'Không có nhiệm vụ nào.',
  'list.unit_part_note': '<i>Trạng thái là phần việc của đơn vị; nhiệm vụ phối hợp chỉ hoàn thành khi đơn vị chủ trì báo xong và Ban Chỉ đạo xác nhận.</i>',
  'bucket.overdue': 'Quá hạn',
  'bucket.due_soon': 'Sắp đến hạn (≤ 3 ngày)',
  'bucket.blocked': 'Vướng mắc',
  'bucket.returned': 'Bị trả lại',
  'bucket.in_progress': 'Đang thực hiện',
  'bucket.awaiting_confirmation': 'Chờ xác nhận',
  'bucket.not_started': 'Chưa thực hiện',
  'bucket.done': 'Hoàn thành',
  'detail.status': 'Trạng thái: <b>{status}</b>{percent}{timeliness}',
  'detail.units': 'Phần việc của từng đơn vị:',
  'detail.last_report': 'báo cáo gần nhất',
  'detail.due_soon': 'Sắp đến hạn',
  'detail.overdue': 'Quá hạn',
  'detail.on_time': 'Trong hạn',
  'detail.no_deadline': 'Không có hạn',
  'detail.unit_line': '• {unit} ({role}): {status}{percent}{last}{owed}',
  'detail.unit_owed': ' · kỳ {period}, hạn {date} ({left})',
  'detail.source': 'Trích kế hoạch{section}:',
  'detail.history': 'Báo cáo gần nhất:',
  'detail.no_history': 'Chưa có báo cáo nào.',
  'detail.history_line': '• {at} — {unit}, {who}: {status}{percent}{note}',
  'line.support_part': '↳ Phối hợp: {unit} — {status}{percent}',
  'line.lead_part': '↳ Chủ trì: {unit} — {status}',
  'detail.secretariat_line': '• {at} — {who} (thường trực BCĐ) {action} phần của {unit}{note}',
  'detail.undo_line': '• {at} — {unit}, {who}: hoàn tác báo cáo {what}; trạng thái trở lại: {status}{percent}',
  'detail.undo_what': '“{status}” lúc {at}',
  'detail.undo_what_unknown': 'trước đó',
  'detail.reassigned_mark': ' (huỷ do giao lại cho {lead}: không còn chờ xác nhận, không tính là hoàn thành)',
  'detail.undone_mark': ' (đã hoàn tác lúc {at}, {who})',
  'detail.evidence': 'Minh chứng: {count} tệp',
  'detail.deadline_changes': 'Thay đổi hạn:',
  'detail.deadline_line': '• {at}: {from} → {to} — {reason}',
  'plan.none': 'Chưa có kế hoạch nào đang thực hiện.',
  'plan.header': '📘 Kế hoạch số <b>{number}</b>: {title}',
  'plan.phase': '• {name}: {start} – {end} ({left})',
  'plan.blockers':
    '⚠️ Vướng mắc chưa gỡ: {blockers} (ở {tasks} nhiệm vụ). Dòng trên xếp mỗi nhiệm vụ vào một nhóm: nhiệm vụ có vướng mắc mà quá hạn, sắp đến hạn hay chờ xác nhận được đếm ở nhóm đó.',
  'plan.counts':
    'Tổng số {total} nhiệm vụ: quá hạn {overdue} · sắp đến hạn {due_soon} · vướng mắc {blocked} · bị trả lại {returned} · đang thực hiện {in_progress} · chưa thực hiện {not_started} · chờ xác nhận {awaiting} · hoàn thành đúng hạn {done_on_time} · hoàn thành quá hạn {done_late}{no_deadline}',
  'plan.counts_no_deadline': ' · hoàn thành (không có hạn) {count}',
  'overdue.title': '⏰ Nhiệm vụ quá hạn (ngày {date})',
  'overdue.none': 'Không có nhiệm vụ nào quá hạn. 👍',
  'overdue.line': '• <b>{code}</b> {title} — {unit}, hạn {due}, {late}',
  'help.title': '<b>Các lệnh của bot Điều phối</b>',
  'help.plan_file':
    '📎 Nạp kế hoạch (thường trực): gửi văn bản kế hoạch .docx, .pdf hoặc .txt vào đây hoặc nhắn riêng với bot; bot trả bảng kiểm tra .xlsx. Sửa xong, gửi lại tệp .xlsx (hoặc .yaml) rồi bấm Kích hoạt.',
  'help.plan_file_unseen':
    'Gửi tệp mà bot không trả lời? Khi bot chưa là quản trị viên nhóm, bot chỉ thấy tệp gửi bằng cách <b>trả lời (reply) một tin nhắn của bot</b> kèm tệp; hoặc gửi tệp cho bot trong <b>tin nhắn riêng</b>.',
  'help.unbound':
    'Nhóm này chưa được kết nối.\n• Đơn vị: xin mã của thường trực Ban Chỉ đạo rồi gửi /ketnoi &lt;mã&gt;.\n• Thường trực Ban Chỉ đạo: gửi /batdau trong nhóm Ban Chỉ đạo.',
  'help.unbound_steering_ready':
    'Nhóm này chưa được kết nối với đơn vị nào. Để kết nối nhóm của một đơn vị:\n1. Thường trực Ban Chỉ đạo gửi <code>&#47;moi &lt;đơn vị&gt;</code> trong nhóm Ban Chỉ đạo “{steering}” (hoặc khi nhắn riêng với bot) để lấy mã.\n2. Gửi mã nhận được vào nhóm này: <code>/ketnoi &lt;mã&gt;</code>.',
  'help.how_telegram':
    'Báo cáo: bấm nút dưới tin nhiệm vụ, gõ lệnh, hoặc trả lời (reply) tin nhắn nhiệm vụ. Trong nhóm có nhiều bot, gõ <code>/trogiup@{bot}</code>.',
  'example.task_code': '&lt;mã nhiệm vụ&gt;',
  'example.unit_code': '&lt;mã đơn vị&gt;',
  'mention.code_not_current':
    'Mã <b>{code}</b> không phải nhiệm vụ hiện hành của đơn vị (có thể đã lưu trữ hoặc sai mã). Gửi <code>{mention} /nhiemvu</code> để xem mã nhiệm vụ hiện hành, rồi báo cáo, ví dụ: <code>{mention} {example} xong rồi</code>.',
  'help.how_mention':
    'Trong nhóm Zalo, nhắc tới bot trước mỗi lệnh: <code>{mention} /nhiemvu</code>. Báo cáo bằng mã nhiệm vụ: <code>{mention} {example} xong rồi</code>. Khi bot hỏi kèm danh sách đánh số, trả lời bằng số: <code>{mention} 2</code>.',
  'start.intro':
    '👋 Xin chào! Tôi là <b>Điều phối</b>, trợ lý theo dõi thực hiện kế hoạch của Ban Chỉ đạo: gửi nhiệm vụ đến nhóm của từng đơn vị, nhận báo cáo tiến độ, nhắc hạn và tổng hợp báo cáo.',
  'start.unbound_next':
    'Bước tiếp theo: trong nhóm của đơn vị, gửi /ketnoi &lt;mã&gt; (mã do thường trực Ban Chỉ đạo cấp). Thường trực Ban Chỉ đạo gửi /batdau trong nhóm Ban Chỉ đạo.',
  'start.steering_ready_next':
    'Bước tiếp theo: thường trực Ban Chỉ đạo cấp mã cho đơn vị bằng <code>/moi &lt;đơn vị&gt;</code>; trong nhóm của đơn vị, gửi <code>/ketnoi &lt;mã&gt;</code>.',
  'start.unit_next': 'Nhóm đã kết nối với <b>{unit}</b>. Gõ /nhiemvu để xem nhiệm vụ, /trogiup để xem các lệnh.',
  'start.steering_next': 'Đây là nhóm Ban Chỉ đạo. Gõ /kehoach, /nhiemvu, /quahan hoặc /trogiup.',
  'plan_chat.not_secretariat':
    'Cảm ơn anh/chị đã gửi tệp. Chỉ thường trực Ban Chỉ đạo mới nạp kế hoạch cho bot, nên bot không đọc tệp này và không có gì thay đổi. Nếu đây là kế hoạch cần theo dõi, xin chuyển tệp cho thường trực Ban Chỉ đạo.',
  'plan_chat.unsupported':
    'Bot chưa đọc được tệp “{file}”. Để nạp kế hoạch: gửi văn bản kế hoạch dạng <b>.docx</b>, <b>.pdf</b> hoặc <b>.txt</b> (bot dựng bản nháp và bảng kiểm tra .xlsx), hoặc gửi lại bảng kiểm tra <b>.xlsx</b> / tệp kế hoạch <b>.yaml</b> đã sửa để nhập. Không có gì thay đổi.',
  'plan_chat.too_large':
    'Tệp “{file}” quá lớn ({size}). Bot nhận văn bản .docx, .pdf và bảng .xlsx tối đa {max}, tệp .txt, .yaml tối đa {textMax}; nội dung văn bản tối đa {chars} ký tự. Không có gì thay đổi — hãy kiểm tra lại có đúng tệp không.',
  'plan_chat.no_download': 'Kênh chat này chưa cho bot tải tệp về, nên chưa nạp được kế hoạch. Không có gì thay đổi.',
  'plan_chat.unreadable': '{reason}\nKhông có gì thay đổi.',
  'plan_chat.no_tasks':
    'Đã đọc “{file}” nhưng <b>không tìm thấy nhiệm vụ nào</b>, nên chưa có gì để nhập. Không có gì thay đổi.{why}\n\nBot tìm các việc được giao cho đơn vị, ví dụ “Công an tỉnh chủ trì, phối hợp với … hoàn thành trước ngày 30/6/2024”. Anh/chị có thể:\n• kiểm tra đây có đúng là văn bản kế hoạch (có phần nhiệm vụ, giải pháp hoặc tổ chức thực hiện) không;\n• nếu tệp là bản chụp hay bản quét, gửi bản .docx hoặc .pdf có chữ chọn được;\n• hoặc gửi bảng kiểm tra .xlsx / tệp .yaml đã soạn sẵn để nhập.',
  'plan_chat.no_tasks_seen': 'Bot nhận thấy:',
  'plan_chat.draft_summary':
    '<b>Bản nháp kế hoạch từ “{file}”</b>{header}\n• Nhiệm vụ: <b>{tasks}</b>, trong đó <b>{review}</b> cần kiểm tra{reasons}\n• Đơn vị ({unitCount}): {units}\n• Giai đoạn ({phaseCount}): {phases}\n\nMở tệp <b>{workbook}</b> đính kèm bằng Excel, sửa các dòng tô vàng (cột “Cần kiểm tra” ghi lý do), rồi gửi lại tệp .xlsx vào đây. Bot kiểm tra và cho xem thay đổi trước khi kích hoạt; chưa có gì được nhập.',
  'plan_chat.more_units_listed': 'và {count} đơn vị khác',
  'plan_chat.more_phases': 'và {count} giai đoạn khác (xem sheet Giai đoạn trong bảng)',
  'plan_chat.phase_reversed': '⚠️ ngày kết thúc {end} trước ngày bắt đầu {start}, cần kiểm tra',
  'plan_chat.none': 'chưa thấy',
  'plan_chat.more_reasons': 'và {count} lý do khác (xem cột “Lý do” trong bảng)',
  'plan_chat.invalid': '<b>Tệp “{file}” có {count} lỗi — chưa nhập gì.</b>\n{errors}\nSửa tệp rồi gửi lại vào đây.',
  'plan_chat.more_errors': '… và {count} lỗi khác.',
  'plan_chat.more_errors_attached': '… và {count} lỗi khác: xem đủ {total} lỗi trong tệp “{list}” đính kèm.',
  'plan_chat.missing_parts':
    'Tệp thiếu sheet hoặc cột nên bot chưa kiểm tra các ô liên quan. Hãy sửa trên bảng kiểm tra bot đã gửi (không xoá, không đổi tên sheet và tiêu đề cột), hoặc gửi lại văn bản kế hoạch vào đây để nhận bảng mới.',
  'plan_chat.error_list_title': 'Các lỗi trong tệp “{file}” ({count} lỗi). Sửa trong Excel rồi gửi lại tệp vào nhóm.',
  'plan_chat.diff_attached': 'Danh sách đầy đủ các thay đổi trong tệp “{list}” đính kèm.',
  'plan_chat.diff_list_title': 'Các thay đổi khi nhập “{file}”',
  'plan_chat.preview':
    '<b>Đã kiểm tra “{file}”: kế hoạch {plan}</b>\n{title}\n\n{diff}{warnings}\n\nBấm <b>Kích hoạt</b> để nhập, kích hoạt và gửi nhiệm vụ tới các nhóm đơn vị, hoặc <b>Huỷ</b> để bỏ qua. Chưa có gì thay đổi; yêu cầu số {id} hết hạn lúc {expires}.',
  'plan_chat.unreviewed': '{count} nhiệm vụ vẫn đánh dấu "Cần kiểm tra" ({codes}): hãy xem lại chủ trì và hạn trước khi kích hoạt, rồi xoá dấu đó trong tệp',
  'plan_chat.archive_reported':
    '\n\n⚠️ <b>{count} nhiệm vụ đã có báo cáo sẽ được lưu trữ: {codes}.</b> Báo cáo cũ vẫn được giữ, nhưng các nhiệm vụ này sẽ không còn được theo dõi. Nếu đó vẫn là các nhiệm vụ cũ, hãy giữ nguyên mã cũ trong tệp trước khi bấm Kích hoạt.',
  'plan_chat.codes_reused':
    '\n\n♻️ {count} nhiệm vụ trùng với nhiệm vụ đang theo dõi (cùng đơn vị chủ trì, tên gần giống) nên giữ mã cũ, để không mất báo cáo; kiểm tra lại trong tệp.',
  'plan_chat.units_carried':
    '\n\n📌 {count} nhiệm vụ trong bảng lấy đơn vị chủ trì, phối hợp theo kế hoạch đang theo dõi (thường trực đã đặt), thay cho đơn vị đọc được từ văn bản mới; cột “Lý do” của từng dòng ghi văn bản mới viết gì.',
  'plan_chat.other_plan':
    '\n\n🆕 <b>Đây là kế hoạch khác</b> ({plan}) với kế hoạch đang theo dõi ({current}), nên bot không lấy mã hay đơn vị của kế hoạch đó cho nhiệm vụ nào. Khi kích hoạt, kế hoạch này được theo dõi <b>bên cạnh</b>, không thay thế: nhiệm vụ và báo cáo của {current} giữ nguyên.',
  'plan_chat.codes_prefixed': ' Mã nhiệm vụ mang tiền tố <b>{prefix}</b> để không trùng với mã đang dùng (đơn vị báo cáo theo mã).',
  'plan_chat.beside_other_plans':
    '\n\n⚠️ <b>Đây là kế hoạch khác với kế hoạch đang theo dõi ({plans}).</b> Bấm Kích hoạt sẽ theo dõi thêm kế hoạch {plan} <b>bên cạnh</b>, không thay thế: nhiệm vụ, mã và báo cáo của {plans} giữ nguyên. Nếu đây là bản mới của kế hoạch đang theo dõi, hãy ghi đúng số/ký hiệu của kế hoạch đó ở trang Kế hoạch rồi gửi lại.',
  'plan_chat.code_clash':
    '<b>Tệp “{file}” chưa nhập được — không có gì thay đổi.</b>\nKế hoạch {plan} dùng mã nhiệm vụ đang thuộc kế hoạch khác đang theo dõi: {list}. Mỗi mã chỉ thuộc một nhiệm vụ (đơn vị báo cáo theo mã), nên hãy đổi các mã này trong tệp (ví dụ thêm tiền tố {prefix}) rồi gửi lại.',
  'plan_chat.toast_code_clash': 'Chưa nhập: mã nhiệm vụ trùng với kế hoạch khác đang theo dõi.',
  'plan_chat.number_unread': 'chưa đọc được số/ký hiệu',
  'plan_chat.decided_deadlines_revert':
    '\n\n⚠️ <b>{count} nhiệm vụ có hạn đã được gia hạn/đổi sau khi nhập sẽ trở về hạn trong tệp: {list}.</b> Nếu vẫn giữ hạn Ban Chỉ đạo đã quyết định, hãy sửa cột Hạn trong tệp rồi gửi lại; nếu bấm Kích hoạt, nhóm các đơn vị được báo hạn mới.',
  'plan_chat.deadlines_carried':
    '\n\n📅 {count} nhiệm vụ trong bảng giữ hạn Ban Chỉ đạo đã gia hạn/đổi sau khi nhập, thay cho ngày ghi trong văn bản; cột “Lý do” của từng dòng ghi văn bản viết ngày nào.',
  'plan_chat.groups_adopted':
    '\n\n👥 {count} nhóm đơn vị văn bản nhắc chung (“các ngành, đoàn thể cùng cấp”…) giữ các đơn vị thành viên đã ghi trong kế hoạch đang theo dõi (sheet “Nhóm đơn vị”).',
  'plan_chat.kept_unchanged':
    '\n\n✅ {count} nhiệm vụ có đoạn văn bản không đổi được giữ nguyên như kế hoạch đang theo dõi (tên, đơn vị, thời hạn), không lấy theo bản nháp mới.',
  'plan_chat.changed_since_check':
    '<b>Chưa nhập — không có gì thay đổi.</b> Kế hoạch {plan} đã thay đổi sau khi bot kiểm tra “{file}” (yêu cầu số {id}): đã nhập tệp khác, đổi hạn hoặc giao lại nhiệm vụ. Bảng thay đổi đã gửi không còn đúng; hãy gửi lại tệp để bot kiểm tra với kế hoạch hiện tại.',
  'plan_chat.toast_changed_since_check': 'Chưa nhập: kế hoạch đã thay đổi sau khi kiểm tra tệp, hãy gửi lại tệp.',
  'plan_chat.settings_kept':
    '\n\n📏 Bảng giữ {criteria} tiêu chí và {groups} nhóm đơn vị của kế hoạch đang theo dõi (văn bản thường không liệt kê; các kết quả đo đã ghi vẫn gắn với tiêu chí).',
  'plan_chat.criteria_removed':
    '\n\n⚠️ <b>{count} tiêu chí của kế hoạch đang theo dõi không có trong tệp và sẽ được lưu trữ (kết quả đo không còn trong báo cáo): {list}.</b> Nếu vẫn theo dõi, hãy thêm lại ở sheet “Tiêu chí” rồi gửi lại tệp.',
  'plan_chat.groups_removed':
    '\n\n⚠️ <b>{count} nhóm đơn vị của kế hoạch đang theo dõi không có trong tệp và sẽ bị bỏ: {list}.</b> Nếu vẫn dùng, hãy thêm lại ở sheet “Nhóm đơn vị” rồi gửi lại tệp.',
  'plan_chat.warnings': '\n\n⚠️ {count} cảnh báo (không chặn việc nhập):\n{list}',
  'button.activate_plan': 'Kích hoạt',
  'button.cancel_import': 'Huỷ',
  'plan_chat.activated':
    '✅ {by} đã nhập và kích hoạt kế hoạch <b>{plan}</b> từ “{file}”: {created} nhiệm vụ mới, {updated} thay đổi, {archived} lưu trữ, {unchanged} giữ nguyên. {queued} tin nhiệm vụ đang được gửi tới các nhóm đơn vị đã kết nối.',
  'plan_chat.toast_working': 'Đang nhập và kích hoạt kế hoạch…',
  'plan_chat.units_without_group':
    '\n\n⚠️ <b>{count} đơn vị chưa kết nối nhóm nên chưa nhận được nhiệm vụ:</b> {units}. Để kết nối: gửi <code>/moi {example}</code> (mã hoặc tên đơn vị) để lấy mã kết nối, rồi cán bộ đầu mối gửi <code>/ketnoi &lt;mã&gt;</code> trong nhóm của đơn vị; bot gửi nhiệm vụ vào nhóm ngay khi kết nối. Gửi <code>/moi</code> để xem mọi đơn vị chưa kết nối.',
  'plan_chat.more_units': '{names} và {count} đơn vị khác',
  'plan_chat.decided': '{outcome} (kết quả ở tin nhắn bên dưới)',
  'plan_chat.toast_activated': 'Đã nhập và kích hoạt kế hoạch {plan}.',
  'plan_chat.toast_cancelled': 'Đã huỷ; không có gì thay đổi.',
  'plan_chat.cancelled': '{by} đã huỷ nhập “{file}”. Không có gì thay đổi.',
  'plan_chat.already_activated': 'Yêu cầu nhập này đã được kích hoạt rồi; bot không nhập lại.',
  'plan_chat.already_cancelled': 'Yêu cầu nhập này đã được huỷ. Muốn nhập, hãy gửi lại tệp.',
  'plan_chat.expired': 'Yêu cầu nhập này đã hết hạn. Hãy gửi lại tệp .xlsx hoặc .yaml để kiểm tra lại.',
  'plan_chat.missing': 'Không tìm thấy yêu cầu nhập kế hoạch số {id} trong cuộc trò chuyện này.',
  'plan_chat.reread_failed': 'Tệp “{file}” không còn qua được bước kiểm tra ({reason}). Chưa nhập gì; hãy gửi lại tệp.',
} as const;

export type MessageKey = keyof typeof MESSAGES_VI;
