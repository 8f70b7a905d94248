// /embed: for municipal web teams. A GET form (works without JavaScript) to
// pick the form of the widget, the municipality, the language, the release
// and colours; the page shows the exact snippet (src/shared/embed-snippet.ts),
// the CSS for the colours, the CSP lines the host needs and a live preview of
// the widget with these settings. Dutch, like every page for municipalities.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { MunicipalitySummary } from '../shared/api-types.js';
import { cspLines, EMBED_MODES, elementLines, loadLines, snippetHtml, themeCss, type BuiltInPhone, type EmbedMode, type WidgetRelease } from '../shared/embed-snippet.js';
import { FORM_COLOURS, LANGUAGE_NAMES, type FormResult } from './embed-form.js';
import { Layout } from './layout.js';
import { EMBED_PATH } from './urls.js';

/** The preview's colours as a stylesheet from the same checked query: the page's CSP allows no inline styles. */
export const EMBED_THEME_PATH = `${EMBED_PATH}/thema.css`;

const MODES: Record<EmbedMode, { label: string; hint: string }> = {
  inline: { label: 'In de pagina', hint: 'Het gesprek staat in de tekst van uw pagina.' },
  launcher: { label: 'Knop onderin', hint: 'Een knop onderaan het scherm opent het gesprek. Ook als die dicht is, staat 112 ernaast.' },
  signpost: { label: 'Wegwijzer', hint: 'Een kaart met de belangrijkste nummers en een knop om het gesprek te starten. Bijvoorbeeld voor een zijbalk.' },
};

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
      <span class="visually-hidden">Fout: </span>
      {text}
    </p>
  );
}

