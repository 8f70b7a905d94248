// The dashboard: key numbers first, then one section per question a policy
// officer asks, each a chart with a data table under it.
import type { FC, PropsWithChildren } from 'hono/jsx';
import { defaultBudget } from '../counters/budget.js';
import { isoWeek } from '../counters/day.js';
import { SMALL, type Shown } from '../counters/report.js';
import { BarChart, ColumnChart, DataTable } from './charts.js';
import { formatDate, formatShown, weekLabel, weekLongLabel } from './format.js';
import { Layout, PeriodInputs } from './layout.js';
import type { Bar, DashboardModel, WeekBar } from './model.js';

function amount(value: Shown, one: string, many: string): string {
  return value === SMALL ? `minder dan 10 ${many}` : `${formatShown(value)} ${value === 1 ? one : many}`;
}

/** "Het meest in week 12: 45." — or that every week stayed under 10. */
function weeksSummary(weeks: WeekBar[], what: string): string {
  const exact = weeks.filter((w) => w.value !== SMALL);
  if (!exact.length) return `${what}: in elke week minder dan 10.`;
  const most = exact.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
  return `${what}, ${weeks.length} weken. Het meest in ${weekLabel(most.monday)}: ${formatShown(most.value)}. Een gestippelde staaf betekent minder dan 10.`;
}

function barsSummary(bars: Bar[], what: string): string {
  if (!bars.length) return `${what}: nog geen cijfers in deze periode.`;
  return `${what}. ` + bars.map((b) => `${b.label}: ${formatShown(b.value)}`).join('; ') + '.';
}

const chartWeeks = (weeks: WeekBar[]): Bar[] => weeks.map((w) => ({ label: String(isoWeek(w.monday)), value: w.value }));
const tableWeeks = (weeks: WeekBar[]): Bar[] => weeks.map((w) => ({ label: weekLongLabel(w.monday), value: w.value }));

const Section: FC<PropsWithChildren<{ id: string; title: string; intro: string }>> = ({ id, title, intro, children }) => (
  <section aria-labelledby={`${id}-h`} class="chart-section">
    <h2 id={`${id}-h`}>{title}</h2>
    <p>{intro}</p>
    {children}
  </section>
);

/** The budget per municipality a minute (src/counters/budget.ts), in the dashboard's note on approximate numbers. */
const APPROXIMATE_LIMIT = defaultBudget.perMinute;

export const Dashboard: FC<{ model: DashboardModel; token: string }> = ({ model, token }) => {
  const place = model.name ? `${model.name} (${model.gemeente})` : model.gemeente;
  const { totals } = model;
  return (
    <Layout title={`Cijfers ${place} – Wegwijs`}>
      <h1>Cijfers voor {place}</h1>
      <p class="period">
        Van {formatDate(model.period.from)} tot en met {formatDate(model.period.to)}.
      </p>
      {model.members ? (
        <p>
          Dit zijn de cijfers van {model.members.length} gemeenten samen: {model.members.join(', ')}. Elk getal is eerst opgeteld. Daarna ziet u een getal onder de 10 als &lt;10.
        </p>
      ) : null}
      <p>
        Getallen onder de 10 ziet u als <strong>&lt;10</strong> (minder dan 10). Zo kan een klein getal nooit naar één persoon wijzen.
      </p>
      <p>
        De getallen zijn een schatting, geen exacte telling. Per gemeente tellen we hoogstens {APPROXIMATE_LIMIT} gebeurtenissen per minuut. Zo kan niemand de cijfers opblazen. Komen er meer, dan tellen die niet mee.
      </p>

      <section aria-labelledby="kort-h">
        <h2 id="kort-h">In het kort</h2>
        <dl class="totals">
          <div><dt>Gesprekken gestart</dt><dd>{formatShown(totals.conversations)}</dd></div>
          <div><dt>Keren hulp getoond</dt><dd>{formatShown(totals.signposts)}</dd></div>
          <div><dt>'Snel weg' gebruikt</dt><dd>{formatShown(totals.quickExits)}</dd></div>
          <div><dt>Melding 'geen verbinding' getoond</dt><dd>{formatShown(totals.fallbacks)}</dd></div>
        </dl>
      </section>

      <Section id="weken" title="Gesprekken gestart per week" intro={`Hoe vaak iemand een gesprek begon: ${amount(totals.conversations, 'keer', 'keer')} in deze periode. Eén persoon kan vaker een gesprek beginnen.`}>
        <ColumnChart id="chart-weken" title="Gesprekken gestart per week" summary={weeksSummary(model.conversationsPerWeek, 'Gesprekken gestart per week')} bars={chartWeeks(model.conversationsPerWeek)} axisLabel="Weeknummer" />
        <DataTable caption="Gesprekken gestart per week" head={['Week', 'Gesprekken']} bars={tableWeeks(model.conversationsPerWeek)} />
        {model.flows.length > 0 && <DataTable caption="Gesprekken gestart per onderwerp" head={['Onderwerp', 'Gesprekken']} bars={model.flows} />}
      </Section>

      <Section id="hulp" title="Welke hulp is getoond" intro="Hoe vaak het gesprek naar een hulpdienst wees. Of iemand daarna ook belde of chatte, weten we niet.">
        <BarChart id="chart-hulp" title="Keren hulp getoond, per hulpdienst" summary={barsSummary(model.services, 'Keren hulp getoond, per hulpdienst')} bars={model.services} />
        <DataTable caption="Keren hulp getoond, per hulpdienst" head={['Hulpdienst', 'Keren getoond']} bars={model.services} />
      </Section>

      <Section id="route" title="Advies of melden" intro="De getoonde hulp in drie groepen. Bij Veilig Thuis kiest de beller zelf: advies of een melding. Wat iemand kiest, weten we niet.">
        <BarChart id="chart-route" title="Advies of melden" summary={barsSummary(model.routes, 'Keren hulp getoond, per soort hulp')} bars={model.routes} />
        <DataTable caption="Keren hulp getoond, per soort hulp" head={['Soort hulp', 'Keren getoond']} bars={model.routes} />
      </Section>

      <Section id="uitgang" title="'Snel weg' per week" intro={`Hoe vaak iemand op 'Snel weg' klikte om de pagina meteen te verlaten: ${amount(totals.quickExits, 'keer', 'keer')} in deze periode.`}>
        <ColumnChart id="chart-uitgang" title="'Snel weg' gebruikt per week" summary={weeksSummary(model.quickExitsPerWeek, "'Snel weg' gebruikt per week")} bars={chartWeeks(model.quickExitsPerWeek)} axisLabel="Weeknummer" />
        <DataTable caption="'Snel weg' gebruikt per week" head={['Week', 'Keren']} bars={tableWeeks(model.quickExitsPerWeek)} />
      </Section>

      <section aria-labelledby="andere-h">
        <h2 id="andere-h">Andere periode bekijken</h2>
        <form method="post" action="/stats" class="card">
          <input type="hidden" name="token" value={token} />
          <PeriodInputs period={model.period} />
          <p>
            <button type="submit">Cijfers bekijken</button>
          </p>
        </form>
        <p>
          <a href="/stats">Met een andere code inloggen</a>
        </p>
      </section>
    </Layout>
  );
};
