import { describe, expect, it } from 'vitest';
import {
  agreementDuties,
  agreementLabel,
  checkAgreement,
  checkDeadlineOverride,
  checkReportFigures,
  checkSignatory,
  currentReportYear,
  ownContributionRatio,
  reportDeadline,
  reportingUnits,
  reportSums,
  reportWarnings,
  signatureStatus,
  signatureSummary,
  summariseYear,
  type Agreement,
  type AgreementContext,
  type Party,
  type YearlyReport,
} from '../../../shared/domain/agreements';
import { isDomainError } from '../../../shared/domain/errors';
import { formatDecimal, formatKronor, parseKronor } from '../../../shared/domain/money';
import type { Organisation } from '../../../shared/domain/register';
import karlskogaFixture from '../../fixtures/ekonomisk-redovisning-karlskoga-degerfors-2023.json';
import { karlskogaDegerfors2023, orebro2023 } from '../../helpers/seedReports';

/** Amounts are written with no-break spaces ("1 005 262 kr"); tests write ordinary ones. */
const nbsp = (s: string) => s.replace(/(\d) (?=\d{3})/g, '$1\u00a0').replace(/ kr\b/g, '\u00a0kr');

function refused(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isDomainError(error), String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected the rule to refuse');
}

const org = (id: string, name: string, kind: Organisation['kind'], countyPart: Organisation['countyPart'] = null): Organisation => ({
  id,
  name,
  shortName: '',
  kind,
  countyPart,
  deletedAt: null,
});

const organisations = [
  org('region', 'Region Örebro län', 'region'),
  org('karlskoga', 'Karlskoga kommun', 'municipality', 'väster'),
  org('degerfors', 'Degerfors kommun', 'municipality', 'väster'),
  org('orebro', 'Örebro kommun', 'municipality', 'örebro'),
  org('kumla', 'Kumla kommun', 'municipality', 'söder'),
  org('rfsisu', 'RF-SISU Örebro län', 'association'),
];

const agreement = (overrides: Partial<Agreement> = {}): Agreement => ({
  id: 'a1',
  title: 'Överenskommelse om god, jämlik och jämställd folkhälsa 2018–2023',
  reference: '',
  from: '2018-01-01',
  to: '2023-12-31',
  note: '',
  reportBy: 'countyPart',
  reportDueDay: '01-31',
  deadlineOverrides: [{ year: 2023, date: '2024-02-15', reason: 'Kompletterande redovisning' }],
  followUps: [],
  planDue: null,
  planAdoptedOn: null,
  signedDocument: null,
  createdAt: '',
  deletedAt: null,
  ...overrides,
});

const party = (id: string, organisationId: string, reports = true): Party => ({ id, agreementId: 'a1', organisationId, reports, deletedAt: null });

const report = (overrides: Partial<YearlyReport>): YearlyReport => ({
  id: 'r1',
  agreementId: 'a1',
  year: 2023,
  unitKey: 'countyPart:väster',
  organisationIds: ['degerfors', 'karlskoga'],
  countyPart: 'väster',
  status: 'received',
  receivedOn: '2024-02-14',
  submittedBy: '',
  incomeLines: [],
  costLines: [],
  statedIncomeTotal: null,
  statedCostTotal: null,
  statedResult: null,
  statedOwnContribution: null,
  events: [],
  staff: '',
  note: '',
  updatedAt: '',
  deletedAt: null,
  ...overrides,
});

describe('money in whole kronor', () => {
  it('formats and reads amounts the Swedish way', () => {
    expect(formatKronor(1005262)).toBe(nbsp('1 005 262 kr'));
    expect(formatKronor(-819732)).toBe('\u2212' + nbsp('819 732 kr'));
    expect(formatKronor(0)).toBe(nbsp('0 kr'));
    expect(formatDecimal(2.6189)).toBe('2,62');
    expect(parseKronor('1 005 262 kr')).toBe(1005262);
    expect(parseKronor(nbsp('-5 448 665 kr'))).toBe(-5448665);
    expect(parseKronor('\u2212819 732')).toBe(-819732);
    expect(parseKronor('2 632 000,00')).toBe(2632000);
    expect(parseKronor('  ')).toBeNull();
    expect(refused(() => parseKronor('12,50'))).toBe('Ange hela kronor (utan öre): ”12,50”.');
    expect(refused(() => parseKronor('tusen'))).toMatch(/”tusen” är inte ett belopp/);
  });
});

