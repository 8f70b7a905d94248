// <wegwijs-chat>: the custom element. It owns the frame every screen shares
// (112, "Snel weg", the note on history) and switches what is inside:
// loading, conversation, fallback or the compact signpost.

import { shiftMessage } from '../src/browser/quick-exit.js';
import { flowOf } from '../src/graph/step-ref.js';
import type { CountedEvent, FlowResponse, MunicipalitySummary, Service, Step } from '../src/shared/api-types.js';
import type { StatedLocalHelp } from '../src/shared/stated-local-help.js';
import { loadFlow } from './api.js';
import { compactView, fallbackView } from './built-in.js';
import { askChecks } from './checks-loader.js';
import { type Config, directionOf, readConfig } from './config.js';
import { Chat } from './conversation.js';
import { h, uid } from './dom.js';
import { extrasAround } from './extras.js';
import { frameView, wantsFrame } from './frame.js';
import { type Launcher, openLauncher } from './launcher.js';
import { lazyPlace } from './lazy.js';
import { leave, onShiftPress } from './quick-exit.js';
import { link } from './render-text.js';
import { serviceCard } from './signpost.js';
import { snippetHelp, statedCard } from './stated-help.js';
import { resolveStrings, type Strings } from './strings.js';
import { applyStyles } from './styles.js';
import { report } from './telemetry.js';

const instances = new Set<Widget>();
let defaultApi = location.origin;
let cssUrl = '';

/** Set once by the entry script: where it was loaded from. */
export function setOrigin(api: string, css: string): void {
  defaultApi = api;
  cssUrl = css;
  lazyPlace.base = css;
}

type Phase = 'loading' | 'ready' | 'failed';

/**
 * The element the host page sees: a shell with nothing of a visit on it. The
 * widget itself (state, nodes, the conversation) lives in a Widget that only
 * this module can reach, so a host script reading the element's properties
 * finds no choices (issue 13; with TypeScript's `private` they would be
 * ordinary properties).
 */
export class WegwijsChat extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['flow', 'gemeente', 'lang', 'mode', 'api', 'exit-url', 'isolation'];
  }

  /** Text overrides, e.g. `el.strings = { quickExit: 'Weg hier' }` (see strings.ts for the keys). */
  get strings(): Record<string, unknown> {
    return widgetOf(this).strings;
  }
  set strings(value: Record<string, unknown>) {
    widgetOf(this).strings = value;
  }

  connectedCallback(): void {
    // A `strings` set by the page before this script ran sits on the instance and hides the setter.
    // Not Object.hasOwn (Biome suggests it): Chrome 80-92 and iOS Safari 14, which the widget supports, lack it.
    if (Object.getOwnPropertyDescriptor(this, 'strings')) {
      const early = (this as { strings: Record<string, unknown> }).strings;
      delete (this as { strings?: unknown }).strings;
      this.strings = early;
    }
    widgetOf(this).connected();
  }

  disconnectedCallback(): void {
    widgetOf(this).disconnected();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    widgetOf(this).attributeChanged(old, value);
  }
}

const widgets = new WeakMap<WegwijsChat, Widget>();
function widgetOf(el: WegwijsChat): Widget {
  let widget = widgets.get(el);
  if (!widget) widgets.set(el, (widget = new Widget(el)));
  return widget;
}

class Widget {
  private readonly root: ShadowRoot;

  constructor(private readonly host: WegwijsChat) {
    // Closed: the host page's scripts cannot reach what a visitor reads (frame.ts for scripts that patched attachShadow).
    this.root = host.attachShadow({ mode: 'closed' });
  }

  private config!: Config;
  private s!: Strings;
  private overrides: Record<string, unknown> = {};
  private wrap?: HTMLElement;
  private body?: HTMLElement;
  private status?: HTMLElement;
  private launcher?: Launcher;
  private compactLocal?: HTMLElement;
  private chat?: Chat;
  private response?: FlowResponse;
  private phase: Phase = 'loading';
  private conversing = false;
  /** Chosen in the picker (memory only); null: cleared, undefined: the attribute's. */
  private chosenGemeente?: string | null;
  /** Local help the snippet states for its own municipality (widget/stated-help.ts). */
  private stated?: StatedLocalHelp | null;
  private chosenLang?: string;
  private loads = 0;
  private left = false;
  private styled = false;
  /** The page's CSP refused the frame: the widget runs in the page instead. */
  private frameRefused = false;
  private unsubscribe?: () => void;

  get strings(): Record<string, unknown> {
    return { ...this.overrides };
  }
  set strings(value: Record<string, unknown>) {
    this.overrides = { ...value };
    if (this.wrap) this.build();
  }

