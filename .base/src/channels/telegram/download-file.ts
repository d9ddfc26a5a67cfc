import type { Api } from 'grammy';
import { FileTooLargeError } from '../../core/model/file-too-large-error.ts';

/**
 * A file sent to the bot, fetched with getFile and the file URL under the Bot API root (the real
 * Telegram, a local Bot API server or the sandbox). The size is checked from getFile's answer and
 * again while reading, so a wrong or missing size never lets more than `maxBytes` in. Errors never
 * carry the URL: it holds the token.
 */
export async function downloadTelegramFile(api: Api, fallbackApiRoot: string, fileId: string, maxBytes: number): Promise<Uint8Array> {
  const file = await api.getFile(fileId);
  if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileTooLargeError(file.file_size, maxBytes);
  if (!file.file_path) throw new Error('getFile gave no file_path');
  const root = (api.options?.apiRoot ?? fallbackApiRoot).replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${root}/file/bot${api.token}/${file.file_path}`);
  } catch {
    throw new Error('file download failed (network)');
  }
  if (!response.ok || !response.body) throw new Error(`file download failed (HTTP ${response.status})`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body.cancel();
    throw new FileTooLargeError(declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FileTooLargeError(null, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
