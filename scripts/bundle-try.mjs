import { build } from 'esbuild';
const r = await build({
  entryPoints: ['dist/cli/main.js'],
  bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20',
  outdir: 'dist/cli-bundle-try', entryNames: '[name]', chunkNames: '[name]-[hash]',
  external: ['puppeteer-core', 'fsevents'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning', metafile: true,
});
console.log(Object.keys(r.metafile.outputs).length, 'outputs');
