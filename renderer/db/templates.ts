/**
 * The region's own Word templates: the file's bytes in the `files` table, and a setting
 * `template:<kind>` = { fileId, name, version, sha256, chosenAt } pointing to it. No setting means
 * the default template. A template is checked completely before anything is written; a refused
 * file leaves the database exactly as it was.
 */
import { z } from 'zod';
import { DomainError } from '../../shared/domain/errors';
import { checkTemplateFile, templateVersion, type TemplateCheck, type TemplateKind } from '../../shared/word/templates';
import { prepareFile, putFile } from './files';
import type { Store } from './store';

const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

export const chosenTemplateSchema = z.object({
  fileId: z.string().min(1),
  name: z.string().min(1).max(300),
  version: z.string().min(1).max(40),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chosenAt: z.string(),
});
export type ChosenTemplate = z.infer<typeof chosenTemplateSchema>;

export const templateSettingKey = (kind: TemplateKind) => `template:${kind}`;

/** The template chosen for a kind, or null for the default (a damaged setting counts as none). */
export async function getChosenTemplate(store: Store, kind: TemplateKind): Promise<ChosenTemplate | null> {
  const parsed = chosenTemplateSchema.safeParse((await store.db.settings.get(templateSettingKey(kind)))?.value);
  return parsed.success ? parsed.data : null;
}

/** The chosen template's bytes, or null when the default is used (or the file is gone). */
export async function readChosenTemplate(store: Store, kind: TemplateKind): Promise<{ bytes: Uint8Array; name: string; version: string } | null> {
  const chosen = await getChosenTemplate(store, kind);
  if (!chosen) return null;
  const row = await store.db.files.get(chosen.fileId);
  if (!row) return null;
  return { bytes: new Uint8Array(row.bytes), name: chosen.name, version: chosen.version };
}

/**
 * Uses a file as the template of a kind from now on. Refuses (DomainError with every message of the
 * check) a file that is not a .docx or lacks a required placeholder; then nothing is written.
 */
export async function chooseTemplate(store: Store, kind: TemplateKind, file: { name: string; bytes: Uint8Array }): Promise<{ chosen: ChosenTemplate; check: TemplateCheck }> {
  const check = await checkTemplateFile(file.name, file.bytes, kind);
  if (!check.ok) throw new DomainError(`Mallen används inte. ${check.messages.slice(0, Math.max(1, check.missing.length)).join(' ')}`, 'file');
  const row = await prepareFile({ name: file.name, bytes: file.bytes }, MAX_TEMPLATE_BYTES);
  const version = await templateVersion(file.bytes);
  const chosen = await store.db.transaction('rw', store.db.files, store.db.settings, async () => {
    const ref = await putFile(store, row);
    const value: ChosenTemplate = { fileId: ref.fileId, name: row.name, version, sha256: row.sha256, chosenAt: new Date().toISOString() };
    await store.db.settings.put({ key: templateSettingKey(kind), value });
    return value;
  });
  return { chosen, check };
}

/** Goes back to the default template (the stored file stays, as files are never deleted). */
export async function restoreDefaultTemplate(store: Store, kind: TemplateKind): Promise<void> {
  await store.db.settings.delete(templateSettingKey(kind));
}
