// What the editors' studio (/studio, issue 18) gets of the content: the
// published source files it may open and the compiler needs to check them
// (the conversations, the registry, the municipality files and the matcher's
// words.json), by path. Pure: the Node entry passes what it read
// (src/compiler/read-content.ts); the Worker build writes the same into
// dist/studio-sources.json (src/cli/build-graph.ts), as the Worker has no
// files. Translations are left out: the studio checks the Dutch only.
import type { CompileInput } from '../compiler/types.js';

/** Path → text of every file the studio offers, in a stable order. */
export type StudioSources = Record<string, string>;

export function studioSources(input: CompileInput): StudioSources {
  const files = [input.services, ...input.flows, ...(input.municipalities ?? []), ...(input.words ? [input.words] : [])];
  return Object.fromEntries(files.map((f) => [f.file, f.source]));
}

/** What the page hands its script, once: the sources and what the compiler cannot work out in a browser. */
export interface StudioData {
  files: StudioSources;
  /** Dutch public holidays from the server's compile (the holiday library stays on the server). */
  holidays: string[];
  /** The published content version the editor starts from (named in the change description). */
  version: string;
}

/** The inert JSON element that carries StudioData, and the element the script fills. */
export const STUDIO_DATA_ID = 'studio-data';
export const STUDIO_ROOT_ID = 'studio';
