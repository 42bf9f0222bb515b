/**
 * `/api/docs`: a browsable page for the OpenAPI document, in one self-contained file (the machines
 * it runs on may be offline, so no CDN). It fetches the JSON and lists the operations by tag; text
 * goes in through textContent only.
 */
export function docsPage(specUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsroom API</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem 2rem; color: #1d2433; }
  h1 { margin-bottom: 0 } h2 { margin-top: 2rem; border-bottom: 1px solid #d8dde6 }
  details { border: 1px solid #d8dde6; border-radius: 6px; margin: .4rem 0; }
  summary { cursor: pointer; padding: .4rem .6rem; display: flex; gap: .8rem; align-items: baseline; }
  .method { font: bold 12px monospace; text-transform: uppercase; min-width: 4.5rem; text-align: center; border-radius: 4px; padding: 2px 4px; color: #fff; }
  .get { background: #1f7a4d } .post { background: #1d4e89 } .patch { background: #8a5a00 } .delete { background: #a12828 } .put { background: #5b3c88 }
  .path { font-family: monospace } .muted { color: #5d6778 }
  .body { padding: 0 1rem 1rem } table { border-collapse: collapse; width: 100% } td, th { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid #eef0f4; vertical-align: top }
  pre { background: #f5f7fa; padding: .6rem; overflow: auto; max-height: 24rem }
  input { font: inherit; padding: .3rem .5rem; width: 20rem }
</style>
</head>
<body>
<h1>Newsroom API</h1>
<p class="muted" id="intro">Loading <a href="${specUrl}">${specUrl}</a>…</p>
<p><input id="filter" type="search" placeholder="Filter by path or summary" aria-label="Filter operations"></p>
<main id="operations"></main>
<script>
(async () => {
  const spec = await (await fetch(${JSON.stringify(specUrl)})).json();
  const el = (tag, props = {}, ...children) => { const node = Object.assign(document.createElement(tag), props); node.append(...children); return node; };
  const resolve = (schema) => schema && schema.$ref ? spec.components.schemas[schema.$ref.split('/').pop()] : schema;
  const schemaBlock = (schema) => { const name = schema && schema.$ref ? schema.$ref.split('/').pop() : null; return el('div', {}, name ? el('p', { className: 'muted', textContent: 'Schema: ' + name }) : '', el('pre', { textContent: JSON.stringify(resolve(schema), null, 2) })); };
  document.getElementById('intro').textContent = spec.info.description + ' OpenAPI ' + spec.openapi + ', version ' + spec.info.version + '.';
  const byTag = new Map();
  for (const [path, item] of Object.entries(spec.paths)) for (const [method, op] of Object.entries(item)) {
    const tag = (op.tags || ['other'])[0];
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push({ path, method, op });
  }
  const main = document.getElementById('operations');
  for (const tag of spec.tags.map((t) => t.name).filter((t) => byTag.has(t)).concat([...byTag.keys()].filter((t) => !spec.tags.some((s) => s.name === t)))) {
    const info = spec.tags.find((t) => t.name === tag);
    main.append(el('h2', { textContent: tag + (info && info.description ? ' · ' + info.description : '') }));
    for (const { path, method, op } of byTag.get(tag)) {
      const body = el('div', { className: 'body' });
      if (op.description) body.append(el('p', { textContent: op.description }));
      if (op.parameters && op.parameters.length) {
        const rows = op.parameters.map((p) => el('tr', {}, el('td', { className: 'path', textContent: p.name + (p.required ? ' *' : '') }), el('td', { textContent: p.in }), el('td', { textContent: p.description || '' })));
        body.append(el('h4', { textContent: 'Parameters' }), el('table', {}, ...rows));
      }
      const request = op.requestBody && Object.values(op.requestBody.content)[0];
      if (request) body.append(el('h4', { textContent: 'Request body' }), schemaBlock(request.schema));
      for (const [status, response] of Object.entries(op.responses || {})) {
        const resolved = response.$ref ? spec.components.responses[response.$ref.split('/').pop()] : response;
        const content = resolved.content && Object.values(resolved.content)[0];
        body.append(el('h4', { textContent: status + ' · ' + resolved.description }), content && content.schema ? schemaBlock(content.schema) : '');
      }
      const details = el('details', {}, el('summary', {}, el('span', { className: 'method ' + method, textContent: method }), el('span', { className: 'path', textContent: path }), el('span', { className: 'muted', textContent: op.summary || '' })), body);
      details.dataset.search = (method + ' ' + path + ' ' + (op.summary || '')).toLowerCase();
      main.append(details);
    }
  }
  document.getElementById('filter').addEventListener('input', (event) => {
    const needle = event.target.value.toLowerCase();
    for (const details of main.querySelectorAll('details')) details.hidden = !details.dataset.search.includes(needle);
  });
})().catch((error) => { document.getElementById('intro').textContent = 'Could not load the API description: ' + error.message; });
</script>
</body>
</html>
`
}
