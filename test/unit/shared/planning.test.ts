import { getISODay, getISOWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toDate } from '../../../shared/domain/dates';
import { specialDaysOn } from '../../../shared/domain/holidays';
import { checkRule, defaultRule, defaultTerms, describeRule, formatWeeks, parseWeeks, proposeMeetings, suggestRule, type PlanRule } from '../../../shared/domain/planning';

const fridays = (year: number): PlanRule => ({ ...defaultRule(year, { startTime: '09:00', endTime: '12:00' }), weekday: 5 });

describe('the planning rule', () => {
  it('reads week lists as people write them', () => {
    expect(parseWeeks('27–32')).toEqual([27, 28, 29, 30, 31, 32]);
    expect(parseWeeks('v. 1, 27 - 29; 52')).toEqual([1, 27, 28, 29, 52]);
    expect(parseWeeks('veckorna 51-52')).toEqual([51, 52]);
    expect(parseWeeks('  ')).toEqual([]);
    expect(() => parseWeeks('sommaren')).toThrow(/inte ett veckonummer/);
    expect(() => parseWeeks('32–27')).toThrow(/lägre veckan först/);
    expect(() => parseWeeks('54')).toThrow(/1 till 53/);
    expect(formatWeeks([52, 27, 28, 29, 30, 31, 32, 1])).toBe('1, 27–32, 52');
  });

  it('describes itself in Swedish', () => {
    expect(describeRule(fridays(2027))).toBe('4 möten per termin, fredagar kl. 09.00–12.00, inte veckorna 27–32');
    const uneven = { ...fridays(2027), weekday: 3, spring: { ...fridays(2027).spring, count: 3 }, excludedWeeks: [52] };
    expect(describeRule(uneven)).toBe('3 möten på vårterminen och 4 på höstterminen, onsdagar kl. 09.00–12.00, inte vecka 52');
  });

  it('refuses impossible rules with the field to fix', () => {
    expect(() => checkRule({ ...fridays(2027), endTime: '08:00' })).toThrow(expect.objectContaining({ field: 'endTime' }));
    expect(() => checkRule({ ...fridays(2027), spring: { ...fridays(2027).spring, to: '2027-01-01' } })).toThrow(expect.objectContaining({ field: 'springTo' }));
    expect(() => checkRule({ ...fridays(2027), autumn: { ...fridays(2027).autumn, from: '2028-08-01', to: '2028-12-01' } })).toThrow(/inom 2027/);
    expect(() => checkRule({ ...fridays(2027), spring: { ...fridays(2027).spring, count: 0 }, autumn: { ...fridays(2027).autumn, count: 0 } })).toThrow(
      expect.objectContaining({ field: 'springCount' }),
    );
  });

  it('uses weeks 2–24 and 33–50 as the default terms', () => {
    expect(defaultTerms(2027)).toEqual({ spring: { from: '2027-01-11', to: '2027-06-18' }, autumn: { from: '2027-08-16', to: '2027-12-17' } });
  });

  it('proposes four Fridays per term, spread out, never in excluded weeks or on holidays and days off', () => {
    for (const year of [2025, 2026, 2027, 2030]) {
      const rule = { ...fridays(year), excludedWeeks: parseWeeks('27–32') };
      const { meetings, notes } = proposeMeetings(rule);
      expect(notes).toEqual([]);
      expect(meetings).toHaveLength(8);
      expect(meetings.filter((m) => m.term === 'spring')).toHaveLength(4);
      for (const m of meetings) {
        expect(getISODay(toDate(m.date))).toBe(5);
        expect(m.startTime).toBe('09:00');
        expect(m.endTime).toBe('12:00');
        expect(rule.excludedWeeks).not.toContain(getISOWeek(toDate(m.date)));
        expect(specialDaysOn(m.date).filter((d) => d.kind !== 'half')).toEqual([]);
      }
      // Spread: consecutive meetings of a term are at least three weeks apart.
      const spring = meetings.filter((m) => m.term === 'spring').map((m) => toDate(m.date).getTime());
      for (let i = 1; i < spring.length; i++) expect(spring[i]! - spring[i - 1]!).toBeGreaterThanOrEqual(21 * 86_400_000);
      expect(meetings.map((m) => m.date)).toEqual([...meetings.map((m) => m.date)].sort());
    }
  });

  it('gives the exact dates for 2027 and leaves out what the caller rules out', () => {
    const rule = fridays(2027);
    const first = proposeMeetings(rule).meetings.map((m) => m.date);
    // Spring has 21 possible Fridays (not långfredagen 26/3 nor the klämdag 7/5): the 3rd, 8th, 14th and 19th.
    expect(first).toEqual(['2027-01-29', '2027-03-05', '2027-04-23', '2027-06-04', '2027-09-03', '2027-10-01', '2027-11-05', '2027-12-03']);
    const again = proposeMeetings(rule, (date) => date === '2027-03-05').meetings.map((m) => m.date);
    expect(again).not.toContain('2027-03-05');
    expect(again).toHaveLength(8);
  });

  it('avoids a short day only when the meeting runs past noon', () => {
    // Valborgsmässoafton 2027 is a Friday.
    const onlyApril = (endTime: string): PlanRule => ({
      ...fridays(2027),
      endTime,
      spring: { from: '2027-04-30', to: '2027-04-30', count: 1 },
      autumn: { ...fridays(2027).autumn, count: 0 },
    });
    expect(proposeMeetings(onlyApril('12:00')).meetings.map((m) => m.date)).toEqual(['2027-04-30']);
    const afternoon = proposeMeetings(onlyApril('15:00'));
    expect(afternoon.meetings).toEqual([]);
    expect(afternoon.notes).toEqual(['Vårterminen har bara 0 möjliga fredagar: 0 möten föreslås i stället för 1.']);
  });
});

describe('the suggested rule', () => {
  it('learns the weekday and the meetings per term from the year before, ignoring cancelled ones', () => {
    const previous = [
      { date: '2026-01-21', status: 'held' },
      { date: '2026-03-04', status: 'cancelled' },
      { date: '2026-04-15', status: 'held' },
      { date: '2026-09-23', status: 'held' },
      { date: '2026-10-28', status: 'held' },
      { date: '2026-12-09', status: 'planned' },
      { date: '2026-10-08', status: 'held' },
      { date: '2025-02-07', status: 'held' },
    ];
    const rule = suggestRule(2027, { startTime: '13:00', endTime: '16:30' }, previous);
    expect([rule.weekday, rule.spring.count, rule.autumn.count, rule.startTime]).toEqual([3, 2, 4, '13:00']);
    expect(suggestRule(2027, { startTime: '09:00', endTime: '12:00' }, [])).toEqual(defaultRule(2027, { startTime: '09:00', endTime: '12:00' }));
  });
});

describe('the month grid', () => {
  it('starts weeks on Monday with ISO week numbers', async () => {
    const { monthWeeks } = await import('../../../shared/calendar/monthGrid');
    const november = monthWeeks(2026, 11);
    expect(november[0]).toEqual({ week: 44, days: ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'] });
    expect(november[november.length - 1]!.days[6]).toBe('2026-12-06');
    expect(november).toHaveLength(6);
    expect(monthWeeks(2027, 1)[0]!.week).toBe(53);
  });
});