describe('the seed reports, entered as they are', () => {
  it('Karlskoga and Degerfors 2023: income adds up to the printed total, the costs are 1 kr off, and the app says so', () => {
    const { figures, printed } = karlskogaDegerfors2023;
    const sums = reportSums(figures);
    // The income side checks out against the seed's printed "8 362 082 kr".
    expect(sums.incomeFromLines).toBe(8362082);
    expect(sums.incomeFromLines).toBe(printed.income);
    // The region's payment is the line marked as such, and matches the text ("1 005 262 kronor").
    expect(sums.regionPayment).toBe(parseKronor(karlskogaFixture.regionPaymentInText));
    expect(sums.regionPayment).toBe(1005262);
    // The five printed cost lines add up to 8 362 083 kr, not the printed 8 362 082 kr.
    expect(sums.costFromLines).toBe(8362083);
    expect(printed.cost).toBe(8362082);
    // The report's own totals are kept (result 0 kr, as printed) ...
    expect(sums.cost).toBe(8362082);
    expect(sums.result).toBe(0);
    expect(sums.result).toBe(printed.result);
    // ... and the mismatch is a warning with both numbers, not a silent total.
    const warnings = reportWarnings(figures);
    expect(warnings).toEqual([
      {
        kind: 'costTotal',
        computed: 8362083,
        stated: 8362082,
        message: nbsp('Kostnadsraderna summerar till 8 362 083 kr, men redovisningen anger 8 362 082 kr (skillnad 1 kr).'),
      },
    ]);
    // Own contribution: the municipalities' budget frame and internal income.
    expect(sums.ownContribution).toBe(5928000 + 510558);
  });

  it('Örebro 2023: costs, the region’s payment and the own contribution all check out against the print', () => {
    const { figures, printed } = orebro2023;
    const sums = reportSums(figures);
    expect(sums.costFromLines).toBe(3637000);
    expect(sums.costFromLines).toBe(printed.cost);
    expect(sums.incomeFromLines).toBe(printed.income);
    expect(sums.regionPayment).toBe(1005000);
    // "Kommunens insats 2 632 000" = costs − the region's payment.
    expect(sums.ownContribution).toBe(2632000);
    expect(printed.ownContribution).toBe(2632000);
    // Costs are covered by the region's payment and the municipality's own contribution: result 0.
    expect(sums.income - sums.cost + (printed.ownContribution ?? 0)).toBe(0);
    expect(sums.result).toBe(0);
    expect(reportWarnings(figures)).toEqual([]);
    expect(figures.costLines.map((l) => l.note)).toEqual([
      'Lönekostnader folkhälsostrateger inkl. samordning psykisk hälsa',
      'Ex Rörelsenätverk, material motorikprojekt',
      'Konferens, nätverksarbete, kompetensutveckling, mötesomkostnader',
    ]);
  });

  it('a report whose lines do not add up gets a warning for each total that is off', () => {
    const figures = structuredClone(orebro2023.figures);
    figures.costLines[1]!.amount = 145000; // a typo: 154 000 → 145 000
    const warnings = reportWarnings(figures);
    // The own contribution is reckoned from the report's stated totals, so only the lines are flagged.
    expect(warnings.map((w) => w.kind)).toEqual(['costTotal']);
    expect(warnings[0]!.message).toBe(nbsp('Kostnadsraderna summerar till 3 628 000 kr, men redovisningen anger 3 637 000 kr (skillnad 9 000 kr).'));

    const wrongOwn = { ...orebro2023.figures, statedOwnContribution: 2623000 };
    expect(reportWarnings(wrongOwn).map((w) => w.message)).toEqual([
      nbsp('Egen insats anges till 2 623 000 kr, men enligt intäkter och kostnader blir den 2 632 000 kr.'),
    ]);

    const wrongResult = { ...karlskogaDegerfors2023.figures, statedResult: 1000 };
    expect(reportWarnings(wrongResult).map((w) => w.kind)).toEqual(['costTotal', 'result']);

    const noRegion = { ...orebro2023.figures, incomeLines: orebro2023.figures.incomeLines.map((l) => ({ ...l, kind: 'other' as const })) };
    expect(reportWarnings(noRegion).map((w) => w.message)).toContain('Ingen intäktsrad är markerad som regionens ersättning.');
  });

  it('refuses a line without a name', () => {
    const figures = structuredClone(orebro2023.figures);
    figures.costLines[2]!.label = '  ';
    expect(refused(() => checkReportFigures(figures))).toBe('Rad 3 bland kostnaderna saknar benämning.');
  });
});

