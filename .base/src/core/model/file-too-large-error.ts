/** A file sent in chat is bigger than the caller accepts; thrown by a channel's downloadFile. */
export class FileTooLargeError extends Error {
  constructor(
    readonly size: number | null,
    readonly maxBytes: number,
  ) {
    super(`file over ${maxBytes} bytes${size === null ? '' : ` (${size})`}`);
    this.name = 'FileTooLargeError';
  }
}
