import { ApiError, badRequest } from '../api-error.ts';
import { type SandboxState, updateKind } from '../state.ts';
import type { TgUpdate, UpdateKind } from '../types.ts';
import type { MethodHandler } from './context.ts';

/** What Telegram sends when allowed_updates is empty: everything except chat_member (and reactions). */
const DEFAULT_KINDS: UpdateKind[] = ['message', 'edited_message', 'callback_query', 'my_chat_member'];

export const getUpdates: MethodHandler = async (ctx, params) => {
  const { state } = ctx;
  if (state.webhook) {
    throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  const offset = params.int('offset');
  if (offset !== undefined) applyOffset(state, offset);
  const allowed = params.object<UpdateKind[]>('allowed_updates');
  if (allowed !== undefined) state.allowedUpdates = allowed.length > 0 ? allowed : undefined;
  const limit = Math.min(100, Math.max(1, params.int('limit') ?? 100));
  const timeoutMs = Math.max(0, params.int('timeout') ?? 0) * 1_000;
  const generation = ++state.pollGeneration;
  state.wakeUpdateWaiters();
  const ready = takeUpdates(state, limit);
  if (ready.length > 0 || timeoutMs === 0) return ready;
  await waitForUpdate(state, timeoutMs, ctx.signal);
  if (generation !== state.pollGeneration) {
    throw new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
  }
  return takeUpdates(state, limit);
};

/** Updates the bot asked for, in order; the others are dropped like Telegram never created them. */
export function takeUpdates(state: SandboxState, limit: number): TgUpdate[] {
  const allowed = state.allowedUpdates ?? DEFAULT_KINDS;
  for (let i = state.updates.length - 1; i >= 0; i -= 1) {
    const kind = updateKind(state.updates[i]!);
    if (!kind || !allowed.includes(kind)) state.updates.splice(i, 1);
  }
  return state.updates.slice(0, limit);
}

function applyOffset(state: SandboxState, offset: number): void {
  if (offset >= 0) {
    state.confirmUpdates(offset);
    return;
  }
  // A negative offset keeps only the last |offset| updates.
  const keep = -offset;
  if (state.updates.length > keep) state.updates.splice(0, state.updates.length - keep);
}

function waitForUpdate(state: SandboxState, timeoutMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, timeoutMs);
    const unsubscribe = state.onUpdate(finish);
    signal.addEventListener('abort', finish);
    if (signal.aborted) finish();
  });
}

export const setWebhook: MethodHandler = (ctx, params) => {
  const url = params.string('url') ?? '';
  if (url === '') {
    ctx.state.webhook = undefined;
    return true;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('bad webhook: invalid webhook URL specified');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badRequest('bad webhook: unsupported URL protocol');
  const secretToken = params.string('secret_token');
  if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) throw badRequest('bad webhook: invalid secret token');
  const allowed = params.object<UpdateKind[]>('allowed_updates');
  if (allowed !== undefined) ctx.state.allowedUpdates = allowed.length > 0 ? allowed : undefined;
  if (params.bool('drop_pending_updates')) ctx.state.updates.length = 0;
  ctx.state.webhook = secretToken ? { url, secretToken } : { url };
  ctx.state.wakeUpdateWaiters();
  return true;
};

export const deleteWebhook: MethodHandler = (ctx, params) => {
  ctx.state.webhook = undefined;
  if (params.bool('drop_pending_updates')) ctx.state.updates.length = 0;
  return true;
};

export const getWebhookInfo: MethodHandler = (ctx) => {
  const webhook = ctx.state.webhook;
  const info: Record<string, unknown> = {
    url: webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: ctx.state.updates.length,
  };
  if (webhook?.lastErrorDate !== undefined) {
    info.last_error_date = webhook.lastErrorDate;
    info.last_error_message = webhook.lastErrorMessage;
  }
  if (ctx.state.allowedUpdates) info.allowed_updates = ctx.state.allowedUpdates;
  return info;
};
