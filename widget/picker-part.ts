// The municipality picker as a part of its own (public/widget-picker-HASH.js):
// loaded by widget/place.ts at the same time as the list of municipalities it
// searches, so it costs no extra wait, and pages where nobody picks never
// carry the search in widget.js.
import { handOver } from './hand-over.js';
import { municipalityPicker } from './picker.js';

export type PickerPart = typeof municipalityPicker;

handOver(municipalityPicker);
