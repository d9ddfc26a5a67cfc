/**
 * Word lists of the strict guard on "done" (done-doubt-others.ts) that say the completion is someone
 * else's to tell, someone else's share, or done on someone else's behalf, in folded form (see lexicon.ts).
 */

/** Opens a forwarded message: "Fw: Đã hoàn thành…". */
export const FORWARDED = ['fw', 'fwd', 'forward', 'forwarded', 'chuyen tiep', 'tin chuyen tiep', 'tin moi', 'tin nong', 'ban tin', 'thong cao'];

/** Someone else's view opens the clause: "theo chị Hoa thì…", "theo bên đó thì…" (not "theo kế hoạch"). */
export const VIEW_OF = ['theo', 'nghe', 'nghe noi', 'nghe dau'];
export const NOT_A_VIEW = ['ke hoach', 'chi tieu', 'huong dan', 'yeu cau', 'quy dinh', 'mau', 'danh sach', 'van ban', 'cong van', 'chi dao', 'tien do', 'lich'];

/** Subjects that are someone else on their own ("bên đó", "người ta"); "họ" is left out, it folds like "hộ" and "hồ sơ". */
export const OTHERS_ALONE = ['nguoi ta', 'ben do', 'ben kia', 'ben ay', 'anh ay', 'chi ay', 'ong ay', 'ba ay', 'ben ho', 'tui no', 'may dua'];

/** Verbs by which someone else's word is passed on inside a done clause ("thầy hiệu trưởng báo…", "cán bộ tư pháp nhắn là…"). */
export const SAID_BY_VERBS = ['xac nhan', 'bao voi em', 'cho hay', 'khang dinh', 'cong bo', 'dua tin', 'cho biet'];

/** "phần của anh Nam", "phần việc của chị ấy": a person's share (a body's name may be the unit's own). */
export const SHARE_OF = ['phan cua', 'phan viec cua', 'viec cua', 'khau cua'];
export const PERSON_HEADS = ['anh', 'chi', 'ong', 'ba', 'co', 'chu', 'ban', 'bac', 'thay', 'dong chi'];
/** Bodies whose names start like a person's: "Chi hội", "cơ quan", "Ban chỉ đạo". */
export const NOT_PERSONS = [
  'chi hoi',
  'chi bo',
  'chi doan',
  'chi cuc',
  'chi nhanh',
  'co quan',
  'co so',
  'ban chi dao',
  'ban nganh',
  'ban dieu hanh',
  'ban quan ly',
  'chu tich',
];

/** After a done word: on behalf of someone ("nộp hộ bên Hội PN", "gửi giúp phường 2", "làm thay cho xã Tân An"). */
export const ON_BEHALF = ['ho', 'giup', 'gium', 'dum', 'thay', 'thay cho', 'ho cho', 'giup cho'];
/** After "hộ"/"giúp": whom for; a unit or a person other than the unit ("hộ dân" is a household). */
export const BEHALF_OF = [
  'ben',
  'phuong',
  'xa',
  'hoi',
  'doan',
  'mat tran',
  'cong an',
  'ubnd',
  'anh',
  'chi',
  'to',
  'khu pho',
  'thon',
  'ap',
  'truong',
  'tram',
  'phong',
  'ban',
];

/** Being told rather than telling: "em được báo là xong", "theo lời tổ trưởng". */
export const TOLD_BY = ['duoc bao', 'duoc bao la', 'duoc thong bao', 'nghe bao', 'nghe noi', 'duoc biet', 'theo loi', 'theo tin', 'nghe dau'];

/** Before a done word with no "đã": asking the lead to record it ("anh cứ ghi là hoàn thành", "tick hoàn thành giùm em"). */
export const RECORD_VERBS = [
  'ghi',
  'ghi la',
  'ghi nhan la',
  'danh dau',
  'danh dau la',
  'tick',
  // "tích" typed for "tick": "anh tích hoàn thành cho thôn em"
  'tich',
  'bam',
  'chon',
  'sua thanh',
  'doi thanh',
  'chuyen sang',
  'cap nhat la',
];

