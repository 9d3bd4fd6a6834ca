/**
 * Planning a year of meetings from a simple rule ("fyra möten per termin, fredagar kl. 9–12,
 * inte veckor 27–32"): the rule, its checks and Swedish summary, and the proposal. The proposal
 * spreads the meetings evenly over each term on the chosen weekday and leaves out excluded weeks,
 * holidays, days most people are off, and dates the caller rules out (the body already meets, or
 * someone invited would have two meetings at once). The user then edits
 * the dates; the warnings (meetingWarnings.ts) say what is wrong with an edited one.
 */
import { addDays, getISODay, getISOWeek, setISOWeek, startOfISOWeek } from 'date-fns';
import { formatTimeRange, isIsoDate, isTime, minutesOfDay, toDate, toIsoDate } from './dates';
import { DomainError } from './errors';
import { specialDaysOn } from './holidays';

export const terms = ['spring', 'autumn'] as const;
export type Term = (typeof terms)[number];

export const termLabels: Record<Term, string> = { spring: 'Vårterminen', autumn: 'Höstterminen' };

export interface TermPeriod {
  from: string;
  to: string;
  /** How many meetings in the term. */
  count: number;
}

export interface PlanRule {
  year: number;
  /** ISO weekday: 1 = måndag … 5 = fredag. */
  weekday: number;
  startTime: string;
  endTime: string;
  /** ISO week numbers to leave out (summer, Christmas). */
  excludedWeeks: number[];
  spring: TermPeriod;
  autumn: TermPeriod;
}

export interface ProposedMeeting {
  date: string;
  startTime: string;
  endTime: string;
  term: Term;
}

export interface Proposal {
  meetings: ProposedMeeting[];
  /** Swedish notes when a term had fewer possible days than meetings wanted. */
  notes: string[];
}

export const weekdayNames = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
/** "fredagar" */
export const weekdayPlurals = ['måndagar', 'tisdagar', 'onsdagar', 'torsdagar', 'fredagar', 'lördagar', 'söndagar'] as const;

/** The Monday of ISO week `week` in `year`, as an ISO date. */
function mondayOfWeek(year: number, week: number): string {
  // 4 January is always in week 1.
  return toIsoDate(startOfISOWeek(setISOWeek(new Date(year, 0, 4), week)));
}

/** Terms as the region plans them: spring weeks 2–24, autumn weeks 33–50. */
export function defaultTerms(year: number): { spring: Omit<TermPeriod, 'count'>; autumn: Omit<TermPeriod, 'count'> } {
  return {
    spring: { from: mondayOfWeek(year, 2), to: toIsoDate(addDays(toDate(mondayOfWeek(year, 24)), 4)) },
    autumn: { from: mondayOfWeek(year, 33), to: toIsoDate(addDays(toDate(mondayOfWeek(year, 50)), 4)) },
  };
}

export function defaultRule(year: number, times: { startTime: string; endTime: string }): PlanRule {
  const t = defaultTerms(year);
  return {
    year,
    weekday: 5,
    startTime: times.startTime,
    endTime: times.endTime,
    excludedWeeks: range(27, 32),
    spring: { ...t.spring, count: 4 },
    autumn: { ...t.autumn, count: 4 },
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Reads week numbers as people write them: "27–32", "27-32, 52", "v. 1, 27–32". Throws a
 * DomainError (field excludedWeeks) for anything else.
 */
export function parseWeeks(text: string): number[] {
  const weeks = new Set<number>();
  const cleaned = text
    .replace(/\b(veckorna|veckor|vecka|v\.?)(?=\s|\d|$)/gi, ' ')
    .replace(/\s*[–—-]\s*/g, '-')
    .trim();
  if (!cleaned) return [];
  for (const part of cleaned.split(/[,;\s]+/)) {
    if (!part) continue;
    const match = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(part);
    if (!match) throw new DomainError(`”${part}” är inte ett veckonummer. Skriv till exempel 27–32, 52.`, 'excludedWeeks');
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    if (from < 1 || to > 53 || from > 53 || to < 1) throw new DomainError('Veckonummer går från 1 till 53.', 'excludedWeeks');
    if (to < from) throw new DomainError(`Skriv den lägre veckan först (${to}–${from}).`, 'excludedWeeks');
    for (const week of range(from, to)) weeks.add(week);
  }
  return [...weeks].sort((a, b) => a - b);
}

/** "27–32, 52": consecutive weeks as a range. */
export function formatWeeks(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const week of [...sorted, Number.NaN]) {
    if (start !== undefined && previous !== undefined && week === previous + 1) {
      previous = week;
      continue;
    }
    if (start !== undefined && previous !== undefined) parts.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = week;
    previous = week;
  }
  return parts.join(', ');
}

/** Checks a rule and throws a DomainError naming the field, in Swedish. */
export function checkRule(rule: PlanRule): PlanRule {
  if (!Number.isInteger(rule.year) || rule.year < 2000 || rule.year > 2100) throw new DomainError('Välj ett år mellan 2000 och 2100.', 'year');
  if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) throw new DomainError('Välj en veckodag.', 'weekday');
  if (!isTime(rule.startTime)) throw new DomainError('Ange när mötena börjar, till exempel 09:00.', 'startTime');
  if (!isTime(rule.endTime)) throw new DomainError('Ange när mötena slutar, till exempel 12:00.', 'endTime');
  if (minutesOfDay(rule.endTime) <= minutesOfDay(rule.startTime)) throw new DomainError('Mötena måste sluta efter att de börjat.', 'endTime');
  for (const term of terms) {
    const period = rule[term];
    const label = termLabels[term].toLocaleLowerCase('sv-SE');
    if (!Number.isInteger(period.count) || period.count < 0 || period.count > 26) {
      throw new DomainError(`Antalet möten på ${label} ska vara mellan 0 och 26.`, `${term}Count`);
    }
    if (!isIsoDate(period.from) || !isIsoDate(period.to)) throw new DomainError(`Ange när ${label} börjar och slutar.`, `${term}From`);
    if (period.to < period.from) throw new DomainError(`${termLabels[term]} kan inte sluta innan den börjar.`, `${term}To`);
    if (!period.from.startsWith(String(rule.year)) || !period.to.startsWith(String(rule.year))) {
      throw new DomainError(`${termLabels[term]} ska ligga inom ${rule.year}.`, `${term}From`);
    }
  }
  if (rule.spring.count + rule.autumn.count === 0) throw new DomainError('Ange hur många möten som ska planeras.', 'springCount');
  return rule;
}

