import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * `/api/docs`: Swagger UI, served from its npm package (the machines it runs on may be offline,
 * so no CDN), pointed at this server's OpenAPI document.
 */
export function docsPage(base: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsroom API</title>
<link rel="stylesheet" href="${base}/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="${base}/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${base}/docs/swagger-ui-bundle.js"></script>
<script src="${base}/docs/init.js"></script>
</body>
</html>
`
}

/** Started from a file rather than inline, so that a strict Content-Security-Policy may forbid inline scripts. */
export const docsInit = (specUrl: string) =>
  `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui', deepLinking: true, tryItOutEnabled: false });\n`

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
}

const packageDir = () => path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

/** One of Swagger UI's files, by name (only those the page uses), with its content type; null for any other name. */
export async function docsAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const type = ASSETS[name]
  if (!type) return null
  return { body: await readFile(path.join(packageDir(), name)), type }
}
