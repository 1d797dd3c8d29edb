// Builds the visitor widget after the console (whose build empties the output folder first):
//   widget.js            the loader, one IIFE file at the site root (its name is in every customer's snippet)
//   widget/panel.html    the chat panel, served by platform-core at /c/{key}; its hashed files in widget/assets/
// Then prints the gzipped sizes and fails when over budget: the loader ≤ 10 KB, the panel's first load
// (HTML + JS + CSS) ≤ 80 KB.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'target', 'classes', 'META-INF', 'resources');
const KB = 1024;
const BUDGET = { loader: 10 * KB, panel: 80 * KB };

await build({
  configFile: false,
  logLevel: 'warn',
  root: join(root, 'src', 'widget'),
  base: '/widget/',
  build: {
    outDir: join(out, 'widget'),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: { input: join(root, 'src', 'widget', 'panel.html') },
  },
});

await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: {
    outDir: out,
    emptyOutDir: false,
    target: 'es2019',
    copyPublicDir: false,
    lib: {
      entry: join(root, 'src', 'widget', 'loader.ts'),
      formats: ['iife'],
      name: 'FrontdeskWidget',
      fileName: () => 'widget.js',
    },
  },
});

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const loader = gz(join(out, 'widget.js'));
const assets = join(out, 'widget', 'assets');
const parts = [join(out, 'widget', 'panel.html'), ...readdirSync(assets).map((f) => join(assets, f))];
const panel = parts.reduce((sum, f) => sum + gz(f), 0);

const line = (name, size, budget) =>
  `${name.padEnd(34)} ${(size / KB).toFixed(1).padStart(6)} KB gzipped (budget ${budget / KB} KB)`;
console.log(line('widget.js (loader)', loader, BUDGET.loader));
console.log(line('panel first load (HTML + JS + CSS)', panel, BUDGET.panel));
const over = [loader > BUDGET.loader && 'widget.js', panel > BUDGET.panel && 'the panel'].filter(Boolean);
if (over.length) {
  console.error(`Over the size budget: ${over.join(' and ')}.`);
  process.exit(1);
}