function Warning({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p class="field-warning" id={id}>
      <span class="visually-hidden">Let op: </span>
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
  const snippet = { host, phones: props.phones, mode: form.mode, gemeente: form.gemeente, lang: form.lang === 'nl' ? undefined : form.lang, release };
  const css = themeCss(result.theme);
  // The preview loads the widget from this page's own origin: the page's CSP allows 'self'.
  const preview = { ...snippet, host: '' };

  return (
    <Layout title={`${failed ? 'Fout: ' : ''}De hulp op uw eigen website – Wegwijs`} noindex wide>
      {/* This page's own styles; a stylesheet link is allowed in the body. */}
      <link rel="stylesheet" href="/embed.css" />
      <h1>De hulp op uw eigen website</h1>
      <p>
        Deze pagina is voor webteams van gemeenten. Kies hieronder hoe de hulp van Wegwijs op uw website komt. U krijgt dan de code om in uw pagina te
        zetten.
      </p>
      <p>
        In de code staan ook 112, Veilig Thuis en het Centrum Seksueel Geweld. Die ziet een bezoeker als het script niet laadt. Laat die tekst dus staan.
      </p>

      {failed ? (
        <div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex={-1}>
          <h2 id="fouten-titel">Er is iets niet goed ingevuld</h2>
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
          <legend>Vorm</legend>
          <FieldError id="mode-fout" text={errors.mode} />
          {EMBED_MODES.map((mode) => (
            <div class="radio">
              <input type="radio" id={`mode-${mode}`} name="mode" value={mode} checked={form.mode === mode} aria-describedby={`mode-${mode}-uitleg`} />
              <label for={`mode-${mode}`}>{MODES[mode].label}</label>
              <p class="hint" id={`mode-${mode}-uitleg`}>
                {MODES[mode].hint}
              </p>
            </div>
          ))}
        </fieldset>

        <div class="field">
          <label for="gemeente">Gemeente</label>
          <p class="hint" id="gemeente-uitleg">
            Dan ziet een bezoeker ook de hulp in uw gemeente. Zonder gemeente kan een bezoeker zelf een gemeente kiezen.
          </p>
          <FieldError id="gemeente-fout" text={errors.gemeente} />
          <select id="gemeente" name="gemeente" aria-describedby={describedBy('gemeente-uitleg', errors.gemeente && 'gemeente-fout')} aria-invalid={errors.gemeente ? 'true' : undefined}>
            <option value="">Geen gemeente</option>
            {props.municipalities.map((m) => (
              <option value={m.code} selected={m.code === form.gemeente}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        </div>

        <div class="field">
          <label for="lang">Taal</label>
          <FieldError id="lang-fout" text={errors.lang} />
          <select id="lang" name="lang" aria-describedby={describedBy(errors.lang && 'lang-fout')} aria-invalid={errors.lang ? 'true' : undefined}>
            {props.languages.map((code) => (
              <option value={code} selected={code === form.lang}>
                {LANGUAGE_NAMES[code] ?? code}
              </option>
            ))}
          </select>
        </div>

        <fieldset aria-describedby={describedBy('versie-uitleg', errors.versie && 'versie-fout')}>
          <legend>Versie van de widget</legend>
          <p class="hint" id="versie-uitleg">
            Een vaste versie verandert nooit. Uw browser controleert dat met een hash (integrity). Bij een nieuwe versie van Wegwijs haalt u hier een nieuwe
            code.
          </p>
          <FieldError id="versie-fout" text={errors.versie} />
          <div class="radio">
            <input type="radio" id="versie" name="versie" value="vast" checked={form.pinned} />
            <label for="versie">Vaste versie (aangeraden)</label>
          </div>
          <div class="radio">
            <input type="radio" id="versie-nieuwst" name="versie" value="nieuwst" checked={!form.pinned} />
            <label for="versie-nieuwst">Altijd de nieuwste versie</label>
          </div>
        </fieldset>

        <fieldset>
          <legend>Kleuren en letters</legend>
          <p class="hint">
            Kies de kleuren van uw huisstijl. Tekst moet goed leesbaar blijven: minimaal 4,5:1 contrast. Anders gebruikt de widget zijn eigen kleuren.
          </p>
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
            <label for="lettertype">Lettertype (niet verplicht)</label>
            <p class="hint" id="lettertype-uitleg">
              De naam van het lettertype van uw website, bijvoorbeeld: Rijksoverheid Sans, Arial, sans-serif.
            </p>
            <FieldError id="lettertype-fout" text={errors.lettertype} />
            <input
              type="text"
              id="lettertype"
              name="lettertype"
              value={errors.lettertype ? '' : form.font ?? ''}
              autocomplete="off"
              aria-describedby={describedBy('lettertype-uitleg', errors.lettertype && 'lettertype-fout')}
              aria-invalid={errors.lettertype ? 'true' : undefined}
            />
          </div>
        </fieldset>

        <button type="submit">Maak de code</button>
      </form>

      <section aria-labelledby="code">
        <h2 id="code" tabindex={-1}>
          Uw code
        </h2>
        {failed ? (
          <p>Verbeter eerst wat hierboven niet goed is. Dan ziet u hier de code.</p>
        ) : (
          <>
            <CodeBlock
              id="snippet"
              label="Code voor uw pagina (HTML)"
              hint="Zet deze code op de plek waar de hulp moet komen. Het script is één keer per pagina nodig."
              text={snippetHtml(snippet)}
              rows={14}
            />
            {!props.release && form.pinned ? <p>Deze server heeft geen vaste versie bekend. De code gebruikt daarom altijd de nieuwste versie.</p> : null}
            {css ? (
              <CodeBlock id="thema" label="Kleuren en letters (CSS)" hint="Zet dit in het stijlblad (CSS) van uw website." text={css} rows={Math.min(12, css.split('\n').length + 1)} />
            ) : null}
            <CodeBlock
              id="csp"
              label="Content-Security-Policy"
              hint={
                <>
                  Heeft uw website een Content-Security-Policy? Zet deze bronnen dan bij de regels die er al staan. style-src is alleen nodig voor oudere browsers.
                  Zonder connect-src laadt het gesprek niet.
                </>
              }
              text={cspLines(host).join('\n')}
              rows={4}
            />
          </>
        )}
      </section>

      {failed ? null : (
        <section aria-labelledby="voorbeeld-titel" class="embed-preview">
          <h2 id="voorbeeld-titel">Zo ziet het eruit</h2>
          <p>Dit is de echte widget met uw keuzes.{form.mode === 'launcher' ? ' De knop staat onderaan dit scherm.' : ''}</p>
          <link rel="stylesheet" href={`${EMBED_THEME_PATH}${props.themeQuery}`} />
          {/* Built by the snippet builder, which escapes every value it puts in. */}
          {raw(loadLines(preview).join('\n'))}
          {raw(elementLines(preview).join('\n'))}
        </section>
      )}
    </Layout>
  );
}
