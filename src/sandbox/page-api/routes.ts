import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileStore } from '../bot-api/file-store.ts';
import type { SandboxState } from '../bot-api/state.ts';
import type { UserActions } from '../bot-api/user-actions.ts';
import { readBody } from '../http/read-body.ts';
import { sendBytes, sendJson } from '../http/respond.ts';
import { type ClockAction, resolveClockAction } from './clock-actions.ts';
import { stateSnapshot } from './snapshot.ts';

export interface PageApiDeps {
  state: SandboxState;
  actions: UserActions;
  files: FileStore;
  now(): number;
  /**
   * Moves sandbox time to the target computed from the time it finds: moves run one after another, each from where
   * the one before stopped (two quick taps of "+1 ngày" are two days, and no digest runs twice or out of order).
   */
  moveClock(target: (now: number) => number): Promise<void>;
  signal: AbortSignal;
}

const LONG_POLL_MAX_MS = 25_000;
const CALLBACK_ANSWER_WAIT_MS = 3_000;

/** `/sandbox/api/...`: the page's own small JSON API (not part of Telegram's). */
export async function handlePageApi(request: IncomingMessage, response: ServerResponse, url: URL, deps: PageApiDeps): Promise<void> {
  const route = `${request.method ?? 'GET'} ${url.pathname.replace(/^\/sandbox\/api/, '')}`;
  try {
    if (route === 'GET /state') return await getState(response, url, deps);
    if (route.startsWith('GET /files/')) return getFile(response, url, deps);
    const body = await readBody(request, url.searchParams);
    const fields = body.fields;
    const number = (name: string): number => {
      const value = Number(fields[name]);
      if (!Number.isFinite(value)) throw new PageApiError(`thiếu hoặc sai "${name}"`);
      return value;
    };
    const optionalNumber = (name: string): number | undefined =>
      fields[name] === undefined || fields[name] === '' || fields[name] === null ? undefined : number(name);
    if (route === 'POST /messages') {
      const input = { chatId: number('chatId'), fromUserId: number('fromUserId'), text: String(fields.text ?? '') };
      const replyToMessageId = optionalNumber('replyToMessageId');
      const message = deps.actions.sendUserMessage(replyToMessageId === undefined ? input : { ...input, replyToMessageId });
      return sendJson(response, 200, { ok: true, message });
    }
    if (route === 'POST /upload') {
      const upload = body.uploads.get('file');
      if (!upload) throw new PageApiError('chưa chọn tệp');
      const kind = fields.kind === 'photo' ? 'photo' : 'document';
      const replyToMessageId = optionalNumber('replyToMessageId');
      const caption = typeof fields.caption === 'string' && fields.caption !== '' ? fields.caption : undefined;
      const message = await deps.actions.sendUserFile({
        chatId: number('chatId'),
        fromUserId: number('fromUserId'),
        kind,
        fileName: upload.fileName,
        bytes: upload.bytes,
        ...(upload.contentType ? { mimeType: upload.contentType } : {}),
        ...(caption ? { caption } : {}),
        ...(replyToMessageId === undefined ? {} : { replyToMessageId }),
      });
      return sendJson(response, 200, { ok: true, message });
    }
    if (route === 'POST /press') return await pressButton(response, deps, number('chatId'), number('fromUserId'), number('messageId'), number('index'));
    if (route === 'POST /clock') {
      const action = clockAction(fields);
      await deps.moveClock((now) => resolveClockAction(now, action));
      return sendJson(response, 200, { ok: true, now: deps.now() });
    }
    if (route === 'POST /bot-membership') {
      const chatId = number('chatId');
      const fromUserId = number('fromUserId');
      if (fields.action === 'remove') deps.actions.removeBotFromChat(chatId, fromUserId);
      else deps.actions.addBotToChat(chatId, fromUserId);
      return sendJson(response, 200, { ok: true });
    }
    sendJson(response, 404, { ok: false, error: 'không có đường dẫn này' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendJson(response, error instanceof PageApiError ? 400 : 422, { ok: false, error: message });
  }
}

class PageApiError extends Error {}

async function getState(response: ServerResponse, url: URL, deps: PageApiDeps): Promise<void> {
  const since = Number(url.searchParams.get('since') ?? 0) || 0;
  const waitMs = Math.min(LONG_POLL_MAX_MS, Math.max(0, Number(url.searchParams.get('wait') ?? 0) * 1_000 || 0));
  if (waitMs > 0 && deps.state.seq <= since) await waitForChange(deps, waitMs, response);
  if (!response.destroyed) sendJson(response, 200, stateSnapshot(deps.state, deps.now(), since));
}

function waitForChange(deps: PageApiDeps, waitMs: number, response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      deps.signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    const unsubscribe = deps.state.onChange(done);
    deps.signal.addEventListener('abort', done);
    response.on('close', done);
  });
}

function getFile(response: ServerResponse, url: URL, deps: PageApiDeps): void {
  const file = deps.files.get(decodeURIComponent(url.pathname.slice('/sandbox/api/files/'.length)));
  if (!file) {
    sendJson(response, 404, { ok: false, error: 'không tìm thấy tệp' });
    return;
  }
  const name = encodeURIComponent(file.fileName ?? file.filePath.split('/').pop() ?? 'file');
  sendBytes(response, 200, file.bytes, file.mimeType ?? 'application/octet-stream', {
    'content-disposition': `inline; filename*=UTF-8''${name}`,
  });
}

async function pressButton(response: ServerResponse, deps: PageApiDeps, chatId: number, fromUserId: number, messageId: number, index: number): Promise<void> {
  const stored = deps.state.findMessage(chatId, messageId);
  const button = stored?.message.reply_markup?.inline_keyboard.flat()[index];
  if (!button) throw new PageApiError('không tìm thấy nút');
  if (button.url) return sendJson(response, 200, { ok: true, url: button.url });
  const callbackId = deps.actions.pressButton({ chatId, fromUserId, messageId, data: button.callback_data ?? '' });
  const record = await deps.actions.waitForCallbackAnswer(callbackId, CALLBACK_ANSWER_WAIT_MS);
  const answer = record?.answered ? { text: record.text ?? '', showAlert: record.showAlert ?? false } : undefined;
  sendJson(response, 200, { ok: true, callbackId, answered: record?.answered ?? false, answer });
}

function clockAction(fields: Record<string, unknown>): ClockAction {
  if (fields.preset === 'next-morning') return { preset: 'next-morning' };
  if (fields.setMs !== undefined) return { setMs: Number(fields.setMs) };
  const advanceMs = Number(fields.advanceMs);
  if (!Number.isFinite(advanceMs) || advanceMs <= 0) throw new PageApiError('thiếu "advanceMs"');
  return { advanceMs };
}