  connected(): void {
    instances.add(this);
    this.unsubscribe ??= onShiftPress({
      press: (count) => this.shiftPressed(count),
      cancel: () => this.status && (this.status.textContent = ''),
    });
    if (!this.wrap) this.build();
  }

  disconnected(): void {
    instances.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.launcher?.destroy();
  }

  attributeChanged(old: string | null, value: string | null): void {
    if (this.wrap && old !== value) {
      this.response = undefined;
      this.chosenGemeente = undefined;
      this.build();
    }
  }

  /** From the language choice; kept in memory only, and over the attribute's or the browser's. */
  private chooseLanguage(id: string): void {
    this.config.lang = this.chosenLang = id;
    void this.load(true);
  }

  private gemeente(): string | undefined {
    return this.chosenGemeente === undefined ? this.config.gemeente : this.chosenGemeente || undefined;
  }

  /** The snippet's own help only for its own municipality, not for one the visitor picked; else what the service has. */
  private statedHelp(): StatedLocalHelp | null | undefined {
    return (this.gemeente() === this.config.gemeente && this.stated) || this.response?.municipality?.stated;
  }

  private send(event: CountedEvent): void {
    // Counting must never get in the way of help.
    try {
      report(this.config.api, event);
    } catch {
      /* ignored */
    }
  }

  /** The frame; then the content for the current phase. */
  private build(): void {
    if (this.left) return;
    const config = (this.config = readConfig(this.host, defaultApi));
    config.lang = this.chosenLang ?? config.lang;
    const s = (this.s = resolveStrings(this.host.dataset, this.overrides, this.response?.language?.words));
    const wasOpen = this.wrap?.classList.contains('expanded');
    this.stated = undefined;
    lazyPlace.nonce = config.nonce;
    // The checker loads beside the conversation; a compact card already drawn gets the help when it is in.
    snippetHelp(this.host, config.gemeente, (help) => {
      this.stated = help;
      if (help && this.compactLocal) this.fillLocal();
    });
    this.launcher?.destroy();
    this.launcher = undefined;
    if (!this.styled) applyStyles(this.root, cssUrl, config.nonce);
    this.styled = true;

    // Frame mode: only the frame and the Shift announcements live in this document.
    this.status = h('div', { class: 'sr', role: 'status' });
    if (wantsFrame(this.host) && !this.frameRefused) {
      const frame = frameView(config.api, config.gemeente, config.lang, s.title, () => {
        this.frameRefused = true;
        this.build();
      });
      this.wrap = h('div', { class: 'w' }, frame, this.status);
      this.root.replaceChildren(...[...this.root.querySelectorAll('link')], this.wrap);
      return;
    }
    const titleId = uid('title');
    const hintId = uid('hint');
    const head = h(
      'div',
      { class: 'head' },
      h('h2', { id: titleId, tabindex: -1 }, config.mode === 'signpost' ? s.signpostTitle : s.title),
      h('a', { class: 'b112', href: 'tel:112' }, s.call112),
      h('button', { type: 'button', class: 'exit', 'aria-describedby': hintId, onclick: () => this.quickExit() }, s.quickExit),
    );
    this.body = h('div', { class: 'body' });
    const foot = h(
      'p',
      { class: 'foot' },
      h('span', { id: hintId }, s.quickExitHint),
      ' ',
      s.historyNote,
      ' ',
      link(`${config.api}/tips`, s.historyLink),
    );
    const panel = h('section', { class: 'panel', 'aria-labelledby': titleId }, head, this.body, foot);
    // The Shift announcements (this.status) sit outside the panel, so they work while a launcher is closed.
    this.wrap = h('div', { class: `w ${config.mode}` }, panel, this.status);
    this.root.replaceChildren(...[...this.root.querySelectorAll('link')], this.wrap);
    if (config.mode === 'launcher') this.launcher = openLauncher(this.host, this.wrap, panel, head, s);
    // Rebuilt in another language from inside the open launcher: it stays open.
    if (wasOpen) this.wrap.querySelector<HTMLElement>('.launch')?.click();
    this.view();
    if (!this.response) void this.load();
  }

  private setLanguage(): void {
    const lang = this.response?.language?.htmlLang ?? this.response?.flow.lang ?? this.config.lang ?? 'nl';
    this.wrap!.lang = lang;
    this.wrap!.dir = this.host.getAttribute('dir') ?? directionOf(lang);
  }