/** Units named as others: a unit noun, then "bên cạnh", "bạn", "kia", "khác" ("xã bên cạnh", "phường bạn", "mấy phường kia"; "bên đó" is in OTHERS_ALONE). */
export const UNIT_NOUNS = ['xa', 'phuong', 'don vi', 'huyen', 'quan', 'thon', 'ap', 'khu pho', 'to', 'tram', 'hoi', 'doan', 'ben'];
export const OTHER_MARKS = ['ben canh', 'lan can', 'ban', 'kia', 'khac'];
/** The whole of a larger body: "cả huyện", "toàn quận". */
export const WHOLE_BODIES = [
  'ca quan',
  'ca huyen',
  'ca tinh',
  'ca thanh pho',
  'ca nuoc',
  'toan quan',
  'toan huyen',
  'toan tinh',
  'toan thanh pho',
  'toan quoc',
  'moi nguoi deu',
];

/** Open a clause addressed to others about their work: thanks, wishes, praise ("cảm ơn mọi người đã hoàn thành", "chúc anh em hoàn thành tốt"). */
export const COURTESIES = ['cam on', 'chuc', 'chuc mung', 'khen', 'tuyen duong', 'bieu duong', 'mong', 'hy vong', 'hi vong'];

/**
 * Praise, surprise or encouragement about someone's finish, anywhere in a reply: "xong nhanh vậy", "bên
 * đó làm xong sớm ghê", "giỏi thiệt", "cố lên, sắp xong rồi", "good job phường 5". A reply with one and
 * no clause naming the unit is a remark, not this unit's report.
 */
export const REMARKS = [
  'chuc mung',
  'hoan ho',
  'tuyet voi',
  'du dan',
  'xin xo',
  'bai phuc',
  'thuong may em',
  'thuong cac em',
  'thuong anh em',
  'thuong ghe',
  'thuong qua',
  'ghe chua',
  'ghe chua kia',
  'nguong mo',
  'som nhat',
  'nhanh nhat',
  'co len',
  'co gang len',
  'rang len',
  'gang len',
  'rang chut',
  'rang them',
  'good job',
  'well done',
  'great job',
  'great',
  'wow',
  'bravo',
  'congrats',
];
/** Praise of someone's work or speed: "giỏi", "siêng", "oách"; a remark when an intensifier follows ("giỏi ghê", "nhanh dữ thần"). */
export const PRAISE_WORDS = [
  'gioi',
  'sieng',
  'nhiet tinh',
  'tich cuc',
  'cham chi',
  'xin',
  'oach',
  'dinh',
  'hay',
  'tuyet',
  'ne',
  'phuc',
  'ghe',
  'nhanh',
  'le',
  'som',
  'manh',
];
/** After a word of praise, exclamations: "ghê", "thiệt", "dữ thần", "vậy", Central "rứa". */
export const INTENSIFIERS = ['ghe', 'thiet', 'that', 'du than', 'du vay', 'du', 'vay', 'the', 'rua', 'z', 'qua'];
/** Speed is praised with "quá" only beside others' work: "nhanh quá" may be the unit's own ("làm nhanh quá nên…"). */
export const SPEED_WORDS = ['nhanh', 'le', 'som'];
/** Open a remark at a clause's start only: "Phục chị Lan ghê", "Khen Đoàn thanh niên" ("phục vụ", "được khen" are other words). */
export const REMARK_OPENERS = ['phuc', 'khen', 'ui', 'oa', 'woa', 'tuyet', 'dinh'];
/** Before a self word, someone else's or a larger body: "anh em", "chị em", "các em", "giúp em", "một mình", "huyện mình". */
export const NOT_SELF_BEFORE = [
  'anh',
  'chi',
  'cac',
  'giup',
  'gium',
  'dum',
  'cho',
  'voi',
  'ho',
  'hoi',
  'nhe',
  'mot',
  'huyen',
  'quan',
  'tinh',
  'thanh pho',
  'ca',
  'may',
  'nhung',
  'thuong',
  // "tới tối", "đến tối", "buổi tối": the evening, which folds like "tôi".
  'toi',
  'den',
  'buoi',
];
