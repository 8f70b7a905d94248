// Plain-Dutch wording of data for the site: opening hours and check dates.
// The wording itself lives in src/shared/hours-text.ts, shared with the
// widget, so both say "9.00 tot 17.00 uur" and "Niet op feestdagen."
export { describeChange, describeDate, describeHours } from '../shared/hours-text.js';
