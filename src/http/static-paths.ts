// Which request paths may name a file in public/. Asking the file system on
// every request (as a static middleware in front of the app does) cost about
// as much CPU as the whole API response; pages and API paths never name a
// file, so they skip the lookup.

const FILE_NAME = /\/[^/]*\.[A-Za-z0-9]+$/;

/** True for paths with a file extension (/widget.js, /site/exit.js) and for folder indexes (/demo/). */
export function mayBeStaticFile(path: string): boolean {
  return FILE_NAME.test(path) || (path.length > 1 && path.endsWith('/'));
}
