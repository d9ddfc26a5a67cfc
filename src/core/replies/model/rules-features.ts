import type { ReplyReading } from '../types.ts';

/** What the model reads of the rules' reading when it is stacked on them (FeatureOptions.rulesReading). */
export type RulesView = Pick<ReplyReading, 'status' | 'confidence' | 'kind' | 'reasons'>;

/** The rules' confidence in three steps: asked (< 0.6), sure enough to store (< 0.85), sure. */
function confidenceBucket(confidence: number): string {
  if (confidence < 0.6) return 'low';
  return confidence < 0.85 ? 'mid' : 'high';
}

/**
 * The rules' reading as model features: its status, kind and confidence step (and status × step), and
 * each reason tag, whole ("done:xong") and by its family ("done"), so the model can learn where the
 * rules err ("third_party_status" with a done word, "remaining", a question) rather than relearn them.
 */
export function rulesFeatures(rules: RulesView): string[] {
  const step = confidenceBucket(rules.confidence);
  const features = [`r:s:${rules.status}`, `r:k:${rules.kind}`, `r:c:${step}`, `r:sc:${rules.status}_${step}`];
  for (const reason of rules.reasons) {
    features.push(`r:t:${reason}`);
    const family = reason.split(':')[0];
    if (family !== reason) features.push(`r:f:${family}`);
  }
  return features;
}
