/**
 * Example data that ships with the app: the real organisations of Örebro län and the two bodies
 * of the seed documents, filled with invented people in the roles those documents show. Any
 * resemblance of a name to a real person is unintended; e-mail addresses use the example domain.
 */
import type { CountyPart, MembershipRole, OrganisationKind, StandardItem, TextModule } from '../domain/register';

export interface ExampleOrganisation {
  key: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  countyPart: CountyPart | null;
}

export interface ExamplePerson {
  key: string;
  name: string;
  title: string;
  organisation: string;
}

export interface ExampleMembership {
  person: string;
  role: MembershipRole;
  /** Key of the seat (its person) an ersättare stands in for. */
  deputyFor?: string;
  from: string;
  to?: string;
  organisation?: string;
}

export interface ExampleBody {
  key: string;
  name: string;
  recordKind: 'protocol' | 'notes';
  defaultPlace: string;
  defaultStartTime: string;
  defaultEndTime: string;
  openingItems: StandardItem[];
  closingItems: StandardItem[];
  textModules: TextModule[];
  memberships: ExampleMembership[];
}

const municipality = (key: string, name: string, countyPart: CountyPart): ExampleOrganisation => ({
  key,
  name,
  kind: 'municipality',
  countyPart,
});

export const exampleOrganisations: ExampleOrganisation[] = [
  { key: 'region', name: 'Region Örebro län', kind: 'region', countyPart: null },
  municipality('askersund', 'Askersunds kommun', 'söder'),
  municipality('degerfors', 'Degerfors kommun', 'väster'),
  municipality('hallsberg', 'Hallsbergs kommun', 'söder'),
  municipality('hallefors', 'Hällefors kommun', 'norr'),
  municipality('karlskoga', 'Karlskoga kommun', 'väster'),
  municipality('kumla', 'Kumla kommun', 'söder'),
  municipality('laxa', 'Laxå kommun', 'söder'),
  municipality('lekeberg', 'Lekebergs kommun', 'söder'),
  municipality('lindesberg', 'Lindesbergs kommun', 'norr'),
  municipality('ljusnarsberg', 'Ljusnarsbergs kommun', 'norr'),
  municipality('nora', 'Nora kommun', 'norr'),
  municipality('orebro', 'Örebro kommun', 'örebro'),
  { key: 'rfsisu', name: 'RF-SISU Örebro län', shortName: 'RF-SISU', kind: 'association', countyPart: null },
  { key: 'olbf', name: 'Örebro läns bildningsförbund', shortName: 'ÖLBF', kind: 'association', countyPart: null },
  { key: 'lansstyrelsen', name: 'Länsstyrelsen i Örebro län', kind: 'authority', countyPart: null },
  { key: 'liu', name: 'Linköpings universitet', shortName: 'LiU', kind: 'academia', countyPart: null },
];

const p = (key: string, name: string, title: string, organisation: string): ExamplePerson => ({ key, name, title, organisation });

