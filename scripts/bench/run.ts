// `npm run bench`: runs every module in scripts/bench/rows (or those named with --only),
// prints a table and writes bench-results.json as { key: { value, unit, target, bound } }.
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { meetsTarget, type BenchModule, type BenchRow } from './bench-row';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { only: { type: 'string' }, out: { type: 'string', default: 'bench-results.json' } } });
const only = values.only ? new Set(values.only.split(',')) : null;

const rows: BenchRow[] = [];
const failures: string[] = [];
for (const file of readdirSync(join(here, 'rows')).filter((f) => f.endsWith('.ts')).sort()) {
  const name = basename(file, '.ts');
  if (only && !only.has(name)) continue;
  process.stderr.write(`bench: ${name} …\n`);
  try {
    const mod = (await import(pathToFileURL(join(here, 'rows', file)).href)) as { default: BenchModule };
    rows.push(...(await mod.default()));
  } catch (error) {
    failures.push(`${name}: ${(error as Error).stack ?? error}`);
  }
}

const table = rows.map((r) => {
  const ok = meetsTarget(r.value, r.target);
  return {
    metric: r.label,
    key: r.key,
    value: `${Number.isInteger(r.value) ? r.value : r.value.toFixed(3)} ${r.unit}`,
    target: r.target ?? '—',
    bound: r.bound ?? '—',
    met: ok === null ? '—' : ok ? 'yes' : 'NO',
  };
});
console.table(table);
const results = Object.fromEntries(rows.map((r) => [r.key, { value: r.value, unit: r.unit, target: r.target, bound: r.bound }]));
writeFileSync(values.out!, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${values.out}`);
if (failures.length) {
  console.error(`\n${failures.length} bench module(s) failed:\n${failures.join('\n')}`);
  process.exit(1);
}
