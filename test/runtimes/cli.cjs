// Node entry of the runtime smoke through `require` (the package's CommonJS build):
// `node cli.cjs <baseUrl> <mock: 1|0>`; prints one JSON line. The client must send with node:http.
const cardplane = require('cardplane');
const webhooks = require('cardplane/webhooks');

(async () => {
  const { smokeWith } = await import('./smoke.mjs');
  const [baseUrl, mock] = process.argv.slice(2);
  const result = await smokeWith({ ...cardplane, ...webhooks }, async () => require('cardplane/testing'), { baseUrl, mock: mock === '1', nodeHttp: true });
  // The CommonJS files were the ones required (not the ESM build through require(esm)).
  const loaded = Object.keys(require.cache).filter((f) => /[\\/]node_modules[\\/]cardplane[\\/]dist[\\/]/.test(f));
  const cjs = ['index.cjs', 'webhooks/index.cjs'].map((f) => loaded.some((l) => l.replaceAll('\\', '/').endsWith(`/dist/${f}`)));
  if (!cjs.every(Boolean)) throw new Error(`smoke: require did not load dist/index.cjs and dist/webhooks/index.cjs: ${loaded.join(', ')}`);
  result.required = loaded.map((f) => f.replace(/.*[\\/]node_modules[\\/]cardplane[\\/]/, '').replaceAll('\\', '/'));
  console.log(`SMOKE ${JSON.stringify(result)}`);
})().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