describe('who reports and when', () => {
  const parties = [party('p1', 'region', false), party('p2', 'karlskoga'), party('p3', 'degerfors'), party('p4', 'orebro'), party('p5', 'rfsisu')];

  it('groups the municipalities of a county part into one report, others report alone, the region not at all', () => {
    const units = reportingUnits(agreement(), parties, organisations);
    expect(units.map((u) => [u.key, u.label, u.organisationIds])).toEqual([
      ['party:rfsisu', 'RF-SISU Örebro län', ['rfsisu']],
      ['countyPart:väster', 'Västra länsdelen', ['degerfors', 'karlskoga']],
      ['countyPart:örebro', 'Örebro kommun', ['orebro']],
    ]);
    const each = reportingUnits(agreement({ reportBy: 'party' }), parties, organisations);
    expect(each.map((u) => u.label)).toEqual(['Degerfors kommun', 'Karlskoga kommun', 'RF-SISU Örebro län', 'Örebro kommun']);
  });

  it('is due 31 January of the following year, unless the deadline was moved for that one year', () => {
    const a = agreement();
    expect(reportDeadline(a, 2022)).toEqual({ date: '2023-01-31', moved: false, reason: '' });
    expect(reportDeadline(a, 2023)).toEqual({ date: '2024-02-15', moved: true, reason: 'Kompletterande redovisning' });
    expect(refused(() => checkDeadlineOverride(a, { year: 2023, date: '2023-12-01', reason: '' }))).toBe(
      'Redovisningen för 2023 kan inte vara sist inne innan året är slut.',
    );
    expect(refused(() => checkDeadlineOverride(a, { year: 2030, date: '2031-02-15', reason: '' }))).toBe(
      'Överenskommelsen gäller 2018–2023; 2030 ligger utanför.',
    );
  });

  it('turns the duties into dated entries with a status on a given day', () => {
    const context: AgreementContext = {
      agreement: agreement({ from: '2024-01-01', to: '2025-12-31', deadlineOverrides: [], planDue: '2024-12-31', followUps: [{ year: 2024, date: '2025-03-14', done: true, note: '' }] }),
      parties: [party('p1', 'region', false), party('p2', 'kumla')],
      reports: [report({ year: 2024, unitKey: 'countyPart:söder', organisationIds: ['kumla'], countyPart: 'söder', status: 'complete', receivedOn: '2025-01-20' })],
      organisations,
    };
    const duties = agreementDuties(context, '2026-02-03');
    expect(duties.map((d) => [d.date, d.kind, d.title, d.status])).toEqual([
      ['2024-12-31', 'plan', 'Gemensam samverkansplan', 'overdue'],
      ['2025-01-31', 'deadline', 'Ekonomisk redovisning 2024: Kumla kommun', 'complete'],
      // The follow-up of 2024 was set to 14 March 2025 and held; 2025 has no date yet, so 31 December.
      ['2025-03-14', 'followUp', 'Årlig uppföljning av samverkansplanen 2024', 'complete'],
      ['2025-12-31', 'followUp', 'Årlig uppföljning av samverkansplanen 2025', 'overdue'],
      ['2026-01-31', 'deadline', 'Ekonomisk redovisning 2025: Kumla kommun', 'overdue'],
    ]);
    // On 31 January itself the 2025 report is not yet late.
    expect(agreementDuties(context, '2026-01-31').find((d) => d.year === 2025 && d.kind === 'deadline')?.status).toBe('upcoming');
    expect(duties.find((d) => d.kind === 'deadline' && d.year === 2025)?.organisationId).toBe('kumla');
    expect(agreementLabel(context.agreement, context.parties, organisations)).toBe('Kumla kommun 2024–2025');
  });

  it('picks the year that has most recently ended, within the period', () => {
    expect(currentReportYear(agreement({ from: '2024-01-01', to: '2029-12-31' }), '2026-11-23')).toBe(2025);
    expect(currentReportYear(agreement({ from: '2024-01-01', to: '2029-12-31' }), '2024-03-01')).toBe(2024);
    expect(currentReportYear(agreement(), '2026-11-23')).toBe(2023);
  });
});

