/**
 * The Word templates the renderer fills. The defaults ship inside the app (templates/*.docx,
 * imported as assets and fetched from our own origin, which the CSP allows); a template the region
 * chose in Inställningar › Word-mallar (renderer/db/templates.ts) replaces the default of its kind.
 */
import meetingDatesUrl from '../../templates/motestider.docx?url&no-inline';
import noticeUrl from '../../templates/kallelse.docx?url&no-inline';
import notesUrl from '../../templates/minnesanteckningar.docx?url&no-inline';
import protocolUrl from '../../templates/protokoll.docx?url&no-inline';
import { defaultTemplateName, templateVersion, type TemplateKind } from '../../shared/word/templates';
import { readChosenTemplate } from '../db/templates';
import type { Store } from '../db/store';

const defaultUrls: Record<TemplateKind, string> = {
  meetingDates: meetingDatesUrl,
  notice: noticeUrl,
  protocol: protocolUrl,
  notes: notesUrl,
};

/** The bytes of the default template of this kind. */
export async function defaultTemplate(kind: TemplateKind): Promise<Uint8Array> {
  const response = await fetch(defaultUrls[kind]);
  if (!response.ok) throw new Error(`The default template ${kind} could not be read (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export interface ActiveTemplate {
  bytes: Uint8Array;
  name: string;
  version: string;
  isDefault: boolean;
}

/** The template in use for a kind: the region's chosen one, or the default. */
export async function activeTemplate(store: Store, kind: TemplateKind): Promise<ActiveTemplate> {
  const chosen = await readChosenTemplate(store, kind);
  if (chosen) return { ...chosen, isDefault: false };
  const bytes = await defaultTemplate(kind);
  return { bytes, name: defaultTemplateName(kind), version: await templateVersion(bytes), isDefault: true };
}
