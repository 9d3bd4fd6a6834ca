import { describe, expect, it } from 'vitest';
import { bullets, paragraph, type Block } from '../../../shared/document/richText';
import { flattenText, matchRanges, snippet } from '../../../shared/search/highlight';
import {
  createSearchIndex,
  fingerprintOf,
  loadSearchIndex,
  putSearchDocument,
  runSearch,
  serialiseSearchIndex,
  searchDocumentOf,
  type SearchDocument,
  type SearchFilters,
} from '../../../shared/search/searchIndex';
import { localSearchEngine } from '../../../shared/search/engine';
import { AgendaNumbers, type PlacedItem } from '../../../shared/search/numbering';
import { normaliseWord, processTerm, stem, tokenize } from '../../../shared/search/swedish';

describe('Swedish term processing', () => {
  it.each([
    [['beslut', 'beslutet', 'besluten', 'beslutade', 'beslutar', 'beslutat', 'besluts', 'beslutens']],
    [['möte', 'möten', 'mötet', 'mötena', 'mötets']],
    [['kommun', 'kommunen', 'kommuner', 'kommunerna', 'kommunens', 'kommunernas']],
    [['fråga', 'frågan', 'frågor', 'frågorna']],
    [['råd', 'rådet', 'råden', 'rådets']],
    [['samverkan', 'samverka', 'samverkans']],
    [['samverkansplan', 'samverkansplanen', 'samverkansplaner', 'samverkansplanens']],
    [['årsplan', 'årsplanen', 'årsplaner']],
    [['överenskommelse', 'överenskommelsen', 'överenskommelser', 'överenskommelserna']],
    [['folkhälsa', 'folkhälsan', 'folkhälsans']],
    [['deltagande', 'deltagandet']],
    [['jämlik', 'jämlika', 'jämlikhet', 'jämlikheten']],
    [['viktig', 'viktigt', 'viktiga']],
    [['enhet', 'enheten', 'enheter']],
    [['uppdrag', 'uppdraget', 'uppdragen', 'uppdragets']],
    [['ledamöter', 'ledamöterna']],
    [['planering', 'planeringen', 'planeringar']],
  ])('gives the inflections of a word one stem: %j', (words) => {
    const stems = new Set(words.map((w) => processTerm(w)));
    expect(stems.size, `${words.join(', ')} → ${[...stems].join(', ')}`).toBe(1);
  });

  it('keeps å, ä and ö as letters of their own, and folds case the Swedish way', () => {
    expect(normaliseWord('ÖREBRO')).toBe('örebro');
    expect(normaliseWord('A\u030Angman')).toBe('ångman'); // a + combining ring (NFD) becomes å
    expect(processTerm('mål')).not.toBe(processTerm('mal'));
    expect(processTerm('år')).not.toBe(processTerm('ar'));
    expect(processTerm('Rådet')).toBe(processTerm('råd'));
  });

  it('leaves short words, words with digits and words ending in a vowel + s alone', () => {
    expect(stem('barn')).toBe('barn');
    expect(stem('2024')).toBe('2024');
    expect(stem('status')).toBe('status');
    expect(stem('fokus')).toBe('fokus');
    expect(stem('process')).toBe('process');
  });

  it('drops stop words and single letters, and splits on punctuation (FH-chefsgruppen, 18/10)', () => {
    expect(processTerm('och')).toBeNull();
    expect(processTerm('att')).toBeNull();
    expect(processTerm('x')).toBeNull();
    expect(tokenize('FH-chefsgruppen träffas 18/10, kl. 10–11.')).toEqual(['FH', 'chefsgruppen', 'träffas', '18', '10', 'kl', '10', '11']);
  });
});

// --- a fixture set of meetings, worded as the seed documents are --------------------------------

const COUNCIL = 'council';
const GROUP = 'chefsgrupp';

function doc(
  id: string,
  meeting: { id: string; bodyIds: string[]; date: string },
  title: string,
  minutes: { blocks?: Block[]; decision?: string; method?: 'none' | 'acclamation'; tasks?: { text: string; nextStep?: string }[]; round?: Record<string, string> } = {},
  deleted = false,
): SearchDocument | null {
  return searchDocumentOf(
    { id, title, description: '', subPoints: [], deletedAt: deleted ? '2024-09-01' : null, postponed: null, position: id },
    { ...meeting, deletedAt: null, startTime: '13:00', status: 'held' },
    {
      blocks: minutes.blocks ?? [],
      decision: minutes.decision ?? '',
      decisionMeta: { method: minutes.method ?? 'none' },
      tasks: (minutes.tasks ?? []).map((t) => ({ text: t.text, nextStep: t.nextStep ?? '', deletedAt: null })),
      round: minutes.round ?? {},
    },
  );
}

