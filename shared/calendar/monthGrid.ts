/**
 * The weeks of a month as a Swedish calendar shows them: Monday first, with ISO week numbers,
 * padded with the days of the neighbouring months.
 */
import { addDays, endOfMonth, endOfISOWeek, getISOWeek, startOfISOWeek } from 'date-fns';
import { toIsoDate } from '../domain/dates';

export interface GridWeek {
  week: number;
  /** Seven ISO dates, Monday to Sunday. */
  days: string[];
}

/** `month` is 1–12. */
export function monthWeeks(year: number, month: number): GridWeek[] {
  const first = new Date(year, month - 1, 1);
  const last = endOfISOWeek(endOfMonth(first));
  const weeks: GridWeek[] = [];
  for (let day = startOfISOWeek(first); day <= last; day = addDays(day, 7)) {
    weeks.push({ week: getISOWeek(day), days: Array.from({ length: 7 }, (_, i) => toIsoDate(addDays(day, i))) });
  }
  return weeks;
}
