// The words around the chosen municipality and the help it states itself,
// the same on the site (src/site/step-page.tsx) and in the widget
// (widget/place.ts, widget/stated-help.ts). `{name}` is the municipality.
export const PLACE_WORDS = {
  placeIn: 'Hulp in {name}',
  placeChoose: 'Kies je gemeente',
  placeChange: 'Andere gemeente',
  placeClear: 'Wis gemeente',
  pickerElsewhere: 'Deze hulp is er overal in Nederland:',
  statedTitle: 'Volgens de gemeente {name}',
  statedNote: 'Dit schrijft de gemeente zelf. Wegwijs heeft het niet gecontroleerd.',
};

