// Every text the public reads in the widget, in plain Dutch (B1). A host page
// overrides any of them with a `data-i18n-<key in kebab-case>` attribute or the
// element's `strings` property (see docs/embedding.md). `{name}` marks a value
// the widget fills in.

export const defaultStrings = {
  title: 'Hulp en advies',
  call112: 'Gevaar? Bel 112',
  quickExit: 'Snel weg',
  quickExitHint: 'Verlaat deze pagina meteen. Of druk 3 keer op Shift.',
  shiftPressed: 'Shift {count} van 3 keer ingedrukt.',
  shiftLeaving: 'Je gaat nu weg van deze pagina.',
  historyNote: 'Snel weg wist je eerdere geschiedenis in de browser niet.',
  historyLink: 'Zo verberg je je bezoek',
  loading: 'Even laden…',
  log: 'Gesprek',
  choices: 'Kies een antwoord',
  chosen: 'Jij koos: {label}',
  back: 'Vorige stap',
  restart: 'Opnieuw beginnen',
  end: 'Dit is het einde van het gesprek.',
  failTitle: 'Het gesprek laadt nu niet',
  failText: 'Hulp is er wel. Deze nummers kun je altijd bellen.',
  retry: 'Probeer opnieuw',
  danger: 'Bij gevaar nu: politie, ambulance of brandweer.',
  vtPurpose: 'Advies of hulp bij geweld thuis. Dag en nacht, gratis.',
  csgPurpose: 'Hulp na seksueel geweld. Dag en nacht, gratis.',
  call: 'Bel {number}',
  free: 'Gratis',
  anonymous: 'Anoniem',
  anonymousAdvice: 'Advies kan anoniem',
  dayAndNight: 'Dag en nacht',
  openNow: 'Nu open',
  openUntil: 'Nu open tot {time}',
  closedNow: 'Nu gesloten.',
  reopens: 'Weer open {when} om {time}.',
  today: 'vandaag',
  tomorrow: 'morgen',
  onDay: 'op {day}',
  closedTry: 'Bel nu {number}. Dat kan dag en nacht.',
  closedDefault: 'Bij gevaar: bel 112. Veilig Thuis kun je dag en nacht bellen: {number}.',
  holidaysClosed: 'Op feestdagen gesloten.',
  after: 'Wat gebeurt er daarna?',
  checked: 'Laatst gecontroleerd: {date}',
  days: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  months: 'januari februari maart april mei juni juli augustus september oktober november december',
  dayRange: '{from} tot en met {to}',
  timeRange: '{from} tot {to}',
  and: 'en',
  pickerLabel: 'Kies je gemeente voor hulp dichtbij',
  pickerHint: 'Typ de naam van je gemeente.',
  pickerFound: '{count} gemeenten gevonden.',
  pickerFoundOne: '1 gemeente gevonden.',
  pickerNone: 'Geen gemeente gevonden.',
  pickerFailed: 'Dat lukt nu niet. Probeer het later opnieuw.',
  localIn: 'Hulp in {name}',
  open: 'Hulp en advies',
  close: 'Sluiten',
  signpostTitle: 'Hulp bij geweld of misbruik',
  start: 'Start het gesprek',
  localHelp: 'Hulp in je gemeente',
};

export type Strings = typeof defaultStrings;
export type StringKey = keyof Strings;

/** `quickExitHint` → `data-i18n-quick-exit-hint`, read through `dataset.i18nQuickExitHint`. */
function datasetKey(key: string): string {
  return 'i18n' + key[0].toUpperCase() + key.slice(1);
}

/** Defaults, then `data-i18n-*` attributes, then the `strings` property. Only known keys, only strings. */
export function resolveStrings(dataset: DOMStringMap, overrides: Partial<Record<string, unknown>> = {}): Strings {
  const out = { ...defaultStrings };
  for (const key of Object.keys(out) as StringKey[]) {
    const fromAttr = dataset[datasetKey(key)];
    const fromProp = overrides[key];
    if (typeof fromAttr === 'string' && fromAttr) out[key] = fromAttr;
    if (typeof fromProp === 'string' && fromProp) out[key] = fromProp;
  }
  return out;
}

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}
