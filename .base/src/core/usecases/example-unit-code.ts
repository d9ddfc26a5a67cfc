import { t } from '../i18n/translate.ts';
import type { Locale, UnitRecord } from '../model/records.ts';

/**
 * The unit code an example uses ("ví dụ: /moi CATP"): one of the directory's own units, since a code
 * from another deployment would be refused when typed. No units: a neutral placeholder.
 */
export function exampleUnitCode(units: readonly Pick<UnitRecord, 'code'>[], locale: Locale): string {
  const [first] = [...units].sort((a, b) => a.code.localeCompare(b.code));
  return first?.code ?? t(locale, 'example.unit_code').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
