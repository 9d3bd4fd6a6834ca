/**
 * Example agreements and yearly reports. The agreement for södra länsdelen 2024–2029 follows the
 * seed document (its parties, period, duties and signing dates), with invented signatories. The
 * two 2023 reports are the seed reports of västra länsdelen (Karlskoga and Degerfors) and Örebro
 * kommun, with their amounts exactly as printed; they belong to the earlier agreements 2018–2023
 * the reports refer to (also with invented signatories). People's names are invented.
 */
import type { DeadlineOverride, FollowUp, IncomeKind, ReportBy, ReportStatus } from '../domain/agreements';
import type { CountyPart } from '../domain/register';

export interface ExampleSignatory {
  name: string;
  role: string;
  signedOn: string | null;
}

export interface ExampleParty {
  /** Key of the organisation in shared/example/register.ts. */
  organisation: string;
  signatories: ExampleSignatory[];
}

export interface ExampleReport {
  year: number;
  /** The reporting county part (the municipalities of it report together). */
  countyPart: CountyPart;
  status: ReportStatus;
  receivedOn: string;
  submittedBy: string;
  note: string;
  incomeLines: { label: string; amount: number; kind: IncomeKind; note?: string }[];
  costLines: { label: string; amount: number; note?: string }[];
  statedIncomeTotal: number | null;
  statedCostTotal: number | null;
  statedResult: number | null;
  statedOwnContribution: number | null;
  events: string[];
  staff: string;
}

export interface ExampleAgreement {
  key: string;
  title: string;
  reference: string;
  from: string;
  to: string;
  note: string;
  reportBy: ReportBy;
  reportDueDay: string;
  deadlineOverrides: DeadlineOverride[];
  followUps: FollowUp[];
  planDue: string | null;
  planAdoptedOn: string | null;
  parties: ExampleParty[];
  reports: ExampleReport[];
}

const sign = (name: string, role: string, signedOn: string | null): ExampleSignatory => ({ name, role, signedOn });

const moved2023: DeadlineOverride = {
  year: 2023,
  date: '2024-02-15',
  reason: 'För 2023 efterfrågas kompletterande redovisning och redovisningsdatum förlängs därför till den 15 februari 2024.',
};

const TITLE_2018 = 'Överenskommelse om samverkan för god, jämlik och jämställd hälsa i Örebro län 2018–2023';

