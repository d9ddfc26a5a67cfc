/** Vietnamese texts for values a command refuses: /caidat settings, /tieuchi measurements, /baocao periods. */
export const VALIDATION_VI = {
  'settings.bad_time': 'Giờ không hợp lệ: "{value}". Ví dụ: 07:30, 7h30, 7h hoặc 7 giờ.',
  'settings.weekly_steering_only': 'Bản tổng hợp tuần chỉ cài đặt trong nhóm Ban Chỉ đạo.',
  'settings.bad_weekday': 'Ngày trong tuần không hợp lệ: "{value}". Ví dụ: thứ 6, t6, chủ nhật.',
  'settings.bad_switch': 'Giá trị không hợp lệ: "{value}". Dùng "bật" hoặc "tắt".',
  'settings.unknown':
    'Không có cài đặt "{value}". Các cài đặt: gio (giờ tổng hợp), tuan (ngày tổng hợp tuần), tonghop (bật/tắt tổng hợp), nhac (bật/tắt nhắc hạn).',
  'criterion.needs_number': 'Tiêu chí này đo bằng số (chỉ tiêu {target}): hãy gửi một số, ví dụ 85.',
  'criterion.needs_verdict': 'Tiêu chí này đánh giá bằng lời: hãy gửi "đạt" hoặc "chưa đạt".',
  'period.invalid':
    'Kỳ báo cáo không hợp lệ: "{value}". Dùng một trong các dạng: tháng (11/2023), quý (quý IV/2023), 6 tháng (6 tháng đầu năm 2023 / 6 tháng cuối năm 2023), năm (năm 2023) hoặc khoảng ngày (01/03/2023..31/05/2023).',
  'period.reversed': 'Kỳ báo cáo không hợp lệ: ngày bắt đầu {from} sau ngày kết thúc {to}.',
} as const;
