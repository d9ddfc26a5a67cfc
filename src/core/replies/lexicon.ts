/**
 * Word lists the reader matches against, all in folded form (no diacritics, đ → d, lower-case),
 * after abbreviations are expanded (see abbreviations.ts). Phrases are space-separated tokens.
 */

/** Says the work is finished. */
export const DONE_PHRASES = [
  'hoan thanh',
  'hoan tat',
  'xong',
  'xong xuoi',
  'done',
  'finish',
  'finished',
  'complete',
  'completed',
  'lam roi',
  'da nop',
  'nop roi',
  'nop bao cao',
  'da bao cao',
  'bao cao roi',
  'gui bao cao',
  'da gui',
  'gui roi',
  'ket thuc',
  'cho xac nhan',
  'dang cho xac nhan',
  'cho nghiem thu',
  'dang cho nghiem thu',
];

/** Says the work is going on right now. */
export const PROGRESS_STRONG_PHRASES = [
  'dang',
  'tiep tuc',
  'van dang',
  'con dang',
  'in progress',
  'doing',
];

/** Verbs of starting or doing the work: alone they suggest it has begun; negated, that it has not. */
export const START_VERBS = [
  'trien khai',
  'thuc hien',
  'tien hanh',
  'bat dau',
  'lam',
  'to chuc',
  'bat tay',
  'khoi dong',
];

/** Everyday activities of the plan's tasks: "đã rà soát 30 hộ" is progress, not completion. */
export const ACTIVITY_VERBS = [
  'ra soat',
  'khao sat',
  'kiem tra',
  'tuyen truyen',
  'van dong',
  'xac minh',
  'lap danh sach',
  'hop',
  'phoi hop',
  'xay dung',
  'ban hanh',
  'thanh lap',
  'tiep can',
  'lam viec',
  'dieu tra',
  'truy quet',
  'tong hop',
  'thong ke',
  'cap nhat',
  'du thao',
  'soan thao',
  'chuan bi',
  'hoan thien',
];

/** Says something stands in the way; these carry their own meaning even with a negation inside. */
export const BLOCKER_PHRASES = [
  'khong the',
  'chua the',
  'thieu',
  'khong du',
  'chua du',
  'chua co kinh phi',
  'khong co kinh phi',
  'het kinh phi',
  'chua duoc cap',
  'chua cap',
  'chua duoc phe duyet',
  'chua phe duyet',
  'chua bo tri duoc',
  'khong bo tri duoc',
  'khong lien he duoc',
  'khong lien lac duoc',
  'de nghi ho tro',
  'xin ho tro',
  'can ho tro',
  'de nghi chi dao',
  'xin chi dao',
  'xin y kien chi dao',
  'xin y kien bcd',
  'xin y kien ban chi dao',
  'de nghi xem xet',
  'kien nghi',
  'xin gia han',
  'de nghi gia han',
  'de xuat gia han',
  'gia han',
  'lui han',
  'tam dung',
  'tam hoan',
  'bi hoan',
  'hoan lai',
  'tam ngung',
  'ngung lai',
  'bi ngung',
  'bi ket',
  'dang ket',
  'cho kinh phi',
  'cho cap kinh phi',
  'cho phe duyet',
  'cho chi dao',
  'qua tai',
  'cham tien do',
  'tre han',
];

/** Suggests a blocker without saying it outright ("đề nghị …"). */
export const BLOCKER_WEAK_PHRASES = ['de nghi', 'de xuat', 'cham', 'nho ho tro', 'mong ho tro'];

/** Look like status words but are not: consumed so their parts do not match ("thanh thiếu niên", "kết quả"). */
export const NEUTRAL_PHRASES = [
  'thieu nien',
  'thanh thieu nien',
  'ket qua',
  'cong tac',
  'thieu tuong',
  'thieu ta',
  'thieu uy',
  'dang di cong tac',
  'di cong tac',
  'dang ban',
  'dang nghi',
  'dang nghi phep',
  'dang hop',
  'dang di hop',
];

/** Names a problem; "không có vướng mắc" cancels it. */
export const PROBLEM_WORDS = ['vuong', 'vuong mac', 'kho khan', 'tro ngai', 'gap kho', 'van de', 'su co', 'ach tac', 'bat cap'];

/** Turns what follows into its opposite. */
export const NEGATIONS = ['chua', 'khong', 'chang', 'van chua', 'con chua', 'chua he', 'khong he', 'chua the', 'khong the'];

/** Before a problem word, says the problem is gone or never was. */
export const PROBLEM_CANCELLERS = ['khong', 'chua', 'chang', 'het', 'thao go', 'giai quyet', 'khac phuc', 'khong co', 'khong gap'];

