// Writes openapi.yaml from the route schemas (`npm run openapi`). The committed file is checked
// against this output by test/functions/contract/contract.test.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOpenApiYaml } from '../functions/contract/generate';

const target = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
writeFileSync(target, generateOpenApiYaml());
process.stdout.write(`wrote ${target}\n`);
