// Builds the UI into the folder given as the only argument (the Maven build passes target/classes/.../ui):
// one JavaScript bundle, one stylesheet, the page and nothing fetched from elsewhere at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_FOLDER');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/app.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: join(out, 'app.js'),
  legalComments: 'external',
  logLevel: 'warning',
});
copyFileSync('src/index.html', join(out, 'index.html'));