/** Before a done or start word: it lies ahead ("sẽ xong", "dự kiến hoàn thành", "tuần sau mới làm"). */
export const FUTURE_MARKERS = [
  'se',
  'sap',
  'gan',
  'gan nhu',
  'du kien',
  'phan dau',
  'co gang',
  'de',
  'nham',
  'khi',
  'sau khi',
  'truoc khi',
  'neu',
  'muc tieu',
  'phai',
  'can phai',
  'ngay mai',
  'tuan sau',
  'tuan toi',
  'thang sau',
  'thang toi',
  'toi nay',
  'chieu nay',
  'cuoi tuan',
  'nay mai',
  'co ban',
  'hy vong',
  'hi vong',
  'ke hoach',
  'co the',
  'tuan sau moi',
  'mai moi',
  'sau moi',
];

/** Before an ongoing marker: "đang hoàn thành", "đang tiến hành làm". */
export const ONGOING_MARKERS = ['dang', 'van dang', 'con dang', 'tiep tuc', 'dang tien hanh', 'dang trien khai'];

/**
 * Words that may stand between a marker and the word it modifies without breaking the link:
 * "chưa được hoàn thành", "dự kiến 20/12 hoàn thành", "không có gì vướng".
 */
export const FILLERS = [
  'da',
  'duoc',
  'som',
  'kip',
  'hoan toan',
  'that su',
  'het',
  'ngay',
  'truoc',
  'trong',
  'vao',
  'thang',
  'tuan',
  'nam',
  'co',
  'gi',
  'gap',
  'phat sinh',
  'xay ra',
  'con',
  'nao',
  'bi',
  'the',
  'lam',
  'thuc hien',
  'trien khai',
  'bat dau',
  'tien hanh',
  'to chuc',
  'em',
  'anh',
  'chung em',
  'ben em',
  'toi',
  'chung toi',
  'don vi',
  'cung',
  'van',
  'moi',
  '/',
];


/** After a done word: only part is done ("xong một phần", "hoàn thành bước 1"). */
export const PARTIAL_MARKERS = ['mot phan', '1 phan', 'mot nua', '1 nua', 'nua', 'buoc', 'giai doan', 'dot', 'khau', 'so bo', 'phan dau'];

/** After a done word: "xong" used as "after", e.g. "họp xong sẽ triển khai". */
export const CONDITIONAL_AFTER = ['se', 'thi', 'roi se', 'moi', 'roi moi', 'em se', 'thi se'];

/** Explains why ("do", "vì"): a negated report with a reason is a blocker. */
export const REASON_MARKERS = ['do', 'vi', 'tai vi', 'boi vi', 'ly do', 'boi'];

/** Words of receiving or agreeing, which confirm the message but report nothing. */
export const ACK_PHRASES = [
  'da nhan',
  'nhan',
  'nhan duoc',
  'da ro',
  'ro',
  'ro roi',
  'tiep nhan',
  'nhan nhiem vu',
  'ghi nhan',
  'biet roi',
  'ok',
  'vang',
  'u',
  'noted',
  'roger',
  'copy',
  'cam on',
  'nhat tri',
  'thong nhat',
  'dong y',
  'chap hanh',
  'tuan thu',
  'chao',
  'xin chao',
  'hello',
  'hi',
  'yes',
  // The sender will look into it: seen, nothing to record yet.
  'de em xem',
  'de toi xem',
  'de em coi',
  'lat em xem',
  'em se xem',
  'de em kiem tra',
];

/** Particles and forms of address that carry no content ("ạ", "anh", "nhé"). */
export const PARTICLES = [
  'a',
  'ah',
  'anh',
  'chi',
  'em',
  'ac',
  'nhe',
  'nha',
  'nhi',
  'ha',
  'vay',
  'the',
  'oi',
  'sep',
  'dong chi',
  'ban',
  'bac',
  'co',
  'chu',
  'thay',
  'da',
  'roi',
  'nhieu',
  'ca',
  'nha',
  'moi nguoi',
  'ca nha',
  'thu truong',
  'lanh dao',
  'nhe',
  'luon',
  'a a',
  'don vi',
  'toi',
  'chung toi',
  'chung em',
  'ben em',
  'may ban',
  'cac ban',
  'cac dong chi',
  'anh chi',
  'cac anh',
  'cac chi',
  'anh em',
];

/** Words that make a clause a question. */
export const QUESTION_PHRASES = [
  'khi nao',
  'bao gio',
  'the nao',
  'nhu the nao',
  'ra sao',
  'sao a',
  'la sao',
  'sao vay',
  'tai sao',
  'vi sao',
  'bao nhieu',
  'o dau',
  'dau a',
  'cho hoi',
  'xin hoi',
  'em hoi',
  'hoi chut',
  'co phai',
  'phai khong',
  'duoc khong',
  'hay chua',
  'hay khong',
  'the nao a',
];

/** Clause-final words that ask ("xong chưa?", "có cần không?") unless a statement precedes them. */
export const TRAILING_QUESTION_WORDS = ['chua', 'khong', 'gi', 'nao', 'chang'];

/** Before a trailing "chưa": makes it a statement ("vẫn chưa", "cũng chưa"). */
export const STATEMENT_BEFORE_CHUA = ['van', 'cung', 'con', 'ma', 'thi', 'nhung', 'hien', 'hien tai', 'bay gio', 'gio'];
