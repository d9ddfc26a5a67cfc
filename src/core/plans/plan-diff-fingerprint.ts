import { describePlanDiff, type PlanImportPreview } from './describe-plan-diff.ts';

/**
 * What the secretariat saw before [Kích hoạt], as a short fingerprint: the whole difference as the bot
 * words it (every task, not only those the message lists). If the plan changes between the check and
 * the press (another import, /doihan, /giao), the same file would do something else than it said, so
 * the press is refused and the file checked again. A 53-bit string hash (cyrb53) is enough to tell two
 * differences apart; it is no security measure.
 */
export function planDiffFingerprint(preview: PlanImportPreview): string {
  const text = [...describePlanDiff(preview, false), ...(preview.decidedDeadlines ?? [])].join('\n');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
