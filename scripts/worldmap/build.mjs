// The land of the world as one SVG path in an equirectangular frame of 360 × 180 (x = longitude + 180,
// y = 90 − latitude), so the page can place a story at its coordinates with no projection code of its own.
// Source: Natural Earth 1:110m land (public domain) through world-atlas (ISC).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoEquirectangular, geoPath } from 'd3-geo';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'));
const land = feature(topology, topology.objects.land);
const projection = geoEquirectangular().scale(180 / Math.PI).translate([180, 90]).precision(0.1);
const path = geoPath(projection).digits(1)(land);
const out = new URL('../../app/src/main/resources/newsroom/world-land.json', import.meta.url);
writeFileSync(out, JSON.stringify({
  source: 'Natural Earth 1:110m land (public domain), via world-atlas 2.0.2 (ISC); written by scripts/worldmap/build.mjs',
  width: 360, height: 180, path,
}) + '\n');
console.log(`wrote ${out.pathname}: ${path.length} characters`);
