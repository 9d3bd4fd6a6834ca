/**
 * Swedish public holidays and the days most people are off anyway, for any year: the warnings
 * of the year plan ("Långfredagen är en helgdag") and the days a proposal avoids.
 *
 * The calendar itself comes from date-holidays (its Swedish data: the Easter-based days,
 * midsommar, alla helgons dag …). On top of it this module adds what Swedish workplaces treat as
 * days off or short days without a law saying so: skärtorsdagen as a short day, klämdagar (a
 * weekday between a holiday and a weekend) and mellandagarna between Christmas and New Year.
 */
import Holidays from 'date-holidays';
import { addDays, getISODay } from 'date-fns';
import { toDate, toIsoDate } from './dates';

/**
 * - public: allmän helgdag (by law)
 * - leave: not a holiday, but most people are off (midsommarafton, julafton, nyårsafton, mellandagarna)
 * - half: a short day, many stop at lunch (trettondagsafton, skärtorsdagen, valborgsmässoafton, allhelgonaafton)
 * - squeeze: klämdag, a weekday between a holiday and a weekend
 */
export const specialDayKinds = ['public', 'leave', 'half', 'squeeze'] as const;
export type SpecialDayKind = (typeof specialDayKinds)[number];

export interface SpecialDay {
  /** ISO date */
  date: string;
  /** Swedish name, capitalised: "Långfredagen", "Midsommarafton", "Klämdag efter Kristi himmelsfärdsdag" */
  name: string;
  kind: SpecialDayKind;
}

let calendar: Holidays | null = null;
const byYear = new Map<number, SpecialDay[]>();

function swedishCalendar(): Holidays {
  calendar ??= new Holidays('SE', { languages: ['sv'], timezone: 'Europe/Stockholm' });
  return calendar;
}

const capitalise = (name: string) => name.charAt(0).toLocaleUpperCase('sv-SE') + name.slice(1);

/** Every special day of the year, in date order. */
export function specialDaysOfYear(year: number): SpecialDay[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const days: SpecialDay[] = [];
  for (const holiday of swedishCalendar().getHolidays(year, 'sv')) {
    const date = holiday.date.slice(0, 10);
    const name = capitalise(holiday.name);
    if (holiday.type === 'public') days.push({ date, name, kind: 'public' });
    else if (holiday.type === 'bank') days.push({ date, name, kind: 'leave' });
    else if (holiday.type === 'optional') days.push({ date, name, kind: 'half' });
    // Skärtorsdagen is an observance in the data; most agreements make it a short day.
    else if (holiday.rule === 'easter -3') days.push({ date, name, kind: 'half' });
  }
  const publicDays = new Set(days.filter((d) => d.kind === 'public').map((d) => d.date));
  const taken = new Set(days.map((d) => d.date));
  // Mellandagarna: the weekdays between annandag jul and nyårsafton.
  for (let day = 27; day <= 30; day++) {
    const date = `${year}-12-${day}`;
    const weekday = getISODay(toDate(date));
    if (weekday <= 5 && !taken.has(date)) {
      days.push({ date, name: 'Mellandagarna', kind: 'leave' });
      taken.add(date);
    }
  }
  // Klämdagar: a Friday after a Thursday holiday, a Monday before a Tuesday holiday.
  for (const holiday of days.filter((d) => d.kind === 'public')) {
    const weekday = getISODay(toDate(holiday.date));
    const squeeze = weekday === 4 ? addDays(toDate(holiday.date), 1) : weekday === 2 ? addDays(toDate(holiday.date), -1) : null;
    if (!squeeze || squeeze.getFullYear() !== year) continue;
    const date = toIsoDate(squeeze);
    if (taken.has(date) || publicDays.has(date)) continue;
    days.push({ date, name: `Klämdag ${weekday === 4 ? 'efter' : 'före'} ${lowerFirst(holiday.name)}`, kind: 'squeeze' });
    taken.add(date);
  }
  days.sort((a, b) => a.date.localeCompare(b.date) || specialDayKinds.indexOf(a.kind) - specialDayKinds.indexOf(b.kind));
  byYear.set(year, days);
  return days;
}

function lowerFirst(name: string): string {
  // "Kristi himmelsfärdsdag" keeps its capital (a name); "Första maj" → "första maj".
  return /^Kristi/.test(name) ? name : name.charAt(0).toLocaleLowerCase('sv-SE') + name.slice(1);
}

/** The special days falling on `date` (usually none, at most a few). */
export function specialDaysOn(date: string): SpecialDay[] {
  const year = Number(date.slice(0, 4));
  return specialDaysOfYear(year).filter((d) => d.date === date);
}

/** Easter Sunday (påskdagen) of the year, from the same data. */
export function easterSunday(year: number): string {
  const easter = swedishCalendar()
    .getHolidays(year, 'sv')
    .find((h) => h.rule === 'easter');
  if (!easter) throw new Error(`No Easter in ${year}`);
  return easter.date.slice(0, 10);
}

/** How the kind of day is described to the user. */
export const specialDayKindLabels: Record<SpecialDayKind, string> = {
  public: 'helgdag',
  leave: 'de flesta är lediga',
  half: 'halvdag, många slutar vid lunch',
  squeeze: 'klämdag, många är lediga',
};
