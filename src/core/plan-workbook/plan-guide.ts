/** The "Hướng dẫn" sheet: how the secretariat checks the draft and sends it back. */
export const PLAN_GUIDE_LINES: readonly string[] = [
  'Hướng dẫn kiểm tra bản nháp kế hoạch',
  'Tệp này do bot Điều phối soạn tự động từ văn bản kế hoạch. Thường trực Ban Chỉ đạo kiểm tra, sửa rồi gửi lại để nhập.',
  '1. Sheet "Nhiệm vụ": mỗi dòng là một nhiệm vụ. Dòng tô vàng là dòng bot chưa chắc chắn; cột "Lý do" nói cần kiểm tra gì.',
  '2. Cột "Chủ trì": chọn đúng một đơn vị trong danh sách thả xuống (mã ở sheet "Đơn vị"). Cột "Phối hợp": ghi mã, tên hoặc tên ngắn của các đơn vị (hoặc nhóm ở sheet "Nhóm đơn vị"), cách nhau bằng dấu ";".',
  '3. Ngày ghi theo dạng ngày/tháng/năm (ví dụ 15/12/2023). Cột "Hạn" là hạn cuối: hết ngày đó. Nhiệm vụ lặp lại ghi ở cột "Định kỳ", ví dụ "hằng tháng, ngày 20" hoặc "hằng quý, ngày 15, từ 01/03/2023, đến 31/12/2023". Báo cáo nộp sau kỳ nó báo cáo ghi thêm nơi ngày ấy rơi vào: "hằng quý, ngày 10 tháng đầu quý sau" (báo cáo quý I hạn 10/4), "hằng tháng, ngày 5 tháng sau", "hằng năm, ngày 15/01 năm sau".',
  '4. Đơn vị chưa có trong danh sách: thêm một dòng ở sheet "Đơn vị" (mã in hoa không dấu, ví dụ CAP5; tên; loại). Giai đoạn: sheet "Giai đoạn"; đợt cao điểm trong một giai đoạn ghi mã giai đoạn đó ở cột "Thuộc giai đoạn".',
  '5. Sau khi kiểm tra xong một dòng: xóa chữ "có" ở cột "Cần kiểm tra" và xóa nội dung cột "Lý do".',
  '6. Thông tin chung của kế hoạch (số, tên, cơ quan ban hành, ngày ban hành; địa bàn nếu có) ở sheet "Kế hoạch"; tiêu chí đánh giá ở sheet "Tiêu chí".',
  '7. Không đổi tên các sheet và tên cột; có thể đổi thứ tự cột, thêm dòng, xóa dòng. Nhiệm vụ bị xóa khỏi tệp sẽ được lưu trữ (không mất báo cáo) khi nhập lại.',
  '8. Lưu tệp dạng .xlsx (không đặt mật khẩu) và gửi lại cho bot, hoặc nhập bằng lệnh: dieuphoi plan import <tệp.xlsx> [--activate].',
  '9. Nếu tệp còn lỗi, bot liệt kê tất cả lỗi theo sheet, dòng và cột (ví dụ "Sheet Nhiệm vụ, dòng 7, cột Hạn: \'31/02/2023\' không phải ngày hợp lệ") và chưa nhập gì. Sửa hết rồi gửi lại.',
];