  private async load(focus = false): Promise<void> {
    const id = ++this.loads;
    let relabel = false;
    this.phase = 'loading';
    try {
      const response = await loadFlow({ api: this.config.api, flow: this.config.flow, gemeente: this.gemeente(), lang: this.config.lang });
      if (id !== this.loads || this.left) return;
      relabel = response.language?.id !== this.response?.language?.id;
      this.response = response;
      this.phase = 'ready';
    } catch {
      if (id !== this.loads || this.left) return;
      this.phase = 'failed';
    }
    const { api, badAttribute, nonce } = this.config;
    askChecks(
      this.host,
      cssUrl,
      nonce,
      badAttribute,
      this.phase === 'failed' ? api : this.response?.municipality?.known === false ? this.gemeente()! : '',
    );
    // Another language: the frame's words too.
    if (relabel) this.build();
    // The compact card is already complete; only local help is added, so focus on its button stays.
    else if (this.compactLocal) this.fillLocal();
    else this.view(focus);
  }

  /** Puts the content for the current phase in the body. */
  private view(focus = false): void {
    const s = this.s;
    this.setLanguage();
    this.chat = this.compactLocal = undefined;
    let content: HTMLElement;
    if (this.config.mode === 'signpost' && !this.conversing) {
      const compact = compactView(s, () => this.startConversation());
      this.compactLocal = compact.local;
      this.fillLocal();
      content = compact.el;
    } else if (this.phase === 'ready' && this.response) {
      const chat = (this.chat = new Chat(this.chatContext(), this.response));
      const [above, below] = extrasAround({
        response: this.response,
        s,
        api: this.config.api,
        choose: (id) => this.chooseLanguage(id),
        open: (ref) => chat.open(ref),
      });
      content = h('div', null, above, chat.el, below);
    } else if (this.phase === 'failed') {
      content = fallbackView(s, () => this.retry());
      const gemeente = this.gemeente();
      this.send({ type: 'fallback_shown', ...(gemeente && { gemeente }) });
    } else {
      content = h('p', null, s.loading);
    }
    this.body!.replaceChildren(content);
    if (focus) this.chat ? this.chat.focusLast() : content.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }

  /** Local help on the compact card, once the conversation data is in. */
  private fillLocal(): void {
    const local = this.response && Object.values(this.response.services).find((x: Service) => x.scope === 'local');
    if (!local || !this.compactLocal) return;
    this.setLanguage();
    const municipality = this.response!.municipality;
    const stated = municipality?.name && this.statedHelp();
    this.compactLocal.replaceChildren(
      serviceCard(local, { strings: this.s, holidays: this.response!.holidays ?? [], municipality }),
      stated ? statedCard(stated, municipality!.name!, this.s) : '',
    );
  }

  private retry(): void {
    this.phase = 'loading';
    this.view();
    void this.load(true);
  }

  private startConversation(): void {
    this.conversing = true;
    this.view(true);
  }

  private chatContext() {
    return {
      strings: this.s,
      api: this.config.api,
      stated: () => this.statedHelp(),
      chooseMunicipality: (m: MunicipalitySummary | null) => this.chooseMunicipality(m),
      reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
      onFirstChoice: () => {
        const gemeente = this.gemeente();
        this.send({
          type: 'conversation_started',
          flow: this.config.flow,
          lang: this.response?.flow.lang ?? 'nl',
          ...(gemeente && { gemeente }),
        });
      },
      onSignpost: (step: Step) => {
        const gemeente = this.gemeente();
        const flow = flowOf(step.ref);
        for (const service of step.services) this.send({ type: 'signpost_shown', service, flow, ...(gemeente && { gemeente }) });
      },
    };
  }

  /** Refetches the conversation for the chosen municipality (null: none) and keeps the current step. The choice lives in memory only. */
  private async chooseMunicipality(m: MunicipalitySummary | null): Promise<boolean> {
    try {
      const response = await loadFlow({ api: this.config.api, flow: this.config.flow, gemeente: m?.code, lang: this.config.lang });
      if (this.left) return true;
      this.chosenGemeente = m ? m.code : null;
      this.response = response;
      this.chat?.update(response);
      return true;
    } catch {
      return false;
    }
  }

  private shiftPressed(count: number): void {
    if (!this.status || this.left) return;
    this.status.textContent = shiftMessage(count, this.s);
    if (count >= 3) this.quickExit();
  }

  /** Hides everything at once behind a blank screen and forgets the conversation. */
  wipe(): void {
    this.left = true;
    this.loads++;
    this.chat?.wipe();
    this.chat = undefined;
    this.response = undefined;
    this.chosenGemeente = undefined;
    this.launcher?.destroy();
    this.wrap?.replaceWith(h('div', { class: 'gone' }));
    this.wrap = this.body = this.status = undefined;
  }

  /** "Snel weg": hide and forget every widget on the page, count it (best effort), then leave. */
  quickExit(): void {
    if (this.left) return;
    const url = this.config.exitUrl;
    const gemeente = this.gemeente();
    for (const widget of instances) widget.wipe();
    this.send({ type: 'quick_exit', ...(gemeente && { gemeente }) });
    leave(url);
  }
}
