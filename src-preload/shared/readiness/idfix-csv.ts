import type { Finding } from './finding.ts';

// IdFix's export columns, so a report can go where IdFix reports went.
const HEADER = [
  'DISTINGUISHEDNAME',
  'OBJECTCLASS',
  'ATTRIBUTE',
  'ERROR',
  'VALUE',
  'UPDATE',
  'ACTION',
  'PROBLEM',
];

function cell(text: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The findings as CSV (RFC 4180, CRLF), one row per finding. */
export function findingsCsv(findings: readonly Finding[]): string {
  const rows = findings.map((f) => [
    f.dn,
    f.objectKind,
    f.attribute,
    f.kind.toLowerCase(),
    f.value ?? '',
    f.fix?.action === 'replace' ? f.fix.value : '',
    f.fix ? (f.fix.action === 'remove' ? 'REMOVE' : 'EDIT') : '',
    f.problem,
  ]);
  return [HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
