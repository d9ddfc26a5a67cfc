/**
 * @prisma/adapter-pg sends every statement unnamed, so PostgreSQL parses and plans it again on each
 * call: for the joined arrival statement of an update (pg-arrival.ts) planning took longer than
 * running it. A name per SQL text (the adapter's `statementNameGenerator`) lets each connection parse
 * a statement once and reuse it (node-postgres then sends only Bind/Execute); PostgreSQL's plan cache
 * then decides per statement between a generic plan and planning again.
 *
 * Bounded: the first `maxNames` distinct texts of the process get a name, later ones run unnamed, so
 * rare texts (long `IN` lists) do not pile up prepared statements in every server connection.
 * Not for a pooler in transaction mode (PgBouncer before 1.21): a named statement lives on a server
 * connection (docs/deploy.md).
 */
export function createStatementNames(maxNames = 200): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < maxNames) {
      name = `dp${names.size}`;
      names.set(sql, name);
    }
    // undefined: node-postgres's unnamed statement, as without a generator.
    return name as string;
  };
}
