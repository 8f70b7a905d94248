// The frame of every /stats page: Dutch, no script, one stylesheet.
import type { FC, PropsWithChildren } from 'hono/jsx';
import { fillParts, format, statsText } from '../site/messages.js';
import { STATS_PATH } from '../site/page-routes.js';

const words = statsText.layout;
const login = statsText.login;

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
        <p class="brand">{words.brand}</p>
      </header>
      <main id="inhoud">{children}</main>
      <footer class="bottom">
        <p>{fillParts(words.embedAsk, { link: <a href="/embed">{words.embedLink}</a> })}</p>
        <p>{words.privacy}</p>
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
  <form method="post" action={STATS_PATH} class="card" aria-describedby={error ? 'form-error' : undefined}>
    {error && (
      <p id="form-error" class="error" role="alert">
        <strong>{login.failed}</strong> {error}
      </p>
    )}
    <p>
      <label for="token">{login.tokenLabel}</label>
      <span class="hint" id="token-hint">
        {login.tokenHint}
      </span>
      <input
        id="token"
        name="token"
        type="password"
        required
        autocomplete="off"
        spellcheck={false}
        aria-describedby="token-hint"
        aria-invalid={error ? 'true' : undefined}
      />
    </p>
    <PeriodInputs period={period} />
    <p>
      <button type="submit">{login.submit}</button>
    </p>
  </form>
);

export const PeriodInputs: FC<{ period: PeriodFields }> = ({ period }) => (
  <fieldset>
    <legend>{login.periodLegend}</legend>
    <p class="hint">{login.periodHint}</p>
    <p class="dates">
      <span>
        <label for="from">{login.from}</label>
        <input id="from" name="from" type="date" value={period.from} />
      </span>
      <span>
        <label for="to">{login.to}</label>
        <input id="to" name="to" type="date" value={period.to} />
      </span>
    </p>
  </fieldset>
);

export const LoginPage: FC<{ period?: PeriodFields; error?: string }> = ({ period, error }) => (
  <Layout title={error ? login.errorTitle : login.title}>
    <h1>{login.heading}</h1>
    <p>{login.intro}</p>
    <TokenForm period={period} error={error} />
  </Layout>
);

/** A page with only a message: counting off, or the numbers cannot be read now. */
export const MessagePage: FC<{ title: string; message: string }> = ({ title, message }) => (
  <Layout title={format(words.title, { title })}>
    <h1>{title}</h1>
    <p>{message}</p>
    <p>
      <a href={STATS_PATH}>{login.backToStart}</a>
    </p>
  </Layout>
);
