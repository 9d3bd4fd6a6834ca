import { afterEach, describe, expect, it } from 'vitest';
import { reportSums, reportWarnings, type AgreementInput } from '../../../shared/domain/agreements';
import { isDomainError } from '../../../shared/domain/errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/files';
import * as agreements from '../../../renderer/db/agreements';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { readFile, storeFile } from '../../../renderer/db/files';
import { createMeeting, listItems } from '../../../renderer/db/meetings';
import { listBodies, listOrganisations } from '../../../renderer/db/queries';
import * as register from '../../../renderer/db/register';
import { closeStore, type Store } from '../../../renderer/db/store';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';
import { karlskogaDegerfors2023, orebro2023 } from '../../helpers/seedReports';

let store: Store;
afterEach(() => store && closeStore(store));

async function expectRefused(promise: Promise<unknown>, message: string | RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isDomainError(error), `expected a DomainError, got ${String(error)}`).toBe(true);
  if (typeof message === 'string') expect((error as Error).message).toBe(message);
  else expect((error as Error).message).toMatch(message);
}

const southInput: AgreementInput = {
  title: 'Överenskommelse om samverkan för god, jämlik och jämställd hälsa i Örebro län 2024–2029',
  reference: '',
  from: '2024-01-01',
  to: '2029-12-31',
  note: '',
  reportBy: 'countyPart',
  reportDueDay: '01-31',
  planDue: null,
  planAdoptedOn: null,
};

async function southernParties(s: Store): Promise<Map<string, string>> {
  const names = ['Region Örebro län', 'Askersunds kommun', 'Hallsbergs kommun', 'Kumla kommun', 'Laxå kommun', 'Lekebergs kommun'];
  const orgs = await listOrganisations(s);
  return new Map(names.map((n) => [n, orgs.find((o) => o.name === n)!.id]));
}

/** A store with the example register but without the example agreements (to register them anew). */
async function registerOnly(): Promise<Store> {
  const s = await freshStore('agreements');
  await loadExampleData(s);
  for (const overview of await agreements.listAgreements(s)) await agreements.deleteAgreement(s, overview.agreement.id);
  return s;
}

