// A size limit on request bodies sent to the API. The only API writes are
// anonymous counter events of a few dozen bytes; anything large is abuse or
// a mistake, and is refused before a handler reads it.
import { bodyLimit } from 'hono/body-limit';
import { jsonError } from './respond.js';

export const API_BODY_LIMIT_BYTES = 8 * 1024;

export const BODY_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export const apiBodyLimit = bodyLimit({
  maxSize: API_BODY_LIMIT_BYTES,
  onError: () =>
    jsonError(
      413,
      'payload_too_large',
      `The request body is larger than ${API_BODY_LIMIT_BYTES} bytes. API requests are small JSON objects.`,
    ),
});
