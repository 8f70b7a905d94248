// What the site needs from the composition (src/app.ts): the compiled graph
// and a few settings. Its own type, so the site never imports the app.
import type { Diagnostic } from '../compiler/diagnostics.js';
import type { Counter } from '../counters/types.js';
import type { Graph } from '../graph/graph.js';
import type { HeaderConfig } from '../http/headers.js';
import type { WidgetRelease } from '../shared/embed-snippet.js';
import type { StudioSources } from './studio-sources.js';

export interface SiteOptions {
  graph: Graph;
  /** Settings for page headers (frame-ancestors); defaults in http/headers.ts. */
  headers?: HeaderConfig;
  /** Counts step views (already guarded and budgeted by the app); none when counting is off. */
  counter?: Counter;
  /** The validator's findings, shown beside the conversations on /preview. */
  diagnostics?: readonly Diagnostic[];
  /** The built widget's pinned file and SRI hash, for the snippet on /embed. */
  widget?: WidgetRelease;
  /**
   * Only while developing (`npm run dev`, src/cli/dev.ts): the content on disk
   * has these errors now, and `graph` is the last version without errors.
   * /preview shows them on top instead of disappearing.
   */
  contentErrors?: readonly Diagnostic[];
  /** The published source files for the editors' /studio (src/site/studio-sources.ts), or where to get them on its first request; without them there is no /studio. */
  studioSources?: StudioSources | (() => StudioSources);
}
