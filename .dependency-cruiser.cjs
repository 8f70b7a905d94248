// Import rules checked by `npm run deps` (first step of `npm test`), with
// dependency-cruiser. They keep the data flowing one way (docs/architecture.md):
// flows/ -> compiler -> graph -> engine, API and pages -> widget.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other (directly or through others) cannot be understood or tested one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'graph-imports-nothing',
      severity: 'error',
      comment: 'src/graph is the data model everybody imports; it imports nothing of ours (it may use libraries).',
      from: { path: '^src/graph/' },
      to: { path: '^(src|widget)/', pathNot: '^src/graph/' },
    },
    {
      name: 'compiler-is-pure',
      severity: 'error',
      comment: 'The compiler turns flows/ into a graph; it knows nothing of HTTP, pages, counters or the runtimes.',
      from: { path: '^src/compiler/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(api|http|site|stats|counters|node|app\\.ts|entry-)|^widget/|^node_modules/(hono|@hono)/' },
    },
    {
      name: 'engine-knows-no-http',
      severity: 'error',
      comment: 'The engine and the run-time views of local help serve every side; they know nothing of HTTP or pages.',
      from: { path: '^src/(engine|local)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(api|http|site|stats|counters|node|app\\.ts|entry-)|^node_modules/(hono|@hono)/' },
    },
    {
      name: 'widget-is-browser-safe',
      severity: 'error',
      comment:
        'The widget and the site scripts run in the browser: only src/shared, src/graph, src/browser and the matcher (src/words, not its stemmer), nothing of Node, the server or any library.',
      from: { path: '^(widget|src/browser)/', pathNot: '\\.test\\.tsx?$' },
      to: {
        path: '^src/(?!shared/|graph/|browser/|words/)|^src/words/(stem|index)\\.ts$|^node_modules/|^node:|^(fs|path|os|crypto|zlib|child_process)$',
        pathNot: '^messages/',
      },
    },
    {
      name: 'words-is-browser-safe',
      severity: 'error',
      comment:
        'The free-text matcher (src/words) runs in the browser too: the graph and src/shared only; the Dutch stemmer only in stem.ts, which makes the word list on the server.',
      from: { path: '^src/words/', pathNot: '\\.test\\.tsx?$|^src/words/stem\\.ts$' },
      to: { path: '^src/(?!shared/|graph/|words/)|^node_modules/|^node:|^(fs|path|os|crypto|zlib|child_process)$' },
    },
    {
      name: 'studio-is-browser-safe',
      severity: 'error',
      comment:
        "The editors' studio (src/studio) runs in the browser: the pure compiler (not its disk reader), the graph, engine and local help, the site's step page (hono/jsx renders to a string) and the widget's conversation; nothing of Node, HTTP, counters or the runtimes. The holiday library is swapped out by its build (src/cli/build-studio.ts).",
      from: { path: '^src/studio/', pathNot: '\\.test\\.tsx?$' },
      to: {
        path: '^src/(api|http|counters|stats|node|cli|app\\.ts|entry-)|^src/compiler/(read-content|load)\\.ts$|^src/site/(routes|studio-page)\\.tsx?$|^node:|^(fs|path|os|crypto|zlib|child_process)$',
      },
    },
    {
      name: 'shared-is-browser-safe',
      severity: 'error',
      comment: 'src/shared is read by the browser too: no Node modules, no libraries, nothing of the server.',
      from: { path: '^src/shared/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(?!shared/|graph/)|^node_modules/|^node:|^(fs|path|os|crypto|zlib|child_process)$', pathNot: '^messages/' },
    },
    {
      name: 'no-test-imports-in-code',
      severity: 'error',
      comment: 'Code never imports a test or the test support.',
      from: { pathNot: '\\.test\\.tsx?$|^tests/' },
      to: { path: '\\.test\\.tsx?$|^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/|^public/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