export const examplePeople: ExamplePerson[] = [
  // Specifika samverkansrådet för folkhälsa: politicians, one ledamot and one ersättare per party.
  p('strand', 'Helena Strand', 'Regionråd', 'region'),
  p('wiklund', 'Tomas Wiklund', 'Regionpolitiker', 'region'),
  p('forsberg', 'Linnea Forsberg', 'Regionpolitiker', 'region'),
  p('holm', 'Gunnar Holm', 'Kommunalråd', 'askersund'),
  p('sjoberg', 'Elin Sjöberg', 'Ledamot i kommunstyrelsen', 'askersund'),
  p('nyman', 'Birgitta Nyman', 'Kommunalråd', 'degerfors'),
  p('aberg', 'Kent Åberg', 'Ledamot i kommunstyrelsen', 'degerfors'),
  p('ekdahl', 'Marie Ekdahl', 'Kommunalråd', 'hallsberg'),
  p('sundin', 'Fredrik Sundin', 'Ledamot i kommunstyrelsen', 'hallsberg'),
  p('hedlund', 'Per-Olof Hedlund', 'Kommunalråd', 'hallefors'),
  p('blom', 'Agneta Blom', 'Ledamot i kommunstyrelsen', 'hallefors'),
  p('roos', 'Camilla Roos', 'Kommunalråd', 'karlskoga'),
  p('lundh', 'Mikael Lundh', 'Ledamot i kommunstyrelsen', 'karlskoga'),
  p('palm', 'Jenny Palm', 'Kommunalråd', 'kumla'),
  p('ostlund', 'Rasmus Östlund', 'Ledamot i kommunstyrelsen', 'kumla'),
  p('kronberg', 'Stefan Kronberg', 'Kommunalråd', 'laxa'),
  p('granath', 'Ulla Granath', 'Ledamot i kommunstyrelsen', 'laxa'),
  p('hagg', 'Sofia Hägg', 'Kommunalråd', 'lekeberg'),
  p('dahlberg', 'Leif Dahlberg', 'Ledamot i kommunstyrelsen', 'lekeberg'),
  p('malm', 'Henrik Malm', 'Kommunalråd', 'lindesberg'),
  p('vall', 'Annika Vall', 'Ledamot i kommunstyrelsen', 'lindesberg'),
  p('lovgren', 'Karin Lövgren', 'Kommunalråd', 'ljusnarsberg'),
  p('engstrom', 'Bo Engström', 'Ledamot i kommunstyrelsen', 'ljusnarsberg'),
  p('wennberg', 'Åsa Wennberg', 'Kommunalråd', 'nora'),
  p('tornberg', 'Nils Tornberg', 'Ledamot i kommunstyrelsen', 'nora'),
  p('sandell', 'Erik Sandell', 'Kommunalråd', 'orebro'),
  p('yilmaz', 'Deniz Yılmaz', 'Kommunalråd', 'orebro'),
  p('carlberg', 'Lena Carlberg', 'Ledamot i kommunstyrelsen', 'orebro'),
  p('ridderstad', 'Johan Ridderstad', 'Ordförande', 'rfsisu'),
  p('falk', 'Emelie Falk', 'Ledamot i styrelsen', 'rfsisu'),
  p('backman', 'Ingrid Bäckman', 'Ordförande', 'olbf'),
  p('soderlund', 'Patrik Söderlund', 'Ledamot i styrelsen', 'olbf'),
  // Officials of the region.
  p('hammar', 'Louise Hammar', 'Utvecklingsledare, Välfärd och folkhälsa, Regional utveckling', 'region'),
  p('bergsten', 'Göran Bergsten', 'Områdeschef, Välfärd och folkhälsa, Regional utveckling', 'region'),
  p('borg', 'Anneli Borg', 'Enhetschef, Staben för hållbar utveckling, Regionkansliet', 'region'),
  p('nyberg', 'Kristoffer Nyberg', 'Utvecklingsledare, Område nära vård, Hälso- och sjukvårdsförvaltningen', 'region'),
  p('lindahl', 'Therese Lindahl', 'Utvecklingsledare och projektledare, Regional utveckling', 'region'),
  p('wass', 'Ellinor Wass', 'Utvecklingsledare, Välfärd och folkhälsa', 'region'),
  // Chefsgrupp folkhälsa.
  p('isaksson', 'Petra Isaksson', 'Hållbarhetschef', 'orebro'),
  p('hellstrom', 'Viktor Hellström', 'Strategisk planerare folkhälsa', 'orebro'),
  p('norberg', 'Jessica Norberg', 'Folkhälsochef västra länsdelen', 'karlskoga'),
  p('welander', 'Tobias Welander', 'Folkhälsochef södra länsdelen', 'hallsberg'),
  p('rask', 'Mona Rask', 'Folkhälsochef södra länsdelen', 'hallsberg'),
  p('brandt', 'Oskar Brandt', 'Folkhälsochef norra länsdelen', 'lindesberg'),
  p('alm', 'Fredrika Alm', 'Folkhälsochef', 'rfsisu'),
  p('stenberg', 'Hanna Stenberg', 'Folkhälsokommunikatör', 'olbf'),
  p('ohman', 'Margareta Öhman', 'Chef, enheten för social hållbarhet', 'lansstyrelsen'),
  p('berglof', 'Sanna Berglöf', 'Strateg, enheten för social hållbarhet', 'lansstyrelsen'),
  // The guest researcher of the seed notes.
  p('sandgren', 'Jakob Sandgren', 'Forskare, lektor i statskunskap', 'liu'),
];

const item = (title: string, role: StandardItem['role'], kind: StandardItem['kind'], minutes: number): StandardItem => ({
  title,
  role,
  kind,
  minutes,
});

const module = (id: string, label: string, text: string): TextModule => ({ id, label, text });

const COUNCIL_FROM = '2023-01-01';
const seat = (person: string, deputy: string, from = COUNCIL_FROM, role: MembershipRole = 'member'): ExampleMembership[] => [
  { person, role, from },
  { person: deputy, role: 'deputy', deputyFor: person, from },
];

