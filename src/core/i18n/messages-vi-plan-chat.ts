/** Vietnamese texts of loading a plan in chat (document → review workbook → Kích hoạt), spread into the main table. */
export const PLAN_CHAT_VI = {
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
  'plan_chat.blocking': '⛔ <b>Bảng này sẽ chưa nạp được ({count} lỗi) nếu chưa sửa:</b>',
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
    '\n\n🆕 <b>Đây là kế hoạch khác</b> ({plan}) với kế hoạch đang theo dõi ({current}), nên bot không lấy mã nhiệm vụ hay cách phân công chủ trì, phối hợp của kế hoạch đó cho nhiệm vụ nào; danh sách đơn vị (và nhóm đã kết nối) vẫn dùng chung, nên đơn vị đã có giữ mã cũ. Khi kích hoạt, kế hoạch này được theo dõi <b>bên cạnh</b>, không thay thế: nhiệm vụ và báo cáo của {current} giữ nguyên.',
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
  'plan_chat.criteria_kept':
    '\n\n📏 Bảng giữ {count} tiêu chí của kế hoạch đang theo dõi (văn bản thường không liệt kê; các kết quả đo đã ghi vẫn gắn với tiêu chí).',
  'plan_chat.groups_kept': '\n\n👥 Bảng giữ thêm {count} nhóm đơn vị của kế hoạch đang theo dõi mà văn bản không nhắc tới.',
  'plan_chat.criteria_removed':
    '\n\n⚠️ <b>{count} tiêu chí của kế hoạch đang theo dõi không có trong tệp và sẽ được lưu trữ (kết quả đo không còn trong báo cáo): {list}.</b> Nếu vẫn theo dõi, hãy thêm lại ở sheet “Tiêu chí” (tệp YAML: mục criteria) rồi gửi lại tệp.',
  'plan_chat.groups_removed':
    '\n\n⚠️ <b>{count} nhóm đơn vị của kế hoạch đang theo dõi không có trong tệp và sẽ bị bỏ: {list}.</b> Nếu vẫn dùng, hãy thêm lại ở sheet “Nhóm đơn vị” (tệp YAML: mục config.groups) rồi gửi lại tệp.',
  'plan_chat.warnings': '\n\n⚠️ {count} cảnh báo (không chặn việc nhập):\n{list}',
  'plan_chat.activated':
    '✅ {by} đã nhập và kích hoạt kế hoạch <b>{plan}</b> từ “{file}”: {created} nhiệm vụ mới, {updated} thay đổi, {archived} lưu trữ, {unchanged} giữ nguyên.',
  'plan_chat.queued': ' {queued} tin nhiệm vụ đang được gửi tới các nhóm đơn vị đã kết nối.',
  'plan_chat.toast_working': 'Đang nhập và kích hoạt kế hoạch…',
  'plan_chat.units_without_group':
    '\n\n⚠️ <b>{count} đơn vị chưa kết nối nhóm nên chưa nhận được nhiệm vụ:</b> {units}. Để kết nối: gửi <code>/moi {example}</code> (mã hoặc tên đơn vị) để lấy mã kết nối, rồi cán bộ đầu mối gửi <code>/ketnoi &lt;mã&gt;</code> trong nhóm của đơn vị; bot gửi nhiệm vụ vào nhóm ngay khi kết nối. Gửi <code>/moi</code> để xem mọi đơn vị chưa kết nối.',
  'plan_chat.more_units': '{names} và {count} đơn vị khác',
  'plan_chat.decided': '{outcome} (kết quả ở tin nhắn bên dưới)',
  'plan_chat.toast_activated': 'Đã nhập và kích hoạt kế hoạch {plan}.',
  'plan_chat.toast_cancelled': 'Đã huỷ; không có gì thay đổi.',
  'plan_chat.cancelled': '{by} đã huỷ nhập “{file}”. Không có gì thay đổi.',
  'plan_chat.already_activated': 'Yêu cầu nhập này đã được kích hoạt rồi; bot không nhập lại.',
  'plan_chat.already_activated_not_cancelled': 'Yêu cầu nhập số {id} đã được kích hoạt rồi nên không huỷ được nữa; kế hoạch đang được theo dõi.',
  'plan_chat.already_cancelled': 'Yêu cầu nhập này đã được huỷ. Muốn nhập, hãy gửi lại tệp.',
  'plan_chat.expired': 'Yêu cầu nhập này đã hết hạn. Hãy gửi lại tệp .xlsx hoặc .yaml để kiểm tra lại.',
  'plan_chat.missing': 'Không tìm thấy yêu cầu nhập kế hoạch số {id} trong cuộc trò chuyện này.',
  'plan_chat.reread_failed': 'Tệp “{file}” không còn qua được bước kiểm tra ({reason}). Chưa nhập gì; hãy gửi lại tệp.',
} as const;
