/**
 * A small client of the Zalo Bot Platform API: every method is `POST <root>/bot<TOKEN>/<method>` with
 * a JSON body, answered `{ ok: true, result }` or `{ ok: false, error_code, description }`. Errors
 * never carry the token (it is part of the URL, which is never put in a message).
 */

export interface ZaloBotInfo {
  id: string;
  account_name: string;
  account_type?: string;
  can_join_groups?: boolean;
}

export interface ZaloWebhookInfo {
  url?: string;
  updated_at?: number;
}

/** Zalo answered, and said no. `errorCode` 408 from getUpdates means the poll timed out. */
export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(`Zalo ${method}: ${errorCode} ${description}`);
    this.name = 'ZaloApiError';
  }
}

/** Zalo could not be reached, or answered something that is not its API (proxy page, timeout). */
export class ZaloNetworkError extends Error {
  constructor(
    readonly method: string,
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`Zalo ${method}: ${reason}`);
    this.name = 'ZaloNetworkError';
  }
}

export interface ZaloApiOptions {
  token: string;
  apiRoot: string;
  /** per call; getUpdates adds its long-poll timeout */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ZaloApi {
  readonly apiRoot: string;
  call<T>(method: string, body: Record<string, unknown>, options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<T>;
  getMe(): Promise<ZaloBotInfo>;
  /** One update, or null when the poll timed out (HTTP/error 408). */
  getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<unknown>;
  setWebhook(url: string, secretToken: string): Promise<unknown>;
  deleteWebhook(): Promise<unknown>;
  getWebhookInfo(): Promise<ZaloWebhookInfo>;
  sendMessage(chatId: string, text: string): Promise<{ message_id?: string | number }>;
  sendPhoto(chatId: string, photoUrl: string, caption?: string): Promise<{ message_id?: string | number }>;
  sendChatAction(chatId: string, action: 'typing' | 'upload_photo'): Promise<unknown>;
}

function systemCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function createZaloApi(options: ZaloApiOptions): ZaloApi {
  const root = options.apiRoot.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const defaultTimeout = options.timeoutMs ?? 15_000;

  async function call<T>(method: string, body: Record<string, unknown>, callOptions: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<T> {
    const timeout = AbortSignal.timeout(callOptions.timeoutMs ?? defaultTimeout);
    const signal = callOptions.signal ? AbortSignal.any([callOptions.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await doFetch(`${root}/bot${options.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (callOptions.signal?.aborted) throw new ZaloNetworkError(method, 'aborted', 'ABORT_ERR');
      if (timeout.aborted) throw new ZaloNetworkError(method, 'timed out', 'ETIMEDOUT');
      const code = systemCode(error);
      throw new ZaloNetworkError(method, code ?? 'network error', code);
    }
    let answer: { ok?: unknown; result?: unknown; error_code?: unknown; description?: unknown };
    try {
      answer = (await response.json()) as typeof answer;
    } catch {
      if (response.status === 408) throw new ZaloApiError(method, 408, 'Request Timeout');
      throw new ZaloNetworkError(method, `HTTP ${response.status} without a JSON answer`);
    }
    if (answer?.ok === true) return answer.result as T;
    const errorCode = typeof answer?.error_code === 'number' ? answer.error_code : response.status;
    const description = typeof answer?.description === 'string' ? answer.description.slice(0, 300) : `HTTP ${response.status}`;
    throw new ZaloApiError(method, errorCode, description);
  }

  return {
    apiRoot: root,
    call,
    getMe: () => call<ZaloBotInfo>('getMe', {}),
    async getUpdates(timeoutSeconds, signal) {
      try {
        return await call<unknown>(
          'getUpdates',
          { timeout: String(timeoutSeconds) },
          { timeoutMs: (timeoutSeconds + 10) * 1_000, ...(signal ? { signal } : {}) },
        );
      } catch (error) {
        if (error instanceof ZaloApiError && error.errorCode === 408) return null;
        throw error;
      }
    },
    setWebhook: (url, secretToken) => call('setWebhook', { url, secret_token: secretToken }),
    deleteWebhook: () => call('deleteWebhook', {}),
    getWebhookInfo: () => call<ZaloWebhookInfo>('getWebhookInfo', {}),
    sendMessage: (chatId, text) => call('sendMessage', { chat_id: chatId, text }),
    sendPhoto: (chatId, photoUrl, caption) => call('sendPhoto', { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) }),
    sendChatAction: (chatId, action) => call('sendChatAction', { chat_id: chatId, action }),
  };
}
