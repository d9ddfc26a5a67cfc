import type { ChatRecord } from '../model/records.ts';
import type { WorkflowPorts } from './ports.ts';

export async function steeringChats(ports: WorkflowPorts): Promise<ChatRecord[]> {
  return ports.stores.chats.listChats({ kind: 'steering', active: true });
}

export async function unitChats(ports: WorkflowPorts, unitId: number): Promise<ChatRecord[]> {
  return ports.stores.chats.listChats({ kind: 'unit', unitId, active: true });
}
