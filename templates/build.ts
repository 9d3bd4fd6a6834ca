/**
 * `npm run templates`: writes the default Word templates to templates/*.docx. Commit the files it
 * writes; test/unit/word/templates.test.ts checks they match this code.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { templateKinds, templateSpecs } from '../shared/word/templates';
import { buildTemplate } from './defaults';

for (const kind of templateKinds) {
  const target = resolve(import.meta.dirname, templateSpecs[kind].fileName);
  await writeFile(target, await buildTemplate(kind));
  console.info(`Wrote ${target}`);
}
