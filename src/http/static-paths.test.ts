import { describe, expect, it } from 'vitest';
import { mayBeStaticFile } from './static-paths.js';

describe('mayBeStaticFile', () => {
  it('sends file names and folder indexes to the disk', () => {
    for (const path of ['/widget.js', '/widget-01abc.js', '/site.css', '/site/exit.js', '/demo/', '/demo/index.html'])
      expect(mayBeStaticFile(path), path).toBe(true);
  });
  it('keeps pages and API paths away from the disk', () => {
    for (const path of ['/', '/s/0j1xwt1', '/over', '/api/v1/flows/start', '/api/v1/services', '/health', '/preview'])
      expect(mayBeStaticFile(path), path).toBe(false);
  });
});
