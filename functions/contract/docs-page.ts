import { PROBLEM_CATALOGUE, PROBLEM_CODES } from '../../shared/problems';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string }>;
  requestBody?: { content?: Record<string, { example?: unknown }> };
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { example?: unknown }> }
  >;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Renders inline `code` spans and paragraphs of the OpenAPI descriptions; everything else is escaped. */
function prose(text: string | undefined): string {
  if (!text) return '';
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('\n');
}

function example(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return `<pre>${escapeHtml(text)}</pre>`;
}

/**
 * A self-contained reference page (no scripts, no external assets): every operation with its
 * parameters, examples and statuses, and every problem code with an anchor the problem `type`
 * URIs point to.
 */
export function renderDocsPage(document: Record<string, unknown>): string {
  const info = document.info as { title: string; version: string };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const sections: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''}) ${escapeHtml(p.description ?? '')}</li>`,
        )
        .join('');
      const requestExamples = Object.entries(op.requestBody?.content ?? {})
        .map(
          ([type, media]) =>
            `<h4>Request <code>${escapeHtml(type)}</code></h4>${example(media.example)}`,
        )
        .join('');
      const responses = Object.entries(op.responses ?? {})
        .map(([status, response]) => {
          const media = Object.entries(response.content ?? {})[0];
          return `<details><summary><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description ?? '')}</summary>${media ? example(media[1].example) : ''}</details>`;
        })
        .join('');
      sections.push(`<section id="${escapeHtml(op.operationId ?? `${method}-${path}`)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p><strong>${escapeHtml(op.summary ?? '')}</strong></p>
${prose(op.description)}
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${requestExamples}
<h4>Responses</h4>${responses}
</section>`);
    }
  }
  const problems = PROBLEM_CODES.map(
    (code) =>
      `<tr id="problem-${code}"><td><code>${code}</code></td><td>${PROBLEM_CATALOGUE[code].status}</td><td>${escapeHtml(PROBLEM_CATALOGUE[code].title)}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} ${escapeHtml(info.version)} — API reference</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}
pre{background:#f6f8fa;padding:.75rem;overflow:auto;border-radius:6px}code{background:#f6f8fa;padding:0 .2rem;border-radius:4px}
section{border-top:1px solid #d0d7de;padding-top:.5rem;margin-top:1.5rem}.method{font-family:monospace;background:#0969da;color:#fff;padding:.1rem .4rem;border-radius:4px}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left}</style></head>
<body><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>The machine-readable contract: <a href="/openapi.yaml">openapi.yaml</a> · <a href="/openapi.json">openapi.json</a></p>
<h2>Operations</h2>
${sections.join('\n')}
<h2 id="problems">Problem codes</h2>
<p>Every error is an RFC 9457 <code>application/problem+json</code> document whose <code>code</code> never changes meaning.</p>
<table><thead><tr><th>code</th><th>status</th><th>title</th></tr></thead><tbody>
${problems}
</tbody></table>
</body></html>
`;
}
