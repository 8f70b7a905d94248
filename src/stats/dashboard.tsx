// The dashboard: key numbers first, then one section per question a policy
// officer asks, each a chart with a data table under it.
import type { FC, PropsWithChildren } from 'hono/jsx';
import { defaultBudget } from '../counters/budget.js';
import { isoWeek } from '../counters/day.js';
import { type Shown, SMALL } from '../counters/report.js';
import { fillParts, format, statsText } from '../site/messages.js';
import { STATS_PATH } from '../site/page-routes.js';
import { BarChart, ColumnChart, DataTable } from './charts.js';
import { formatDate, formatShown, weekLabel, weekLongLabel } from './format.js';
import { Layout, PeriodInputs } from './layout.js';
import type { Bar, DashboardModel, WeekBar } from './model.js';

const words = statsText.dashboard;

/** "12 keer", by the language's plural rules; a small number only as "less than 10". */
function times(value: Shown): string {
  return value === SMALL ? words.timesSmall : format(words.times, { count: value, number: formatShown(value) });
}

/** "Het meest in week 12: 45." — or that every week stayed under 10. */
function weeksSummary(weeks: WeekBar[], what: string): string {
  const exact = weeks.filter((w) => w.value !== SMALL);
  if (!exact.length) return format(words.weeksAllSmall, { what });
  const most = exact.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
  return format(words.weeksSummary, { what, weeks: weeks.length, week: weekLabel(most.monday), most: formatShown(most.value) });
}

function barsSummary(bars: Bar[], what: string): string {
  if (!bars.length) return format(words.barsEmpty, { what });
  return format(words.barsSummary, {
    what,
    bars: bars.map((b) => format(words.barValue, { label: b.label, value: formatShown(b.value) })).join('; '),
  });
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
  const place = model.name ? format(words.place, { name: model.name, code: model.gemeente }) : model.gemeente;
  const { totals } = model;
  return (
    <Layout title={format(words.title, { place })}>
      <h1>{format(words.heading, { place })}</h1>
      <p class="period">{format(words.period, { from: formatDate(model.period.from), to: formatDate(model.period.to) })}</p>
      {model.members ? <p>{format(words.region, { count: model.members.length, names: model.members.join(', ') })}</p> : null}
      <p>{fillParts(words.small, { small: <strong>{SMALL}</strong> })}</p>
      <p>{format(words.approximate, { limit: APPROXIMATE_LIMIT })}</p>

      <section aria-labelledby="kort-h">
        <h2 id="kort-h">{words.totalsHeading}</h2>
        <dl class="totals">
          <div>
            <dt>{words.conversations}</dt>
            <dd>{formatShown(totals.conversations)}</dd>
          </div>
          <div>
            <dt>{words.signposts}</dt>
            <dd>{formatShown(totals.signposts)}</dd>
          </div>
          <div>
            <dt>{words.quickExits}</dt>
            <dd>{formatShown(totals.quickExits)}</dd>
          </div>
          <div>
            <dt>{words.fallbacks}</dt>
            <dd>{formatShown(totals.fallbacks)}</dd>
          </div>
        </dl>
      </section>

      <Section id="weken" title={words.weeksTitle} intro={format(words.weeksIntro, { amount: times(totals.conversations) })}>
        <ColumnChart
          id="chart-weken"
          title={words.weeksTitle}
          summary={weeksSummary(model.conversationsPerWeek, words.weeksTitle)}
          bars={chartWeeks(model.conversationsPerWeek)}
          axisLabel={words.weekAxis}
        />
        <DataTable
          caption={words.weeksTitle}
          head={[words.columnWeek, words.columnConversations]}
          bars={tableWeeks(model.conversationsPerWeek)}
        />
        {model.flows.length > 0 && (
          <DataTable caption={words.perTopic} head={[words.columnTopic, words.columnConversations]} bars={model.flows} />
        )}
        {model.languages.length > 1 && (
          <DataTable caption={words.perLanguage} head={[words.columnLanguage, words.columnConversations]} bars={model.languages} />
        )}
      </Section>

      <Section id="hulp" title={words.helpTitle} intro={words.helpIntro}>
        <BarChart id="chart-hulp" title={words.helpChart} summary={barsSummary(model.services, words.helpChart)} bars={model.services} />
        <DataTable caption={words.helpChart} head={[words.columnService, words.columnShown]} bars={model.services} />
      </Section>

      <Section id="route" title={words.routeTitle} intro={words.routeIntro}>
        <BarChart id="chart-route" title={words.routeTitle} summary={barsSummary(model.routes, words.routeChart)} bars={model.routes} />
        <DataTable caption={words.routeChart} head={[words.columnRoute, words.columnShown]} bars={model.routes} />
      </Section>

      <Section id="uitgang" title={words.exitTitle} intro={format(words.exitIntro, { amount: times(totals.quickExits) })}>
        <ColumnChart
          id="chart-uitgang"
          title={words.exitChart}
          summary={weeksSummary(model.quickExitsPerWeek, words.exitChart)}
          bars={chartWeeks(model.quickExitsPerWeek)}
          axisLabel={words.weekAxis}
        />
        <DataTable caption={words.exitChart} head={[words.columnWeek, words.columnTimes]} bars={tableWeeks(model.quickExitsPerWeek)} />
      </Section>

      <section aria-labelledby="andere-h">
        <h2 id="andere-h">{words.otherHeading}</h2>
        <form method="post" action={STATS_PATH} class="card">
          <input type="hidden" name="token" value={token} />
          <PeriodInputs period={model.period} />
          <p>
            <button type="submit">{words.submit}</button>
          </p>
        </form>
        <p>
          <a href={STATS_PATH}>{words.otherToken}</a>
        </p>
      </section>
    </Layout>
  );
};