export const exampleBodies: ExampleBody[] = [
  {
    key: 'council',
    name: 'Specifika samverkansrådet för folkhälsa',
    recordKind: 'protocol',
    defaultPlace: 'Lokal Eken, Eklundavägen 1, Örebro',
    defaultStartTime: '09:00',
    defaultEndTime: '12:00',
    openingItems: [
      item('Mötet öppnas', 'opening', 'information', 2),
      item('Val av justerare', 'adjusters', 'decision', 2),
      item('Godkännande av dagordning', 'agenda', 'decision', 2),
      item('Föregående möte och protokoll', 'previousMinutes', 'decision', 5),
    ],
    closingItems: [item('Övriga frågor', 'otherMatters', 'discussion', 10), item('Mötet avslutas', 'closing', 'information', 1)],
    textModules: [
      module('opened', 'Mötet öppnades', 'Ordföranden öppnade mötet och hälsade alla välkomna.'),
      module('adjusters', 'Justerare', 'Till justerare utsågs '),
      module('agenda', 'Dagordning', 'Dagordningen fastställdes.'),
      module('previous', 'Föregående protokoll', 'Protokollet från föregående möte fastställdes och lades till handlingarna.'),
      module('postponed', 'Punkten skjuts', 'Punkten skjuts till kommande möte.'),
      module('closed', 'Mötet avslutas', 'Ordföranden tackade för visat intresse och avslutade mötet.'),
    ],
    memberships: [
      { person: 'strand', role: 'chair', from: COUNCIL_FROM },
      ...seat('wiklund', 'forsberg'),
      ...seat('holm', 'sjoberg'),
      ...seat('nyman', 'aberg'),
      ...seat('ekdahl', 'sundin', COUNCIL_FROM, 'viceChair'),
      ...seat('hedlund', 'blom'),
      ...seat('roos', 'lundh'),
      ...seat('palm', 'ostlund'),
      ...seat('kronberg', 'granath'),
      ...seat('hagg', 'dahlberg'),
      ...seat('malm', 'vall'),
      ...seat('lovgren', 'engstrom'),
      ...seat('wennberg', 'tornberg'),
      // Örebro kommun changed its ledamot in spring 2024: the history stays.
      { person: 'sandell', role: 'member', from: COUNCIL_FROM, to: '2024-03-31' },
      { person: 'carlberg', role: 'deputy', deputyFor: 'sandell', from: COUNCIL_FROM, to: '2024-03-31' },
      { person: 'yilmaz', role: 'member', from: '2024-04-01' },
      { person: 'carlberg', role: 'deputy', deputyFor: 'yilmaz', from: '2024-04-01' },
      ...seat('ridderstad', 'falk'),
      ...seat('backman', 'soderlund'),
      { person: 'hammar', role: 'secretary', from: COUNCIL_FROM },
      { person: 'bergsten', role: 'official', from: COUNCIL_FROM },
      { person: 'borg', role: 'official', from: COUNCIL_FROM },
      { person: 'nyberg', role: 'official', from: COUNCIL_FROM },
      { person: 'lindahl', role: 'official', from: COUNCIL_FROM },
    ],
  },
  {
    key: 'chefsgrupp',
    name: 'Chefsgrupp folkhälsa',
    recordKind: 'notes',
    defaultPlace: 'Lokal Enen, Eklundavägen 1, Örebro',
    defaultStartTime: '13:00',
    defaultEndTime: '16:30',
    openingItems: [
      item('Inledning', 'opening', 'information', 5),
      item('Dagordning och föregående minnesanteckning', 'agenda', 'decision', 5),
      item('Det viktigaste som hänt sedan förra mötet', 'round', 'information', 20),
    ],
    closingItems: [
      item('Övriga frågor', 'otherMatters', 'discussion', 10),
      item('Länsdelsgrupperna', null, 'information', 5),
      item('Laget runt, summering av dagens möte', 'round', 'discussion', 10),
    ],
    textModules: [
      module('agenda', 'Dagordningen godkändes', 'Dagordningen godkändes.'),
      module('previous', 'Föregående anteckningar', 'Inga synpunkter kring föregående anteckningar.'),
      module('welcome', 'Välkommen', 'hälsades välkommen som ny medlem i gruppen.'),
    ],
    memberships: [
      { person: 'bergsten', role: 'chair', from: '2024-01-01' },
      { person: 'borg', role: 'member', from: '2024-01-01' },
      { person: 'isaksson', role: 'member', from: '2024-01-01' },
      { person: 'hellstrom', role: 'member', from: '2024-01-01' },
      { person: 'norberg', role: 'member', from: '2024-01-01' },
      { person: 'welander', role: 'member', from: '2024-01-01', to: '2024-06-30' },
      { person: 'rask', role: 'member', from: '2024-08-01' },
      { person: 'brandt', role: 'member', from: '2024-01-01' },
      { person: 'alm', role: 'member', from: '2024-01-01' },
      { person: 'stenberg', role: 'member', from: '2024-01-01' },
      { person: 'ohman', role: 'member', from: '2024-01-01' },
      { person: 'berglof', role: 'member', from: '2024-01-01' },
      { person: 'wass', role: 'secretary', from: '2024-01-01' },
      { person: 'sandgren', role: 'coopted', from: '2024-08-28', to: '2025-12-31' },
    ],
  },
];

export function exampleEmail(name: string): string {
  const ascii = name
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^a-z\s-]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  return `${ascii}@exempel.se`;
}
