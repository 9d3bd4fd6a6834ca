/**
 * CSV as Swedish Excel opens it without asking: UTF-8 with a byte-order mark, semicolons between
 * fields, decimal commas, CRLF line ends, and quotes around fields that need them.
 */

export type CsvValue = string | number | null;

/** 66.666 → "66,7" (one decimal; integers without one). */
export function swedishDecimal(value: number, decimals = 1): string {
  const rounded = Number(value.toFixed(decimals));
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(decimals).replace('.', ',');
}

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? swedishDecimal(value) : value;
  return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}

/** The file's bytes, with the BOM Excel needs to read UTF-8 (å, ä, ö). */
export function csvBytes(rows: readonly (readonly CsvValue[])[]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${toCsv(rows)}`);
}