describe('agreements and signatures', () => {
  it('registers the seed agreement with its parties and signatures, and shows who has not signed', async () => {
    store = await registerOnly();
    const orgs = await southernParties(store);
    const id = await agreements.createAgreement(store, southInput, [...orgs.values()]);
    let details = (await agreements.getAgreementDetails(store, id))!;
    expect(details.parties.map((p) => p.organisation?.name)).toEqual([
      'Region Örebro län',
      'Askersunds kommun',
      'Hallsbergs kommun',
      'Kumla kommun',
      'Laxå kommun',
      'Lekebergs kommun',
    ]);
    // The region receives the reports; the five municipalities report together as södra länsdelen.
    expect(details.parties.find((p) => p.organisation?.kind === 'region')?.party.reports).toBe(false);
    expect(details.units.map((u) => [u.label, u.organisationIds.length])).toEqual([['Södra länsdelen', 5]]);
    expect(details.label).toBe('Södra länsdelen 2024–2029');

    const partyOf = (name: string) => details.parties.find((p) => p.organisation?.name === name)!.party.id;
    const signatures: [string, string, string, string | null][] = [
      ['Region Örebro län', 'Annika Lövström', 'Regionstyrelsens ordförande', '2023-11-09'],
      ['Region Örebro län', 'Mats Edvardsson', 'Regiondirektör', '2023-11-09'],
      ['Askersunds kommun', 'Kerstin Vallgren', 'Kommunstyrelsens ordförande', '2024-07-23'],
      ['Askersunds kommun', 'Jonas Hedberg', 'Kommunchef', '2024-07-03'],
      ['Lekebergs kommun', 'Lotta Engdahl', 'Kommunstyrelsens ordförande', '2024-04-16'],
      ['Lekebergs kommun', 'Håkan Wester', 'Kommunchef', null],
    ];
    for (const [party, name, role, signedOn] of signatures) {
      await agreements.addSignatory(store, id, partyOf(party), { name, role, signedOn });
    }
    details = (await agreements.getAgreementDetails(store, id))!;
    expect(details.parties.map((p) => [p.organisation?.name, p.status])).toEqual([
      ['Region Örebro län', 'signed'],
      ['Askersunds kommun', 'signed'],
      ['Hallsbergs kommun', 'noSignatories'],
      ['Kumla kommun', 'noSignatories'],
      ['Laxå kommun', 'noSignatories'],
      ['Lekebergs kommun', 'partly'],
    ]);
    expect(details.signatures).toMatchObject({ parties: 6, signedParties: 2, complete: false });

    // Survives a restart.
    store = await reopen(store);
    const again = (await agreements.getAgreementDetails(store, id))!;
    const lekeberg = again.parties.find((p) => p.organisation?.name === 'Lekebergs kommun')!;
    expect(lekeberg.signatories.map((s) => [s.name, s.role, s.signedOn])).toEqual([
      ['Lotta Engdahl', 'Kommunstyrelsens ordförande', '2024-04-16'],
      ['Håkan Wester', 'Kommunchef', null],
    ]);
  });

  it('refuses impossible input with a Swedish message and changes nothing', async () => {
    store = await registerOnly();
    const orgs = await southernParties(store);
    const id = await agreements.createAgreement(store, southInput, [orgs.get('Kumla kommun')!]);
    const details = (await agreements.getAgreementDetails(store, id))!;
    const before = await dumpDatabase(store);
    await expectRefused(agreements.createAgreement(store, { ...southInput, title: '  ' }), 'Överenskommelsen behöver en rubrik.');
    await expectRefused(agreements.addParty(store, id, { organisationId: orgs.get('Kumla kommun')!, reports: true }), 'Kumla kommun är redan part i överenskommelsen.');
    await expectRefused(
      agreements.addSignatory(store, id, details.parties[0]!.party.id, { name: 'Anna', role: '', signedOn: '2026-03-01' }, '2026-02-01'),
      'Underskriften kan inte vara daterad efter i dag (1 mars 2026).',
    );
    await expectRefused(
      agreements.setDeadlineOverride(store, id, { year: 2031, date: '2032-02-15', reason: '' }),
      'Överenskommelsen gäller 2024–2029; 2031 ligger utanför.',
    );
    await expectRefused(
      agreements.addReport(store, id, { year: 2024, unitKey: 'party:nobody', status: { status: 'received', receivedOn: '2025-01-20', submittedBy: '', note: '' } }),
      'Välj en part eller länsdel som lämnar redovisning enligt överenskommelsen.',
    );
    expect(await dumpDatabase(store)).toEqual(before);
  });

  it('stores the signed document once, gives the same bytes back, and refuses a file over 25 MB', async () => {
    store = await registerOnly();
    const id = await agreements.createAgreement(store, southInput);
    const bytes = new TextEncoder().encode('%PDF-1.7 underskriven överenskommelse');
    const ref = await agreements.attachSignedDocument(store, id, { name: 'overenskommelse-soder.pdf', bytes });
    expect(ref).toMatchObject({ name: 'overenskommelse-soder.pdf', size: bytes.byteLength, type: 'application/pdf' });
    expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await agreements.getAgreementDetails(store, id))!.agreement.signedDocument).toEqual(ref);
    store = await reopen(store);
    expect((await readFile(store, ref)).bytes).toEqual(bytes);
    // The same bytes under another name are stored once.
    const again = await storeFile(store, { name: 'kopia.pdf', bytes });
    expect(again.fileId).toBe(ref.fileId);
    expect(await store.db.files.count()).toBe(1);

    const before = await dumpDatabase(store);
    const tooLarge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    await expectRefused(
      agreements.attachSignedDocument(store, id, { name: 'skannad.pdf', bytes: tooLarge }),
      'Filen ”skannad.pdf” är för stor (25,1 MB). Största tillåtna storlek är 25 MB.',
    );
    expect(await dumpDatabase(store)).toEqual(before);

    await agreements.detachSignedDocument(store, id);
    expect((await agreements.getAgreementDetails(store, id))!.agreement.signedDocument).toBeNull();
    await agreements.reattachSignedDocument(store, id, ref);
    expect((await agreements.getAgreementDetails(store, id))!.agreement.signedDocument).toEqual(ref);
  });
});

