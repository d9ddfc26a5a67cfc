/** /tieuchi in the steering group: each criterion đạt / chưa đạt / chưa đo, and the overall verdict. */
import type { Locale } from '../model/records.ts';
import type { CriterionRecord } from '../ports/criterion-store.ts';
import { escapeHtml } from '../text/html.ts';
import { formatDateVi } from '../time/zone.ts';
import { type CriterionStatus, overallStatus } from './judge-criterion.ts';

export function criterionStatus(c: CriterionRecord): CriterionStatus {
  return c.latest ? c.latest.verdict : 'not_measured';
}

const LABEL: Record<Locale, Record<CriterionStatus, string>> = {
  vi: { met: 'đạt', not_met: 'chưa đạt', not_measured: 'chưa đo' },
  en: { met: 'met', not_met: 'not met', not_measured: 'not measured' },
};

export function criterionStatusLabel(status: CriterionStatus, locale: Locale): string {
  return LABEL[locale][status];
}

/** "85 %" or "đạt" */
function measuredValue(c: CriterionRecord): string {
  if (!c.latest) return '';
  if (c.latest.value !== null) return `${String(c.latest.value).replace('.', ',')}${c.unitOfMeasure ? ` ${c.unitOfMeasure}` : ''}`;
  return c.latest.valueText ?? '';
}

/**
 * What a chat line shows of the latest measurement beside its verdict: "85 %", or nothing when the
 * criterion is judged in words ("đạt" is the verdict itself, so "đạt — đạt" would say it twice).
 */
export function measurementBesideVerdict(c: CriterionRecord): string {
  return c.latest?.value === null ? '' : measuredValue(c);
}

/** "≥ 80 %": the plan's target with the signs people write */
export function targetText(c: CriterionRecord): string {
  const target = c.target?.replace('>=', '≥').replace('<=', '≤');
  return target ? `${target}${c.unitOfMeasure ? ` ${c.unitOfMeasure}` : ''}` : '';
}

export function composeCriteriaSummary(criteria: readonly CriterionRecord[], locale: Locale): string {
  const vi = locale === 'vi';
  if (criteria.length === 0) return vi ? 'Kế hoạch đang thực hiện chưa có tiêu chí.' : 'The active plan has no criteria.';
  const lines: string[] = [];
  for (const planNumber of [...new Set(criteria.map((c) => c.planNumber))]) {
    const own = criteria.filter((c) => c.planNumber === planNumber);
    const statuses = own.map(criterionStatus);
    const count = (s: CriterionStatus) => statuses.filter((x) => x === s).length;
    const overall = overallStatus(statuses);
    const verdict = vi
      ? { met: 'ĐẠT', not_met: 'CHƯA ĐẠT', incomplete: 'CHƯA ĐỦ SỐ LIỆU' }[overall]
      : { met: 'MET', not_met: 'NOT MET', incomplete: 'INCOMPLETE' }[overall];
    lines.push(vi ? `<b>Tiêu chí — Kế hoạch ${escapeHtml(planNumber)}</b>` : `<b>Criteria — plan ${escapeHtml(planNumber)}</b>`);
    lines.push(
      vi
        ? `Đạt ${count('met')}/${own.length}; chưa đạt ${count('not_met')}; chưa đo ${count('not_measured')}. Đánh giá chung: <b>${verdict}</b>.`
        : `Met ${count('met')}/${own.length}; not met ${count('not_met')}; not measured ${count('not_measured')}. Overall: <b>${verdict}</b>.`,
    );
    for (const c of own) {
      const status = criterionStatus(c);
      const mark = status === 'met' ? '✅' : status === 'not_met' ? '❌' : '⬜';
      const target = targetText(c) ? (vi ? ` (chỉ tiêu ${escapeHtml(targetText(c))})` : ` (target ${escapeHtml(targetText(c))})`) : '';
      const evidence = c.evidenceCount > 0 ? (vi ? `, ${c.evidenceCount} minh chứng` : `, ${c.evidenceCount} evidence file(s)`) : '';
      const value = measurementBesideVerdict(c);
      const measured = c.latest
        ? `${value ? `: ${escapeHtml(value)}` : ''}, ${formatDateVi(c.latest.measuredAt)}${evidence}`
        : evidence
          ? `:${evidence.slice(1)}`
          : '';
      const unit = c.unitName ? ` — ${escapeHtml(c.unitName)}` : '';
      lines.push(`${mark} <b>${escapeHtml(c.code)}</b> ${escapeHtml(c.text)}${target}${unit} — ${criterionStatusLabel(status, locale)}${measured}`);
    }
  }
  return lines.join('\n');
}
