// Fails when the built code uses an NL Design System component class (utrecht-<component>, with or without a
// __part or --modifier) that no built stylesheet styles: src/styles/nl-design-system.css imports each component's
// package on its own, so a newly used component needs its package there. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const assets = readdirSync(join(dist, 'assets'));
/** @param {string} suffix */
const read = (suffix) =>
  assets.filter((file) => file.endsWith(suffix)).map((file) => readFileSync(join(dist, 'assets', file), 'utf8')).join('\n');
const code = `${read('.js')}\n${readFileSync(join(dist, 'index.html'), 'utf8')}`;
const css = read('.css');

// Class names, not custom properties (--utrecht-…); `utrecht-theme` carries the design tokens, not a component.
const components = new Set(
  [...code.matchAll(/(?<![\w-])utrecht-[a-z0-9-]+/g)].map((m) => m[0].split(/__|--/)[0]).filter((c) => c !== 'utrecht-theme'),
);
const unstyled = [...components].filter((c) => !new RegExp(`\\.${c}(?![\\w-])|\\.${c}(?:__|--)`).test(css)).sort();
console.log(`check:styles: ${components.size} NL Design System components in the code, ${unstyled.length} without their CSS`);
if (components.size === 0 || unstyled.length > 0) {
  console.error(
    components.size === 0
      ? 'No utrecht-* classes found in dist: run `npm run build` first.'
      : `Import their packages in src/styles/nl-design-system.css: ${unstyled.join(', ')}`,
  );
  process.exit(1);
}