describe('yearly reports and duties', () => {
  it('shows a party missing its report after 31 January, and no longer once it is recorded', async () => {
    store = await registerOnly();
    const orgs = await southernParties(store);
    const id = await agreements.createAgreement(store, southInput, [...orgs.values()]);
    const range = { from: '2025-01-01', to: '2025-12-31' };

    const onJan31 = await agreements.listAgreementDuties(store, { ...range, today: '2025-01-31' });
    const report2024 = (duties: typeof onJan31) => duties.find((d) => d.kind === 'deadline' && d.year === 2024)!;
    expect(report2024(onJan31)).toMatchObject({ date: '2025-01-31', title: 'Ekonomisk redovisning 2024: Södra länsdelen', status: 'upcoming', organisationId: null });
    const onFeb3 = await agreements.listAgreementDuties(store, { ...range, today: '2025-02-03' });
    expect(report2024(onFeb3).status).toBe('overdue');
    expect(onFeb3.map((d) => [d.date, d.kind])).toEqual([
      ['2025-01-31', 'deadline'],
      ['2025-12-31', 'followUp'],
    ]);

    const unitKey = report2024(onFeb3).unitKey!;
    const reportId = await agreements.addReport(
      store,
      id,
      { year: 2024, unitKey, status: { status: 'received', receivedOn: '2025-02-03', submittedBy: 'Folkhälsochef södra länsdelen', note: '' } },
      '2025-02-03',
    );
    expect(report2024(await agreements.listAgreementDuties(store, { ...range, today: '2025-02-03' }))).toMatchObject({ status: 'received', reportId });
    await expectRefused(
      agreements.addReport(store, id, { year: 2024, unitKey, status: { status: 'received', receivedOn: '2025-02-03', submittedBy: '', note: '' } }, '2025-02-03'),
      'Det finns redan en redovisning för Södra länsdelen 2024.',
    );

    // The deadline of one year can be moved.
    await agreements.setDeadlineOverride(store, id, { year: 2025, date: '2026-02-15', reason: 'Kompletterande redovisning' });
    const moved = (await agreements.listAgreementDuties(store, { from: '2026-01-01', to: '2026-12-31', today: '2026-02-03' })).find((d) => d.kind === 'deadline');
    expect(moved).toMatchObject({ date: '2026-02-15', moved: true, status: 'upcoming', year: 2025 });

    await agreements.updateReportStatus(store, reportId, { status: 'complete', receivedOn: '2025-02-03', submittedBy: '', note: '' }, '2025-02-05');
    expect(report2024(await agreements.listAgreementDuties(store, { ...range, today: '2025-02-05' })).status).toBe('complete');
  });

  it('keeps the two seed reports as they are, with their sums and warnings, across a restart', async () => {
    store = await freshStore('agreements');
    await loadExampleData(store);
    const summary = await agreements.yearSummary(store, 2023, '2026-11-23');
    const byLabel = new Map(summary.rows.map((r) => [r.unit.label, r]));
    const vaster = byLabel.get('Västra länsdelen')!;
    const orebro = byLabel.get('Örebro kommun')!;
    expect(vaster.unit.organisationIds).toHaveLength(2);
    expect(vaster.deadline).toMatchObject({ date: '2024-02-15', moved: true });
    expect(vaster.report!.status).toBe('complete');
    expect(orebro.report!.status).toBe('missingDocuments');
    // The example reports are the seeds' figures.
    expect(reportSums(vaster.report!)).toEqual(reportSums(karlskogaDegerfors2023.figures));
    expect(reportSums(orebro.report!)).toEqual(reportSums(orebro2023.figures));
    expect(reportWarnings(vaster.report!).map((w) => w.kind)).toEqual(['costTotal']);
    expect(reportWarnings(orebro.report!)).toEqual([]);
    expect(summary.totals.regionPayment).toBe(1005262 + 1005000);
    expect(summary.totals.ownContribution).toBe(5928000 + 510558 + 2632000);
    expect(summary.missing).toEqual([]);
    expect(summary.toCheck.map((r) => r.unit.label)).toEqual(['Västra länsdelen', 'Örebro kommun']);

    // The southern agreement of the example: fully signed, 2024 and 2025 reports missing in November 2026.
    const overview = (await agreements.listAgreements(store, '2026-11-23')).find((a) => a.label === 'Södra länsdelen 2024–2029')!;
    expect(overview.signatures).toEqual({ parties: 6, signedParties: 6, complete: true, completedOn: '2024-07-23' });
    const missing = (await agreements.yearSummary(store, 2025, '2026-11-23')).missing;
    expect(missing.map((r) => [r.unit.label, r.standing])).toEqual([['Södra länsdelen', 'overdue']]);

    store = await reopen(store);
    const reportId = vaster.report!.id;
    const details = (await agreements.getReport(store, reportId, '2026-11-23'))!;
    expect(details.unitLabel).toBe('Västra länsdelen');
    expect(details.sums.incomeFromLines).toBe(8362082);
    expect(details.report.events).toHaveLength(3);
  });

  it('records figures through the rules: a line without a name is refused and nothing changes', async () => {
    store = await freshStore('agreements');
    await loadExampleData(store);
    const row = (await agreements.yearSummary(store, 2023, '2026-11-23')).rows.find((r) => r.unit.label === 'Örebro kommun')!;
    const before = await dumpDatabase(store);
    const figures = structuredClone(orebro2023.figures);
    figures.incomeLines[0]!.label = '';
    await expectRefused(agreements.updateReportFigures(store, row.report!.id, figures), 'Rad 1 bland intäkterna saknar benämning.');
    expect(await dumpDatabase(store)).toEqual(before);
    await agreements.updateReportNarrative(store, row.report!.id, { events: ['  Ett  ', '', 'Två'], staff: ' fem strateger ' });
    const after = (await agreements.getReport(store, row.report!.id))!;
    expect(after.report.events).toEqual(['Ett', 'Två']);
    expect(after.report.staff).toBe('fem strateger');
  });
});

