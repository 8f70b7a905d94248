// A language's view of the graph (issue 16): the same conversations, targets
// and help, with the texts of a published translation. Dutch, or a language
// the content does not publish, is the graph itself. Pure; made once per
// graph and language.
import { languageNames } from '../../messages/nl/site.json';
import type { Graph, LanguageInfo } from '../graph/graph.js';
import type { FlowResponse, LanguageChoice } from '../shared/api-types.js';
import { widgetWords } from '../shared/widget-words.js';

const views = new WeakMap<Graph, Map<string, Graph>>();

export function inLanguage(graph: Graph, lang: string | undefined): Graph {
  const variant = lang ? graph.variants?.[lang] : undefined;
  if (!lang || !variant) return graph;
  let byLang = views.get(graph);
  if (!byLang) views.set(graph, (byLang = new Map()));
  let view = byLang.get(lang);
  if (!view) byLang.set(lang, (view = { ...graph, flows: variant.flows, steps: variant.steps, services: variant.services }));
  return view;
}

/** The published language with this id, or undefined (also for Dutch). */
export function languageInfo(graph: Graph, lang: string | undefined): LanguageInfo | undefined {
  return lang && graph.variants?.[lang] ? graph.languages?.find((l) => l.id === lang) : undefined;
}

/** Every language the public can choose, Dutch first, each named in itself. */
export function publishedLanguages(graph: Graph): LanguageChoice[] {
  // Whether a language is there, without reading its texts (Node reads each on its first use).
  const others = (graph.languages ?? []).filter((l) => graph.variants !== undefined && l.id in graph.variants);
  return [
    { id: 'nl', name: languageNames.nl, htmlLang: 'nl', dir: 'ltr' },
    ...others.map(({ id, name, htmlLang, dir }) => ({ id, name, htmlLang, dir })),
  ];
}

/**
 * A conversation's answer with what a client needs to show its language: the
 * choice of languages, and for a translation its `lang`/`dir`, the note that no
 * native speaker checked it yet, and the widget's words in it.
 */
export function withLanguage(view: FlowResponse, graph: Graph, lang: string | undefined): FlowResponse {
  const languages = publishedLanguages(graph);
  const info = languageInfo(graph, lang);
  if (!info) return languages.length > 1 ? { ...view, languages } : view;
  const { id, name, htmlLang, dir, reviewedOn, unreviewedNote } = info;
  const words = widgetWords(graph.variants![id].messages);
  return { ...view, languages, language: { id, name, htmlLang, dir, ...(reviewedOn ? {} : { note: unreviewedNote }), words } };
}
