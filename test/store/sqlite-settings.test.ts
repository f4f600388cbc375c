import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/database.ts';

// The settings a file store runs with: each was chosen for the event loop's sake (database.ts).
it('a file store runs in WAL mode, syncs at checkpoints and keeps its temporary structures in memory', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-settings-'));
  const store = openStore(`sqlite:${path.join(dir, 'db.sqlite')}`);
  try {
    const pragma = async (name: string) => Object.values((await sql.raw(`PRAGMA ${name}`).execute(store.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(1); // NORMAL
    expect(await pragma('temp_store')).toBe(2); // MEMORY: no file in /var/tmp per statement journal
    expect(await pragma('foreign_keys')).toBe(1);
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
