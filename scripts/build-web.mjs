// Bundle the browser side of `policywright serve` (web/) into dist/web, as part of `npm run build`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const out = new URL('../dist/web/', import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('../web/src/main.tsx', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: new URL('app.js', out).pathname,
  logLevel: 'warning',
  legalComments: 'linked',
});
copyFileSync(new URL('../web/app.css', import.meta.url), new URL('app.css', out));
