/**
 * Word lists of the strict guard on "done" (guard-done.ts, done-doubt-markers.ts), in folded form
 * (see lexicon.ts): what, beside a completion word, makes it something other than a plain,
 * first-person, unqualified "this unit finished this task".
 */

/** Hedges: the teller is not sure it is finished ("chắc là xong", "hình như nộp rồi", "tạm xong", "xong rồi chắc vậy"). */
export const HEDGES = [
  'chac',
  'chac la',
  'chac cung',
  'chac vay',
  'chac the',
  'cho chac',
  'co le',
  'hinh nhu',
  'duong nhu',
  'coi nhu',
  'xem nhu',
  'ke nhu',
  'tam xong',
  'tam on',
  'tam thoi',
  'tam duoc',
  'tam goi la',
  'co ban',
  've co ban',
  'gan nhu',
  'hau nhu',
  'tuong doi',
  // only on paper, only for form: "hoàn thành trên giấy tờ thôi", "làm xong cho có"
  've ly thuyet',
  'tren ly thuyet',
  'ly thuyet',
  'noi chung',
  'nhin chung',
  'tinh ra',
  'tren giay',
  'tren giay to',
  'tren so sach',
  'cho co',
  'nghe dau',
  'khong nho',
  'khong chac',
  'chua chac',
  'khong ro',
  'chua ro',
  'hy vong',
  'hi vong',
  'mong la',
  'chac chua',
  'doan la',
  'nghi la',
  'em nghi',
  'theo em',
  'coi bo',
  'co ve',
  'nghe chung',
  // counterfactual: "lẽ ra tuần trước đã xong", "phải chi xong sớm"
  'le ra',
  'dang le',
  'dung ra',
  'phai chi',
  'gia ma',
  // a wish: "ước gì xong rồi"
  'uoc gi',
  'uoc chi',
  'uoc sao',
  // English mixed in: "almost done", "maybe done rồi"
  'almost',
  'nearly',
  'maybe',
  'probably',
  'kinda',
  'basically',
  'mostly',
  'for now',
  'sort of',
  'kind of',
  'partly',
  'partially',
];

/** Take back what was said: "xong rồi, giỡn thôi", "đùa chút, còn lâu". */
export const TAKEN_BACK = [
  'dua thoi',
  'dua day',
  'dua chut',
  'dua ti',
  'dua xiu',
  'noi dua',
  'gion thoi',
  'gion chut',
  'gion ti',
  'gion xiu',
  'gion day',
  'con lau',
  'con xa',
];

/**
 * Look like hedges but are certain or other words: "chắc chắn đã xong", "lễ ra mắt", "lễ ra quân" (a
 * ceremony, not "lẽ ra"), "không rõ nguồn gốc" (describes goods, not the teller unsure).
 */
// "bãi tắm", "nhà tắm" fold like "tạm" (round 44): a beach, a bathroom, no hedge.
export const NOT_HEDGES = [
  'chac chan',
  'chac chan la',
  'chac cu',
  'le ra mat',
  'le ra quan',
  'khong ro nguon goc',
  'chua ro nguon goc',
  'bai tam',
  'nha tam',
  'phong tam',
];

/** Conditions: the finish hangs on something ("nếu không mưa thì xong", "miễn phường ký là xong"). */
export const CONDITIONS = ['neu', 'neu ma', 'neu nhu', 'gia su', 'mien la', 'mien sao', 'mien co', 'khi nao', 'mot khi', 'tru khi', 'chi can', 'mien'];

/** Before a done word in its clause, with no "đã" between: a finish still ahead ("sáng mai là xong", "tối nay em nộp là xong"). */
export const AHEAD_OF_DONE = [
  'se',
  'sap',
  'du kien',
  'du tinh',
  'du dinh',
  'em dinh',
  'em tinh',
  'tinh la',
  'phan dau',
  'co gang',
  'muc tieu',
  'toi nay',
  'chieu nay',
  'trua nay',
  'lat nua',
  'ti nua',
  'chut nua',
  'xiu nua',
  'nay mai',
  // an assurance about the future: "thế nào cũng hoàn thành"
  'the nao cung',
  // a deadline: "chậm nhất sáng thứ 2 xong", "muộn nhất thứ 6".
  'cham nhat',
  'muon nhat',
  'tre nhat',
  'kieu gi cung',
  'dang nao cung',
  'kieu nao cung',
  // English mixed in: "will be done by Friday", "gonna finish".
  'will',
  'will be',
  'gonna',
  'going to',
];

