/**
 * Word lists about what stands in the way of a task, in folded form (see lexicon.ts): missing papers,
 * resources and approvals the unit waits for, and whether a problem is behind it or still on.
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
/** A later clause says an earlier problem is dealt with ("khó khăn đã được khắc phục"). */
export const RESOLUTIONS = [
  // "nay đã được bổ sung đủ", "giờ đã có đủ"
  'da duoc bo sung',
  'duoc bo sung du',
  'da bo sung du',
  'da co du',
  'khac phuc',
  // "sạt đường hôm trước giờ thông rồi": the road open again
  'thong roi',
  'thong xe',
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
  // "đã gỡ được vướng", "vướng xe gỡ xong rồi" (not after "chưa": RESOLUTION_DOUBTS)
  'go duoc',
  'go xong',
  'da go',
  'da xu ly',
  'duoc xu ly',
  'duoc ho tro',
  'ho tro kip thoi',
  'da co roi',
  'gio da co',
  'on het',
  // "kiến nghị nào cũng đã được giải đáp": the questions raised answered
  'duoc giai dap',
  'da giai dap',
  'duoc tra loi',
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
/** After a past or concessive marker: the problem goes on ("tuần trước gửi mà phòng chưa duyệt", "dù … vẫn chưa …"). */
/**
 * Says an obstacle is still on ("vẫn vướng", "còn vướng", "còn kẹt", "chưa gỡ được"): a contrast to progress after it
 * ("… nhưng đã làm được 70%") does not deal with it.
 */
export const STILL_ON = ['van', 'con vuong', 'con ket', 'con bi', 'con thieu', 'con cho', 'con doi', 'chua go', 'chua thao go', 'chua giai quyet'];
export const STILL_NOW = ['ma', 'van', 'gio', 'hien', 'hien gio', 'bay gio', 'nay', 'van chua', 'den nay', 'toi nay'];
/** Approvals, signatures and answers the unit waits for from elsewhere: "chưa thấy lãnh đạo duyệt". */
export const APPROVALS = ['duyet', 'phe duyet', 'ky duyet', 'giai ngan', 'thong qua', 'phan hoi', 'tra loi', 'cho y kien', 'cap kinh phi', 'cap tien'];

/** Before "kiến nghị": answering it ("trả lời", "giải quyết", "giải đáp"): the requests are the work, not a blocker. */
export const ANSWERING = ['tra loi', 'giai quyet', 'giai dap', 'xu ly'];
