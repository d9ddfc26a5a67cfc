/** The server that PostgreSQL tests create their throwaway databases on. Never skipped. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