/**
 * Before "là xong", a time that puts the finish ahead: later today ("chiều nay", Central "chiều ni"), a
 * day or a date still to come ("đến 20/5 là hoàn thành"), or a stretch of time ("2 bữa nữa là xong").
 */
export const LATER_TODAY = ['chieu nay', 'toi nay', 'trua nay', 'chieu ni', 'toi ni', 'trua ni', 'chieu', 'trua', 'lat', 'ti', 'xiu', 'chut'];
/** Units of a stretch of time: "2 ngày", "mấy bữa", "1 tiếng nữa". */
/** Days ahead that fold like other words, read only right before "là xong": "mốt là xong" (the day after tomorrow). */
export const NEXT_DAYS = ['mot', 'ngay mot', 'mai mot', 'bua mot'];
export const TIME_SPANS = ['ngay', 'bua', 'hom', 'tieng', 'gio', 'h', 'phut', 'tuan', 'thang'];
/** Before "là xong", a time told as past: "hôm qua là xong rồi", "từ tuần trước là hoàn thành". */
export const PAST_TIMES = ['hom qua', 'qua', 'truoc', 'tu', 'hom kia', 'vua', 'luc nay', 'hoi nay', 'sang nay'];
/** A condition without "nếu": opens on having, enough, or in time, then "thì" ("có người phụ thì hôm nay xong", "đủ hồ sơ thì mai nộp"). */
export const CONDITION_OPENERS = ['co', 'du', 'kip', 'khi', 'dc', 'duoc'];
/** A later clause that gives the alternative: "…, không thì mai", "…, nếu không thì tuần sau". */
export const ALTERNATIVES = ['khong thi', 'neu khong', 'neu khong thi', 'hoac la', 'bang khong', 'con khong thi', 'hong thi'];

/** Right after a done word: nearly there ("xong đến nơi rồi", "xong tới nơi"). */
export const ALMOST_AFTER = ['den noi', 'toi noi'];

/** After a sending or finishing word: a step that chases others or prepares, not the work itself ("đã gửi công văn đôn đốc", "xong kế hoạch triển khai"). */
export const PREPARATORY_OBJECTS = [
  'cong van don doc',
  'cong van',
  'giay moi',
  'thu moi',
  'thong bao',
  'van ban don doc',
  'tin nhan nhac',
  'nhac nho',
  'ke hoach',
  'ban ke hoach',
  'ke hoach trien khai',
  'huong dan',
];

/** In the done clause: another round or year of the work ("đợt trước", "năm ngoái"). */
export const OTHER_OCCASIONS = [
  'dot truoc',
  'dot roi',
  'nam ngoai',
  'nam truoc',
  'ky truoc',
  'lan truoc',
  'quy truoc',
  'nam roi',
  'hoi nam',
  'nam kia',
  // "… năm 2025 thì làm xong hồi tháng Giêng năm đó": a year pointed back at, "hồi ấy", "dạo đó" (round 23).
  'nam do',
  'nam ay',
  'nam day',
  'hoi do',
  'hoi ay',
  'dao do',
  'dao ay',
  'thoi do',
  'thoi ay',
];

/** A time still running, then "là" right before the done word: "tuần này là xong", "trong tháng này là hoàn thành". */
export const RUNNING_TIMES = [
  'tuan nay',
  'thang nay',
  'nam nay',
  'quy nay',
  'nay mai',
  'trong tuan',
  'trong thang',
  'trong ngay',
  'cuoi tuan',
  'cuoi thang',
  'trong hom nay',
  'het hom nay',
  'cuoi ngay',
  'cuoi buoi',
];

