// The closing line by which the units pass problems up, kept apart so that both the outline's classifier and the item wording read it.

/**
 * "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về …", "quá trình thực hiện có vướng mắc, báo cáo …",
 * "trong quá trình thực hiện có khó khăn kịp thời phản ánh về …", "…, có khó khăn các chi đoàn kịp thời phản ánh về …": the units'
 * conditional reporting duty (the real answer keys
 * count it as a task, ../shared/plans/dev 04-25); "khó khăn" alone only when a report follows
 */
const IN_THE_COURSE =
  /^\s*(?:trong\s+)?quá trình\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)[^.;]*?(?:nếu\s+)?(?:có|phát sinh|gặp)\s+(?:(?:khó khăn,?\s+)?vướng mắc|khó khăn\s+(?:(?:các|những)\s[^.;:]{1,40}?\s)?(?:thì\s+)?(?:kịp thời\s+)?(?:phản ánh|báo cáo)\s)/iu;
/**
 * "Khó khăn, vướng mắc (nếu có), các đơn vị phản ánh về …", "Mọi khó khăn, vướng mắc phát sinh trong quá trình thực hiện, … báo cáo
 * về …": the same duty, the problems named first; only when a report follows
 */
const PROBLEMS_FIRST =
  /^\s*(?:(?:mọi|các|những)\s+)?(?:khó khăn,?\s+)?vướng mắc(?:\s+phát sinh)?\s*(?:\(nếu có\)|trong quá trình|,)[^.;]*?\s(?:phản ánh|báo cáo)\s/iu;
/** "Nếu có khó khăn, vướng mắc, …", "Trường hợp có vướng mắc, … báo cáo về …": the same duty, as a condition alone */
const IF_PROBLEMS = /^\s*(?:nếu|trường hợp)\s+(?:có\s+)?(?:phát sinh\s+|gặp\s+)?(?:khó khăn,?\s+)?vướng mắc\b[^.;]*?\s(?:phản ánh|báo cáo)\s/iu;

export const REPORTS_PROBLEMS = new RegExp([IN_THE_COURSE, PROBLEMS_FIRST, IF_PROBLEMS].map((r) => `(?:${r.source})`).join('|'), 'iu');
