import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { formatDateVi } from '../time/zone.ts';
import type { RequestExtensionResult } from './request-extension.ts';

/**
 * The unit's receipt for an extension request put to the steering group, the same whether it came by /giahan or in
 * a free-text reply: sent up (and the lead told, for a supporting unit), and whether a steering group exists yet.
 */
export function extensionReceiptLines(locale: Locale, result: Extract<RequestExtensionResult, { ok: true }>, dueAt: Date): string[] {
  const asked = formatDateVi(dueAt);
  const lines = [
    result.leadName
      ? t(locale, result.leadInformed ? 'ext.requested_support' : 'ext.requested_support_unreached', {
          code: result.task.code,
          date: asked,
          lead: result.leadName,
        })
      : t(locale, 'ext.requested', { code: result.task.code, date: asked }),
  ];
  if (!result.steeringNotified) lines.push(t(locale, 'ext.no_steering'));
  return lines;
}
