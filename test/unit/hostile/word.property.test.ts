/**
 * Hostile input and the Word files: a template chosen in Inställningar › Word-mallar is an import
 * path (refused with nothing changed, or accepted), and the Word export of a protocol whose every
 * text is hostile still writes a valid .docx in which the text comes back as text (never markup,
 * never a placeholder that gets filled).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { patchDetector } from 'docx';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import * as justering from '../../../renderer/db/justering';
import { chooseTemplate } from '../../../renderer/db/templates';
import { addPerson } from '../../../renderer/db/register';
import { closeStore, type Store } from '../../../renderer/db/store';
import { canonicalJson, sha256Hex } from '../../../shared/document/canonical';
import type { ProtocolDocument } from '../../../shared/document/protocol';
import { renderProtocolWord, wordSafe } from '../../../shared/word/protocol';
import { templateSpecs } from '../../../shared/word/templates';
import { paragraphsOf, part } from '../../helpers/docx';
import { describeHostileImport, expectNothingExecuted, hostileString } from '../../helpers/hostile';
import { heldProtocolMeeting } from '../../helpers/protocolFixture';
import { freshStore } from '../../helpers/store';

const templateFile = (kind: 'protocol' | 'notes') => readFile(resolve(import.meta.dirname, '../../../templates', templateSpecs[kind].fileName));

describeHostileImport({
  name: 'Word-mall',
  json: false,
  async target() {
    const store = await freshStore('hostile-template');
    await addPerson(store, { name: 'Ska Finnas Kvar', title: '', organisationId: null, email: '', phone: '' });
    return store;
  },
  validFile: async () => new Uint8Array(await templateFile('protocol')),
  run: (store, bytes) => chooseTemplate(store, 'protocol', { name: 'mall.docx', bytes }),
  close: closeStore,
  numRuns: 15,
});

describe('the Word export with hostile text', () => {
  let store: Store | undefined;
  afterAll(() => {
    if (store) closeStore(store);
  });

  it('writes a valid .docx in which every hostile text comes back as text', async () => {
    store = await freshStore('hostile-word');
    const { meetingId } = await heldProtocolMeeting(store);
    const base = await justering.buildProtocol(store, meetingId);
    const template = new Uint8Array(await templateFile('protocol'));
    await fc.assert(
      fc.asyncProperty(hostileString({ maxLength: 120 }), hostileString({ maxLength: 120 }), hostileString({ maxLength: 60 }), async (title, place, body) => {
        const document: ProtocolDocument = structuredClone(base);
        document.items[0]!.title = title;
        document.place = place;
        document.bodyNames = [body];
        const docx = await renderProtocolWord({
          document,
          hash: await sha256Hex(canonicalJson(document)),
          version: 1,
          signing: null,
          template,
          templateIdentity: { name: 'standard', version: 'TEST' },
          exportedAt: '2024-06-18T08:00:00.000Z',
        });
        // A zip Word can open, and XML that parses (docx reads every part of it again).
        await JSZip.loadAsync(docx);
        await patchDetector({ data: docx });
        const text = paragraphsOf(await part(docx, 'word/document.xml')).join('\n');
        // Long texts may wrap over paragraphs; the start of each is there, as text.
        for (const value of [title, place]) {
          const safe = wordSafe(value).replace(/[\t\n\r\v\f]/g, '').slice(0, 30);
          if (safe.trim()) expect(text.replace(/[\t\n\r\v\f]/g, '')).toContain(safe.trim());
        }
        expectNothingExecuted();
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
