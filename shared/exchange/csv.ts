/**
 * CSV that Excel in Swedish opens as it should: semicolon between fields (Swedish Excel's list
 * separator, since the comma is the decimal sign), decimal comma, CRLF line ends, UTF-8 with a
 * byte-order mark (without it Excel reads "Örebro" as "Ã–rebro").
 */

export type CsvValue = string | number | null | undefined;

const BOM = '\ufeff';

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    text = Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  } else {
    text = value;
    // A text cell that starts like a formula would be run by Excel: make it plain text.
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  }
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}

/** The file's bytes: UTF-8 with a byte-order mark. */
export function csvBytes(rows: readonly (readonly CsvValue[])[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(BOM + toCsv(rows));
}
