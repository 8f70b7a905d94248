// Translations (issue 16): flows/languages.json names the languages and their
// review status; flows/translations/<lang>/<conversation>.json and
// .../services.json hold one entry per Dutch string (translation-units.ts),
// each with the hash of the Dutch text it translates. Dutch stays the source:
// a translation never changes where a choice leads or which help a step
// shows (those come from the Dutch graph), and it must keep the same numbers
// and links (WW082). A published language with a missing string is an error
// (WW080); a draft language is checked but not served.
import * as z from 'zod';
import { stepPlaces } from '../engine/step-parents.js';
import type { CompiledStep, Graph, LanguageInfo, LanguageVariant } from '../graph/graph.js';
import { LANGUAGE_ID } from '../graph/language-id.js';
import type { Block, FlowSummary, Service } from '../graph/types.js';
import { readChecked } from './checked-json.js';
import { type Diagnostic, diag } from './diagnostics.js';
import { easyReadFindings } from './easy-read.js';
import type { RawFlow } from './parse-flow.js';
import { findPhoneNumbers } from './phone.js';
import { blockTexts, renderText } from './render-text.js';
import { checkMessages } from './translated-messages.js';
import { choiceKey, flowUnits, serviceUnits, sourceHash, type TranslationUnit } from './translation-units.js';
import type { SourceFile } from './types.js';

export const TRANSLATIONS_DIR = 'translations';
/** The registry's strings, beside the conversations' files. */
export const SERVICES_TABLE = 'services';

const languageSchema = z.strictObject({
  id: z.string().regex(LANGUAGE_ID),
  name: z.string().min(1),
  htmlLang: z.string().regex(/^[a-z]{2,3}$/),
  dir: z.enum(['ltr', 'rtl']),
  published: z.boolean(),
  reviewedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  unreviewedNote: z.string().min(1),
  easyRead: z.boolean().optional(),
});
const languagesFileSchema = z.strictObject({ languages: z.array(languageSchema) });

const entrySchema = z.strictObject({ source: z.string(), nl: z.string().optional(), text: z.string() });
const tableSchema = z.strictObject({ lang: z.string(), strings: z.record(z.string(), entrySchema) });
type Entry = z.infer<typeof entrySchema>;

export interface TranslationInput {
  languages?: SourceFile;
  translations: SourceFile[];
  /** The Dutch conversations as read, by conversation id. */
  raws: Map<string, RawFlow>;
  /** The Dutch graph's parts, complete (titles and parents worked out). */
  dutch: Pick<Graph, 'flows' | 'steps' | 'services' | 'serviceSources'>;
  knownNumbers: Set<string>;
  /** The registry could not be read (one finding already): its string tables are not checked against an empty registry. */
  registryUnread?: boolean;
  /** Dutch files with errors: their string tables are checked once the Dutch is right (keys follow the Dutch). */
  dutchErrors?: ReadonlySet<string>;
  /** messages/<lang>/<group>.json, Dutch included (the reference). */
  messages: SourceFile[];
}

export interface TranslationResult {
  languages: LanguageInfo[];
  variants: Record<string, LanguageVariant>;
  diagnostics: Diagnostic[];
}

/** `flows/translations/en/start.json` → ['en', 'start']. */
function tablePlace(file: string): [string, string] | null {
  const m = new RegExp(`(?:^|/)${TRANSLATIONS_DIR}/([^/]+)/([^/]+)\\.json$`).exec(file);
  return m ? [m[1], m[2]] : null;
}

interface Table {
  file: string;
  strings: Record<string, Entry>;
  lineOf: (key: string) => number;
}

function readLanguages(input: SourceFile | undefined, diagnostics: Diagnostic[]): LanguageInfo[] {
  if (!input) return [];
  const read = readChecked(input, languagesFileSchema, (line, detail) =>
    diagnostics.push(diag('WW084', input.file, line, { detail }, 'languages')),
  );
  return read ? read.value.languages.filter((l) => l.id !== 'nl') : [];
}

