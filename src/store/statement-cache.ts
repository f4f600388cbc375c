import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 behind Kysely, with its prepared statements kept: Kysely prepares every query
 * anew (parsing and planning the SQL each time, a tenth of a request's CPU), while the program
 * sends the same few dozen statements over and over. Kept by SQL text, most recently used last,
 * at most `max` of them. Safe because Kysely runs one query at a time on SQLite's one connection
 * and never streams here (a statement is never reused while it is still being read).
 */
export function withStatementCache(db: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = db.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
    close() {
      cache.clear();
      db.close();
    },
  };
}
