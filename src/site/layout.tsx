// The frame of every public page: skip link, a compact bar with the quick
// exit and 112 that stays in view while scrolling (site.css), the page, and a
// footer with the municipality and language choice. Works without JavaScript,
// and says honestly what the quick exit cannot do then (the pages stay in the
// tab's history); /site/exit.js adds a faster exit (see public/site/exit.js), and
// /site/picker.js turns the municipality select into a search-as-you-type
// field (see public/site/picker.js and docs/local-help.md); /site/words.js
// shows the start page's "in your own words" box (docs/words.md).
import type { Child } from 'hono/jsx';
import type { MunicipalitySummary } from '../shared/api-types.js';
import { pageLanguage, scoped, scriptWordsJson, siteText } from './messages.js';
import { CHOICE_FORM_ID, Everywhere, type EverywhereLine } from './place.js';
import { ABOUT_PATH, EXIT_URL, HIDE_PATH, withQuery } from './urls.js';

const words = scoped(() => siteText.layout);
const choiceWords = scoped(() => siteText.choice);

export interface ChoiceForm {
  /** Where the form sends the choice: the same page. */
  action: string;
  municipalities: MunicipalitySummary[];
  /** Extra hidden fields, already rendered (a template slot). */
  hidden?: Child;
  /** The page shows the form itself (the start page, src/site/step-page.tsx); the footer then leaves it out. */
  inPage?: boolean;
  /** The numbers that help everywhere, for the picker's "no match" (src/site/place.tsx). */
  everywhere?: EverywhereLine[];
}

export interface LayoutProps {
  /** The tab title. Kept neutral: it shows in the browser history. */
  title: string;
  gemeente?: string;
  /** The municipality form; none on pages where it changes nothing. */
  choice?: ChoiceForm;
  /** This page's path, for the language choice's links (the start page when absent). */
  here?: string;
  /** Editors' pages are not for search engines. */
  noindex?: boolean;
  /** A wider page (the editors' preview). */
  wide?: boolean;
  /** A page's own stylesheet and script besides the site's (the editors' studio). */
  own?: { style: string; script: string; bodyClass: string };
  /** The embedded layout (widget frame mode): links stay in it; the exit and the footer links take the whole tab. */
  frame?: boolean;
  /** The page has the "in your own words" box (the start page, src/site/step-page.tsx): load /site/words.js. */
  wordsBox?: boolean;
  children?: Child;
}

export function MunicipalityForm({ form, gemeente }: { form: ChoiceForm; gemeente?: string }) {
  if (!form.municipalities.length) return null;
  return (
    <form class="choice-form" id={CHOICE_FORM_ID} method="get" action={form.action}>
      <label for="gemeente">{choiceWords.label}</label>
      <p class="hint" id="gemeente-uitleg">
        {choiceWords.hint}
      </p>
      <div class="choice-row">
        {/* Other names (former municipalities, places) for the picker, split by "|". */}
        <select id="gemeente" name="gemeente" aria-describedby="gemeente-uitleg">
          <option value="">{choiceWords.none}</option>
          {form.municipalities.map((m) => (
            <option value={m.code} selected={m.code === gemeente} data-aliases={m.aliases?.length ? m.aliases.join('|') : undefined}>
              {m.name}
            </option>
          ))}
        </select>
        {form.hidden}
        {pageLanguage().id === 'nl' ? null : <input type="hidden" name="lang" value={pageLanguage().id} />}
        <button type="submit">{choiceWords.submit}</button>
      </div>
      {form.everywhere?.length ? <Everywhere lines={form.everywhere} /> : null}
    </form>
  );
}

/** Every language of the content, each in itself; the others link to this page in them. */
function LanguageChoice({ here, gemeente, frame }: { here?: string; gemeente?: string; frame?: boolean }) {
  const current = pageLanguage();
  if (current.choices.length < 2) return null;
  return (
    <nav class="languages" aria-label={words.languageLabel}>
      <span>{words.languageIntro}</span>
      <ul>
        {current.choices.map((choice) =>
          choice.id === current.id ? (
            <li lang={choice.htmlLang} dir={choice.dir}>
              <strong aria-current="true">{choice.name}</strong>
            </li>
          ) : (
            <li>
              <a
                href={withQuery(here ?? '/', { gemeente, frame, lang: choice.id })}
                hreflang={choice.htmlLang}
                lang={choice.htmlLang}
                dir={choice.dir}
              >
                {choice.name}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

export function Layout(props: LayoutProps) {
  const { gemeente, frame } = props;
  // In a frame, the quick exit and the pages outside the conversation load in the whole tab.
  const top = frame ? '_top' : undefined;
  const language = pageLanguage();
  // The picker script only where there is a municipality form to enhance.
  const hasChoice = Boolean(props.choice?.municipalities.length);
  return (
    <html lang={language.htmlLang} dir={language.dir} data-words={scriptWordsJson()}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/site.css" />
        <script src="/site/exit.js" defer></script>
        {hasChoice ? <script src="/site/picker.js" defer></script> : null}
        {props.wordsBox ? <script src="/site/words.js" defer></script> : null}
        {props.own ? <link rel="stylesheet" href={props.own.style} /> : null}
        {props.own ? <script src={props.own.script} defer></script> : null}
      </head>
      <body class={props.own?.bodyClass ?? (props.wide ? 'wide' : undefined)}>
        <a class="skip-link" href="#inhoud">
          {words.skipLink}
        </a>
        {/* One compact bar, sticky: "Snel weg" and 112 stay in view on a phone. */}
        <header class="site-header">
          <div class="bar">
            <a class="home" href={withQuery('/', { gemeente, frame })}>
              {words.brand}
              <span class="visually-hidden">{words.homeHidden}</span>
            </a>
            <p class="emergency">
              <span class="emergency-ask">{words.dangerAsk}</span>
              <a class="call" href="tel:112">
                {words.call112}
              </a>
            </p>
            <a class="exit" id="snel-weg" href={EXIT_URL} rel="noreferrer" target={top}>
              {words.exit}
              <span class="visually-hidden">{words.exitHidden}</span>
            </a>
          </div>
        </header>
        <div class="exit-notes">
          <p class="exit-hint" id="snel-weg-hint" hidden>
            {words.exitHint}
          </p>
          {/* Without scripts every page stays in the tab's history, and the exit cannot replace it. */}
          <noscript>
            <p class="exit-note" id="snel-weg-geen-script">
              {words.exitNoScript}
            </p>
          </noscript>
          <p class="visually-hidden" id="snel-weg-status" role="status"></p>
        </div>
        <main id="inhoud" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          {props.choice && !props.choice.inPage ? <MunicipalityForm form={props.choice} gemeente={gemeente} /> : null}
          <LanguageChoice here={props.here} gemeente={gemeente} frame={frame} />
          <nav aria-label={words.moreInfo}>
            <ul class="footer-links">
              <li>
                <a href={withQuery(HIDE_PATH, { gemeente })} target={top}>
                  {words.hideVisit}
                </a>
              </li>
              <li>
                <a href={withQuery(ABOUT_PATH, { gemeente })} target={top}>
                  {words.about}
                </a>
              </li>
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  );
}
