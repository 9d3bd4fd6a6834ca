/**
 * Swedish text for the benchmark's dataset: sentences in the style of the region's real minutes
 * (the seed documents of Chefsgrupp folkhälsa and Specifika samverkansrådet för folkhälsa), with
 * slots for the real organisations, invented people, dates and numbers. Varied by a seeded random
 * generator, so every run builds the same dataset.
 */

/** Mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

export const firstNames = [
  'Anna', 'Maria', 'Karin', 'Malin', 'Lisen', 'Cecilia', 'Ida', 'Emma', 'Johanna', 'Linda', 'Sara', 'Elin', 'Helena', 'Annika',
  'Kerstin', 'Josefin', 'Madelene', 'Cathrine', 'Pia', 'Siw', 'Lena', 'Christina', 'Monika', 'Unnur', 'Nora', 'Hanna', 'Frida',
  'Jonas', 'Peter', 'Erik', 'Mattias', 'Jimmy', 'Daniel', 'Jan', 'Anton', 'Albin', 'Ingmar', 'Behcet', 'Jari', 'Mathias', 'Lars',
  'Magnus', 'Fredrik', 'Henrik', 'Olof', 'Gustav', 'Ahmed', 'Mikael', 'Stefan', 'Tobias',
];
export const lastNames = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Lindqvist', 'Lindgren', 'Berglund', 'Sundelius', 'Cederlund', 'Ljung', 'Broman', 'Bohlin',
  'Ångman', 'Öberg', 'Åkesson', 'Hägg', 'Löfgren', 'Sjöberg', 'Bergvall', 'Hedlund', 'Lundberg', 'Ek', 'Holm', 'Sandström',
  'Wallin', 'Engström', 'Nyström', 'Forsberg', 'Håkansson', 'Dahlberg', 'Björk', 'Strand',
];
export const titles = [
  'folkhälsochef', 'folkhälsostrateg', 'utvecklingsledare', 'enhetschef', 'hållbarhetschef', 'strategisk planerare folkhälsa',
  'projektledare', 'kommunalråd', 'regionråd', 'förvaltningschef', 'utredare', 'samordnare psykisk hälsa', 'folkhälsokommunikatör',
  'verksamhetsutvecklare', 'socialchef',
];

export const topics = [
  'Årsplan för samverkan kring god, jämlik och jämställd hälsa',
  'Information om specifika samverkansrådet folkhälsa',
  'Uppföljning av samverkansöverenskommelserna',
  'Gemensam samverkansplan',
  'Uppdragsbeskrivning samordnare psykisk hälsa',
  'Underlag för uppföljning av medel för förebyggande och främjande psykisk hälsa',
  'Rapport från chefsgrupp folkhälsa',
  'Liv & hälsa – kvalitativ rapport',
  'Ofrivillig ensamhet',
  'Föräldraskapsstöd',
  'Backa barnet',
  'Levnadsvanor och hälsosamtal',
  'Mat- och rörelsesatsningen',
  'Strategin för föräldraskapsstöd',
  'ANDT-strategin',
  'Brottsförebyggande arbete',
  'Hälsofrämjande beslutsfattare',
  'Folkhälsobokslut',
  'Nära vård och folkhälsa',
  'Tillsammans för alla barns bästa',
  'Familjecentraler – revidering av överenskommelsen',
  'Idrott i segregerade områden',
  'Fritidskortet',
  'Seniorers hälsa och fysisk aktivitet',
  'Social hållbarhet i översiktsplaneringen',
  'Ekonomisk redovisning och återrapportering',
  'Uppföljningsdag för samverkansparterna',
  'Folkhälsokonferens',
  'Suicidprevention',
  'Spelprevention',
  'Tobaksfri skoltid',
  'Jämställdhet och barnrätt',
  'Regional utvecklingsstrategi',
  'Healthy Cities – årsmöte och nätverk',
  'Forskningssamverkan med universitetet',
  'Nationella nätverk och SKR',
  'Kommunikationsplan för folkhälsoarbetet',
  'Budget för kommande år',
  'Dialogforum med Folkhälsomyndigheten',
  'Preventionssnurran som verktyg',
];

export const places = [
  'Lokal Eken, Eklundavägen 1, Örebro',
  'Lokal Enen, Eklundavägen 1, Örebro',
  'Conventum, Örebro',
  'Kommunhuset, Lindesberg',
  'Folkets hus, Karlskoga',
  'Teams',
];

/** Sentence templates: {org}, {person}, {date}, {num}, {topic} are filled in. */
const sentences = [
  'Dagordningen godkändes, några punkter lades till under övrigt.',
  'Inga synpunkter kring föregående anteckningar.',
  '{person} hälsades välkommen som ny medlem i gruppen, vi inledde med en presentationsrunda.',
  'Svårt med diskussioner när man inte känner varandra så bra.',
  'Bra med bikupa men viktigt att ha rimliga förväntningar på resultat, det blir mer en temperaturmätare.',
  'Kort tid att processa, presentationen av deltagarna tar stor del av tiden.',
  'Viktigt att vi håller i och fortsätter ses.',
  'Dags att uppdatera årsplanen för {year}, mötena bestäms under hösten.',
  'En enkät har besvarats av ledamöterna i samtliga råd och resultatet presenteras på nästa möte.',
  'Förankring pågår på alla nivåer, arbetet är tidskrävande men högt prioriterat.',
  'Teamet omformas, en ny medarbetare är rekryterad och arbetet behöver hitta sin struktur.',
  '{org} har samlat förvaltningarna kring ett gemensamt hållbarhetsarbete.',
  'Temagrupperna behöver få en bättre uppslutning under hösten.',
  'Ingen organisationsförändring föreslås efter utredningen.',
  'Samverkans- och stödstrukturen saknar dokumentation kring uppdrag och perspektiv, ett arbete behöver göras kring det.',
  'Hur ska det vi gör förankras på ett bra sätt inom hälso- och sjukvårdens ledningssystem?',
  'Viktigt att se över vad som gör att information stannar i chefsgrupper.',
  'Positivt att det finns utrymme inom ramen för uppdraget, funktionen är det viktiga, inte titeln.',
  'Diskussion kring upplägget för att inte konkurrera med länsdelarnas konferenser.',
  'Förslag på datum är den {date}, datumet ska kontrolleras så att det inte krockar med andra möten.',
  'Arbetsgrupp tillsatt med {person} som sammankallande, första möte planerat till den {date}.',
  'Programlogik har använts utifrån nuläge och behov på olika nivåer.',
  'Arbetsgruppen önskar inspel inför det fortsatta arbetet, även hjälp med prioriteringar och tidssättning.',
  'Bra nivå på arbetet, det ska skapa värde för oss och underlätta vårt arbete.',
  'Hur tänker vi kring prioritering, hur gör vi det kraftfullt och inte bara en bruttolista?',
  'Hur visar vi att saker hänger ihop, så att vi inte har fokus på att bara bocka av?',
  'Underlaget ska kunna hanteras smidigt via länsdelsgrupperna.',
  'Viktigt att lokalt ha kännedom om hur arbetet går och om ekonomin är i balans.',
  'Länsdelarna hanterar fördelningen av medlen lite olika.',
  'Långsiktighet önskas utifrån identifierade utmaningar.',
  'Intressant med en länssammanställning efter avslutat arbete.',
  '{org} söker förlängning av projektet med fokus på barn och unga och jämställdhet.',
  'Uppräkningen med {num} procent för nästa år påverkar kommunerna, lokala diskussioner måste föras.',
  'Vi försöker ha ett stort deltagande, programmet är inte klart och vi återkommer när anmälan öppnat.',
  'En enkät om nöjdheten med samverkan skickas ut till alla parter, den tar fem till tio minuter och är anonym.',
  'Rapporten från {org} visar att andelen som uppger gott hälsotillstånd har minskat något sedan förra mätningen.',
  '{person} redogjorde för läget i {org} och lyfte behovet av fler mötesplatser för äldre.',
  'Rådet diskuterade hur resultaten från Liv & hälsa kan användas i kommunernas planering.',
  'Det finns ett stort intresse från skolorna, men resurserna räcker inte till alla som vill delta.',
  'Samverkan med civilsamhället lyftes som en framgångsfaktor i flera kommuner.',
  'Uppföljningen visar att {num} av länets tolv kommuner har en aktuell handlingsplan.',
  'Ekonomin är i balans, ett mindre överskott förs över till nästa år.',
  'Kommunikationen behöver bli tydligare så att fler verksamheter känner till satsningen.',
  'Ordföranden tackade för en bra diskussion och konstaterade att frågan återkommer på nästa möte.',
  'Länsstyrelsen informerade om den nya samverkansstrukturen för ett tryggt och jämlikt Örebro län.',
  'RF-SISU Örebro län berättade om satsningen på idrott i segregerade områden och fritidskortet.',
  'ÖLBF lyfte vikten av att folkbildningen finns med tidigt i planeringen.',
  'Gruppen säger ja till förslaget och materialet uppdateras till nästa möte.',
  'Frågan bereds vidare i chefsgruppen innan den kommer tillbaka till rådet.',
  'Bra och effektivt möte, energin i gruppen är hög.',
  'Det är svårt att hitta ett innehåll som passar en bred målgrupp.',
  'Ta tillvara på att vi har ingångar i Folkhälsomyndigheten och i akademin.',
  'Materialet finns i Projify och alla uppmanas att läsa det inför nästa möte.',
  'Vi behöver utöka tiden för denna punkt till två minuter per deltagare.',
  'Kopplingar kan göras till de norra, södra och västra länsdelarna, medan Örebro avvaktar för tillfället.',
];

