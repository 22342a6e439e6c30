// CSV of what is on screen, the same way the API writes it: RFC 4180, UTF-8 with a byte-order mark
// (spreadsheets then show Chinese), text that a spreadsheet would run as a formula gets a leading '.

export function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = String(value);
  if (s !== '' && '=+-@\t\r'.includes(s[0])) s = `'${s}`;
  if (/[",\n\r]/.test(s)) s = `"${s.replaceAll('"', '""')}"`;
  return s;
}

export function toCsv(columns, rows) {
  const lines = [columns.map(c => csvCell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map(c => csvCell(c.value(row))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Saves the CSV as a download named reportlens-NAME.csv. */
export function download(name, columns, rows) {
  const blob = new Blob([toCsv(columns, rows)], {type: 'text/csv;charset=utf-8'});
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `reportlens-${name}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
