import type { ChatRecord } from '../model/records.ts';
import type { DirectoryStore } from '../ports/directory-store.ts';
import { refuse, type Refusal } from './ports.ts';

/** "Nhóm này đã được kết nối với đơn vị …": a bound group is told what it is bound to, by name. */
export async function alreadyBound(directory: Pick<DirectoryStore, 'getUnit'>, chat: ChatRecord): Promise<Refusal> {
  if (chat.kind === 'steering') return refuse('bind.already_steering');
  const unit = chat.unitId === null ? null : await directory.getUnit(chat.unitId);
  return refuse('bind.already_unit', { unit: unit?.name ?? chat.title ?? '' });
}
