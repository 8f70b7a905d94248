// The site's HTML 404 and 500 pages, for every path outside the API (the JSON
// API keeps its JSON errors; see http/fallback.ts). Made once per app (the
// app and the Node server in front of it share them) and rendered on first use.
import { verifiedPhone } from '../graph/roles.js';
import type { PageFallbacks } from '../http/fallback.js';
import { defaultHeaderConfig, pageHeaders } from '../http/headers.js';
import { ErrorPage, NotFoundPage } from './info-pages.js';
import type { SiteOptions } from './options.js';
import { documentHtml } from './template.js';

/** Prebuilt headers of every site page. no-store: a page about getting help must not stay in the browser's cache. */
export function sitePageHeaders(options: SiteOptions): Record<string, string> {
  return { ...pageHeaders(options.headers ?? defaultHeaderConfig), 'cache-control': 'no-store' };
}

export function sitePageFallbacks(options: SiteOptions): { [K in keyof PageFallbacks]: () => Response } {
  const headers = sitePageHeaders(options);
  let notFoundHtml: string | undefined;
  let errorHtml: string | undefined;
  // The line open day and night (the registry's dayAndNight role: Veilig Thuis).
  const { dayAndNight } = options.graph.roles;
  const service = dayAndNight === undefined ? undefined : options.graph.services[dayAndNight];
  const phone = verifiedPhone(service);
  const veiligThuis = phone &&
    service && {
      name: service.name,
      display: phone.display,
      tel: phone.tel,
      freeDayAndNight: service?.free === true && phone.hours === '24/7',
    };
  return {
    notFound: () => new Response((notFoundHtml ??= documentHtml(NotFoundPage())), { status: 404, headers }),
    error: () => new Response((errorHtml ??= documentHtml(ErrorPage({ veiligThuis }))), { status: 500, headers }),
  };
}
