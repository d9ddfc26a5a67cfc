/**
 * A start-up failure the operator can act on: a Vietnamese message saying what is wrong and what to
 * do, and the exit code. 2: the configuration must change (token, database path, name or password);
 * 1: a service could not be reached (database server, network) and a later start may succeed.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** What a Node system error code means, in Vietnamese, for messages. */
export function describeSystemCode(code: string | undefined): string | null {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'không tìm thấy tên máy chủ (DNS)';
    case 'ECONNREFUSED':
      return 'máy chủ từ chối kết nối — dịch vụ chưa chạy hoặc sai cổng';
    case 'ETIMEDOUT':
    case 'ESOCKETTIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'hết thời gian chờ kết nối';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return 'không có đường mạng tới máy chủ';
    case 'ECONNRESET':
      return 'kết nối bị ngắt giữa chừng';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền';
    case 'EROFS':
      return 'ổ đĩa chỉ đọc';
    case 'ENOSPC':
      return 'hết chỗ trên ổ đĩa';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'một phần của đường dẫn là tệp, không phải thư mục';
    case 'EISDIR':
      return 'đường dẫn là một thư mục, không phải tệp';
    default:
      return null;
  }
}