/** Names work left out of a completion: "trừ 2 hộ", "ngoại trừ khu nhà trọ", "riêng tổ 5 chưa nộp". */
export const EXCEPT_FOR = ['ngoai tru', 'tru ra', 'tru di', 'tru', 'rieng', 'co dieu'];
/** After a bare "trừ": what is left out ("trừ 2 hộ", "trừ mấy hộ", "trừ khu nhà trọ"), not "trụ sở" or "lưu trữ". */
export const EXCEPTED = [
  'may',
  'vai',
  'mot',
  'cac',
  'nhung',
  'khu',
  'ho',
  'to',
  'ap',
  'thon',
  'phan',
  'truong hop',
  'so',
  'con',
  'em',
  'ben em',
  'minh',
  'ben minh',
  'don vi em',
];

/** Negations that, a few words before a done word, deny or doubt it ("chưa xong hẳn", "không dám nói là xong"). */
export const NEAR_NEGATIONS = [
  'chua',
  'khong',
  'chang',
  'cha',
  'dau',
  'dau co',
  'co dau',
  'dau phai',
  'khong phai',
  'chua phai',
  'con lau',
  'lam gi',
  'lam sao ma',
  // English mixed in: "not done yet"
  'not',
  'not yet',
];

/** After a negation: it says nothing is wrong or missing, not that the work is unfinished ("không có vướng mắc", "không sót hộ nào"). */
export const NOTHING_AMISS = [
  'co gi',
  'co vuong',
  'vuong',
  'gap',
  'phat sinh',
  'co van de',
  'co kho khan',
  'kho khan',
  'sot',
  'thieu',
  'con gi',
  'ai',
  'bi',
  'can',
  'co loi',
  'loi',
  'co phat sinh',
  'phat hien',
  'co y kien',
];

/** Heads of a numbered part of the task ("đợt 1", "giai đoạn 1", "ấp 2", "khu phố 6", "mục 3"). */
export const PART_HEADS = [
  'dot',
  'giai doan',
  'buoc',
  'phan',
  'khau',
  'muc',
  'hang muc',
  'to',
  'to dan pho',
  'khu pho',
  'kp',
  'thon',
  'ap',
  'xom',
  'cum',
  'chi hoi',
  'khu',
  'lien gia',
  'lan',
  // sessions, classes and rounds: "buổi 1 xong, còn buổi 2", "lớp 1 học xong", "vòng 1 done", "phase 1".
  'buoi',
  'lop',
  'vong',
  'phase',
  'khoa',
];

/** Words that, after a part head, are an ordinal ("đợt đầu", "giai đoạn một", "bước thứ nhất"). */
export const ORDINALS = ['dau', 'mot', 'hai', 'ba', 'bon', 'nam', 'dau tien', 'thu nhat', 'thu hai', 'thu ba', 'i', 'ii', 'iii'];
/** A few words after a part head: "đợt tuyên truyền thứ nhất", "giai đoạn triển khai thứ 2". */
export const LATER_ORDINALS = ['thu nhat', 'thu hai', 'thu ba', 'thu tu', 'thu 1', 'thu 2', 'thu 3', 'dau tien'];

/** Before a done word: a step of getting ready finished ("chuẩn bị xong", "lên kế hoạch xong"). */
export const PREP_BEFORE_DONE = ['chuan bi', 'len ke hoach', 'lap ke hoach', 'xay dung ke hoach', 'soan ke hoach'];

/** Rhetorical "how could it": before a done word ("sao mà xong kịp", "làm sao xong nổi") or after it ("hoàn tất sao được", "xong sao nổi"). */
export const HOW_COULD_BEFORE = ['sao ma', 'lam sao', 'lam sao ma', 'the nao ma', 'sao'];
export const HOW_COULD_AFTER = ['sao duoc', 'sao noi', 'noi', 'sao ma', 'the nao duoc'];

/**
 * First steps of the work after "mới": "mới tính tới việc này", "mới xuống vận động", "mới lên kế hoạch". Not "họp":
 * "giấy mời họp" folds like "mới họp".
 */
export const FIRST_STEPS = [
  'tinh toi',
  'tinh den',
  'tinh chuyen',
  'xuong',
  'len ke hoach',
  'khoi cong',
  // "… thì mới tới lượt việc này", "mới đến phiên bên em": this work's turn comes after the finish.
  'toi luot',
  'den luot',
  'toi phien',
  'den phien',
];
