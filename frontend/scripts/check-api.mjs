// Fails when src/types/api.ts is not what `npm run gen:api` makes from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'types', 'api.ts');
const dir = mkdtempSync(join(tmpdir(), 'zhw-api-'));
const fresh = join(dir, 'api.ts');

try {
  const cli = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  execFileSync(process.execPath, [cli, spec, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const expected = readFileSync(fresh, 'utf8');
  const actual = readFileSync(committed, 'utf8');
  if (expected !== actual) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = e.findIndex((l, i) => l !== a[i]);
    console.error(`check:api: src/types/api.ts is out of date with ../openapi.yaml (first difference at line ${line + 1}).`);
    console.error(`  committed: ${JSON.stringify(a[line] ?? '<end of file>')}`);
    console.error(`  generated: ${JSON.stringify(e[line] ?? '<end of file>')}`);
    console.error('Run `npm run gen:api` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('check:api: src/types/api.ts matches ../openapi.yaml');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