describe('what needs attention now', () => {
  it('lists late and coming duties, keeps old missing reports of an agreement in force, drops ended agreements', async () => {
    store = await freshStore('agreements');
    await loadExampleData(store);
    const titles = async (today: string) => (await agreements.listOpenDuties(store, today)).map((d) => [d.title, d.status]);
    // February 2025: Örebro's 2023 report lacks documents; södra länsdelen's 2024 report is late.
    expect(await titles('2025-02-03')).toEqual([
      ['Ekonomisk redovisning 2024: Södra länsdelen', 'overdue'],
      ['Ekonomisk redovisning 2023: Örebro kommun', 'missingDocuments'],
      ['Gemensam samverkansplan', 'upcoming'],
    ]);
    // November 2026: the 2018–2023 agreements have dropped off; the 2024 report is still owed.
    expect(await titles('2026-11-23')).toEqual([
      ['Ekonomisk redovisning 2024: Södra länsdelen', 'overdue'],
      ['Gemensam samverkansplan', 'overdue'],
      ['Årlig uppföljning av samverkansplanen 2025', 'overdue'],
      ['Ekonomisk redovisning 2025: Södra länsdelen', 'overdue'],
      ['Årlig uppföljning av samverkansplanen 2026', 'upcoming'],
      ['Ekonomisk redovisning 2026: Södra länsdelen', 'upcoming'],
    ]);
  });
});

