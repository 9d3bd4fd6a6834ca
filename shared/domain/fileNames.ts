/** A file name for exports: the user's words, minus what Windows and macOS refuse in names. */
export function safeFileName(text: string, fallback = 'Justera'): string {
  const cleaned = [...text]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  return cleaned || fallback;
}
