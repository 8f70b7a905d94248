// The conversation: a log of turns (text, signposts, choice buttons), a
// history stack of step refs, "Vorige stap" and "Opnieuw beginnen". Every tap
// is answered from the response already in memory.
import type { FlowResponse, MunicipalitySummary, Step, StepRef } from '../src/shared/api-types.js';
import { firstCall } from '../src/shared/first-call.js';
import type { StatedLocalHelp } from '../src/shared/stated-local-help.js';
import { h } from './dom.js';
import { dayAndNightLine, emergencyId } from './facts.js';
import { type Place, placeBar } from './place.js';
import { renderBlocks } from './render-text.js';
import { serviceCard } from './signpost.js';
import { statedCard } from './stated-help.js';
import { fill, type Strings } from './strings.js';

export interface ChatContext {
  strings: Strings;
  api: string;
  /** Help the municipality shown now states itself, if any (widget/stated-help.ts). */
  stated(): StatedLocalHelp | null | undefined;
  /** A municipality, or null to clear it; resolves false when the conversation could not be loaded. */
  chooseMunicipality(m: MunicipalitySummary | null): Promise<boolean>;
  onFirstChoice(): void;
  onSignpost(step: Step): void;
  reducedMotion(): boolean;
}

export class Chat {
  readonly el: HTMLElement;
  private readonly log: HTMLElement;
  private readonly nav: HTMLElement;
  private place!: Place;
  private history: StepRef[] = [];
  private turns: HTMLElement[] = [];
  private started = false;