function readTable(input: SourceFile, lang: string, diagnostics: Diagnostic[]): Table | null {
  const report = (line: number, detail: string) => diagnostics.push(diag('WW084', input.file, line, { detail }, 'table'));
  const read = readChecked(input, tableSchema, report);
  if (!read) return null;
  if (read.value.lang !== lang) {
    report(read.lineOf(['lang']), `lang: "${read.value.lang}" ≠ "${lang}"`);
    return null;
  }
  return { file: input.file, strings: read.value.strings, lineOf: (key) => read.lineOf(['strings', key]) };
}

/** Numbers and link targets in a text: what a translation must keep exactly. */
function facts(blocksOrText: Block[] | string): string[] {
  const texts = typeof blocksOrText === 'string' ? [blocksOrText] : blockTexts(blocksOrText);
  const numbers = texts.flatMap((t) => findPhoneNumbers(t).map((n) => `tel:${n.digits}`));
  const links: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const node = value as { t?: string; href?: string };
      if (node.t === 'link' && node.href && !node.href.startsWith('tel:')) links.push(node.href);
      Object.values(value).forEach(walk);
    }
  };
  if (typeof blocksOrText !== 'string') walk(blocksOrText);
  return [...numbers, ...links].sort();
}

/** Checks one table against its units; returns the translated text per key (missing keys absent). */
function checkTable(
  table: Table | undefined,
  units: TranslationUnit[],
  language: LanguageInfo,
  where: { file: string; expected: string },
  diagnostics: Diagnostic[],
): Map<string, string> {
  const out = new Map<string, string>();
  const missing: string[] = [];
  for (const unit of units) {
    const entry = table?.strings[unit.key];
    if (!entry?.text.trim()) {
      missing.push(unit.key);
      continue;
    }
    if (entry.source !== sourceHash(unit.dutch)) {
      diagnostics.push(
        diag('WW081', table!.file, table!.lineOf(unit.key), {
          key: unit.key,
          file: where.file,
          line: unit.line,
          hash: sourceHash(unit.dutch),
        }),
      );
    }
    out.set(unit.key, entry.text);
    if (language.easyRead && table)
      for (const text of blockTexts(renderText(entry.text).text.blocks))
        diagnostics.push(...easyReadFindings(text, { file: table.file, line: table.lineOf(unit.key), key: unit.key }));
  }
  if (table) {
    const known = new Set(units.map((u) => u.key));
    for (const key of Object.keys(table.strings))
      if (!known.has(key)) diagnostics.push(diag('WW083', table.file, table.lineOf(key), { key, file: where.file }));
  }
  if (missing.length && language.published) {
    const file = table?.file ?? where.expected;
    const values = { count: missing.length, lang: language.id, file: where.file, keys: missing.slice(0, 3).join(', ') };
    diagnostics.push(diag('WW080', file, 1, values));
  }
  return out;
}

function translatedService(service: Service, strings: Map<string, string>): Service {
  const get = (field: string, dutch: string | undefined) => (dutch ? (strings.get(`${service.id}.${field}`) ?? dutch) : dutch);
  return {
    ...service,
    purpose: get('purpose', service.purpose)!,
    after: get('after', service.after),
    notes: service.notes?.map((note, i) => get(`notes.${i}`, note)!),
    channels: service.channels.map((channel, i) => {
      const hours =
        typeof channel.hours === 'object' && channel.hours.note
          ? { ...channel.hours, note: get(`channels.${i}.hours.note`, channel.hours.note) }
          : channel.hours;
      return channel.kind === 'phone'
        ? { ...channel, hours, cost: get(`channels.${i}.cost`, channel.cost) }
        : { ...channel, hours, label: get(`channels.${i}.label`, channel.label)! };
    }),
  } as Service;
}

