/**
 * The Swedish words for the domain's terms, in one place so every screen and every exported
 * document uses the same word for the same thing.
 */
import type { DutyKind, DutyStatus, IncomeKind, ReportBy, ReportStatus, SignatureStatus } from './agreements';
import type { MeetingStatus, YearPlanEventKind } from './meeting';
import type {
  CountyPart,
  ItemKind,
  MembershipRole,
  NumberingStyle,
  OrganisationKind,
  RecordKind,
  StandardItemRole,
} from './register';

export const countyPartLabels: Record<CountyPart, string> = {
  norr: 'Norr',
  söder: 'Söder',
  väster: 'Väster',
  örebro: 'Örebro',
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  region: 'Region',
  municipality: 'Kommun',
  association: 'Förbund och föreningar',
  authority: 'Myndighet',
  academia: 'Universitet och högskola',
  other: 'Annan',
};

export const recordKindLabels: Record<RecordKind, string> = {
  protocol: 'Protokoll',
  notes: 'Minnesanteckningar',
};

export const numberingLabels: Record<NumberingStyle, string> = {
  sequential: '1, 2, 3 … för varje möte',
  section: '§ 1, § 2 … genom hela året',
};

export const itemKindLabels: Record<ItemKind, string> = {
  information: 'Information',
  discussion: 'Diskussion',
  decision: 'Beslut',
};

export const standardItemRoleLabels: Record<StandardItemRole, string> = {
  opening: 'Mötet öppnas',
  adjusters: 'Val av justerare',
  agenda: 'Godkännande av dagordning',
  previousMinutes: 'Föregående mötes protokoll',
  round: 'Laget runt',
  otherMatters: 'Övriga frågor',
  closing: 'Mötet avslutas',
};

export const membershipRoleLabels: Record<MembershipRole, string> = {
  chair: 'Ordförande',
  viceChair: 'Vice ordförande',
  member: 'Ledamot',
  deputy: 'Ersättare',
  official: 'Tjänsteperson',
  secretary: 'Sekreterare',
  coopted: 'Adjungerad',
};

/** Plural headings, as in the seed protocol ("Ledamöter:", "Ersättare:", "Tjänstepersoner:"). */
export const membershipRolePluralLabels: Record<MembershipRole, string> = {
  chair: 'Ordförande',
  viceChair: 'Vice ordförande',
  member: 'Ledamöter',
  deputy: 'Ersättare',
  official: 'Tjänstepersoner',
  secretary: 'Sekreterare',
  coopted: 'Adjungerade',
};

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: 'Planerat',
  noticeSent: 'Kallelse skickad',
  held: 'Genomfört',
  cancelled: 'Inställt',
};

export const yearPlanEventKindLabels: Record<YearPlanEventKind, string> = {
  conference: 'Konferens',
  followUpDay: 'Uppföljningsdag',
  workshop: 'Workshop',
  partnerMeeting: 'Samverkansmöte',
  deadline: 'Sista dag',
  other: 'Övrigt',
};

// --- agreements and yearly reports (överenskommelser, återrapportering) ------------------------

/** A county part as an area, for a report made by its municipalities together. */
export const countyPartAreaLabels: Record<CountyPart, string> = {
  norr: 'Norra länsdelen',
  söder: 'Södra länsdelen',
  väster: 'Västra länsdelen',
  örebro: 'Länsdelen Örebro',
};

export const reportStatusLabels: Record<ReportStatus, string> = {
  expected: 'Väntas',
  received: 'Inkommen',
  complete: 'Komplett',
  missingDocuments: 'Saknar underlag',
};

export const reportByLabels: Record<ReportBy, string> = {
  countyPart: 'Kommunerna länsdelsvis, övriga parter var för sig',
  party: 'Varje part för sig',
};

export const incomeKindLabels: Record<IncomeKind, string> = {
  regionPayment: 'Regionens ersättning',
  own: 'Egen finansiering',
  other: 'Övrig intäkt',
};

export const signatureStatusLabels: Record<SignatureStatus, string> = {
  signed: 'Underskriven',
  partly: 'Delvis underskriven',
  unsigned: 'Inte underskriven',
  noSignatories: 'Undertecknare saknas',
};

export const dutyKindLabels: Record<DutyKind, string> = {
  deadline: 'Ekonomisk redovisning',
  followUp: 'Årlig uppföljning',
  plan: 'Samverkansplan',
};

export const dutyStatusLabels: Record<DutyStatus, string> = {
  upcoming: 'Kommande',
  overdue: 'Försenad',
  received: 'Inkommen',
  missingDocuments: 'Saknar underlag',
  complete: 'Klar',
};

/** Roles on the signature page of the seed agreement, offered as suggestions (free text is allowed). */
export const signatoryRoleSuggestions: readonly string[] = [
  'Kommunstyrelsens ordförande',
  'Kommunchef',
  'Kommundirektör',
  'Regionstyrelsens ordförande',
  'Regiondirektör',
  'Förbundsordförande',
  'Verksamhetschef',
];

/** The words of the report, the same on screen, in the Word template and in the summary. */
export const reportLabels = {
  report: 'Ekonomisk redovisning',
  reports: 'Återrapportering',
  unit: 'Part eller länsdel',
  regionPayment: 'Regionens ersättning',
  ownContribution: 'Egen insats',
  income: 'Intäkter',
  cost: 'Kostnader',
  result: 'Resultat',
  events: 'De tre viktigaste händelserna',
  staff: 'Personal',
  deadline: 'Sista dag',
  receivedOn: 'Inkom',
  status: 'Status',
} as const;

/** Headings for several events of a kind, as in "Mötestider": "Konferenser 2024". */
export const yearPlanEventKindPluralLabels: Record<YearPlanEventKind, string> = {
  conference: 'Konferenser',
  followUpDay: 'Uppföljningsdagar',
  workshop: 'Workshoppar',
  partnerMeeting: 'Samverkansmöten',
  deadline: 'Sista dagar',
  other: 'Övrigt',
};

/** Kinds of warning about a meeting's date (shared/domain/meetingWarnings.ts). */
export const meetingWarningLabels = {
  holiday: 'Helgdag',
  dayOff: 'Ledig dag',
  halfDay: 'Halvdag',
  weekend: 'Helg',
  overlap: 'Krock',
  event: 'Samma dag',
} as const;
