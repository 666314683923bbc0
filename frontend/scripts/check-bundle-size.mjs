// Fails when the JavaScript a first visit loads (the entry and its static imports, gzip) exceeds the budget.
// Run after `npm run build`; the budget comes from the quality issue (≤ 150 KB gzip).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 150);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...new Set([...html.matchAll(/\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
const rows = scripts.map((file) => ({ file, kb: gzipSync(readFileSync(join(dist, file))).length / 1024 }));
const total = rows.reduce((sum, row) => sum + row.kb, 0);
for (const row of rows) console.log(`${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
console.log(`${total.toFixed(1).padStart(7)} KB  initial JavaScript (gzip), budget ${budgetKb} KB`);
if (scripts.length === 0 || total > budgetKb) {
  console.error(scripts.length === 0 ? 'No scripts found in dist/index.html.' : 'Initial JavaScript is over budget.');
  process.exit(1);
}
