import type { TgErrorBody } from './types.ts';

/** A Bot API failure; the router turns it into Telegram's `{ ok: false, ... }` body. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
  }

  toBody(): TgErrorBody {
    const body: TgErrorBody = { ok: false, error_code: this.code, description: this.description };
    if (this.retryAfter !== undefined) body.parameters = { retry_after: this.retryAfter };
    return body;
  }
}

export const badRequest = (detail: string): ApiError => new ApiError(400, `Bad Request: ${detail}`);
export const forbidden = (detail: string): ApiError => new ApiError(403, `Forbidden: ${detail}`);
export const tooManyRequests = (retryAfter: number): ApiError => new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
