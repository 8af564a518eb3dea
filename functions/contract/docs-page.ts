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
    {
      description?: string;
      headers?: Record<string, { description?: string; required?: boolean }>;
      content?: Record<string, { example?: unknown }>;
    }
  >;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The inline Markdown the contract's descriptions use (CommonMark's code spans, strong emphasis
 * and links): everything is escaped first, text inside a code span is left as it is.
 */
export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : escapeHtml(part)
            .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
            .replace(
              /\[([^\]]+)\]\(((?:https?:\/\/|\/)[^\s)]*)\)/g,
              (_, label: string, href: string) => `<a href="${href}">${label}</a>`,
            ),
    )
    .join('');
}

/**
 * The block Markdown of the contract's descriptions: paragraphs, `- ` lists and pipe tables.
 * A table can be replaced where the page renders the same facts itself (the problem catalogue).
 */
export function blockMarkdown(
  text: string | undefined,
  options: { tableReplacement?: string } = {},
): string {
  if (!text) return '';
  return text
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.trim());
      if (lines.every((line) => line.startsWith('- ')))
        return `<ul>${lines.map((line) => `<li>${inlineMarkdown(line.slice(2))}</li>`).join('')}</ul>`;
      if (lines.every((line) => line.startsWith('|'))) {
        if (options.tableReplacement !== undefined) return options.tableReplacement;
        const cells = (line: string) =>
          line
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((cell) => cell.trim());
        const [head = '', , ...rows] = lines;
        return `<table><thead><tr>${cells(head)
          .map((cell) => `<th>${inlineMarkdown(cell)}</th>`)
          .join('')}</tr></thead><tbody>${rows
          .map(
            (row) =>
              `<tr>${cells(row)
                .map((cell) => `<td>${inlineMarkdown(cell)}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`;
      }
      return `<p>${inlineMarkdown(lines.join(' '))}</p>`;
    })
    .join('\n');
}

function example(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return `<pre>${escapeHtml(text)}</pre>`;
}

/** The catalogue is rendered once, with the anchors the problem `type` URIs point to. */
const CATALOGUE_LINK = '<p>The codes are listed under <a href="#problems">Problem codes</a>.</p>';

/** The plain page's policy: no scripts at all, its own inline styles only. */
export const DOCS_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

function mediaExamples(content: Record<string, { example?: unknown }> | undefined, label: string) {
  return Object.entries(content ?? {})
    .map(
      ([type, media]) =>
        `<h5>${label} <code>${escapeHtml(type)}</code></h5>${example(media.example)}`,
    )
    .join('');
}

function renderOperation(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''}) ${inlineMarkdown(p.description ?? '')}</li>`,
    )
    .join('');
  const responses = Object.entries(op.responses ?? {})
    .map(([status, response]) => {
      const headers = Object.entries(response.headers ?? {})
        .map(
          ([name, header]) =>
            `<li><code>${escapeHtml(name)}</code>${header.required ? '' : ' (optional)'} ${inlineMarkdown(header.description ?? '')}</li>`,
        )
        .join('');
      return `<details><summary><strong>${escapeHtml(status)}</strong> ${inlineMarkdown(response.description ?? '')}</summary>${headers ? `<h5>Headers</h5><ul>${headers}</ul>` : ''}${mediaExamples(response.content, 'Example')}</details>`;
    })
    .join('\n');
  return `<section id="${escapeHtml(op.operationId ?? `${method}-${path}`)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p><strong>${inlineMarkdown(op.summary ?? '')}</strong></p>
${blockMarkdown(op.description)}
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${op.requestBody ? `<h4>Request body</h4>${mediaExamples(op.requestBody.content, 'Example')}` : ''}
<h4>Responses</h4>
${responses}
</section>`;
}

/**
 * A self-contained reference page (no scripts, no external assets): every operation with its
 * parameters, examples, statuses and headers, and every problem code with an anchor the problem
 * `type` URIs point to. The interactive reference (`/docs/reference`) is linked from the top.
 */
export function renderDocsPage(document: Record<string, unknown>): string {
  const info = document.info as { title: string; version: string; description?: string };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, op: item[method] }] : [])),
  );
  const contents = operations
    .map(
      ({ path, method, op }) =>
        `<li><a href="#${escapeHtml(op.operationId ?? `${method}-${path}`)}">${method.toUpperCase()} ${escapeHtml(path)}</a> — ${inlineMarkdown(op.summary ?? '')}</li>`,
    )
    .join('\n');
  const problems = PROBLEM_CODES.map(
    (code) =>
      `<tr id="problem-${code}"><td><code>${code}</code></td><td>${PROBLEM_CATALOGUE[code].status}</td><td>${inlineMarkdown(PROBLEM_CATALOGUE[code].title)}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} ${escapeHtml(info.version)} — API reference</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}
pre{background:#f6f8fa;padding:.75rem;overflow:auto;border-radius:6px}code{background:#f6f8fa;padding:0 .2rem;border-radius:4px}
section{border-top:1px solid #d0d7de;padding-top:.5rem;margin-top:1.5rem}.method{font-family:monospace;background:#0969da;color:#fff;padding:.1rem .4rem;border-radius:4px}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left}</style></head>
<body><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p><a href="/docs/reference">Interactive reference</a> (Swagger UI: try every call from the browser) · the machine-readable contract: <a href="/openapi.yaml">openapi.yaml</a> · <a href="/openapi.json">openapi.json</a> · <a href="#problems">problem codes</a></p>
${blockMarkdown(info.description, { tableReplacement: CATALOGUE_LINK })}
<h2>Operations</h2>
<ul>
${contents}
</ul>
${operations.map(({ path, method, op }) => renderOperation(path, method, op)).join('\n')}
<h2 id="problems">Problem codes</h2>
<p>Every error is an RFC 9457 <code>application/problem+json</code> document whose <code>code</code> never changes meaning; its <code>type</code> points here.</p>
<table><thead><tr><th>code</th><th>status</th><th>title</th></tr></thead><tbody>
${problems}
</tbody></table>
</body></html>
`;
}
