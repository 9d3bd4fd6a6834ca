/** The file filters of the justering files (kept apart so the always-mounted file command loads no screen). */
export const JUSTERING_FILTERS = {
  review: [{ name: 'Justeringsfil från Justera', extensions: ['json'] }],
  approval: [{ name: 'Godkännande från Justera', extensions: ['json'] }],
};
