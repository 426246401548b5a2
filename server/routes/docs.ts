import { Router } from 'express';
import { openApiDocument } from '../openapi/registry';

interface Op {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string }>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A readable, script-free HTML rendering of the OpenAPI document. */
function renderDocs(doc: { paths?: Record<string, Record<string, Op>> }): string {
  const sections = Object.entries(doc.paths ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const params = (op.parameters ?? [])
          .map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''})</li>`)
          .join('');
        const body = op.requestBody?.content['application/json']?.schema;
        const responses = Object.entries(op.responses)
          .map(([code, r]) => `<li><code>${esc(code)}</code> ${esc(r.description)}</li>`)
          .join('');
        return `<section><h2><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>
<p>${esc(op.summary ?? '')}</p>${params ? `<h3>Parameters</h3><ul>${params}</ul>` : ''}
${body ? `<h3>Request body</h3><pre>${esc(JSON.stringify(body, null, 2))}</pre>` : ''}<h3>Responses</h3><ul>${responses}</ul></section>`;
      }),
    );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Coalition Workspace API</title><style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
section{border-top:1px solid #d6dde5;padding:.5rem 0}h2{font-size:1.1rem}h3{font-size:.95rem;margin-bottom:.2rem}
.m{display:inline-block;min-width:4.5rem;border-radius:4px;padding:0 .4rem;color:#fff;background:#44576b;font-size:.85rem;text-align:center}
.get{background:#1f6f43}.post{background:#1c5fa8}.patch,.put{background:#8a5a00}.delete{background:#a12a2a}
pre{background:#f3f5f8;padding:.5rem;overflow:auto;font-size:.85rem}</style></head><body>
<h1>Coalition Workspace API</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Sessions use a cookie;
state-changing requests must send an <code>Origin</code> header equal to this site.</p>${sections.join('\n')}</body></html>`;
}

export function docsRouter() {
  const router = Router();
  router.get('/openapi.json', (_req, res) => res.json(openApiDocument()));
  router.get('/docs', (_req, res) =>
    res.type('html').send(renderDocs(openApiDocument() as Parameters<typeof renderDocs>[0])),
  );
  return router;
}
