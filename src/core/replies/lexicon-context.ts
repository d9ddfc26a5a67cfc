/**
 * Word lists about what stands in the way of a task and how far it is, in folded form (see lexicon.ts):
 * waiting, missing papers, remaining work, resolutions, future starts, returned work, counted parts.
 */
/** What a unit lacks when it cannot proceed: "chưa có danh sách", "chưa nhận được công văn". */
export const MISSING_PAPERS = [
  'danh sach',
  'van ban',
  'huong dan',
  'cong van',
  'quyet dinh',
  'ke hoach',
  'kinh phi',
  'chu ky',
  'y kien',
  'chi dao',
  'ho so',
  'bieu mau',
  'mau',
  'du lieu',
  'tai khoan',
  'con dau',
  'giay to',
  'nhan luc',
  'nguoi',
  'phuong tien',
  'dia diem',
  // "chưa có chỗ tổ chức": a place ("chỗ" folds like "chờ")
  'cho to chuc',
  'cho de',
  'thong tin',
  'phan mem',
  'kinh phi',
  'tien',
  'xe',
  'may',
  'thiet bi',
  'vat tu',
  'tai lieu',
  'phe duyet',
  'chu truong',
  'lich',
  'dia chi',
  'ban do',
  'giay xac nhan',
  'xac nhan',
  'mau moi',
];
export const MISSING_LEADS = [
  'chua co',
  'khong co',
  'chua nhan duoc',
  'chua nhan',
  'khong nhan duoc',
  'chua duoc gui',
  'chua thay',
  'van chua co',
  'chua ai gui',
];

