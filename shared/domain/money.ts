/**
 * Money as the region writes it: whole kronor, stored as integers (never floats), shown with a
 * space between thousands and "kr" after ("1 005 262 kr"). The space is a no-break space so an
 * amount never wraps across lines; a negative amount uses the minus sign (U+2212).
 */
import { DomainError } from './errors';

/** Largest amount accepted anywhere (a trillion kronor): far above any budget, far below float trouble. */
export const MAX_AMOUNT = 1_000_000_000_000;

export const NBSP = '\u00a0';
export const MINUS = '\u2212';

/** "1 005 262" (no-break spaces), "−819 732" for negatives. */
export function formatAmount(amount: number): string {
  const digits = String(Math.abs(Math.trunc(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return amount < 0 ? `${MINUS}${grouped}` : grouped;
}

/** "1 005 262 kr" */
export function formatKronor(amount: number): string {
  return `${formatAmount(amount)}${NBSP}kr`;
}

/** "2,62": a ratio with a Swedish decimal comma. */
export function formatDecimal(value: number, decimals = 2): string {
  return value.toFixed(decimals).replace('.', ',').replace('-', MINUS);
}

/**
 * Reads an amount typed the way people type it: "1 005 262", "1005262 kr", "-819 732", "2 632 000,00".
 * Empty input is null. Öre are refused: the reports are in whole kronor.
 */
export function parseKronor(input: string, field?: string): number | null {
  const text = input
    .normalize('NFKC')
    .replace(/kronor|kr\.?|sek/gi, '')
    .replace(/[\s\u00a0\u202f\u2009']/g, '')
    .replace(/[\u2212\u2013]/g, '-');
  if (text === '') return null;
  const match = /^(-)?(\d+)(?:[,.](\d+))?$/.exec(text);
  if (!match) throw new DomainError(`”${input.trim()}” är inte ett belopp. Skriv till exempel 1 005 262.`, field);
  if (match[3] && /[1-9]/.test(match[3])) {
    throw new DomainError(`Ange hela kronor (utan öre): ”${input.trim()}”.`, field);
  }
  const value = Number(match[2]) * (match[1] ? -1 : 1);
  if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_AMOUNT) {
    throw new DomainError(`Beloppet ”${input.trim()}” är för stort.`, field);
  }
  return value === 0 ? 0 : value;
}