  constructor(
    private readonly ctx: ChatContext,
    private response: FlowResponse,
  ) {
    const s = ctx.strings;
    // A labelled log. Not live: after an answer, focus moves to the new question, so a
    // screen reader reads it once, where the visitor is, instead of twice.
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'off', 'aria-label': s.log });
    this.nav = h(
      'div',
      { class: 'nav' },
      h('button', { type: 'button', class: 'sec', onclick: () => this.back() }, s.back),
      h('button', { type: 'button', class: 'sec', onclick: () => this.restart() }, s.restart),
    );
    this.el = h('div', { class: 'chat' }, this.log, this.nav);
    this.drawPlace();
    // The first step is in the log before the log is on the page, so it is not announced on load.
    this.show(response.flow.start, false);
  }

  private step(ref: StepRef): Step | undefined {
    return this.response.steps[ref];
  }

  /** `moved`: the visitor answered, so focus goes to the new step, which scrolls into view below the sticky headers (scroll-margin in styles.css). */
  private show(ref: StepRef, moved = true): void {
    const step = this.step(ref);
    if (!step) return;
    const turn = this.turn(step);
    this.history.push(ref);
    this.turns.push(turn);
    this.log.appendChild(turn);
    this.updateNav();
    if (step.services.length) this.ctx.onSignpost(step);
    if (!moved) return;
    // Not left on the answered button, which is now inert and may scroll away.
    turn.querySelector<HTMLElement>('.msg')!.focus({ preventScroll: true });
    turn.scrollIntoView({ block: 'nearest', behavior: this.ctx.reducedMotion() ? 'auto' : 'smooth' });
  }

  private turn(step: Step): HTMLElement {
    const s = this.ctx.strings;
    const turn = h(
      'div',
      { class: 'turn' },
      this.callNow(step),
      h('div', { class: 'msg', tabindex: -1 }, renderBlocks(step.text.blocks)),
      this.services(step),
    );
    if (step.choices.length) {
      turn.appendChild(
        h(
          'div',
          { class: 'choices', role: 'group', 'aria-label': s.choices },
          step.choices.map((choice) =>
            h(
              'button',
              {
                type: 'button',
                class: 'choice',
                onclick: (e: Event) => this.choose(turn, choice.label, choice.target, e.currentTarget as HTMLButtonElement),
              },
              choice.label,
            ),
          ),
        ),
      );
    }
    if (step.end) turn.appendChild(h('p', { class: 'end' }, s.end));
    return turn;
  }

  /** The step's first call action at the top of its turn, so it is on the first screen of a phone (src/shared/first-call.ts, as on the site). */
  private callNow(step: Step): HTMLElement | null {
    const s = this.ctx.strings;
    const services = step.services.map((id) => this.response.services[id]).filter((x): x is NonNullable<typeof x> => !!x);
    const vt = dayAndNightLine;
    const call = firstCall(
      services,
      { now: new Date(), holidays: this.response.holidays ?? [] },
      vt && { name: vt.name, channel: { kind: 'phone', display: vt.display, tel: vt.tel, hours: '24/7' } },
      emergencyId,
    );
    if (!call) return null;
    return h(
      'p',
      { class: 'call-now' },
      s.callNow,
      ' ',
      h('a', { class: 'call', href: `tel:${call.tel}` }, fill(s.callNowLink, { name: call.name, number: call.display })),
    );
  }

  private services(step: Step): HTMLElement {
    const box = h('div', { class: 'services' });
    const municipality = this.response.municipality;
    const cardContext = { strings: this.ctx.strings, holidays: this.response.holidays ?? [], municipality };
    let local = false;
    for (const id of step.services) {
      const service = this.response.services[id];
      if (!service) continue;
      local ||= service.scope === 'local';
      box.appendChild(serviceCard(service, cardContext));
    }
    // What the municipality says itself comes after the checked help, apart from it.
    const stated = local && municipality?.name && this.ctx.stated();
    if (stated) box.appendChild(statedCard(stated, municipality!.name!, this.ctx.strings));
    return box;
  }

  private choose(turn: HTMLElement, label: string, target: StepRef, button: HTMLButtonElement): void {
    // Only the latest turn answers; earlier buttons stay visible but inert.
    if (button.getAttribute('aria-disabled') === 'true' || turn !== this.turns[this.turns.length - 1]) return;
    for (const b of turn.querySelectorAll('.choice')) {
      b.setAttribute('aria-disabled', 'true');
      b.setAttribute('tabindex', '-1');
    }
    button.classList.add('chosen');
    turn.appendChild(h('p', { class: 'answer' }, fill(this.ctx.strings.chosen, { label })));
    if (!this.started) {
      this.started = true;
      this.ctx.onFirstChoice();
    }
    this.show(target);
  }

  /** Shows a step the visitor found in their own words (widget/words-part.ts), after the current one. */
  open(ref: StepRef): void {
    if (this.step(ref)) this.show(ref);
  }

  back(): void {
    if (this.history.length < 2) return;
    this.history.pop();
    this.turns.pop()!.remove();
    const turn = this.turns[this.turns.length - 1];
    turn.querySelector('.answer')?.remove();
    for (const b of turn.querySelectorAll('.choice')) {
      b.removeAttribute('aria-disabled');
      b.removeAttribute('tabindex');
      b.classList.remove('chosen');
    }
    this.updateNav();
    this.focusLast();
  }

  restart(): void {
    this.history = [];
    this.turns = [];
    this.log.replaceChildren();
    this.show(this.response.flow.start, false);
    this.focusLast();
  }

  /** Moves focus to the text of the current step (after Back or Restart, never on its own). */
  focusLast(): void {
    this.turns[this.turns.length - 1]?.querySelector<HTMLElement>('.msg')?.focus();
  }

  private updateNav(): void {
    // At the first step there is nothing to go back to.
    this.nav.hidden = this.history.length < 2;
  }

  /** "Hulp in …" or "Kies je gemeente", between the conversation and its buttons. */
  private drawPlace(): void {
    const old = this.place?.el;
    this.place = placeBar(this.ctx.api, this.ctx.strings, this.response.municipality?.name, (m) => this.ctx.chooseMunicipality(m));
    if (old) old.replaceWith(this.place.el);
    else this.el.insertBefore(this.place.el, this.nav);
  }

  /** New data for the same conversation (a municipality was chosen or cleared): redraw the signposts, keep the step, focus the first local card or "Hulp in …". */
  update(response: FlowResponse): void {
    this.response = response;
    let first: HTMLElement | null = null;
    for (let i = 0; i < this.turns.length; i++) {
      const step = this.step(this.history[i]);
      const old = this.turns[i].querySelector('.services');
      if (!step || !old) continue;
      const fresh = this.services(step);
      old.replaceWith(fresh);
      first ??= fresh.querySelector<HTMLElement>('[data-local] h3');
    }
    this.drawPlace();
    first ? first.focus() : this.place.focus();
  }

  /** Forgets everything: no trace of the path is left in memory or on the page. */
  wipe(): void {
    this.history = [];
    this.turns = [];
    this.log.replaceChildren();
    this.response = { ...this.response, steps: {}, services: {} };
  }
}
