/**
 * Swedish words for the search index: one way to cut text into words, to normalise them (NFC,
 * lower case by Swedish rules; å, ä and ö stay letters of their own) and to reduce them to a stem,
 * so that "beslut", "beslutet", "besluten" and "beslutade" find each other.
 *
 * The stemmer is deliberately light, in the manner of the Snowball Swedish stemmer: it strips the
 * common endings (definite and plural forms, -ande/-ende, -ade, the genitive -s, -ig/-igt/-iga,
 * -het/-heten) from the part of the word after its first syllable (R1), so short words stay whole.
 * It is not a dictionary; prefix and fuzzy matching in the index cover what it gets wrong.
 */

const VOWELS = new Set('aeiouyäåö');
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/** Letters, digits and combining marks make words; everything else separates them. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/** Words that carry no meaning of their own in a search ("och", "att", "som" …). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'och att i på det som en ett är av för med till den har de inte om men var sig så kan vi han hon jag du ni man vid ' +
    'från eller när där här också mot efter då nu än skulle ska hade bli blev blir sin sitt sina dess deras vår våra vårt ' +
    'er era ert denna detta dessa hur alla allt inom utan över även samt mellan genom upp ut in hos mig dig oss dem ' +
    'vara varit varje vilken vilket vilka någon något några ingen inget inga sedan dock bara här ju väl'
  ).split(' '),
);

/**
 * NFC and lower case: "ÖREBRO" → "örebro". Swedish has no case rules of its own in Unicode
 * (only Turkish, Azeri and Lithuanian do), so `toLowerCase` gives exactly what
 * `toLocaleLowerCase('sv-SE')` gives — at a fraction of its cost, which matters for a million words.
 */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

function r1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (isVowel(word[i - 1]) && !isVowel(word[i])) return Math.max(3, i + 1);
  }
  return word.length;
}

/** Endings removed in the first step, longest first (the longest one that lies in R1 wins). */
const ENDINGS = [
  'heterna', 'hetens',
  'andet', 'andes', 'anden', 'arens', 'arnas', 'ernas', 'ornas', 'heten', 'heter',
  'arna', 'erna', 'orna', 'ades', 'ande', 'ende', 'aren', 'arne', 'aste', 'erns',
  'ens', 'ets', 'ena', 'ans', 'het', 'ern', 'ast', 'are', 'ade', 'ads', 'ats',
  'ad', 'an', 'ar', 'er', 'or', 'as', 'es', 'at', 'en', 'et', 'na',
  'a', 'e',
].sort((a, b) => b.length - a.length);

/** The same, by their last letter (so a word is compared with a handful, not all of them). */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const ending of ENDINGS) ENDINGS_BY_LAST.set(ending.at(-1)!, [...(ENDINGS_BY_LAST.get(ending.at(-1)!) ?? []), ending]);

/** A genitive or plural -s is removed after these letters (not after a vowel: "status", "fokus"). */
const S_ENDING = new Set('bcdfghjklmnoprtvy');

/** Words where "-an" belongs to the word itself: plan (årsplan, samverkansplan), man. */
const KEEPS_AN = /(pl|m)ans?$/;

function stripEnding(word: string, from: number): string {
  for (const ending of ENDINGS_BY_LAST.get(word.at(-1)!) ?? []) {
    if (!word.endsWith(ending) || word.length - ending.length < from) continue;
    if ((ending === 'an' || ending === 'ans') && KEEPS_AN.test(word)) continue;
    // "enhet", "frihet": the t of -het is not a definite -et.
    if (ending === 'et' && word.at(-3) === 'h') continue;
    return word.slice(0, -ending.length);
  }
  if (word.endsWith('s') && word.length - 1 >= from && S_ENDING.has(word.at(-2) ?? '')) return word.slice(0, -1);
  return word;
}

/** Adjective endings, after the first step: -lig, -ligt, -ig, -igt ("tydligt" → "tyd", "viktig" → "vikt"). */
function stripAdjective(word: string, from: number): string {
  for (const ending of ['ligt', 'igt', 'lig', 'ig']) {
    if (word.endsWith(ending) && word.length - ending.length >= from) return word.slice(0, -ending.length);
  }
  return word;
}

/** The stem of one normalised word. Words with digits are kept as they are ("2024", "3mnkr"). */
const DIGIT = /\p{N}/u;

export function stem(word: string): string {
  if (word.length < 4 || DIGIT.test(word)) return word;
  const from = r1(word);
  return stripAdjective(stripEnding(word, from), from);
}

/** Words seen recently and their terms: running text repeats its words, and indexing is hot. */
const seen = new Map<string, string | null>();
const SEEN_MAX = 50_000;

/** MiniSearch's `processTerm`: normalise, drop stop words and single letters, stem. */
export function processTerm(term: string): string | null {
  let processed = seen.get(term);
  if (processed === undefined) {
    if (seen.size >= SEEN_MAX) seen.clear();
    processed = processWord(term);
    seen.set(term, processed);
  }
  return processed;
}

function processWord(term: string): string | null {
  const word = normaliseWord(term);
  if (!word || STOP_WORDS.has(word)) return null;
  if (word.length < 2 && !DIGIT.test(word)) return null;
  return stem(word);
}

/** MiniSearch's `tokenize`: the words of a text, by the same rule as `WORD`. */
export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter(Boolean);
}
