// The conversation's address exactly as the widget asks for it. Shared by the
// widget (widget/api.ts) and the snippet's preload line
// (src/shared/embed-snippet.ts): a preload only helps when the two addresses
// are byte for byte the same. Browser-safe.

export interface FlowRequest {
  /** The service's origin (and path), no trailing slash; '' for the same site. */
  api: string;
  flow: string;
  gemeente?: string;
  lang?: string;
}

export function flowUrl({ api, flow, gemeente, lang }: FlowRequest): string {
  const query = new URLSearchParams();
  if (gemeente) query.set('gemeente', gemeente);
  if (lang) query.set('lang', lang);
  const q = query.toString();
  return `${api}/api/v1/flows/${encodeURIComponent(flow)}${q ? `?${q}` : ''}`;
}
