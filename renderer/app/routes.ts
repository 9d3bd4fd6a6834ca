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
  search: '/sok',
  /** The search screen with a query (and filters) in the address: `?q=…&organ=…&ar=…&typ=…`. */
  searchFor: (query: string, params: Record<string, string> = {}) => `/sok?${new URLSearchParams({ q: query, ...params }).toString()}`,
  history: '/historik',
  historyTab: (tab: 'beslut' | 'uppdrag' | 'narvaro') => (tab === 'beslut' ? '/historik' : `/historik/${tab}`),
} as const;
