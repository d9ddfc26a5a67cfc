import { html, t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { noticeQuote } from '../text/excerpt.ts';
import { formatDateVi } from '../time/zone.ts';

/** An extension request the steering group approved or denied, as /chitiet's history tells it. */
export interface ExtensionDecisionView {
  decidedAt: Date;
  unit: string;
  requestedDueAt: Date;
  /** the unit's reason for asking */
  reason: string;
  approved: boolean;
  /** the steering group's reason (a denial's); null when none was given */
  note: string | null;
}

/** Decided requests as views; `unitName` names a unit even when it is no longer on the task. */
export function extensionDecisionsOf(requests: readonly ExtensionRequestRecord[], unitName: (unitId: number) => string): ExtensionDecisionView[] {
  return requests.flatMap((r) =>
    r.decidedAt && (r.status === 'approved' || r.status === 'denied')
      ? [
          {
            decidedAt: r.decidedAt,
            unit: unitName(r.unitId),
            requestedDueAt: r.requestedDueAt,
            reason: r.reason,
            approved: r.status === 'approved',
            note: r.decisionNote,
          },
        ]
      : [],
  );
}

/**
 * The heading and one line per decision: when, which unit asked for which date and why, and the answer with its
 * reason. A denied request leaves no other trace (the deadline did not move), so this is where it is seen later.
 */
export function extensionDecisionLines(decisions: readonly ExtensionDecisionView[], locale: Locale): string[] {
  if (decisions.length === 0) return [];
  return [
    t(locale, 'detail.extension_decisions'),
    ...decisions.map((d) =>
      t(locale, d.approved ? 'detail.extension_approved' : 'detail.extension_denied', {
        at: formatDateVi(d.decidedAt),
        unit: d.unit,
        to: formatDateVi(d.requestedDueAt),
        reason: noticeQuote(d.reason),
        why: html(d.note ? t(locale, 'detail.extension_denied_why', { reason: noticeQuote(d.note) }) : ''),
      }),
    ),
  ];
}