export const exampleAgreements: ExampleAgreement[] = [
  {
    key: 'soder-2024',
    title: 'Överenskommelse om samverkan för god, jämlik och jämställd hälsa i Örebro län 2024–2029',
    reference: '',
    from: '2024-01-01',
    to: '2029-12-31',
    note:
      'Parter: Askersunds kommun, Hallsbergs kommun, Kumla kommun, Laxå kommun, Lekebergs kommun och Region Örebro län. ' +
      'Parterna ska genomföra en årlig uppföljning av den gemensamt framtagna samverkansplanen, och i den årliga ekonomiska ' +
      'rapporteringen ska en gemensam mall användas.',
    reportBy: 'countyPart',
    reportDueDay: '01-31',
    deadlineOverrides: [],
    followUps: [{ year: 2024, date: '2025-03-14', done: true, note: 'Länsgemensam uppföljningskonferens' }],
    planDue: '2025-03-31',
    planAdoptedOn: null,
    parties: [
      { organisation: 'region', signatories: [sign('Annika Lövström', 'Regionstyrelsens ordförande', '2023-11-09'), sign('Mats Edvardsson', 'Regiondirektör', '2023-11-09')] },
      { organisation: 'askersund', signatories: [sign('Kerstin Vallgren', 'Kommunstyrelsens ordförande', '2024-07-23'), sign('Jonas Hedberg', 'Kommunchef', '2024-07-03')] },
      { organisation: 'hallsberg', signatories: [sign('Peter Sjöstedt', 'Kommunstyrelsens ordförande', '2024-06-23'), sign('Eva Lindmark', 'Kommundirektör', '2024-06-28')] },
      { organisation: 'kumla', signatories: [sign('Anders Rydell', 'Kommunstyrelsens ordförande', '2024-05-24'), sign('Sara Blomqvist', 'Kommundirektör', '2024-05-24')] },
      { organisation: 'laxa', signatories: [sign('Bengt Olausson', 'Kommunstyrelsens ordförande', '2024-07-15'), sign('Maria Frisk', 'Kommunchef', '2024-07-15')] },
      { organisation: 'lekeberg', signatories: [sign('Lotta Engdahl', 'Kommunstyrelsens ordförande', '2024-04-16'), sign('Håkan Wester', 'Kommunchef', '2024-05-13')] },
    ],
    reports: [],
  },
  {
    key: 'vaster-2018',
    title: TITLE_2018,
    reference: 'FHN: 2020-00125',
    from: '2018-01-01',
    to: '2023-12-31',
    note: 'Överenskommelse mellan kommunerna i västra länsdelen och Region Örebro län.',
    reportBy: 'countyPart',
    reportDueDay: '01-31',
    deadlineOverrides: [moved2023],
    followUps: [],
    planDue: null,
    planAdoptedOn: null,
    parties: [
      { organisation: 'region', signatories: [sign('Gunilla Sandahl', 'Regionstyrelsens ordförande', '2018-03-12'), sign('Lars Ekvall', 'Regiondirektör', '2018-03-12')] },
      { organisation: 'degerfors', signatories: [sign('Yvonne Strid', 'Kommunstyrelsens ordförande', '2018-02-20'), sign('Tommy Alm', 'Kommunchef', '2018-02-21')] },
      { organisation: 'karlskoga', signatories: [sign('Niklas Boman', 'Kommunstyrelsens ordförande', '2018-02-26'), sign('Carina Holmgren', 'Kommundirektör', '2018-02-27')] },
    ],
    reports: [
      {
        year: 2023,
        countyPart: 'väster',
        status: 'complete',
        receivedOn: '2024-01-15',
        submittedBy: 'Ingela Marklund, handläggare',
        note: '',
        incomeLines: [
          { label: 'Region Örebro Län', amount: 1005262, kind: 'regionPayment' },
          { label: 'Budgetram inkl Mötesplats Kupolen', amount: 5928000, kind: 'own' },
          { label: 'Mötesplats Kupolen intäkter', amount: 29572, kind: 'other' },
          { label: 'Övriga externa bidrag', amount: 888690, kind: 'other', note: 'Exempelvis statsbidrag för stärkt föräldraskapsstöd.' },
          { label: 'Intern intäkt', amount: 510558, kind: 'own' },
        ],
        costLines: [
          { label: 'Personalkostnader', amount: 5448665 },
          { label: 'Lokalkostnader', amount: 819732 },
          { label: 'Mötesplats Kupolen exkl lön och lokal', amount: 522003 },
          { label: 'Administration', amount: 134117 },
          { label: 'Verksamhets och projektkostnader', amount: 1437566 },
        ],
        statedIncomeTotal: 8362082,
        statedCostTotal: 8362082,
        statedResult: 0,
        statedOwnContribution: null,
        events: [
          'Tecknande av överenskommelse med Backa barnet, för att stärka tidiga och samordnade insatser för barn och unga med familj i Degerfors.',
          'Mötesplats Kupolen som en ordinarie verksamhet.',
          'Uppbyggnaden av länsdelssamverkan genom länsdelsgrupp och politiskt råd.',
        ],
        staff: [
          'Överenskommelse för jämlikhet i hälsa:',
          '1 samordnare för psykisk hälsa 100 %',
          '1 trygghets- och ANDT-samordnare 100 %',
          '1 barnkonventionsutvecklare 100 %',
          '1 folkhälsoutredare, tidsbegränsad timanställning 2023',
          '1 projektledare folkhälsa med fokus hbtqi, upp till 50 %',
          '2 unga kommunutvecklare, intermittent timanställning (cirka 220 timmar per år)',
          '1 enhetschef social hållbarhet 100 %',
          'Mötesplats Kupolen: 3 ungdomsutvecklare 100 %, 1 verksamhetssamordnare 100 %, 6 vikarier',
        ].join('\n'),
      },
    ],
  },
  {
    key: 'orebro-2018',
    title: TITLE_2018,
    reference: '',
    from: '2018-01-01',
    to: '2023-12-31',
    note: 'Överenskommelse mellan Örebro kommun och Region Örebro län.',
    reportBy: 'countyPart',
    reportDueDay: '01-31',
    deadlineOverrides: [moved2023],
    followUps: [],
    planDue: null,
    planAdoptedOn: null,
    parties: [
      { organisation: 'region', signatories: [sign('Gunilla Sandahl', 'Regionstyrelsens ordförande', '2018-03-12'), sign('Lars Ekvall', 'Regiondirektör', '2018-03-12')] },
      { organisation: 'orebro', signatories: [sign('Ulrika Berggren', 'Kommunstyrelsens ordförande', '2018-02-14'), sign('Fredrik Nord', 'Kommundirektör', '2018-02-15')] },
    ],
    reports: [
      {
        year: 2023,
        countyPart: 'örebro',
        status: 'missingDocuments',
        receivedOn: '2024-02-15',
        submittedBy: 'Rebecka Falk, folkhälsostrateg, på uppdrag av hållbarhetschefen',
        note: 'Underlag från Örebro kommun kring fakturering på 3 miljoner har inte kommit in.',
        incomeLines: [{ label: 'Ersättning Region Örebro län', amount: 1005000, kind: 'regionPayment' }],
        costLines: [
          { label: 'Lönekostnader', amount: 3434000, note: 'Lönekostnader folkhälsostrateger inkl. samordning psykisk hälsa' },
          { label: 'Folkhälsoinsatser', amount: 154000, note: 'Ex Rörelsenätverk, material motorikprojekt' },
          { label: 'Övrigt', amount: 49000, note: 'Konferens, nätverksarbete, kompetensutveckling, mötesomkostnader' },
        ],
        statedIncomeTotal: 1005000,
        statedCostTotal: 3637000,
        statedResult: null,
        statedOwnContribution: 2632000,
        events: [
          'En portfölj för social hållbarhet etablerades inom kommunens portföljstyrning.',
          'Utvecklat samarbete mellan folkhälsostrateger och processledare för Nära vård.',
          'Kontakt mellan strateger för brottsförebyggande arbete och folkhälsa etablerades.',
        ],
        staff:
          'En ny enhetschef med roll hållbarhetschef har tillträtt under 2023, med både personal- och verksamhetsansvar.\n' +
          'Resurserna inom folkhälsoöverenskommelsen har förstärkts och omfattar fem personer med folkhälsovetenskaplig utbildning.',
      },
    ],
  },
];
