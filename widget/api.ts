// The only network code of the widget: two GETs to the service's own origin,
// without cookies or a Referer, given up after 2.5 seconds. Credentials mode
// "same-origin": to the service on another origin a browser sends no cookies
// (as with "omit"), and it is the mode of the snippet's
// <link rel="preload" as="fetch" crossorigin>, so the conversation the page
// started loading beside the script is used, not fetched twice.
import type { FlowResponse, MunicipalityListResponse, MunicipalitySummary } from '../src/shared/api-types.js';
import { type FlowRequest, flowUrl } from '../src/shared/flow-url.js';

export { type FlowRequest, flowUrl };

/** No answer within this time: the service counts as unreachable (the fallback must show within 3 s of loading). */
export const TIMEOUT_MS = 2500;
/** Once it answers, a slow connection (an old phone on a weak signal) gets this long for the body. */
export const BODY_TIMEOUT_MS = 15000;

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

const pending = new Map<string, Promise<unknown>>();

/** Several elements on one page (a signpost and a launcher) asking at once share one request. */
function getJson(url: string): Promise<unknown> {
  let answer = pending.get(url);
  if (!answer) {
    answer = fetchJson(url);
    pending.set(url, answer);
    // Only while it is under way: a retry asks again.
    const settled = () => pending.delete(url);
    answer.then(settled, settled);
  }
  return answer;
}

async function fetchJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
    });
    if (!response.ok) throw new HttpError(response.status);
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), BODY_TIMEOUT_MS);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The whole conversation in one request; rejects on anything that is not one.
 * A language the conversation does not have (404) gives the conversation in
 * its own language rather than no help.
 */
export async function loadFlow(request: FlowRequest): Promise<FlowResponse> {
  let data: FlowResponse;
  try {
    data = (await getJson(flowUrl(request))) as FlowResponse;
  } catch (error) {
    if (!(request.lang && error instanceof HttpError && error.status === 404)) throw error;
    data = (await getJson(flowUrl({ ...request, lang: undefined }))) as FlowResponse;
  }
  if (!data?.flow?.start || !data.steps?.[data.flow.start] || !data.services) throw new Error('not a conversation');
  return data;
}

const municipalityLists = new Map<string, Promise<MunicipalitySummary[]>>();

/** Asked once per service and kept in memory only; an empty list when the service has none. */
export function loadMunicipalities(api: string): Promise<MunicipalitySummary[]> {
  let list = municipalityLists.get(api);
  if (!list) {
    list = getJson(`${api}/api/v1/municipalities`).then((data) => {
      const items = (data as MunicipalityListResponse)?.municipalities;
      if (!Array.isArray(items)) throw new Error('not a list');
      return items;
    });
    // A failure is not remembered: the next picker may try again.
    list.catch(() => municipalityLists.delete(api));
    municipalityLists.set(api, list);
  }
  return list;
}
