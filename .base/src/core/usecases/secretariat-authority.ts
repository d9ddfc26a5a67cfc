import type { ChatRecord } from '../model/records.ts';
import { refuse, type Refusal } from './ports.ts';

/** Secretariat actions happen in the steering group, by the secretariat; null when allowed. */
export function checkSecretariat(input: { chat: ChatRecord; isSecretariat: boolean }): Refusal | null {
  if (!input.isSecretariat) return refuse('refuse.not_secretariat');
  if (input.chat.kind !== 'steering') return refuse('refuse.steering_only');
  return null;
}
