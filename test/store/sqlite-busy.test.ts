import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { expect, it } from 'vitest';
import { isRetryable } from '../../src/core/service.ts';

/*
 * In WAL mode a transaction that read first and then tries to write, after another connection
 * committed meanwhile, fails at once with SQLITE_BUSY_SNAPSHOT (busy_timeout does not wait it
 * out). The core's transactions read before they write, so it must run them again.
 */
it('both SQLite busy codes are retried: SQLITE_BUSY and the WAL snapshot conflict SQLITE_BUSY_SNAPSHOT', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-busy-'));
  const file = path.join(dir, 'db.sqlite');
  const a = new SQLite(file);
  const b = new SQLite(file);
  try {
    a.pragma('journal_mode = WAL');
    a.exec('CREATE TABLE t (n INTEGER)');
    a.exec('INSERT INTO t VALUES (1)');
    a.exec('BEGIN');
    a.prepare('SELECT n FROM t').all();
    b.exec('INSERT INTO t VALUES (2)');
    let snapshot: unknown;
    try {
      a.exec('INSERT INTO t VALUES (3)');
    } catch (e) {
      snapshot = e;
    }
    a.exec('ROLLBACK');
    expect((snapshot as { code?: string }).code).toBe('SQLITE_BUSY_SNAPSHOT');
    expect(isRetryable(snapshot)).toBe(true);

    b.exec('BEGIN IMMEDIATE');
    a.pragma('busy_timeout = 0');
    let busy: unknown;
    try {
      a.exec('BEGIN IMMEDIATE');
    } catch (e) {
      busy = e;
    }
    b.exec('ROLLBACK');
    expect((busy as { code?: string }).code).toBe('SQLITE_BUSY');
    expect(isRetryable(busy)).toBe(true);
    expect(isRetryable(new Error('nope'))).toBe(false);
  } finally {
    a.close();
    b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