const may = { id: 'm-2024-05-17', bodyIds: [COUNCIL], date: '2024-05-17' };
const august = { id: 'm-2024-08-28', bodyIds: [GROUP], date: '2024-08-28' };
const november = { id: 'm-2023-11-15', bodyIds: [GROUP], date: '2023-11-15' };

const fixture = [
  doc('plan', may, 'Kommande samverkansplan för god, jämlik och jämställd hälsa', {
    blocks: [
      paragraph(
        'Johanna Ek presenterade det pågående arbetet i chefsgrupp folkhälsa för att ta fram en gemensam samverkansplan i enlighet med samverkansöverenskommelserna.',
      ),
      paragraph('Rådet var överens om att politiker behöver stöd för att kunna formulera relevanta mål och beslut.'),
    ],
  }),
  doc('vice', may, 'Val av vice ordförande', { decision: 'Siw Lunander valdes till ny vice ordförande.', method: 'acclamation' }),
  doc('arbetssatt', may, 'Arbetssätt i Specifika samverkansrådet för folkhälsa', {
    blocks: [paragraph('Punkten och dialogen skjuts till kommande möte på grund av lågt deltagande i detta möte.')],
  }),
  doc('uppfoljning', august, 'Uppföljning av samverkansöverenskommelserna', {
    blocks: [bullets('Förslag 14 mars 2025, datumet ska kontrolleras.', 'Samverkan kring forskning via akademien är önskvärt.')],
    tasks: [{ text: 'Arbetsgrupp för uppföljningsdagen', nextStep: 'Möte planerat till den 18/9 kl 10–11' }],
  }),
  doc('samordnare', august, 'Uppdragsbeskrivning samordnare psykisk hälsa', {
    decision: 'Chefsgruppen beslutade att godkänna uppdragsbeskrivningen för samordnarna.',
    method: 'acclamation',
  }),
  doc('round', august, 'Det viktigaste som hänt sedan förra mötet', {
    round: { cecilia: 'FH konferens Degerfors – 18/10', ida: '"Backa barnet", förankring pågår på alla nivåer.' },
  }),
  doc('healthy', november, 'Healthy cities', {
    blocks: [paragraph('Region Örebro län ingår idag i en arbetsgrupp som tittar på den regionala rollen.')],
  }),
  doc('gone', august, 'Borttagen punkt om samverkansplanen', {}, true),
];

function fixtureIndex() {
  const index = createSearchIndex();
  for (const d of fixture) if (d) index.add(d);
  return index;
}

const ids = (query: string, filters?: SearchFilters) => runSearch(fixtureIndex(), query, filters).hits.map((h) => h.itemId);

