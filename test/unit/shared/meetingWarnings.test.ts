import { describe, expect, it } from 'vitest';
import { dayWarnings, listNames, meetingWarnings, type WarningContext } from '../../../shared/domain/meetingWarnings';

const people: Record<string, string> = { p1: 'Göran Bergsten', p2: 'Anneli Borg', p3: 'Petra Isaksson', p4: 'Helena Strand' };
const bodies: Record<string, string> = { chefs: 'Chefsgrupp folkhälsa', council: 'Specifika samverkansrådet för folkhälsa' };
const membership = (bodyId: string, personId: string, from = '2024-01-01', to: string | null = null) => ({ bodyId, personId, from, to, deletedAt: null });

const context = (meetings: WarningContext['meetings'], events: WarningContext['events'] = []): WarningContext => ({
  meetings,
  events,
  memberships: [
    membership('chefs', 'p1'),
    membership('chefs', 'p2'),
    membership('chefs', 'p3'),
    membership('council', 'p1'),
    membership('council', 'p2', '2024-01-01', '2024-06-30'),
    membership('council', 'p4'),
  ],
  personName: (id) => people[id]!,
  bodyName: (id) => bodies[id]!,
});

describe('warnings about a meeting date', () => {
  it('warns about holidays, days off, short days and weekends', () => {
    expect(dayWarnings('2025-06-20').map((w) => [w.kind, w.message])).toEqual([['dayOff', 'Midsommarafton: de flesta är lediga.']]);
    expect(dayWarnings('2024-03-29').map((w) => w.message)).toEqual(['Långfredagen: helgdag.']);
    expect(dayWarnings('2025-05-30').map((w) => w.kind)).toEqual(['dayOff']);
    expect(dayWarnings('2026-04-30', '15:00').map((w) => w.message)).toEqual(['Valborgsmässoafton: halvdag, många slutar vid lunch.']);
    expect(dayWarnings('2026-04-30', '12:00')).toEqual([]);
    expect(dayWarnings('2024-08-31').map((w) => w.message)).toEqual(['Dagen är en lördag.']);
    expect(dayWarnings('2024-11-02').map((w) => w.kind)).toEqual(['holiday']);
    expect(dayWarnings('2024-08-28')).toEqual([]);
  });

  it('warns when someone invited to both meetings would be in two places at once', () => {
    const chefs = { id: 'm1', bodyIds: ['chefs'], date: '2024-05-17', startTime: '09:00', endTime: '12:00' };
    const council = { id: 'm2', bodyIds: ['council'], date: '2024-05-17', startTime: '11:00', endTime: '13:00', status: 'planned' as const };
    const warnings = meetingWarnings(chefs, context([council, chefs]));
    expect(warnings).toEqual([
      { kind: 'overlap', meetingId: 'm2', message: 'Samtidigt som Specifika samverkansrådet för folkhälsa kl. 11.00–13.00: Anneli Borg och Göran Bergsten är kallade till båda.' },
    ]);
    // Later that year Anneli Borg has left the council: only one is invited to both.
    const autumn = meetingWarnings({ ...chefs, date: '2024-09-06' }, context([{ ...council, date: '2024-09-06' }]));
    expect(autumn.map((w) => w.message)).toEqual(['Samtidigt som Specifika samverkansrådet för folkhälsa kl. 11.00–13.00: Göran Bergsten är kallad till båda.']);
  });

  it('is quiet when the times only touch, the other meeting is cancelled, or nobody is invited to both', () => {
    const chefs = { bodyIds: ['chefs'], date: '2024-05-17', startTime: '09:00', endTime: '12:00' };
    expect(meetingWarnings(chefs, context([{ id: 'x', bodyIds: ['council'], date: '2024-05-17', startTime: '12:00', endTime: '15:00' }]))).toEqual([]);
    expect(meetingWarnings(chefs, context([{ id: 'x', bodyIds: ['council'], date: '2024-05-17', startTime: '09:00', endTime: '12:00', status: 'cancelled' }]))).toEqual([]);
    expect(
      meetingWarnings({ ...chefs, bodyIds: ['council'], date: '2025-02-07' }, context([{ id: 'x', bodyIds: ['chefs'], title: 'Annat', date: '2025-02-07', startTime: '10:00', endTime: '11:00' }])).map(
        (w) => w.message,
      ),
    ).toEqual(['Samtidigt som Annat kl. 10.00–11.00: Göran Bergsten är kallad till båda.']);
  });

  it('mentions year-plan events on the same day', () => {
    const warnings = meetingWarnings(
      { bodyIds: ['chefs'], date: '2024-12-06', startTime: '09:00', endTime: '12:00' },
      context([], [{ id: 'e', date: '2024-12-05', endDate: '2024-12-06', title: 'Brottsförebyggande konferens', kind: 'conference', deletedAt: null }]),
    );
    expect(warnings.map((w) => w.message)).toEqual(['Samma dag: Brottsförebyggande konferens (konferens).']);
  });

  it('lists names the Swedish way', () => {
    expect(listNames(['Bo'])).toBe('Bo');
    expect(listNames(['Bo', 'Anna'])).toBe('Anna och Bo');
    expect(listNames(['Bo', 'Anna', 'Cilla'])).toBe('Anna, Bo och Cilla');
    expect(listNames(['Bo', 'Anna', 'Cilla', 'Dan', 'Eva'])).toBe('Anna, Bo och 3 till');
  });
});
