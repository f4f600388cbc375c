/**
 * What DATABASE_URL may be: an SQLite file (`sqlite:./data/convene.db`, `sqlite:///abs/path.db`,
 * a plain path such as `./data/convene.db` or `/var/lib/convene.db`, or `:memory:`) or a Postgres
 * URL (`postgres://user:pass@host:5432/db`). Anything else would silently become an SQLite file
 * named after the text, so it is refused with the reason.
 */
export function databaseUrlProblem(url: string): string | null {
  const value = url.trim();
  if (value === ':memory:') return null;
  if (/^sqlite:/i.test(value)) {
    return value.replace(/^sqlite:(\/\/)?/i, '') ? null : 'an SQLite URL needs a file after "sqlite:" (sqlite:./data/convene.db)';
  }
  if (/^postgres(ql)?:/i.test(value)) return postgresProblem(value);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  // One letter before a colon is a Windows drive (C:\data\convene.db), not a scheme.
  if (scheme && scheme.length > 1) {
    return `"${scheme}:" is not supported; use an SQLite path (sqlite:./data/convene.db) or a postgres:// URL`;
  }
  if (looksLikePath(value)) return null;
  return 'it is neither an SQLite path (sqlite:./data/convene.db, ./data/convene.db) nor a postgres:// URL';
}

function postgresProblem(value: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return 'it is not a valid postgres URL (postgres://user:pass@host:5432/db)';
  }
  if (!/^\/\//.test(value.replace(/^postgres(ql)?:/i, ''))) return 'a postgres URL starts with postgres:// (postgres://user:pass@host:5432/db)';
  if (!parsed.hostname && !parsed.searchParams.get('host')) return 'the postgres URL names no host (postgres://user:pass@host:5432/db)';
  return null;
}

/** A file path: has a directory separator or an SQLite file extension. */
function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(db|sqlite3?|db3)$/i.test(value);
}
