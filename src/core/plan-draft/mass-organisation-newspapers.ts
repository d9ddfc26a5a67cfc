/**
 * Newspapers and journals of the Party's mass organisations, written in sentence case like the national ones ("Báo Cựu chiến binh
 * Việt Nam" of the veterans, "Báo Phụ nữ Thủ đô" of the women's union, "Báo Nông thôn ngày nay" of the farmers, "Báo Người lao
 * động" of the trade unions, "Báo Tiền phong" of the Đoàn), so a capitalised place name cannot end them. Folded.
 */
export const MASS_ORGANISATION_NEWSPAPER_TITLES: readonly string[] = [
  // the veterans (Hội Cựu chiến binh) and the former youth volunteers
  'cuu chien binh viet nam',
  'cuu chien binh',
  'cuu thanh nien xung phong',
  // the women's union (Hội Liên hiệp Phụ nữ)
  'phu nu thu do',
  'phu nu',
  // the farmers' union (Hội Nông dân)
  'nong thon ngay nay',
  'nong dan',
  // the Đoàn and the Pioneers
  'thieu nien tien phong va nhi dong',
  'thieu nien tien phong',
  'tuoi tre thu do',
  'hoa hoc tro',
  'nhi dong',
  // the trade unions (Tổng Liên đoàn Lao động)
  'lao dong thu do',
  'lao dong va cong doan',
  // the elderly, the study-promotion and the lawyers' associations
  'nguoi cao tuoi',
  'khuyen hoc va dan tri',
  'doi song va phap luat',
  // the Fatherland Front's
  'mat tran',
];
