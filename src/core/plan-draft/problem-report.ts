// The closing line by which the units pass problems up, kept apart so that both the outline's classifier and the item wording read it.

/**
 * "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về …", "quá trình thực hiện có vướng mắc, báo cáo …",
 * "trong quá trình thực hiện có khó khăn kịp thời phản ánh về …", "…, có khó khăn các chi đoàn kịp thời phản ánh về …": the units'
 * conditional reporting duty (the real answer keys
 * count it as a task, ../shared/plans/dev 04-25); "khó khăn" alone only when a report follows
 */
export const REPORTS_PROBLEMS =
  /^\s*(?:trong\s+)?quá trình\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)[^.;]*?(?:nếu\s+)?(?:có|phát sinh|gặp)\s+(?:(?:khó khăn,?\s+)?vướng mắc|khó khăn\s+(?:(?:các|những)\s[^.;:]{1,40}?\s)?(?:thì\s+)?(?:kịp thời\s+)?(?:phản ánh|báo cáo)\s)/iu;