export const decisions = [
  'Rådet beslutar att godkänna förslaget.',
  'Gruppen beslutar att anta uppdragsbeskrivningen med de ändringar som framkom vid mötet.',
  'Rådet beslutar att lägga informationen till handlingarna.',
  'Beslutas att ge arbetsgruppen i uppdrag att ta fram ett reviderat förslag till nästa möte.',
  'Rådet beslutar att fastställa årsplanen för kommande år.',
  'Gruppen beslutar att ställa sig bakom fördelningen av medlen enligt förslaget.',
  'Protokollet från föregående möte fastställdes och lades till handlingarna.',
  'Dagordningen fastställdes.',
];

export const taskTexts = [
  'Ta fram ett förslag till gemensam samverkansplan',
  'Sammanställa länsdelarnas återrapportering',
  'Bjuda in forskaren till kommande möten',
  'Kontrollera datumet för uppföljningsdagen',
  'Skicka ut enkäten om samverkan till alla parter',
  'Uppdatera årsplanen med nya mötesdatum',
  'Förankra uppdragsbeskrivningen i länsdelsgrupperna',
  'Planera folkhälsokonferensen tillsammans med arbetsgruppen',
];

export interface Fill {
  org: () => string;
  person: () => string;
  year: number;
}

function fill(rng: Rng, template: string, f: Fill): string {
  return template
    .replaceAll('{org}', () => f.org())
    .replaceAll('{person}', () => f.person())
    .replaceAll('{year}', String(f.year + 1))
    .replaceAll('{num}', () => String(between(rng, 2, 11)))
    .replaceAll('{date}', () => `${between(rng, 1, 28)} ${pick(rng, ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'augusti', 'september', 'oktober', 'november', 'december'])}`);
}