describe('search over a fixture set of meetings', () => {
  it('builds no document for a deleted item, and marks what each item holds', () => {
    expect(fixture.at(-1)).toBeNull();
    expect(fixture.find((d) => d?.id === 'vice')?.kinds).toEqual(['decision']);
    expect(fixture.find((d) => d?.id === 'uppfoljning')?.kinds).toEqual(['task', 'note']);
    expect(fixture.find((d) => d?.id === 'round')?.kinds).toEqual(['note']);
    expect(fixture.find((d) => d?.id === 'round')?.minutes).toContain('Backa barnet');
  });

  it('finds inflected forms of the words in the text', () => {
    expect(ids('samverkansplanen')).toEqual(['plan']);
    expect(ids('deltagandet')).toEqual(['arbetssatt']);
    expect(ids('uppdragsbeskrivningen')).toEqual(['samordnare']);
    expect(ids('Överenskommelsen')).toEqual([]); // a compound's tail is not a word of its own …
    expect(ids('samverkansöverenskommelsen')).toEqual(expect.arrayContaining(['plan', 'uppfoljning']));
  });

  it('matches prefixes, case-insensitively', () => {
    expect(ids('jämst')).toEqual(['plan']);
    expect(ids('HEALTHY CITIES')).toEqual(['healthy']);
    expect(ids('backa')).toEqual(['round']);
  });

  it('forgives typos, and the seed’s OCR spelling without ö', () => {
    expect(ids('samverkansplna')).toEqual(['plan']);
    expect(ids('uppfölningsdagen')).toEqual(['uppfoljning']);
    expect(ids('Orebro')).toEqual(['healthy']);
  });

  it('filters by body, year and kind', () => {
    expect(ids('samverkansöverenskommelserna', { bodyId: GROUP })).toEqual(['uppfoljning']);
    expect(ids('arbetsgrupp', { year: 2023 })).toEqual(['healthy']);
    expect(ids('arbetsgrupp', { kinds: ['task'] })).toEqual(['uppfoljning']);
    expect(ids('vice ordförande', { kinds: ['decision'] })).toEqual(['vice']);
    expect(ids('lågt deltagande', { kinds: ['decision'] })).toEqual([]);
    expect(ids('lågt deltagande', { kinds: ['decision', 'note'] })).toEqual(['arbetssatt']);
  });

  it('needs every word, and falls back to any word when no item has them all', () => {
    const index = fixtureIndex();
    expect(runSearch(index, 'samverkansplan politiker').hits.map((h) => h.itemId)).toEqual(['plan']);
    const any = runSearch(index, 'samverkansplan giraff');
    expect(any.mode).toBe('any');
    expect(any.hits.map((h) => h.itemId)).toEqual(['plan']);
    expect(runSearch(index, 'och att').queryTerms).toEqual([]);
  });

  it('takes only the last word as the beginning of a word (the one still being typed)', () => {
    const index = fixtureIndex();
    expect(runSearch(index, 'politiker samverk').hits.map((h) => h.itemId)).toEqual(['plan']);
    // "samverk" is not the last word: it must be a word of its own, so no item has both.
    expect(runSearch(index, 'samverk politiker').mode).toBe('any');
  });

  it('makes only the best hits into results, with their snippets from the stored texts, and counts them all', () => {
    const index = fixtureIndex();
    const all = runSearch(index, 'samverkan');
    expect(all.total).toBeGreaterThan(1);
    const first = runSearch(index, 'samverkan', {}, 1);
    expect(first.total).toBe(all.total);
    expect(first.hits.map((h) => h.itemId)).toEqual([all.hits[0]!.itemId]);
    const hit = runSearch(index, 'politiker').hits[0]!;
    expect(hit.title.map((p) => p.text).join('')).toBe('Kommande samverkansplan för god, jämlik och jämställd hälsa');
    expect(hit.snippets).toHaveLength(1);
    expect(hit.snippets[0]).toMatchObject({ field: 'minutes', label: 'Anteckningar' });
    expect(hit.snippets[0]!.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['politiker']);
    // Only the title matched: the notes are shown for context.
    const cities = runSearch(index, 'cities').hits[0]!;
    expect(cities.fields).toEqual(['title']);
    expect(cities.snippets).toEqual([
      { field: 'minutes', label: 'Anteckningar', parts: [{ text: 'Region Örebro län ingår idag i en arbetsgrupp som tittar på den regionala rollen.', mark: false }] },
    ]);
  });

  it('ranks a match in the title above one in the running text, and says where it matched', () => {
    const hits = runSearch(fixtureIndex(), 'samordnare').hits;
    expect(hits[0]?.itemId).toBe('samordnare');
    expect(hits[0]?.fields).toEqual(['decision', 'title']);
  });

  it('replaces an item’s document in place, and survives storing and loading', () => {
    const index = fixtureIndex();
    const changed = doc('vice', may, 'Val av vice ordförande', { decision: 'Malin Sandell valdes till ny vice ordförande.', method: 'acclamation' })!;
    putSearchDocument(index, 'vice', changed);
    expect(runSearch(index, 'Lunander').hits).toEqual([]);
    expect(runSearch(index, 'Sandell').hits.map((h) => h.itemId)).toEqual(['vice']);
    putSearchDocument(index, 'healthy', null);
    expect(runSearch(index, 'healthy').hits).toEqual([]);

    const loaded = loadSearchIndex(serialiseSearchIndex(index));
    expect(runSearch(loaded, 'Sandell').hits.map((h) => h.itemId)).toEqual(['vice']);
    expect(runSearch(loaded, 'samverkansplanen').hits.map((h) => h.itemId)).toEqual(['plan']);
    expect(loaded.documentCount).toBe(6);
  });

  it('gives a document a fingerprint that changes with its content only', () => {
    const a = fixture[1]!;
    expect(fingerprintOf({ ...a })).toBe(fingerprintOf(a));
    expect(fingerprintOf({ ...a, decision: `${a.decision} ` })).not.toBe(fingerprintOf(a));
  });
});

