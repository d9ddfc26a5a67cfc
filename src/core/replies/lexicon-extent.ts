/**
 * Word lists about how far a task is, in folded form (see lexicon.ts): nothing yet, work remaining,
 * the whole of it, preparing steps, a task just received, counted parts.
 */
/** "chưa có gì", "chưa đụng tới": nothing done yet. */
export const NOTHING_YET = [
  'chua co gi',
  // the unit's turn has not come: "năm nay chưa tới đợt", "chưa đến lượt bên em"
  ...['chua toi', 'chua den', 'van chua toi', 'van chua den'].flatMap((notYet) => ['dot', 'luot', 'lich'].map((turn) => `${notYet} ${turn}`)),
  // not even opened, not a line written: "chưa mở file ra", "chưa viết được dòng nào"
  'chua mo file',
  'chua mo ho so',
  'chua mo van ban',
  'chua mo ra',
  'chua mo tai lieu',
  'chua viet duoc dong nao',
  'chua viet duoc chu nao',
  'chua viet dong nao',
  'not started',
  // Central "mô có làm chi": nothing done
  'mo co lam chi',
  'mo co lam gi',
  'not started yet',
  'not yet started',
  'chua lam gi',
  // Central "chi" is "gì": "chưa làm chi hết"
  'chua lam chi',
  'chua co chi',
  'chua dung toi',
  'chua dung den',
  'chua dung vao',
  // "chưa đụng gì", "chưa đụng chi": nothing touched
  'chua dung gi',
  'chua dung chi',
  'chua dong gi',
  'chua dong toi',
  'chua dong den',
  'chua dong vao',
  // "chưa đụng tay vào", "chưa kịp bắt tay": the hands not yet on it
  'chua dung tay',
  'chua kip bat tay',
  'chua kip lam gi',
  'chua co dong tinh',
  'chua dong tinh',
  'chua nhuc nhich',
  'chua lam duoc gi',
  'khong co lam',
  'khong co lam gi',
  'chua ai lam',
  'chua co ai lam',
  'van nam im',
  'van de do',
  'chua rui',
  'chua ngo toi',
  'chua co dung',
  'chua co dong',
  'chua start',
  'chua dong',
  'chua co tien trien',
];
/** After "chưa có gì": a problem word or "mới" turns it into something else ("chưa có gì vướng"). */
export const NOTHING_YET_NOT_AFTER = [
  'vuong',
  'vuong mac',
  'kho khan',
  'tro ngai',
  'phat sinh',
  'moi',
  'bat thuong',
  'thay doi',
  'kho',
  'van de',
  'tro ngai gi',
];
/** "còn 2 hồ sơ nữa", "còn lại 3 hộ", "chỉ còn khâu tổng hợp": work still to do. */
export const REMAINING_LEADS = ['con lai', 'chi con', 'con thieu', 'van con', 'con khoang', 'con tam'];
export const REMAINING_COUNTS = [
  'moi',
  'mot',
  'hai',
  'ba',
  'bon',
  'nam',
  'sau',
  'bay',
  'tam',
  'chin',
  'muoi',
  'vai',
  // "còn lắt nhắt / lác đác vài hộ": a few, scattered
  'lat nhat',
  'lac dac',
  'le te',
  'may',
  'it',
  'mot so',
  'mot it',
  'mot vai',
  'khau',
  'buoc',
  'phan',
  'mot phan',
  'cho',
  'phan nua',
  'nua',
  // a little left: "còn tí xíu", "còn chút xíu".
  'ti xiu',
  'chut xiu',
  'ti',
  'chut',
  'xiu',
];
/** Before "còn": it is gone ("không còn vướng", "hết còn"). */
// "kết quả còn 142 hộ nghèo": what the finished work found, not work left (round 40)
export const REMAINING_CANCELLERS = ['khong', 'chang', 'het', 'dau', 'khong con', 'ket qua', 'ket qua la'];
/** Steps before the task itself: "họp xong", "phân công xong" say the work has begun, not ended. */
export const PREPARATORY_STEPS = ['phan cong', 'giao viec', 'phan viec', 'chia viec'];
/** "đã thu đủ", "đã kiểm tra hết", "đã thực hiện đầy đủ": the whole of it, so done. */
export const COMPLETENESS = ['du', 'day du', 'het', 'toan bo', 'tat ca', 'tron ven', 'het tat ca'];
/** After "hết": a resource or time running out, not the work finished ("hết hạn", "hết kinh phí"). */
export const RUNNING_OUT = ['han', 'kinh phi', 'tien', 'thoi gian', 'gio', 'ngay', 'suc', 'cach', 'nguoi', 'vat tu'];
/** "mới nhận văn bản", "vừa nhận được": the task has only just arrived. */
export const JUST_RECEIVED = ['moi nhan', 'vua nhan', 'vua moi nhan', 'moi nhan duoc', 'vua nhan duoc', 'moi tiep nhan', 'vua tiep nhan', 'da nhan duoc'];
/** Before a count of the task's parts: the whole of them ("xong cả 9 tổ", "đủ 64 cơ sở"). */
export const WHOLE_BEFORE_COUNT = ['du', 'ca', 'het', 'toan bo', 'tat ca', 'trong', 'tren', 'ca thay', 'du ca'];
/** The task's own parts, counted after a done word: "xong 2 khu phố", "xong 3 tổ" may be only some of them (events held, "3 buổi", are the job itself). */
export const COUNTED_PARTS = [
  'to',
  'ho',
  'xa',
  'phuong',
  'khu',
  'khu pho',
  'thon',
  'ap',
  'ho so',
  'don vi',
  'truong',
  'co so',
  'doi tuong',
  'nguoi',
  'diem',
  'cum',
  'chi bo',
  'chi hoi',
  'ho gia dinh',
  'tuyen duong',
  'tuyen',
];
/** Counted parts that are what the work handles, not the task's divisions: "xong 50 hộ" tells what was done (round 15). */
export const COUNTED_OBJECTS = ['ho', 'ho so', 'co so', 'doi tuong', 'nguoi', 'diem', 'ho gia dinh'];
/** After a count: the count is the plan ("3 đợt như kế hoạch", "theo chỉ tiêu"). */
export const AS_PLANNED = ['theo ke hoach', 'nhu ke hoach', 'dung ke hoach', 'theo chi tieu', 'dat chi tieu', 'theo danh sach', 'tren dia ban'];
