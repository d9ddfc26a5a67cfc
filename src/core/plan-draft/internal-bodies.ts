import type { DraftUnitKind } from './types.ts';

/** The shape of a UnitHead (unit-heads.ts), declared here so that file can take these in without a circular import. */
interface InternalBodyHead {
  pattern: RegExp;
  abbr: string;
  canonical?: string;
  kind: DraftUnitKind;
  tail: 'level' | 'none';
}

/**
 * The internal bodies of a school, a hospital or an agency, which lead the duties of that body's own plan
 * ("Ban Giám hiệu", "Đoàn trường", "Các tổ chuyên môn", "Ban Giám đốc Bệnh viện", "Chi bộ cơ quan", "Ban Thanh
 * tra nhân dân"). Matched on folded text like UNIT_HEADS, which they join; each is read only when capitalised
 * (scanUnitNames looks at capitalised words only). A body followed by "các …" is read as a collective
 * ("Ban Giám hiệu các trường", "Ban Thanh tra nhân dân các xã").
 */
export const INTERNAL_BODY_HEADS: readonly InternalBodyHead[] = [
  // a school's board of principals and its councils
  { pattern: /ban giam hieu(?: (?:nha truong|truong)\b)?/y, abbr: 'BGH', canonical: 'Ban Giám hiệu', kind: 'other', tail: 'none' },
  { pattern: /hoi dong (?:truong|su pham)\b/y, abbr: 'HD_TRUONG', kind: 'other', tail: 'none' },
  // the Đoàn of a school named by the school itself ("Đoàn trường"); a school named after it is read by DOAN_TRUONG
  { pattern: /doan truong\b/y, abbr: 'DOAN_TRG', canonical: 'Đoàn trường', kind: 'mass_org', tail: 'none' },
  // a school's teams by subject or by age group ("Tổ chuyên môn", "Tổ khối 3"); "Tổ Văn phòng" is read by the head "Tổ"
  { pattern: /to chuyen mon\b/y, abbr: 'TO_CM', canonical: 'Tổ chuyên môn', kind: 'other', tail: 'none' },
  { pattern: /to khoi(?: \d{1,2}\b)?/y, abbr: 'TO_KHOI', kind: 'other', tail: 'none' },
  // a school's posts and its own teams and youth cell, who lead the lines of the school's calendar ("Giáo viên chủ nhiệm lớp 9
  // tổng hợp …", "Nhân viên y tế trường học phối hợp …", "Tổng phụ trách Đội …", "Chi đoàn giáo viên …", "Tổ Tư vấn tâm lý học đường …")
  { pattern: /giao vien chu nhiem(?: (?:cac lop|lop \d{1,2}))?/y, abbr: 'GVCN', canonical: 'Giáo viên chủ nhiệm', kind: 'other', tail: 'none' },
  { pattern: /nhan vien (?:y te(?: truong hoc)?|thu vien|van thu|ke toan)\b/y, abbr: 'NV_TRUONG', kind: 'other', tail: 'none' },
  { pattern: /tong phu trach doi\b/y, abbr: 'TPT_DOI', canonical: 'Tổng phụ trách Đội', kind: 'other', tail: 'none' },
  { pattern: /chi doan (?:giao vien|nha truong|truong|co quan)\b/y, abbr: 'CHI_DOAN', kind: 'mass_org', tail: 'none' },
  { pattern: /to tu van(?: tam ly)?(?: hoc duong| huong nghiep)?\b/y, abbr: 'TO_TU_VAN', kind: 'other', tail: 'none' },
  // the parents' board of a school or a kindergarten
  { pattern: /ban dai dien cha me (?:hoc sinh|tre)(?: (?:nha truong|truong)\b)?/y, abbr: 'BDD_CMHS', kind: 'other', tail: 'none' },
  // the union, the Party cell and the director's board of the body itself ("Công đoàn trường", "Chi bộ cơ quan",
  // "Ban Giám đốc Bệnh viện", "Ban Giám đốc Sở")
  { pattern: /cong doan (?:nha truong|truong|co quan|benh vien)\b/y, abbr: 'CD_NOI_BO', kind: 'mass_org', tail: 'none' },
  { pattern: /chi bo (?:nha truong|truong|co quan|benh vien|trung tam)\b/y, abbr: 'CHI_BO', kind: 'party', tail: 'none' },
  { pattern: /ban giam doc(?: (?:benh vien|so|trung tam)\b)?/y, abbr: 'BGD', canonical: 'Ban Giám đốc', kind: 'other', tail: 'none' },
  // the staff's own inspection board ("Ban Thanh tra nhân dân", "Ban Thanh tra nhân dân xã Tân Hòa")
  { pattern: /ban thanh tra nhan dan/y, abbr: 'BTTND', canonical: 'Ban Thanh tra nhân dân', kind: 'other', tail: 'level' },
  // the community's board that watches public works in each commune ("Ban Giám sát đầu tư của cộng đồng xã")
  { pattern: /ban giam sat dau tu (?:cua )?cong dong/y, abbr: 'BGSDTCD', kind: 'other', tail: 'level' },
];
