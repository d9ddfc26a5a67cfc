/**
 * Word lists about who and what a reply speaks of, in folded form (see lexicon.ts): the unit itself,
 * third parties and relayed status, other tasks, requests and instructions to others.
 */

/** Speakers who are the unit itself: "em", "bên em", "chúng tôi". */
export const SELF_SUBJECTS = [
  'em',
  // Central "bên ni": this side, the unit
  'ben ni',
  'chung em',
  'ben em',
  // to an elder: "bên cháu" (not "các cháu", the children served)
  'ben chau',
  'toi',
  'chung toi',
  'ben toi',
  'minh',
  'ben minh',
  'ben ta',
  'tui',
  'tui em',
  'don vi',
  'don vi em',
  'don vi minh',
  'to em',
  'phong em',
];

/** Verbs of passing on what someone said: "bên Hội Phụ nữ báo xong", "anh Tuấn bảo là…". */
export const RELAY_VERBS = [
  'bao',
  'bao la',
  'bao lai',
  'noi',
  'noi la',
  'cho biet',
  'thong bao',
  'bao cao la',
  'bao cao lai',
  'xac nhan la',
  'tra loi la',
  'nhan tin',
  'nhan la',
  'nhan em',
  'bao cao mieng',
  'bao cao mieng la',
  'nhan em la',
  'nhan cho em',
  // "Xã Tân Hòa nhắn trong nhóm là …", "nhắn qua Zalo là …": a message passed on, wherever it was posted
  ...['nhan trong nhom', 'nhan len nhom', 'nhan vao nhom', 'nhan qua zalo', 'nhan zalo', 'nhan trong group'],
  'bao rang',
  'noi rang',
  // Southern "kêu là" (says that): "chú Năm kêu là xong rồi" (round 41; bare "kêu" is also "call", "complain")
  'keu la',
  'dang hoi',
  'giuc',
  'hoi thuc',
];

/** Look like a relay verb but are other words: "nội dung", "báo cáo", "bảo vệ", "mưa bão". */
export const NOT_RELAY = [
  'noi dung',
  'noi bo',
  'noi dia',
  'noi vu',
  'noi o',
  'noi chinh',
  'noi lam viec',
  // "buổi nói chuyện chuyên đề": a talk held, not someone telling
  'noi chuyen',
  'bao ve',
  'bao hiem',
  'bao tri',
  'bao dam',
  'bao gom',
  'bao quat',
  'bao nhieu',
  'bao gio',
  'bao lut',
  'bao chi',
  'bao so',
  'bao cao',
  // "đối tượng bảo trợ", "bảo quản", "bảo tồn", "bảo lãnh", "bảo hành": nouns and verbs of their own
  ...['bao tro', 'bao quan', 'bao ton', 'bao lanh', 'bao hanh', 'bao luu'],
];

/** Before "báo", words that make it another word: "thông báo" (a notice), "đảm bảo" (up to standard), "cảnh báo" (a warning), "khai báo" (declare). */
export const NOT_SPEECH_BEFORE_BAO = ['thong', 'dam', 'canh', 'khai'];

/** Opens a clause that passes on someone else's status wherever it stands. */
export const RELAY_OPENERS = [
  // the unit thought another body had it: "em tưởng bên Đoàn làm"
  'tuong ben',
  // a forwarded message: "Forwarded: …", "Fwd: …"
  'forwarded',
  'fwd',
  'fw',
  'nghe noi',
  'nghe bao',
  'nghe dau',
  'nghe dau la',
  'theo bao cao cua',
  'theo thong tin',
  'theo thong tin tu',
  'theo ben',
  'theo phan anh',
  'nghe ben',
  'chuc mung',
  'xin chuc mung',
  'khen ngoi',
];

/** The reply forwards others' figures to the reader: "em gửi anh tham khảo", "em chuyển tiếp". */
export const FORWARDING_MARKERS = [
  'tham khao',
  'chuyen tiep',
  'forward',
  'em chuyen',
  'chuyen anh',
  'chuyen chi',
  'tong hop gui anh',
  'tong hop gui chi',
  'tong hop gui sep',
  'tong hop gui a',
  'tong hop gui c',
  'de anh so sanh',
  'chuyen len',
  'de anh nam',
  'de chi nam',
  'de anh biet',
  'de chi biet',
  'anh chi nam',
  'gui kem so lieu',
  // "em gửi lại báo cáo của quận để mọi người nắm"
  'de moi nguoi nam',
  'moi nguoi nam',
  'gui lai bao cao cua',
];

/** Third parties named by one word: "họ nói xong rồi", "văn phòng nói…", "người ta bảo…". */
export const THIRD_PARTY_ALONE = [
  'ho',
  'nguoi ta',
  'ben do',
  'ben kia',
  'ben ay',
  'anh ay',
  'chi ay',
  'ong ay',
  'ba ay',
  'van phong',
  'cap tren',
  'lanh dao',
  'thu truong',
  'sep',
  'ben ho',
];

/** Marks what is said as someone else's: "xong phần của họ", "bên họ". */
export const THEIRS = [
  'cua ho',
  'ben ho',
  'phan cua ho',
  'cua ben do',
  'cua ben kia',
  'cua anh ay',
  'cua chi ay',
  'cua ong ay',
  'cua ba ay',
  'cua ban ay',
  'cua nguoi ta',
];

/** The reply was posted under the wrong task: "em báo nhầm chỗ", "gửi nhầm nhóm". */
export const WRONG_THREAD = [
  'nham cho',
  'nham nhom',
  'nham tin',
  'gui nham',
  'bao nham cho',
  'nham viec',
  'nham task',
  'nham nhiem vu',
  'nham group',
  'nham ma',
];

