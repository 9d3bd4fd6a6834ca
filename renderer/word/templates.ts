/**
 * The Word templates the renderer fills. The defaults ship inside the app (templates/*.docx,
 * imported as assets and fetched from our own origin, which the CSP allows); a later settings
 * screen can let the region use its own, checked with shared/word/templates.ts `checkTemplate`.
 */
import meetingDatesUrl from '../../templates/motestider.docx?url&no-inline';
import noticeUrl from '../../templates/kallelse.docx?url&no-inline';
import type { TemplateKind } from '../../shared/word/templates';

const defaultUrls: Record<TemplateKind, string> = {
  meetingDates: meetingDatesUrl,
  notice: noticeUrl,
};

/** The bytes of the default template of this kind. */
export async function defaultTemplate(kind: TemplateKind): Promise<Uint8Array> {
  const response = await fetch(defaultUrls[kind]);
  if (!response.ok) throw new Error(`The default template ${kind} could not be read (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
