// "Inleveren": the studio writes nothing anywhere. Per changed file a
// download link (a Blob URL made here, with the file's own name), and the
// change description to copy (src/studio/changes.ts).
import type { Diagnostic } from '../compiler/diagnostics.js';
import { changeDescription } from './changes.js';
import { el } from './dom.js';
import { say, words } from './words.js';

export interface HandIn {
  root: HTMLElement;
  show(changed: ReadonlyArray<{ file: string; before: string; after: string }>, findings: readonly Diagnostic[]): void;
}

const w = words.handIn;

export function createHandIn(version: string): HandIn {
  const state = el('p', { class: 'hand-in-state' });
  const warning = el('p', { class: 'hand-in-warning', hidden: true }, w.withErrors);
  const downloads = el('ul', { class: 'downloads' });
  const status = el('p', { class: 'copy-status', role: 'status' });
  const description = el('textarea', { id: 'studio-beschrijving', readonly: true, rows: 8, class: 'description' });
  const copy = el('button', { type: 'button', class: 'copy' }, w.copy);
  const details = el(
    'div',
    { class: 'hand-in-details', hidden: true },
    downloads,
    el('label', { for: 'studio-beschrijving' }, w.descriptionLabel),
    description,
    copy,
    status,
  );
  const root = el(
    'section',
    { class: 'hand-in', 'aria-labelledby': 'studio-inleveren' },
    el('h2', { id: 'studio-inleveren' }, w.heading),
    el('p', {}, w.how),
    state,
    warning,
    details,
  );
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(description.value);
      status.textContent = w.copied;
    } catch {
      description.select();
      status.textContent = w.copyFailed;
    }
  });
  let urls: string[] = [];
  return {
    root,
    show(changed, findings) {
      for (const url of urls) URL.revokeObjectURL(url);
      urls = [];
      state.textContent = changed.length ? '' : w.nothing;
      state.hidden = changed.length > 0;
      details.hidden = !changed.length;
      warning.hidden = !changed.length || !findings.some((f) => f.severity === 'error');
      status.textContent = '';
      downloads.replaceChildren(
        ...changed.map(({ file, after }) => {
          const url = URL.createObjectURL(new Blob([after], { type: 'text/plain;charset=utf-8' }));
          urls.push(url);
          return el(
            'li',
            {},
            el('a', { href: url, download: file.slice(file.lastIndexOf('/') + 1), class: 'download' }, say(w.download, { file })),
          );
        }),
      );
      const changedFiles = new Set(changed.map((c) => c.file));
      const relevant = findings.filter((f) => f.severity === 'error' || changedFiles.has(f.file));
      description.value = changed.length ? changeDescription(changed, relevant, version) : '';
    },
  };
}