/** True when a meeting at these times should not be proposed on `date`. */
function unsuitable(date: string, endTime: string): boolean {
  return specialDaysOn(date).some((day) => day.kind !== 'half' || minutesOfDay(endTime) > 12 * 60);
}

/**
 * Proposes dates for the rule: in each term, every chosen weekday that is not excluded, not a
 * holiday or a day off (nor a short day for a meeting running past noon) and not ruled out by `avoid`; of
 * these, `count` spread evenly (the middle of each equal share of the term).
 */
export function proposeMeetings(rule: PlanRule, avoid: (date: string) => boolean = () => false): Proposal {
  checkRule(rule);
  const excluded = new Set(rule.excludedWeeks);
  const meetings: ProposedMeeting[] = [];
  const notes: string[] = [];
  for (const term of terms) {
    const period = rule[term];
    if (period.count === 0) continue;
    const candidates: string[] = [];
    let day = toDate(period.from);
    const offset = (rule.weekday - getISODay(day) + 7) % 7;
    day = addDays(day, offset);
    while (toIsoDate(day) <= period.to) {
      const date = toIsoDate(day);
      if (!excluded.has(getISOWeek(day)) && !unsuitable(date, rule.endTime) && !avoid(date)) candidates.push(date);
      day = addDays(day, 7);
    }
    const count = Math.min(period.count, candidates.length);
    if (count < period.count) {
      notes.push(
        `${termLabels[term]} har bara ${candidates.length} möjliga ${weekdayPlurals[rule.weekday - 1]}: ${count} ${count === 1 ? 'möte' : 'möten'} föreslås i stället för ${period.count}.`,
      );
    }
    for (let i = 0; i < count; i++) {
      const index = Math.floor(((i + 0.5) * candidates.length) / count);
      meetings.push({ date: candidates[index]!, startTime: rule.startTime, endTime: rule.endTime, term });
    }
  }
  return { meetings, notes };
}

/** "4 möten på vårterminen och 4 på höstterminen, fredagar kl. 09.00–12.00, inte veckorna 27–32" */
export function describeRule(rule: PlanRule): string {
  const counts =
    rule.spring.count === rule.autumn.count
      ? `${rule.spring.count} ${rule.spring.count === 1 ? 'möte' : 'möten'} per termin`
      : `${rule.spring.count} ${rule.spring.count === 1 ? 'möte' : 'möten'} på vårterminen och ${rule.autumn.count} på höstterminen`;
  const weeks = rule.excludedWeeks.length
    ? `, inte ${rule.excludedWeeks.length === 1 ? 'vecka' : 'veckorna'} ${formatWeeks(rule.excludedWeeks)}`
    : '';
  return `${counts}, ${weekdayPlurals[rule.weekday - 1]} ${formatTimeRange(rule.startTime, rule.endTime)}${weeks}`;
}

/**
 * A starting rule for planning `year`, learnt from the body's meetings the year before: the
 * weekday it met on most often and how many meetings each term had (four per term and Fridays
 * when there is nothing to learn from). Times come from the body's settings.
 */
export function suggestRule(
  year: number,
  times: { startTime: string; endTime: string },
  previous: readonly { date: string; status: string; deletedAt?: string | null }[],
): PlanRule {
  const rule = defaultRule(year, times);
  const held = previous.filter((m) => m.date.startsWith(`${year - 1}-`) && m.status !== 'cancelled' && !m.deletedAt);
  if (held.length === 0) return rule;
  const counts = new Map<number, number>();
  for (const m of held) counts.set(getISODay(toDate(m.date)), (counts.get(getISODay(toDate(m.date))) ?? 0) + 1);
  const weekday = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const spring = held.filter((m) => m.date.slice(5, 7) <= '06').length;
  return {
    ...rule,
    weekday: weekday <= 5 ? weekday : rule.weekday,
    spring: { ...rule.spring, count: spring },
    autumn: { ...rule.autumn, count: held.length - spring },
  };
}