describe('on a meeting’s agenda, and back', () => {
  it('puts an agreement and a report on agendas, and lists the meetings that link to them', async () => {
    store = await freshStore('agreements');
    await loadExampleData(store);
    const [south] = (await agreements.listAgreements(store, '2026-11-23')).filter((a) => a.label.startsWith('Södra'));
    const vaster = (await agreements.yearSummary(store, 2023, '2026-11-23')).rows.find((r) => r.unit.label === 'Västra länsdelen')!;
    const bodies = await listBodies(store);
    const chefsgrupp = bodies.find((b) => b.name === 'Chefsgrupp folkhälsa')!;
    const council = bodies.find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
    const meeting = await createMeeting(store, { bodyIds: [chefsgrupp.id], date: '2027-01-20' });
    await createMeeting(store, { bodyIds: [council.id], date: '2026-01-10' }); // in the past: not offered

    const upcoming = await agreements.listUpcomingMeetings(store, '2026-11-23');
    expect(upcoming.find((m) => m.meeting.id === meeting)?.bodyNames).toEqual(['Chefsgrupp folkhälsa']);
    expect(upcoming.every((m) => m.meeting.date >= '2026-11-23')).toBe(true);
    expect(upcoming.map((m) => m.meeting.date)).toEqual(upcoming.map((m) => m.meeting.date).sort());

    const itemId = await agreements.putOnAgenda(store, meeting, { agreementId: south!.agreement.id });
    const item = (await listItems(store, meeting)).find((i) => i.id === itemId)!;
    expect(item.title).toBe('Uppföljning av samverkansöverenskommelsen: Södra länsdelen 2024–2029');
    expect(item.links).toEqual([
      { id: expect.any(String), label: `Överenskommelse: ${south!.agreement.title}`, url: `#/overenskommelser/${south!.agreement.id}` },
    ]);

    const { meetingId: councilMeeting } = await agreements.putOnNewMeeting(
      store,
      { bodyId: council.id, date: '2027-02-14' },
      { agreementId: vaster.agreementId, reportId: vaster.report!.id },
      { minutes: 20 },
    );
    const reportItem = (await listItems(store, councilMeeting)).find((i) => i.links.length > 0)!;
    expect(reportItem).toMatchObject({ title: 'Återrapportering av medel 2023: Västra länsdelen', minutes: 20 });
    expect(reportItem.links[0]!.url).toBe(`#/overenskommelser/${vaster.agreementId}/rapporter/${vaster.report!.id}`);

    const southMentions = await agreements.listMeetingsLinkingTo(store, { agreementId: south!.agreement.id });
    expect(southMentions.map((m) => [m.meeting.date, m.bodyNames, m.item.title, m.reportId])).toEqual([
      ['2027-01-20', ['Chefsgrupp folkhälsa'], 'Uppföljning av samverkansöverenskommelsen: Södra länsdelen 2024–2029', null],
    ]);
    const vasterMentions = await agreements.listMeetingsLinkingTo(store, { agreementId: vaster.agreementId });
    expect(vasterMentions.map((m) => [m.meeting.date, m.reportId])).toEqual([['2027-02-14', vaster.report!.id]]);
    expect(await agreements.listMeetingsLinkingTo(store, { agreementId: vaster.agreementId, reportId: 'another' })).toEqual([]);

    // A refused item leaves no empty meeting behind.
    const meetingsBefore = await store.db.meetings.count();
    await expectRefused(
      agreements.putOnNewMeeting(store, { bodyId: council.id, date: '2027-03-01' }, { agreementId: south!.agreement.id }, { title: ' ' }),
      'Punkten behöver en rubrik.',
    );
    expect(await store.db.meetings.count()).toBe(meetingsBefore);
  });
});

describe('an empty register', () => {
  it('creates the agreements document on first write only', async () => {
    store = await freshStore('agreements');
    expect(await store.db.documents.get('agreements')).toBeUndefined();
    expect(await agreements.listAgreements(store)).toEqual([]);
    expect(await agreements.listAgreementDuties(store, { from: '2020-01-01', to: '2030-12-31' })).toEqual([]);
    const region = await register.addOrganisation(store, { name: 'Region Örebro län', shortName: '', kind: 'region', countyPart: null });
    await Promise.all([agreements.createAgreement(store, southInput, [region]), agreements.createAgreement(store, { ...southInput, title: 'Andra' })]);
    expect(await store.db.documents.filter((d) => d.kind === 'agreements').count()).toBe(1);
    expect(await agreements.listAgreements(store)).toHaveLength(2);
  });
});
