/**
 * Word templates: which kinds there are, which placeholders each kind understands, and the check
 * that tells a user what a template of theirs lacks. A template is an ordinary .docx with
 * placeholders such as {{body}}, {{year}} and {{meetings}}; a row of a table can be repeated with
 * fields such as {{partners.party}}. The region may restyle a template in Word freely as long as
 * the placeholders stay; `checkTemplate` says, in Swedish, what is missing or unknown.
 *
 * Pure: takes and returns bytes (no DOM, no Node). The default templates are built by
 * templates/build.ts (`npm run templates`).
 */
import { patchDetector } from 'docx';
import { sha256Bytes } from '../document/canonical';

export const templateKinds = ['meetingDates', 'notice', 'protocol', 'notes'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export interface PlaceholderSpec {
  key: string;
  /** What it becomes, in Swedish, for the check's messages and the settings screen. */
  description: string;
  required: boolean;
  /**
   * text: replaced inline, keeping the template's formatting (PatchType.PARAGRAPH);
   * block: the paragraph holding it becomes paragraphs and lists (PatchType.DOCUMENT);
   * rows: the table row(s) holding {{key.field}} are repeated per entry (PatchType.TABLE_ROWS).
   */
  type: 'text' | 'block' | 'rows';
  fields?: readonly { key: string; description: string }[];
}

export interface TemplateSpec {
  label: string;
  /** The default template's file in templates/. */
  fileName: string;
  placeholders: readonly PlaceholderSpec[];
}

export const templateSpecs: Record<TemplateKind, TemplateSpec> = {
  meetingDates: {
    label: 'Mötestider',
    fileName: 'motestider.docx',
    placeholders: [
      { key: 'body', description: 'organets namn', required: true, type: 'text' },
      { key: 'year', description: 'året', required: true, type: 'text' },
      { key: 'meetings', description: 'mötena, en rad per möte', required: true, type: 'block' },
      { key: 'events', description: 'årets övriga händelser (konferenser, uppföljningsdag …)', required: false, type: 'block' },
      {
        key: 'partners',
        description: 'samverkansmötena, en tabellrad per part',
        required: false,
        type: 'rows',
        fields: [
          { key: 'party', description: 'parten' },
          { key: 'dates', description: 'datumen' },
          { key: 'contact', description: 'kontaktpersonen' },
        ],
      },
      { key: 'printedOn', description: 'dagens datum', required: false, type: 'text' },
    ],
  },
  notice: {
    label: 'Kallelse',
    fileName: 'kallelse.docx',
    placeholders: [
      { key: 'title', description: '”Kallelse” eller ”Uppdaterad kallelse”', required: true, type: 'text' },
      { key: 'meeting', description: 'mötets namn (organet, eller mötets egen rubrik)', required: true, type: 'text' },
      { key: 'body', description: 'organets namn', required: false, type: 'text' },
      { key: 'date', description: 'datum med veckodag, t.ex. fredag 17 maj 2024', required: true, type: 'text' },
      { key: 'time', description: 'tiden, t.ex. kl. 09.00–12.00', required: true, type: 'text' },
      { key: 'place', description: 'platsen', required: true, type: 'text' },
      { key: 'changes', description: 'i en uppdaterad kallelse: ändringarna sedan förra kallelsen', required: false, type: 'block' },
      {
        key: 'invited',
        description: 'de kallade, en tabellrad per person',
        required: true,
        type: 'rows',
        fields: [
          { key: 'name', description: 'namnet' },
          { key: 'role', description: 'rollen (ordförande, ledamot, ersättare …)' },
          { key: 'organisation', description: 'organisationen' },
        ],
      },
      {
        key: 'items',
        description: 'dagordningen, en tabellrad per punkt',
        required: true,
        type: 'rows',
        fields: [
          { key: 'number', description: 'punktens nummer' },
          { key: 'time', description: 'punktens tid, t.ex. 09.20–09.40' },
          { key: 'title', description: 'rubriken' },
          { key: 'kind', description: 'typen (information, diskussion, beslut)' },
          { key: 'presenters', description: 'föredragande' },
        ],
      },
      { key: 'attachments', description: 'de bifogade filerna per punkt', required: false, type: 'block' },
      { key: 'sender', description: 'avsändaren', required: false, type: 'text' },
      { key: 'printedOn', description: 'dagens datum', required: false, type: 'text' },
    ],
  },
  protocol: {
    label: 'Protokoll',
    fileName: 'protokoll.docx',
    placeholders: [
      { key: 'body', description: 'organets namn', required: true, type: 'text' },
      { key: 'title', description: 'rubriken (”Protokoll”)', required: false, type: 'text' },
      { key: 'dateTime', description: 'dag, datum och tid (”Tid:”)', required: true, type: 'text' },
      { key: 'date', description: 'mötets datum', required: false, type: 'text' },
      { key: 'place', description: 'platsen (”Plats:”)', required: true, type: 'text' },
      { key: 'chair', description: 'ordföranden', required: false, type: 'text' },
      {
        key: 'seats',
        description: 'ledamöter och ersättare, en tabellrad per plats',
        required: true,
        type: 'rows',
        fields: [
          { key: 'member', description: 'ledamoten' },
          { key: 'deputy', description: 'ersättaren' },
        ],
      },
      { key: 'officials', description: 'tjänstepersonerna med titlar', required: false, type: 'block' },
      { key: 'guests', description: 'gästerna', required: false, type: 'block' },
      { key: 'signatures', description: 'underskrifterna (Vid protokollet, Justerat den, Ordförande, Justerare)', required: true, type: 'block' },
      { key: 'items', description: 'de numrerade punkterna med text, beslut och uppdrag', required: true, type: 'block' },
      { key: 'forwarded', description: 'punkter som förs vidare till andra grupper', required: false, type: 'block' },
      { key: 'upcomingTopics', description: 'teman till kommande möten', required: false, type: 'block' },
      { key: 'status', description: 'versionen och om den är justerad', required: false, type: 'text' },
      { key: 'verificationCode', description: 'kontrollkoden som visar vilken version filen gjordes av', required: true, type: 'text' },
    ],
  },
  notes: {
    label: 'Minnesanteckningar',
    fileName: 'minnesanteckningar.docx',
    placeholders: [
      { key: 'body', description: 'gruppens namn', required: true, type: 'text' },
      { key: 'title', description: 'rubrikraden (”Minnesanteckningar ÅÅMMDD …”)', required: true, type: 'text' },
      { key: 'dateTime', description: 'dag, datum och tid (”När:”)', required: true, type: 'text' },
      { key: 'date', description: 'mötets datum', required: false, type: 'text' },
      { key: 'place', description: 'platsen (”Var:”)', required: true, type: 'text' },
      { key: 'invited', description: 'de kallade, en rad var, frånvarande överstrukna', required: true, type: 'block' },
      { key: 'guests', description: 'gästerna', required: false, type: 'block' },
      { key: 'items', description: 'de numrerade punkterna med text, beslut och uppdrag', required: true, type: 'block' },
      { key: 'forwarded', description: 'punkter som förs vidare till andra grupper', required: false, type: 'block' },
      { key: 'upcomingTopics', description: 'till kommande möten', required: false, type: 'block' },
      { key: 'meetingDates', description: 'årets mötestider', required: false, type: 'block' },
      { key: 'status', description: 'vilket innehåll filen visar', required: false, type: 'text' },
      { key: 'verificationCode', description: 'kontrollkoden som visar vilket innehåll filen gjordes av', required: false, type: 'text' },
    ],
  },
};

export interface TemplateCheck {
  /** True when every required placeholder is there (unknown ones are only reported). */
  ok: boolean;
  found: string[];
  missing: string[];
  unknown: string[];
  /** Swedish, one sentence each, for the person who made the template. */
  messages: string[];
}

/** Every placeholder in the template as written, without braces ("body", "partners.party"). */
export async function listPlaceholders(template: Uint8Array): Promise<string[]> {
  return [...(await patchDetector({ data: template, trimPlaceholders: true }))];
}

function knownKeys(spec: TemplateSpec): Set<string> {
  return new Set(spec.placeholders.flatMap((p) => (p.type === 'rows' ? (p.fields ?? []).map((f) => `${p.key}.${f.key}`) : [p.key])));
}

/** Checks a template of the given kind: which placeholders are there, missing or unknown. */
export async function checkTemplate(template: Uint8Array, kind: TemplateKind): Promise<TemplateCheck> {
  const spec = templateSpecs[kind];
  let found: string[];
  try {
    found = await listPlaceholders(template);
  } catch {
    return {
      ok: false,
      found: [],
      missing: spec.placeholders.filter((p) => p.required).map((p) => p.key),
      unknown: [],
      messages: ['Filen går inte att läsa som ett Word-dokument (.docx). Spara mallen i Word som ”Word-dokument (*.docx)” och försök igen.'],
    };
  }
  const present = new Set(found);
  const isPresent = (p: PlaceholderSpec) =>
    p.type === 'rows' ? (p.fields ?? []).some((f) => present.has(`${p.key}.${f.key}`)) : present.has(p.key);
  const missing = spec.placeholders.filter((p) => p.required && !isPresent(p)).map((p) => p.key);
  const known = knownKeys(spec);
  const unknown = found.filter((key) => !known.has(key));
  const messages = [
    ...missing.map((key) => {
      const p = spec.placeholders.find((s) => s.key === key)!;
      if (p.type === 'rows') {
        const fields = (p.fields ?? []).map((f) => `{{${key}.${f.key}}}`);
        return `Mallen saknar ${fields.slice(0, -1).join(', ')}${fields.length > 1 ? ' och ' : ''}${fields.at(-1)} (${p.description}). Skriv in dem i en tabellrad.`;
      }
      return `Mallen saknar {{${key}}} (${p.description}). Skriv in den där den ska stå.`;
    }),
    ...unknown.map((key) => `{{${key}}} känns inte igen i en mall för ${spec.label.toLocaleLowerCase('sv-SE')} och lämnas som den står.`),
  ];
  return { ok: missing.length === 0, found, missing, unknown, messages };
}

/** Which template produced a file: its name and a short version (the first 8 hex digits of its SHA-256). */
export interface TemplateIdentity {
  name: string;
  version: string;
}

export async function templateVersion(bytes: Uint8Array): Promise<string> {
  // The first 4 bytes of the file's SHA-256, as 8 hex digits.
  return (await sha256Bytes(bytes)).slice(0, 8).toUpperCase();
}

/** The name the default template of a kind goes by in exports and in settings. */
export function defaultTemplateName(kind: TemplateKind): string {
  return `Justeras standardmall (${templateSpecs[kind].fileName})`;
}

/**
 * Checks a file a user wants to use as a template: a .docx by name and by content, with every
 * required placeholder. Returns the check (found, missing, unknown, messages) whether or not it passes.
 */
export async function checkTemplateFile(name: string, bytes: Uint8Array, kind: TemplateKind): Promise<TemplateCheck> {
  if (!/\.docx$/i.test(name.trim())) {
    const spec = templateSpecs[kind];
    return {
      ok: false,
      found: [],
      missing: spec.placeholders.filter((p) => p.required).map((p) => p.key),
      unknown: [],
      messages: [`”${name}” är inte ett Word-dokument (.docx). Spara mallen i Word som ”Word-dokument (*.docx)” och välj den filen.`],
    };
  }
  return checkTemplate(bytes, kind);
}
