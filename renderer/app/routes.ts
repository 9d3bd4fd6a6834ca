/** The app's addresses (hash routes), in one place so links and tests agree. */
export const routes = {
  start: '/',
  organisations: '/organisationer',
  people: '/personer',
  bodies: '/organ',
  body: (id: string) => `/organ/${encodeURIComponent(id)}`,
  settings: '/installningar',
  meeting: (id: string) => `/moten/${encodeURIComponent(id)}`,
  meetingMode: (id: string) => `/moten/${encodeURIComponent(id)}/motet`,
  /** The meeting mode opened at one item (search results and links land here). */
  meetingItem: (id: string, itemId: string) => `/moten/${encodeURIComponent(id)}/motet/${encodeURIComponent(itemId)}`,
  calendar: '/kalender',
  meetingDates: (bodyId: string, year: number) => `/kalender/motestider/${encodeURIComponent(bodyId)}/${year}`,
} as const;
