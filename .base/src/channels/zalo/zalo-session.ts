import type { ChannelSession } from '../../dispatch/channel-session.ts';
import type { ZaloTransport } from './zalo-transport.ts';

/** The bytes of a photo a user sent: Zalo gives its URL (photo_url); more than `maxBytes` is refused. */
export async function downloadZaloPhoto(url: string, maxBytes: number, fetchImpl: typeof fetch = fetch): Promise<Uint8Array> {
  if (!/^https?:\/\//.test(url)) throw new Error('not a photo URL');
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`photo download failed: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new Error('photo too large');
  return bytes;
}

/**
 * What Zalo lends the dispatcher for one event: answers go straight out through the Zalo transport
 * (plain text, split at 2,000 characters, buttons written as commands); no edits, no reactions, no
 * button answers. Zalo has no API to ask who administers a group, so nobody is a chat admin here:
 * the secretariat is named in SECRETARIAT_USER_IDS (zalo:<id>).
 */
export function createZaloSession(input: { transport: ZaloTransport; botName: string; chatExternalId: string }): ChannelSession {
  return {
    capabilities: input.transport.capabilities,
    botUsername: input.botName,
    reply: (message) => input.transport.reply(input.chatExternalId, message),
    isChatAdmin: async () => false,
    downloadFile: (fileId, maxBytes) => downloadZaloPhoto(fileId, maxBytes),
  };
}
