// The README's configuration table, from the configuration schema. `npx tsx scripts/config-table.ts`
// prints it; `--write` replaces the table in README.md (run Prettier on README.md afterwards).
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_VARIABLES } from '../shared/config/config';

const rows = Object.entries(CONFIG_VARIABLES).map(([name, variable]) => {
  const parsed = (
    variable.schema as { safeParse: (v: unknown) => { success: boolean; data?: unknown } }
  ).safeParse(undefined);
  const fallback =
    parsed.success && parsed.data !== undefined ? `\`${JSON.stringify(parsed.data)}\`` : '—';
  return `| \`${name}\` | ${variable.doc} | ${fallback} |`;
});
const table = ['| variable | meaning | default |', '|---|---|---|', ...rows].join('\n');

if (process.argv.includes('--write')) {
  const path = new URL('../README.md', import.meta.url);
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((line) => /^\|\s*variable\s*\|\s*meaning\s*\|/.test(line));
  if (start === -1) throw new Error('README.md has no configuration table');
  let end = start;
  while (end < lines.length && lines[end]?.startsWith('|')) end += 1;
  lines.splice(start, end - start, table);
  writeFileSync(path, lines.join('\n'));
} else {
  process.stdout.write(`${table}\n`);
}
