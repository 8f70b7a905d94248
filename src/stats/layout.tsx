// The frame of every /stats page: Dutch, no script, one stylesheet.
import type { FC, PropsWithChildren } from 'hono/jsx';

export const Layout: FC<PropsWithChildren<{ title: string }>> = ({ title, children }) => (
  <html lang="nl">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex, nofollow" />
      <title>{title}</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href="/stats.css" />
    </head>
    <body>
      <header class="top">
        <p class="brand">Wegwijs · cijfers voor gemeenten</p>
      </header>
      <main id="inhoud">{children}</main>
      <footer class="bottom">
        <p>
          Wilt u de hulp van Wegwijs op uw eigen website? <a href="/embed">Maak hier de code</a>.
        </p>
        <p>Deze cijfers tellen gebeurtenissen, geen mensen. Over bezoekers wordt niets bewaard: geen namen, geen IP-adressen, geen cookies, geen getypte tekst en niet welke weg iemand door een gesprek nam.</p>
      </footer>
    </body>
  </html>
);

export interface PeriodFields {
  from?: string;
  to?: string;
}

/** The token and an optional period. The token goes in the body of a POST: never in the address, never in a cookie. */
export const TokenForm: FC<{ period?: PeriodFields; error?: string }> = ({ period = {}, error }) => (
  <form method="post" action="/stats" class="card" aria-describedby={error ? 'form-error' : undefined}>
    {error && (
      <p id="form-error" class="error" role="alert">
        <strong>Dat lukte niet.</strong> {error}
      </p>
    )}
    <p>
      <label for="token">Uw code (token)</label>
      <span class="hint" id="token-hint">
        Elke gemeente heeft een eigen code. U krijgt die van de beheerder van deze server.
      </span>
      <input id="token" name="token" type="password" required autocomplete="off" spellcheck={false} aria-describedby="token-hint" aria-invalid={error ? 'true' : undefined} />
    </p>
    <PeriodInputs period={period} />
    <p>
      <button type="submit">Cijfers bekijken</button>
    </p>
  </form>
);

export const PeriodInputs: FC<{ period: PeriodFields }> = ({ period }) => (
  <fieldset>
    <legend>Periode (niet verplicht)</legend>
    <p class="hint">Leeg laten: de laatste 12 weken.</p>
    <p class="dates">
      <span>
        <label for="from">Van</label>
        <input id="from" name="from" type="date" value={period.from} />
      </span>
      <span>
        <label for="to">Tot en met</label>
        <input id="to" name="to" type="date" value={period.to} />
      </span>
    </p>
  </fieldset>
);

export const LoginPage: FC<{ period?: PeriodFields; error?: string }> = ({ period, error }) => (
  <Layout title={error ? 'Fout: cijfers voor gemeenten – Wegwijs' : 'Cijfers voor gemeenten – Wegwijs'}>
    <h1>Cijfers voor gemeenten</h1>
    <p>Hier ziet u hoe vaak de hulp van Wegwijs in uw gemeente is gebruikt. Het gaat om tellingen per dag, zonder gegevens over personen.</p>
    <TokenForm period={period} error={error} />
  </Layout>
);

/** A page with only a message: counting off, or the numbers cannot be read now. */
export const MessagePage: FC<{ title: string; message: string }> = ({ title, message }) => (
  <Layout title={`${title} – Wegwijs`}>
    <h1>{title}</h1>
    <p>{message}</p>
    <p>
      <a href="/stats">Terug naar het begin</a>
    </p>
  </Layout>
);