export function compileTranslations(input: TranslationInput): TranslationResult {
  const diagnostics: Diagnostic[] = [];
  const languages = readLanguages(input.languages, diagnostics);
  const byLang = new Map<string, Map<string, SourceFile>>();
  for (const file of input.translations) {
    const place = tablePlace(file.file);
    if (!place) continue;
    if (!languages.some((l) => l.id === place[0])) {
      diagnostics.push(diag('WW084', file.file, 1, { detail: place[0] }, 'unknownLanguage'));
      continue;
    }
    if (!byLang.has(place[0])) byLang.set(place[0], new Map());
    byLang.get(place[0])!.set(place[1], file);
  }
  const variants: Record<string, LanguageVariant> = {};
  const base = input.languages?.file.replace(/[^/]*$/, '') ?? 'flows/';
  for (const language of languages) {
    const files = byLang.get(language.id) ?? new Map<string, SourceFile>();
    const tableOf = (name: string) => {
      const file = files.get(name);
      return file ? (readTable(file, language.id, diagnostics) ?? undefined) : undefined;
    };
    const expected = (name: string) => `${base}${TRANSLATIONS_DIR}/${language.id}/${name}.json`;
    for (const name of files.keys())
      if (name !== SERVICES_TABLE && !input.raws.has(name))
        diagnostics.push(diag('WW084', files.get(name)!.file, 1, { detail: name }, 'unknownConversation'));

    const registryFile = Object.values(input.dutch.serviceSources)[0]?.file ?? `${base}services.json`;
    const serviceStrings = input.registryUnread
      ? new Map<string, string>()
      : checkTable(
          tableOf(SERVICES_TABLE),
          serviceUnits(input.dutch.services, (id) => input.dutch.serviceSources[id]?.line ?? 1),
          language,
          { file: registryFile, expected: expected(SERVICES_TABLE) },
          diagnostics,
        );
    const services = Object.fromEntries(Object.entries(input.dutch.services).map(([id, s]) => [id, translatedService(s, serviceStrings)]));
    const flows: Record<string, FlowSummary> = {};
    const steps: Record<string, CompiledStep> = {};
    for (const [flowId, raw] of input.raws) {
      const flow = input.dutch.flows[flowId];
      if (!flow) continue;
      const table = tableOf(flowId);
      const strings = input.dutchErrors?.has(raw.file)
        ? new Map<string, string>()
        : checkTable(table, flowUnits(raw), language, { file: raw.file, expected: expected(flowId) }, diagnostics);
      flows[flowId] = { ...flow, title: strings.get('title') ?? flow.title, lang: language.id };
      for (const rawStep of raw.steps) {
        const ref = `${flowId}/${rawStep.id}`;
        const dutch = input.dutch.steps[ref];
        if (!dutch) continue;
        let text = dutch.text;
        const translated = strings.get(`${rawStep.id}.text`);
        if (translated !== undefined && table) {
          const rendered = renderText(translated, (digits) => (input.knownNumbers.has(digits) ? digits : undefined));
          const line = table.lineOf(`${rawStep.id}.text`);
          for (const p of rendered.problems) diagnostics.push(diag(p.code, table.file, line, p.values, p.variant));
          if (facts(rendered.text.blocks).join(' ') !== facts(dutch.text.blocks).join(' ')) {
            const values = { key: `${rawStep.id}.text`, dutch: facts(dutch.text.blocks).join(', ') || '—' };
            diagnostics.push(diag('WW082', table.file, line, { ...values, found: facts(rendered.text.blocks).join(', ') || '—' }));
          }
          text = rendered.text;
        }
        const choices = dutch.choices.map((choice, i) => {
          const key = choiceKey(rawStep, i);
          const label = strings.get(key) ?? choice.label;
          if (table && strings.has(key) && facts(label).join(' ') !== facts(choice.label).join(' '))
            diagnostics.push(
              diag('WW082', table.file, table.lineOf(key), {
                key,
                dutch: facts(choice.label).join(', ') || '—',
                found: facts(label).join(', ') || '—',
              }),
            );
          return { ...choice, label };
        });
        steps[ref] = { ...dutch, text, choices, title: strings.get(`${rawStep.id}.title`) ?? (rawStep.title ? dutch.title : '') };
      }
    }
    // Titles from translated labels, as for Dutch ("the label of the choice that first leads here").
    const places = stepPlaces(flows, steps);
    for (const step of Object.values(steps)) step.title = places[step.ref]?.title ?? step.title;
    const messages = checkMessages(language, input.messages, diagnostics);
    variants[language.id] = { flows, steps, services, messages };
  }
  const published = languages.filter((l) => l.published && variants[l.id]);
  return { languages, variants: Object.fromEntries(published.map((l) => [l.id, variants[l.id]])), diagnostics };
}