/** Words a third party's name starts with: "bên Phường 3", "anh Tuấn", "xã Tân Lập". */
export const THIRD_PARTY_HEADS = [
  'ben',
  'anh',
  'chi',
  'chu',
  'co',
  'ong',
  'ba',
  'phuong',
  'xa',
  'hoi',
  'doan',
  'cong an',
  'ubnd',
  'uy ban',
  'mat tran',
  'to',
  'khu pho',
  'thon',
  'ap',
  'phong',
  'so',
  'truong',
  'tram',
  'ho',
  'cac',
  'quan',
  'huyen',
  'tinh',
  'thanh pho',
  'ban chi dao',
  'bcd',
];

/** "vụ tuyên truyền thì…", "việc này…", "mấy cái khác…": the topic a clause speaks of. */
export const TOPIC_HEADS = [
  'vu',
  'viec',
  'cai',
  'phan',
  'nhiem vu',
  'mang',
  'dot',
  'ke hoach',
  'noi dung',
  'hang muc',
  'chuyen',
  'may cai',
  'may viec',
  'cac viec',
  'nhung viec',
];
export const THIS_TOPIC = ['nay', 'do'];
export const OTHER_TOPIC = ['kia', 'khac', 'con lai kia'];
export const TOPIC_LEADS = ['con', 'rieng', 'con ve', 've', 'ma', 'dac biet'];

/** Addressees of an instruction: "đề nghị các đơn vị báo cáo", "mọi người gửi số liệu". */
export const ADDRESSEES = [
  'cac don vi',
  'moi nguoi',
  'cac ban',
  'cac dong chi',
  'cac anh',
  'cac chi',
  'cac anh chi',
  'anh chi em',
  'cac xa',
  'cac phuong',
  'cac to',
  'cac dong chi',
  'ca nha',
  'cac ban nganh',
  'cac thanh vien',
  'don vi nao',
  'ai',
];

/**
 * Groups addressed by an instruction that these words alone do not make one ("anh em đang làm" tells):
 * followed by an imperative or a deadline, they instruct ("anh em ráng xong trong tuần", "các khu phố
 * nhớ xong trước 20/5", "tổ trưởng các tổ hoàn thành … trước 10h").
 */
export const GROUP_ADDRESSEES = [
  ...ADDRESSEES,
  'anh em',
  'cac khu pho',
  'cac khu',
  'cac chi hoi',
  'cac hoi',
  'cac ap',
  'cac thon',
  'cac to dan pho',
  'cac tdp',
  'cac doan the',
  'cac co so',
  'cac truong',
  'cac em',
  'to truong cac to',
  'cac to truong',
  'cac truong thon',
  'cac truong ap',
  'ban nao',
  'to nao',
  'ap nao',
  'thon nao',
  'xa nao',
  'phuong nao',
  'khu pho nao',
  'noi nao',
  'd / c',
];

/** After a group addressed, words that make it an instruction: "nhớ", "phải", "ráng", "cố gắng", "khẩn trương". */
export const IMPERATIVES = [
  'nho',
  'phai',
  'can',
  'rang',
  'gang',
  'co gang',
  'co len',
  'khan truong',
  'nhanh chong',
  'chu y',
  'luu y',
  'tranh thu',
  'tap trung',
  'day nhanh',
  'don doc',
  'nhac',
  'chi dao',
];
/** Imperatives that instruct wherever they stand after the group addressed ("các đơn vị chưa hoàn thành khẩn trương báo cáo"). */
export const STRONG_IMPERATIVES = ['khan truong', 'nhanh chong', 'luu y', 'don doc', 'day nhanh', 'tap trung'];

/** Opens a request or instruction to someone else. */
export const REQUEST_OPENERS = [
  'de nghi',
  'yeu cau',
  'nho',
  'moi',
  'kinh moi',
  'dong chi',
  'luu y',
  'nhac',
  'khan truong',
  'can',
  'vui long',
  'xin moi',
  'de nghi cac',
  'de nghi dong chi',
  'de nghi anh',
  'de nghi chi',
];

/** Ends a request: "kiểm tra lại giúp em", "gửi giùm mình nhé". */
export const REQUEST_ENDINGS = [
  'giup em',
  'giup minh',
  'giup toi',
  'gium em',
  'gium minh',
  'ho em',
  'ho minh',
  'giup voi',
  'gium voi',
  'giup nhe',
  'giup em voi',
  'voi nhe',
  'giup em nhe',
  'giup',
  'gium',
  'dum',
  'dum em',
];

/** What a request for help names: such a request reports a blocker, not an instruction. */
export const HELP_OBJECTS = [
  'ho tro',
  'kinh phi',
  'gia han',
  'chi dao',
  'y kien',
  'huong dan',
  'bo sung kinh phi',
  'bo sung nhan luc',
  'bo sung nguoi',
  'nhan luc',
  'cap kinh phi',
  'cap them',
  'cap bo sung',
  'phe duyet',
  'xem xet',
  'thao go',
  'giai quyet',
  'dieu chinh',
  'lui han',
  'can thiep',
  'lui thoi gian',
  'cho lui',
  'cho phep',
  'xin phep',
  'them thoi gian',
];

/** Tense or report words: a clause with one tells, it does not instruct. */
export const TELLING_MARKERS = ['da', 'dang', 'roi', 'xong', 'hoan thanh', 'chua', 'van', 'duoc', 'bi', 'vuong'];

/** Before "nơi" (a place), which folds like "nói". */
export const PLACE_BEFORE_NOI = ['tai', 'o', 'moi', 'khap', 'den', 'toi', 'tung', 'cac', 'nhung', 'mot', 'co', 've'];
