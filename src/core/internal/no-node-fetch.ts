/**
 * What `#node-fetch` resolves to outside Node (package.json `imports`: every condition but `node`), so
 * that a bundle for a browser, a Worker or an edge runtime holds no `node:` import. The transport never
 * loads it: it takes the global `fetch` wherever `isNode()` (transport.ts) is false.
 * @module
 */

/** Throws: the `node:http` fetch exists only on Node. */
export function createNodeFetch(): typeof fetch {
  throw new Error('cardplane: the Node http fetch was loaded outside Node (#node-fetch resolved without the node condition); pass `fetch` in the client options');
}