describe('the search engine (the worker’s operations, here in this thread)', () => {
  it('builds, changes, stores and loads the index, answering in order', async () => {
    const engine = localSearchEngine();
    await engine.reset();
    await engine.addAll(fixture.filter((d): d is SearchDocument => d !== null));
    const changed = doc('vice', may, 'Val av vice ordförande', { decision: 'Malin Sandell valdes till ny vice ordförande.', method: 'acclamation' });
    // Not awaited: the search that follows still sees the change.
    void engine.put([['vice', changed], ['healthy', null]]);
    const found = await engine.search('Sandell', {}, 10);
    expect(found.hits.map((h) => h.itemId)).toEqual(['vice']);
    const json = await engine.serialise();

    const other = localSearchEngine();
    await other.load(json);
    expect((await other.search('Sandell', {}, 10)).hits.map((h) => h.itemId)).toEqual(['vice']);
    expect((await other.search('healthy', {}, 10)).total).toBe(0);
    await expect(other.load('{"not":"an index"}')).rejects.toThrow();
  });
});

describe('item numbers from the index', () => {
  const place = (meetingId: string, date: string, position: string, extra: Partial<PlacedItem> = {}): PlacedItem => ({
    meetingId,
    bodyIds: ['council'],
    date,
    startTime: '13:00',
    cancelled: false,
    position,
    ...extra,
  });

  it('numbers by agenda order, or by § through the host body’s year without cancelled meetings', () => {
    const numbers = new AgendaNumbers();
    numbers.set('feb-1', place('feb', '2024-02-10', 'a1'));
    numbers.set('feb-2', place('feb', '2024-02-10', 'a2'));
    numbers.set('cancelled-1', place('cancelled', '2024-03-01', 'a1', { cancelled: true }));
    numbers.set('morning-1', place('morning', '2024-05-17', 'a1', { startTime: '09:00' }));
    numbers.set('old-1', place('old', '2023-11-01', 'a1'));
    numbers.set('group-1', place('group', '2024-01-01', 'a1', { bodyIds: ['group', 'council'] }));
    numbers.set('may-b', place('may', '2024-05-17', 'a0'));
    numbers.set('may-a', place('may', '2024-05-17', 'a0')); // a tie: by id
    numbers.set('may-c', place('may', '2024-05-17', 'a5'));
    const sequential = () => 'sequential' as const;
    const section = (body: string) => (body === 'council' ? ('section' as const) : ('sequential' as const));
    expect(['may-a', 'may-b', 'may-c'].map((id) => numbers.label(id, sequential))).toEqual(['1', '2', '3']);
    // Two February items and the morning meeting's one come before; not the cancelled, last year's or another host's.
    expect(['may-a', 'may-b', 'may-c'].map((id) => numbers.label(id, section))).toEqual(['§ 4', '§ 5', '§ 6']);
    expect(numbers.label('group-1', section)).toBe('1');

    numbers.set('feb-2', null);
    numbers.set('may-a', place('may', '2024-05-17', 'a9'));
    expect(['may-b', 'may-c', 'may-a'].map((id) => numbers.label(id, section))).toEqual(['§ 3', '§ 4', '§ 5']);
    expect(numbers.label('feb-2', section)).toBe('');
  });
});

describe('highlighting', () => {
  it('marks every inflected form of the matched words', () => {
    const text = 'Besluten fattades. Beslutet gäller från mötet, enligt beslutsunderlaget.';
    const ranges = matchRanges(text, ['beslut', 'möt']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Besluten', 'Beslutet', 'mötet']);
  });

  it('makes a snippet around the first match, cut at words, with the words marked', () => {
    const text = `${'Inledande ord om annat. '.repeat(12)}Rådet diskuterade samverkansplanen.\nNästa rad om planen. ${'Avslutande ord. '.repeat(12)}`;
    const parts = snippet(text, ['samverkansplan'], 120);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(125);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['samverkansplanen']);
    expect(joined).toContain('samverkansplanen. · Nästa rad');
  });

  it('shows the beginning when nothing matches, and nothing for empty text', () => {
    expect(snippet('Kort text.', ['giraff'])).toEqual([{ text: 'Kort text.', mark: false }]);
    expect(snippet('  \n ', ['x'])).toEqual([]);
    expect(flattenText('a\n\n  b  c\n')).toBe('a · b c');
  });
});
