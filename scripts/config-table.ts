// Prints the README's configuration table from the configuration schema (`npx tsx scripts/config-table.ts`).
import { CONFIG_VARIABLES } from '../shared/config/config';

const rows = Object.entries(CONFIG_VARIABLES).map(([name, variable]) => {
  const parsed = (
    variable.schema as { safeParse: (v: unknown) => { success: boolean; data?: unknown } }
  ).safeParse(undefined);
  const fallback =
    parsed.success && parsed.data !== undefined ? `\`${JSON.stringify(parsed.data)}\`` : '—';
  return `| \`${name}\` | ${variable.doc} | ${fallback} |`;
});
process.stdout.write(
  ['| variable | meaning | default |', '|---|---|---|', ...rows].join('\n') + '\n',
);
