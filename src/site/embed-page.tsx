// /embed: for municipal web teams. A GET form (works without JavaScript) to
// pick the form of the widget, the municipality, the language, the release
// and colours; the page shows the exact snippet (src/shared/embed-snippet.ts),
// the CSS for the colours, the CSP lines the host needs and a live preview of
// the widget with these settings. Dutch, like every page for municipalities.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { MunicipalitySummary } from '../shared/api-types.js';
import {
  type BuiltInPhone,
  cspLines,
  EMBED_MODES,
  type EmbedMode,
  elementLines,
  loadLines,
  snippetHtml,
  themeCss,
  type WidgetRelease,
} from '../shared/embed-snippet.js';
import { FORM_COLOURS, type FormResult, LANGUAGE_NAMES } from './embed-form.js';
import { Layout } from './layout.js';
import { scoped, siteText } from './messages.js';
import { EMBED_PATH } from './urls.js';

/** The preview's colours as a stylesheet from the same checked query: the page's CSP allows no inline styles. */
export const EMBED_THEME_PATH = `${EMBED_PATH}/thema.css`;

const words = scoped(() => siteText.embed);
const MODES: Record<EmbedMode, { label: string; hint: string }> = words.modes;

export interface EmbedPageProps {
  /** Where this service runs, e.g. https://hulp.example.nl. */
  host: string;
  municipalities: MunicipalitySummary[];
  languages: readonly string[];
  phones: readonly BuiltInPhone[];
  /** The running release (dist/widget-manifest.json); without it only widget.js can be offered. */
  release?: WidgetRelease;
  result: FormResult;
  /** The query of this request, for the preview's stylesheet (checked values only). */
  themeQuery: string;
}

function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">{words.errorPrefix}</span>
      {text}
    </p>
  );
}

function Warning({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p class="field-warning" id={id}>
      <span class="visually-hidden">{words.warningPrefix}</span>
      {text}
    </p>
  );
}

/** aria-describedby from the ids that are there. */
const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

