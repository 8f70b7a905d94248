// The site's scripts carry their Dutch words; a page in another language
// (?lang=, issue 16) puts its own on <html data-words="{…}"> (src/site/layout.tsx),
// and these take them over where a key matches. Nothing else is read.
export function pageWords<T extends Record<string, string>>(dutch: T): T {
  try {
    const given = JSON.parse(document.documentElement.dataset.words ?? '{}') as Record<string, unknown>;
    const out = { ...dutch };
    for (const key of Object.keys(dutch)) if (typeof given[key] === 'string') (out as Record<string, string>)[key] = given[key] as string;
    return out;
  } catch {
    return dutch;
  }
}
