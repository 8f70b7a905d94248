// A generated conversation of many steps, written like the real ones: short
// plain-Dutch paragraphs, bold warnings, lists, two or three choices per
// step, signposts to registry services and endings. Deterministic (seeded),
// so every run compiles the same text.
import type { CompileInput, SourceFile } from '../../src/compiler/compile.js';

const sentences = [
  'Je hoeft je naam niet te geven.',
  'Je mag altijd stoppen en later terugkomen.',
  'Twijfel is normaal: je hoeft het niet zeker te weten.',
  'Wat je hier kiest, bewaren we niet.',
  'Praat erover met iemand die je vertrouwt.',
  'Schrijf op wat je ziet en hoort, met de datum erbij.',
  'Een medewerker luistert eerst naar jouw verhaal.',
  'Je kiest zelf wat je vertelt.',
  'Het is niet jouw schuld.',
  'Ook als het lang geleden is, kun je hulp vragen.',
  'Veilig Thuis geeft advies, ook als je het niet zeker weet.',
  'Bel bij gevaar meteen 112.',
  'Veilig Thuis is dag en nacht bereikbaar op 0800-2000.',
  'Na een verkrachting of aanranding kun je bellen met 0800-0188.',
  'Kinderen en jongeren kunnen bellen met 0800-0432.',
];

const labels = [
  'Ja',
  'Nee',
  'Ik weet het niet',
  'Vertel meer',
  'Wat gebeurt er dan?',
  'Ik wil iemand spreken',
  'Liever niet bellen',
  'Terug naar het begin',
];
// The Kindertelefoon keeps hours, so its steps carry Veilig Thuis too (WW027: a line open day and night).
const services = ['veilig-thuis', '112', 'csg', 'kindertelefoon, veilig-thuis'];

/** Park–Miller: small, deterministic, good enough to vary texts. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

function stepText(next: () => number): string[] {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const lines = [pick(sentences) + ' ' + pick(sentences)];
  if (next() < 0.3) lines.push('', `**Let op:** ${pick(sentences).toLowerCase()}`);
  if (next() < 0.2) lines.push('', `- ${pick(sentences)}`, `- ${pick(sentences)}`);
  lines.push('', pick(sentences));
  return lines;
}

/** Children per step: with five, 10,000 steps fit within six choices of the start. */
const BRANCHES = 5;

/**
 * One flow file of `count` steps, shaped like the real ones must be (see
 * src/compiler/structure.ts): a wide tree whose first question is about
 * danger now (112 one choice away), every leaf a signpost that ends, some
 * signposts along the way, and a way back to the start now and then.
 */
export function generateFlowSource(count: number, id = 'gegenereerd', seed = 42): string {
  const next = random(seed);
  const out = [
    '---',
    'format: 1',
    `id: ${id}`,
    'title: Een lang gesprek',
    'audience: iedereen',
    'lang: nl',
    '---',
    '',
    '# Een lang gesprek',
    '',
  ];
  for (let i = 0; i < count; i++) {
    out.push(`## stap-${i}`, ...stepText(next), '');
    const children: number[] = [];
    for (let k = 1; k <= BRANCHES && BRANCHES * i + k < count; k++) children.push(BRANCHES * i + k);
    for (const [n, child] of children.entries()) out.push(`- [${labels[(i + n) % labels.length]}](#stap-${child})`);
    if (i > 0 && next() < 0.05) out.push('- [Terug naar het begin](#stap-0)');
    if (i === 1) out.push('Hulp: 112');
    else if (!children.length || next() < 0.3) out.push(`Hulp: ${services[i % services.length]}`);
    if (!children.length) out.push('', 'Einde');
    out.push('');
  }
  return out.join('\n');
}

/** The shipped registry with a generated conversation of `count` steps. */
export function generatedInput(count: number, servicesFile: SourceFile): CompileInput {
  return { flows: [{ file: 'flows/gegenereerd.md', source: generateFlowSource(count) }], services: servicesFile };
}
