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
} as const;