/** One paragraph of about `chars` characters. */
export function paragraphText(rng: Rng, chars: number, f: Fill): string {
  let text = '';
  while (text.length < chars) text += (text ? ' ' : '') + fill(rng, pick(rng, sentences), f);
  return text;
}

/** A sentence for typing: what a secretary writes during an item. */
export function typingText(rng: Rng, chars: number, f: Fill): string {
  return paragraphText(rng, chars, f).slice(0, chars);
}

/** Queries a user might type into the search box: words, phrases, names, prefixes, misspellings, filters by kind. */
export const searchQueries = [
  'folkhälsa', 'psykisk hälsa', 'samverkansplan', 'årsplan', 'Backa barnet', 'föräldraskapsstöd', 'enkät', 'uppföljningsdag',
  'länsdelsgrupperna', 'Liv & hälsa', 'ensamhet', 'fritidskortet', 'RF-SISU', 'Länsstyrelsen', 'ÖLBF', 'Karlskoga kommun',
  'Region Örebro län', 'Hällefors', 'budget', 'ekonomin är i balans', 'arbetsgrupp tillsatt', 'sammankallande', 'konferens',
  'prioritering', 'programlogik', 'forskning', 'Folkhälsomyndigheten', 'jämställdhet', 'barn och unga', 'äldre mötesplatser',
  'Projify', 'suicidprevention', 'tobaksfri', 'beslutar att godkänna', 'handlingarna', 'uppdragsbeskrivning', 'civilsamhället',
  'folkhälsokonf', 'samverk', 'förankr', 'folkhalsa', 'samverkansöverenskommelse', 'Johansson', 'Maria', 'Lindqvist', 'Ångman',
  'idrott segregerade områden', 'hälsosamtal levnadsvanor', 'nära vård', 'länssammanställning',
];
