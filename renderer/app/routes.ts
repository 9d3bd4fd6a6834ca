import { agreementPath, reportPath } from '../../shared/domain/agreements';

/** The app's addresses (hash routes), in one place so links and tests agree. */
export const routes = {
  start: '/',
  organisations: '/organisationer',
  people: '/personer',
  bodies: '/organ',
  body: (id: string) => `/organ/${encodeURIComponent(id)}`,
  agreements: '/overenskommelser',
  agreement: (id: string) => agreementPath(id),
  report: (agreementId: string, reportId: string) => reportPath(agreementId, reportId),
  agreementReports: (agreementId: string, year: number) => `${agreementPath(agreementId)}/aterrapportering/${year}`,
  agreementsSummary: (year: number) => `/overenskommelser/sammanstallning/${year}`,
  settings: '/installningar',
  reviews: '/justering',
  review: (id: string) => `/justering/${encodeURIComponent(id)}`,
  meeting: (id: string) => `/moten/${encodeURIComponent(id)}`,
  meetingMode: (id: string) => `/moten/${encodeURIComponent(id)}/motet`,
  meetingRecord: (id: string) => `/moten/${encodeURIComponent(id)}/protokoll`,
  /** The meeting mode opened at one item (search results and links land here). */
  meetingItem: (id: string, itemId: string) => `/moten/${encodeURIComponent(id)}/motet/${encodeURIComponent(itemId)}`,
  calendar: '/kalender',
  meetingDates: (bodyId: string, year: number) => `/kalender/motestider/${encodeURIComponent(bodyId)}/${year}`,
  search: '/sok',
  /** The search screen with a query (and filters) in the address: `?q=…&organ=…&ar=…&typ=…`. */
  searchFor: (query: string, params: Record<string, string> = {}) => `/sok?${new URLSearchParams({ q: query, ...params }).toString()}`,
  history: '/historik',
  historyTab: (tab: 'beslut' | 'uppdrag' | 'narvaro') => (tab === 'beslut' ? '/historik' : `/historik/${tab}`),
} as const;