/** "chưa có gì", "chưa đụng tới": nothing done yet. */
export const NOTHING_YET = [
  'chua co gi',
  // not even opened, not a line written: "chưa mở file ra", "chưa viết được dòng nào"
  'chua mo file',
  'chua mo ho so',
  'chua mo van ban',
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
  'chua dong toi',
  'chua dong den',
  'chua dong vao',
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
export const REMAINING_CANCELLERS = ['khong', 'chang', 'het', 'dau', 'khong con'];

/** After a done word: the completion is denied ("xong đâu", "xong gì mà xong", "xong cái gì"). */
export const DONE_DENIED_AFTER = [
  'dau',
  'gi ma',
  'cai gi',
  'gi dau',
  'dau ma',
  'con lau',
  'chua',
  'chi dau',
  'cai con khi',
  'con khi',
  'cai khi',
  'cai dau',
  'cai cuc',
  'cai con kho',
  'cai con cua',
];

/** A later clause says an earlier problem is dealt with ("khó khăn đã được khắc phục"). */
export const RESOLUTIONS = [
  // "nay đã được bổ sung đủ", "giờ đã có đủ"
  'da duoc bo sung',
  'duoc bo sung du',
  'da bo sung du',
  'da co du',
  'khac phuc',
  'giai quyet',
  'thao go',
  'xu ly xong',
  // "mấy lỗi bị trả về em sửa xong hết": the fault mended
  'sua xong',
  'sua het',
  'vuot qua',
  'on roi',
  'het vuong',
  'khong con vuong',
  'da xu ly',
  'duoc xu ly',
  'duoc ho tro',
  'ho tro kip thoi',
  'da co roi',
  'gio da co',
  'on het',
];
export const RESOLUTION_DOUBTS = ['dang', 'chua', 'khong', 'se', 'can', 'de nghi', 'xin', 'nho', 'chua the', 'khong the', 'kho'];

/** Says all of it, or now: a done clause with one of these outweighs an earlier "chưa". */
export const WHOLE_OR_NOW = ['het', 'toan bo', 'tat ca', 'day du', 'nay', 'gio', 'bay gio', 'hien', 'hien tai', 'hom nay', 'xong xuoi', '100'];

/** After "còn thiếu": means from elsewhere, a blocker ("còn thiếu kinh phí"); anything else is work left. */
export const RESOURCES = [
  'kinh phi',
  'tien',
  'nguoi',
  'nhan luc',
  'xe',
  'phuong tien',
  'thiet bi',
  'may',
  'chu ky',
  'y kien',
  'chi dao',
  'huong dan',
  'van ban',
  'cong van',
  'quyet dinh',
  'con dau',
  'tai khoan',
  'vat tu',
];

/** A blocker told with one of these before it is behind the unit: "lúc đầu thiếu kinh phí", "dù thiếu người". */
export const PAST_OR_CONCESSIVE = [
  'ban dau',
  'luc dau',
  'luc truoc',
  'hoi truoc',
  'hom truoc',
  'tuan truoc',
  'thang truoc',
  'truoc do',
  'truoc day',
  'truoc co',
  'mac du',
  'du cho',
  'du la',
  'du co',
  'du thieu',
  'du vuong',
  'du gap',
  'du kho',
  'tuy',
  'tuy la',
  'hoi thang truoc',
  'hoi tuan truoc',
  'truoc',
  'hom qua',
  'hom kia',
  // a part of a day gone: "tối qua mất điện", "chiều qua máy hư", "hồi nãy"
  'toi qua',
  'chieu qua',
  'sang qua',
  'dem qua',
  'trua qua',
  'hoi nay',
  'luc nay',
  'hoi sang',
  'hoi trua',
  'hoi chieu',
  'hoi toi',
];

/** Steps before the task itself: "họp xong", "phân công xong" say the work has begun, not ended. */
export const PREPARATORY_STEPS = ['phan cong', 'giao viec', 'phan viec', 'chia viec'];

/** "đã thu đủ", "đã kiểm tra hết", "đã thực hiện đầy đủ": the whole of it, so done. */
export const COMPLETENESS = ['du', 'day du', 'het', 'toan bo', 'tat ca', 'tron ven', 'het tat ca'];
/** After "hết": a resource or time running out, not the work finished ("hết hạn", "hết kinh phí"). */
export const RUNNING_OUT = ['han', 'kinh phi', 'tien', 'thoi gian', 'gio', 'ngay', 'suc', 'cach', 'nguoi', 'vat tu'];

/** Future times before "mới <verb>": "mai em mới làm", "qua Tết mới làm được". */
export const FUTURE_TIMES = [
  'mai',
  // English mixed in: "tomorrow done anh nhé", "xong next week".
  'tomorrow',
  'tonight',
  'next week',
  'ngay mai',
  'sang mai',
  'chieu mai',
  'toi mai',
  'tuan sau',
  'tuan toi',
  'thang sau',
  'qua tet',
  'sau tet',
  'qua ram',
  'sau ram',
  'ra tet',
  'cuoi tuan',
  'dau tuan',
  'nam sau',
  'sang tuan',
  'qua tuan',
  'thu hai',
  'thu ba',
  'thu tu',
  'thu nam',
  'thu sau',
  'thu bay',
  'chu nhat',
  'thu',
  'quy sau',
  'quy toi',
  'nam toi',
  'dot sau',
  'dot toi',
  'ky sau',
  'ky toi',
];

/** "em báo nhầm", "bấm nhầm nút", "thật ra …": what came before is withdrawn. */
export const CORRECTIONS = [
  'bao nham',
  'nhan nham',
  'go nham',
  'viet nham',
  'thuc ra',
  'bam nham',
  'nham nut',
  'that ra',
  'xin dinh chinh',
  'em dinh chinh',
  'dinh chinh lai',
  'bao cao dinh chinh',
  'sua lai la',
  'noi nham',
  'ghi nham',
  'bam lon',
  'bao lon',
];

/** Before a done word, it was only believed: "tưởng xong rồi ai dè…", "cứ ngỡ là xong". */
export const ILLUSORY = [
  'tuong',
  'cu tuong',
  'tuong la',
  'tuong dau',
  'ngo',
  'cu ngo',
  'ngo la',
  // counterfactual: "đáng lẽ xong từ tháng trước", "lẽ ra đã xong": it should have been, so it is not
  'le ra',
  'dang le',
  'dung ra',
  'ly ra',
];

/** Earlier in a done word's clause, with no "đã" between: the finish is expected ("dự kiến thứ 5 xong", "chắc cuối tuần xong"). */
export const EXPECTATIONS = [
  'du kien',
  'du tinh',
  'uoc tinh',
  'se',
  'chac',
  'chac la',
  'chac chan',
  'hy vong',
  'hi vong',
  'phan dau',
  'co gang',
  'muc tieu',
  'doan la',
  'tam tinh',
  'theo ke hoach',
  'mong',
  'mong la',
  'nghi la',
  'em nghi',
];
/** Between an expectation and the done word, or right after it: the finish is past after all ("dự kiến hôm qua đã xong", "xong rồi"). */
export const PAST_MARKERS = ['da', 'roi', 'hom qua', 'vua', 'vua moi', 'tu hom', 'truoc', 'hom truoc', 'tuan truoc'];

/** Finished work undone: sent back, refused, to be redone ("bị trả hồ sơ", "phải làm lại"). */
export const UNDONE_RETURNED = [
  // "phường trả về bắt sửa": sent back
  'tra ve bat',
  'bi tra',
  'bi tra lai',
  'bi tra ve',
  'bi bac',
  'bi loai',
  'bi yeu cau bo sung',
  'yeu cau bo sung',
  'khong dat yeu cau',
  'chua dat yeu cau',
  'tra lai ho so',
  'tra ho so',
];
export const UNDONE_REDO = [
  'bat sua lai',
  'bat lam lai',
  'yeu cau sua lai',
  'phai sua',
  'bat bo sung',
  'phai lam lai',
  'lam lai tu dau',
  'phai sua lai',
  'yeu cau lam lai',
  'phai lam lai tu dau',
  'phai ra soat lai',
  'phai nop lai',
  'phai bo sung lai',
];

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
/** After a count: the count is the plan ("3 đợt như kế hoạch", "theo chỉ tiêu"). */
export const AS_PLANNED = ['theo ke hoach', 'nhu ke hoach', 'dung ke hoach', 'theo chi tieu', 'dat chi tieu', 'theo danh sach', 'tren dia ban'];

/** After a past or concessive marker: the problem goes on ("tuần trước gửi mà phòng chưa duyệt", "dù … vẫn chưa …"). */
export const STILL_NOW = ['ma', 'van', 'gio', 'hien', 'hien gio', 'bay gio', 'nay', 'van chua', 'den nay', 'toi nay'];

/** Approvals, signatures and answers the unit waits for from elsewhere: "chưa thấy lãnh đạo duyệt". */
export const APPROVALS = ['duyet', 'phe duyet', 'ky duyet', 'giai ngan', 'thong qua', 'phan hoi', 'tra loi', 'cho y kien', 'cap kinh phi', 'cap tien'];
