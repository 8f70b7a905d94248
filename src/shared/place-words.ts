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

/** The registry's services whose numbers help everywhere: shown when no municipality matches (the widget's built-in lines, src/cli/build-widget.ts). */
export const EVERYWHERE_SERVICES = ['112', 'veilig-thuis', 'csg'];