describe('signatures', () => {
  it('shows at a glance who has signed', () => {
    const sig = (id: string, partyId: string, signedOn: string | null) => ({
      id,
      agreementId: 'a1',
      partyId,
      name: id,
      role: '',
      signedOn,
      position: 0,
      deletedAt: null,
    });
    const parties = [party('p1', 'region', false), party('p2', 'kumla')];
    expect(signatureStatus([])).toBe('noSignatories');
    expect(signatureStatus([sig('a', 'p1', '2024-05-24'), sig('b', 'p1', null)])).toBe('partly');
    expect(signatureSummary(parties, [sig('a', 'p1', '2023-11-09'), sig('b', 'p2', null)])).toEqual({
      parties: 2,
      signedParties: 1,
      complete: false,
      completedOn: null,
    });
    expect(signatureSummary(parties, [sig('a', 'p1', '2023-11-09'), sig('b', 'p2', '2024-07-23')])).toEqual({
      parties: 2,
      signedParties: 2,
      complete: true,
      completedOn: '2024-07-23',
    });
    expect(refused(() => checkSignatory({ name: 'Ann', role: '', signedOn: '2030-01-01' }, '2026-11-23'))).toBe(
      'Underskriften kan inte vara daterad efter i dag (1 januari 2030).',
    );
    expect(refused(() => checkSignatory({ name: ' ', role: '', signedOn: null }, '2026-11-23'))).toBe('Skriv namnet på den som skriver under.');
  });

  it('refuses an agreement that ends before it starts', () => {
    expect(
      refused(() => checkAgreement({ title: 'Ö', reference: '', from: '2029-12-31', to: '2024-01-01', note: '', reportBy: 'countyPart', reportDueDay: '01-31', planDue: null, planAdoptedOn: null })),
    ).toBe('Överenskommelsen kan inte sluta (1 januari 2024) innan den börjar (31 december 2029).');
  });
});

describe('one year across every agreement', () => {
  it('adds up payments and own contributions, and lists who is missing', () => {
    const parties = [party('p1', 'region', false), party('p2', 'karlskoga'), party('p3', 'degerfors'), party('p4', 'orebro'), party('p5', 'rfsisu')];
    const reports = [
      report({ id: 'r1', ...karlskogaDegerfors2023.figures }),
      report({ id: 'r2', unitKey: 'countyPart:örebro', organisationIds: ['orebro'], countyPart: 'örebro', status: 'complete', ...orebro2023.figures }),
    ];
    const summary = summariseYear([{ agreement: agreement(), parties, reports, organisations }], 2023, '2024-03-01');
    expect(summary.rows.map((r) => [r.unit.label, r.standing])).toEqual([
      ['RF-SISU Örebro län', 'overdue'],
      ['Västra länsdelen', 'received'],
      ['Örebro kommun', 'complete'],
    ]);
    expect(summary.totals.regionPayment).toBe(1005262 + 1005000);
    expect(summary.totals.ownContribution).toBe(6438558 + 2632000);
    expect(summary.totals.received).toBe(2);
    expect(summary.totals.expected).toBe(3);
    expect(summary.missing.map((r) => [r.unit.label, r.deadline.date])).toEqual([['RF-SISU Örebro län', '2024-02-15']]);
    expect(summary.toCheck.map((r) => r.unit.label)).toEqual(['Västra länsdelen']);
    expect(ownContributionRatio(summary.rows[2]!.sums!)).toBeCloseTo(2632000 / 1005000, 10);
    // A year outside every agreement has nothing.
    expect(summariseYear([{ agreement: agreement(), parties, reports, organisations }], 2024, '2025-03-01').rows).toEqual([]);
  });
});
