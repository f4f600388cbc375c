/** One thing the doctor found: fine, worth a look, wrong (with how to fix it), or not checked. */
export interface Finding {
  status: 'ok' | 'warn' | 'fail' | 'skip';
  name: string;
  message: string;
  fix?: string;
}

const MARK: Record<Finding['status'], string> = { ok: '✓', warn: '!', fail: '✗', skip: '-' };

export function formatFinding(f: Finding): string {
  return `${MARK[f.status]} ${f.name}: ${f.message}${f.fix ? `\n    fix: ${f.fix}` : ''}`;
}
