import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../bot-api/api-error.ts';
import type { MethodContext } from '../bot-api/methods/context.ts';
import { METHODS } from '../bot-api/methods/registry.ts';
import { Params } from '../bot-api/params.ts';
import { readBody } from './read-body.ts';
import { sendBytes, sendJson } from './respond.ts';

export type BotContextFactory = (signal: AbortSignal) => MethodContext;

/** `/bot<token>/<method>`: Telegram's envelope, with the HTTP status equal to error_code. */
export async function handleBotApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  token: string,
  makeContext: BotContextFactory,
  serverSignal: AbortSignal,
): Promise<void> {
  const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
  if (!match || match[1] !== token) {
    sendJson(response, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    return;
  }
  const handler = METHODS.get(match[2]!.toLowerCase());
  if (!handler) {
    sendJson(response, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    return;
  }
  const clientGone = new AbortController();
  response.on('close', () => clientGone.abort());
  try {
    const body = await readBody(request, url.searchParams);
    const context = makeContext(AbortSignal.any([clientGone.signal, serverSignal]));
    const result = await handler(context, new Params(body.fields, body.uploads));
    if (!response.destroyed) sendJson(response, 200, { ok: true, result });
  } catch (error) {
    if (response.destroyed) return;
    if (error instanceof ApiError) sendJson(response, error.code, error.toBody());
    else if (error instanceof SyntaxError) sendJson(response, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON" });
    else sendJson(response, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
  }
}

/** `/file/bot<token>/<file_path>`: the bytes, like Telegram's file server. */
export function handleFileDownload(
  response: ServerResponse,
  url: URL,
  token: string,
  lookup: (filePath: string) => { bytes: Uint8Array; mimeType?: string } | undefined,
): void {
  const prefix = `/file/bot${token}/`;
  if (!url.pathname.startsWith(prefix)) {
    sendJson(response, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    return;
  }
  const file = lookup(decodeURIComponent(url.pathname.slice(prefix.length)));
  if (!file) {
    sendJson(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
    return;
  }
  sendBytes(response, 200, file.bytes, file.mimeType ?? 'application/octet-stream');
}
