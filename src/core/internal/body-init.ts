/**
 * Init key under which the transport hands a request body to its own Node fetch directly. ky builds a
 * `Request` per call and clones it per attempt; a string body there becomes a stream that is teed and read
 * back. The Node adapter takes the (immutable, re-sendable) string as is instead. A `fetch` given by the
 * caller always receives a complete `Request` with its body.
 */
export const BODY_INIT_KEY = 'cardplaneBody';
