import fc from 'fast-check';
import { getISODay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toDate } from '../../../shared/domain/dates';
import { easterSunday, specialDaysOfYear, specialDaysOn } from '../../../shared/domain/holidays';

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of date-holidays. */
function computus(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const named = (date: string) => specialDaysOn(date).map((d) => `${d.name} (${d.kind})`);

describe('Swedish holidays and days off', () => {
  it('knows Easter Sunday and the days that follow from it', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(named('2024-03-29')).toEqual(['Långfredagen (public)']);
    expect(named('2025-04-21')).toEqual(['Annandag påsk (public)']);
    expect(named('2025-05-29')).toEqual(['Kristi himmelsfärdsdag (public)']);
    expect(named('2026-05-14')).toEqual(['Kristi himmelsfärdsdag (public)']);
    expect(named('2024-05-19')).toEqual(['Pingstdagen (public)']);
    // Skärtorsdagen is a short day, not a holiday.
    expect(named('2025-04-17')).toEqual(['Skärtorsdagen (half)']);
  });

  it('knows midsommar, alla helgons dag, the fixed holidays and the usual days off', () => {
    expect(named('2024-06-21')).toEqual(['Midsommarafton (leave)']);
    expect(named('2025-06-20')).toEqual(['Midsommarafton (leave)']);
    expect(named('2026-06-19')).toEqual(['Midsommarafton (leave)']);
    expect(named('2024-11-02')).toEqual(['Alla helgons dag (public)']);
    expect(named('2025-11-01')).toEqual(['Alla helgons dag (public)']);
    expect(named('2024-11-01')).toEqual(['Allhelgonaafton (half)']);
    expect(named('2025-12-24')).toEqual(['Julafton (leave)']);
    expect(named('2025-12-31')).toEqual(['Nyårsafton (leave)']);
    expect(named('2026-01-06')).toEqual(['Trettondedag jul (public)']);
    expect(named('2026-04-30')).toEqual(['Valborgsmässoafton (half)']);
    expect(named('2025-06-06')).toEqual(['Nationaldagen (public)']);
    expect(named('2024-12-27')).toEqual(['Mellandagarna (leave)']);
    expect(named('2024-08-28')).toEqual([]);
  });

  it('finds klämdagar between a holiday and a weekend', () => {
    expect(named('2025-05-30')).toEqual(['Klämdag efter Kristi himmelsfärdsdag (squeeze)']);
    expect(named('2024-05-10')).toEqual(['Klämdag efter Kristi himmelsfärdsdag (squeeze)']);
    // Nationaldagen 2024 was a Thursday.
    expect(named('2024-06-07')).toEqual(['Klämdag efter nationaldagen (squeeze)']);
    // Trettondedag jul 2026 is a Tuesday: the Monday before is a klämdag (and trettondagsafton).
    expect(named('2026-01-05').map((n) => n.split(' (')[1])).toContain('half)');
  });

  it('holds for any year: Easter matches the computus, midsommarafton is a Friday 19–25 June, alla helgons dag a Saturday 31 Oct–6 Nov', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), (year) => {
        expect(easterSunday(year)).toBe(computus(year));
        const days = specialDaysOfYear(year);
        const midsummer = days.find((d) => d.name === 'Midsommarafton')!;
        expect(getISODay(toDate(midsummer.date))).toBe(5);
        expect(midsummer.date >= `${year}-06-19` && midsummer.date <= `${year}-06-25`).toBe(true);
        const allSaints = days.find((d) => d.name === 'Alla helgons dag')!;
        expect(getISODay(toDate(allSaints.date))).toBe(6);
        expect(allSaints.date >= `${year}-10-31` && allSaints.date <= `${year}-11-06`).toBe(true);
        const goodFriday = days.find((d) => d.name === 'Långfredagen')!;
        expect(getISODay(toDate(goodFriday.date))).toBe(5);
        expect(days.every((d) => d.date.startsWith(`${year}-`))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