function CodeBlock({ id, label, hint, text, rows }: { id: string; label: string; hint: Child; text: string; rows: number }) {
  return (
    <div class="code-block">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-uitleg`}>
        {hint}
      </p>
      <textarea id={id} readonly rows={rows} spellcheck={false} aria-describedby={`${id}-uitleg`}>
        {text}
      </textarea>
    </div>
  );
}

export function EmbedPage(props: EmbedPageProps) {
  const { result, host } = props;
  const { form, errors, warnings } = result;
  const failed = Object.keys(errors).length > 0;
  const release = form.pinned ? props.release : undefined;
  const snippet = {
    host,
    phones: props.phones,
    mode: form.mode,
    gemeente: form.gemeente,
    lang: form.lang === 'nl' ? undefined : form.lang,
    release,
  };
  const css = themeCss(result.theme);
  // The preview loads the widget from this page's own origin: the page's CSP allows 'self'.
  const preview = { ...snippet, host: '' };

  return (
    <Layout title={`${failed ? words.errorPrefix : ''}${words.title}`} noindex wide>
      {/* This page's own styles; a stylesheet link is allowed in the body. */}
      <link rel="stylesheet" href="/embed.css" />
      <h1>{words.heading}</h1>
      <p>{words.intro}</p>
      <p>{words.fallbackNote}</p>

      {failed ? (
        <div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex={-1}>
          <h2 id="fouten-titel">{words.errorSummary}</h2>
          <ul>
            {Object.entries(errors).map(([field, text]) => (
              <li>
                <a href={`#${field === 'mode' ? 'mode-inline' : field}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <form class="embed-form" method="get" action={`${EMBED_PATH}#code`} novalidate>
        <fieldset aria-describedby={describedBy(errors.mode && 'mode-fout')}>
          <legend>{words.modeLegend}</legend>
          <FieldError id="mode-fout" text={errors.mode} />
          {EMBED_MODES.map((mode) => (
            <div class="radio">
              <input
                type="radio"
                id={`mode-${mode}`}
                name="mode"
                value={mode}
                checked={form.mode === mode}
                aria-describedby={`mode-${mode}-uitleg`}
              />
              <label for={`mode-${mode}`}>{MODES[mode].label}</label>
              <p class="hint" id={`mode-${mode}-uitleg`}>
                {MODES[mode].hint}
              </p>
            </div>
          ))}
        </fieldset>

        <div class="field">
          <label for="gemeente">{words.municipalityLabel}</label>
          <p class="hint" id="gemeente-uitleg">
            {words.municipalityHint}
          </p>
          <FieldError id="gemeente-fout" text={errors.gemeente} />
          <select
            id="gemeente"
            name="gemeente"
            aria-describedby={describedBy('gemeente-uitleg', errors.gemeente && 'gemeente-fout')}
            aria-invalid={errors.gemeente ? 'true' : undefined}
          >
            <option value="">{words.municipalityNone}</option>
            {props.municipalities.map((m) => (
              <option value={m.code} selected={m.code === form.gemeente}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        </div>

        <div class="field">
          <label for="lang">{words.languageLabel}</label>
          <FieldError id="lang-fout" text={errors.lang} />
          <select
            id="lang"
            name="lang"
            aria-describedby={describedBy(errors.lang && 'lang-fout')}
            aria-invalid={errors.lang ? 'true' : undefined}
          >
            {props.languages.map((code) => (
              <option value={code} selected={code === form.lang}>
                {LANGUAGE_NAMES[code] ?? code}
              </option>
            ))}
          </select>
        </div>

        <fieldset aria-describedby={describedBy('versie-uitleg', errors.versie && 'versie-fout')}>
          <legend>{words.versionLegend}</legend>
          <p class="hint" id="versie-uitleg">
            {words.versionHint}
          </p>
          <FieldError id="versie-fout" text={errors.versie} />
          <div class="radio">
            <input type="radio" id="versie" name="versie" value="vast" checked={form.pinned} />
            <label for="versie">{words.versionPinned}</label>
          </div>
          <div class="radio">
            <input type="radio" id="versie-nieuwst" name="versie" value="nieuwst" checked={!form.pinned} />
            <label for="versie-nieuwst">{words.versionNewest}</label>
          </div>
        </fieldset>

        <fieldset>
          <legend>{words.themeLegend}</legend>
          <p class="hint">{words.themeHint}</p>
          {FORM_COLOURS.map(({ token, label, hint }) => (
            <div class="field colour">
              <label for={token}>{label}</label>
              <p class="hint" id={`${token}-uitleg`}>
                {hint}
              </p>
              <FieldError id={`${token}-fout`} text={errors[token]} />
              <Warning id={`${token}-contrast`} text={warnings[token]} />
              <input
                type="color"
                id={token}
                name={token}
                value={form.colours[token]}
                aria-describedby={describedBy(`${token}-uitleg`, errors[token] && `${token}-fout`, warnings[token] && `${token}-contrast`)}
                aria-invalid={errors[token] ? 'true' : undefined}
              />
            </div>
          ))}
          <div class="field">
            <label for="lettertype">{words.fontLabel}</label>
            <p class="hint" id="lettertype-uitleg">
              {words.fontHint}
            </p>
            <FieldError id="lettertype-fout" text={errors.lettertype} />
            <input
              type="text"
              id="lettertype"
              name="lettertype"
              value={errors.lettertype ? '' : (form.font ?? '')}
              autocomplete="off"
              aria-describedby={describedBy('lettertype-uitleg', errors.lettertype && 'lettertype-fout')}
              aria-invalid={errors.lettertype ? 'true' : undefined}
            />
          </div>
        </fieldset>

        <button type="submit">{words.submit}</button>
      </form>

      <section aria-labelledby="code">
        <h2 id="code" tabindex={-1}>
          {words.codeHeading}
        </h2>
        {failed ? (
          <p>{words.codeAfterErrors}</p>
        ) : (
          <>
            <CodeBlock id="snippet" label={words.snippetLabel} hint={words.snippetHint} text={snippetHtml(snippet)} rows={14} />
            {!props.release && form.pinned ? <p>{words.noPinnedRelease}</p> : null}
            {css ? (
              <CodeBlock
                id="thema"
                label={words.themeCssLabel}
                hint={words.themeCssHint}
                text={css}
                rows={Math.min(12, css.split('\n').length + 1)}
              />
            ) : null}
            <CodeBlock id="csp" label={words.cspLabel} hint={words.cspHint} text={cspLines(host).join('\n')} rows={4} />
          </>
        )}
      </section>

      {failed ? null : (
        <section aria-labelledby="voorbeeld-titel" class="embed-preview">
          <h2 id="voorbeeld-titel">{words.previewHeading}</h2>
          <p>
            {words.previewIntro}
            {form.mode === 'launcher' ? words.previewLauncher : ''}
          </p>
          <link rel="stylesheet" href={`${EMBED_THEME_PATH}${props.themeQuery}`} />
          {/* Built by the snippet builder, which escapes every value it puts in. */}
          {raw(loadLines(preview).join('\n'))}
          {raw(elementLines(preview).join('\n'))}
        </section>
      )}
    </Layout>
  );
}
