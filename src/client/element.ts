/**
 * The base of every custom element of the site: one way to find the pieces of the server-rendered
 * HTML, one way to listen, and one lifecycle.
 *
 * - Pieces are marked `data-ref="name"` and found with `this.ref('name', HTMLFormElement)`: typed,
 *   and a missing piece is an error that names it, rather than a page that half works.
 * - Listeners are added with `this.on(target, type, listener)`, bound to the connection's
 *   AbortSignal (`this.signal`), so leaving the document removes every one of them, on the
 *   window and document too. Helpers that listen take the same signal.
 * - `connect()` runs on every connection and enhances what is there; it must not assume it is the
 *   first (an element can be moved or re-inserted). Disconnecting aborts the signal; anything else
 *   to undo (a timer, an observer, a drawing) is registered with `this.onDisconnect(undo)`.
 */
type EventsOf<T> = T extends Window
  ? WindowEventMap
  : T extends Document
    ? DocumentEventMap
    : T extends HTMLElement
      ? HTMLElementEventMap
      : T extends MediaQueryList
        ? MediaQueryListEventMap
        : Record<string, Event>;

export abstract class SiteElement extends HTMLElement {
  private connection?: AbortController;

  /** Aborted when the element leaves the document (and stays aborted until it is connected again). */
  protected get signal(): AbortSignal {
    return (this.connection ??= new AbortController()).signal;
  }

  connectedCallback() {
    // A fresh signal per connection: the previous one was aborted on disconnect.
    this.connection?.abort();
    this.connection = new AbortController();
    void this.connect();
  }

  disconnectedCallback() {
    // Kept, aborted: late async work that listens through it then adds nothing.
    this.connection?.abort();
  }

  protected abstract connect(): void | Promise<void>;

  /** Undoes what is not a listener (a timer, an observer, a drawing) when the element leaves. */
  protected onDisconnect(undo: () => void) {
    // Not `this.on`: a listener bound to the signal is removed before the signal's own abort event.
    this.signal.addEventListener('abort', undo, { once: true });
  }

  protected on<T extends EventTarget, K extends keyof EventsOf<T> & string>(
    target: T,
    type: K,
    listener: (event: EventsOf<T>[K]) => void,
    options: AddEventListenerOptions = {},
  ) {
    target.addEventListener(type, listener as EventListener, { ...options, signal: this.signal });
  }

  protected ref<T extends Element = HTMLElement>(
    name: string,
    type?: abstract new (...args: never[]) => T,
  ): T {
    return ref(this, name, type);
  }
}

/**
 * The element marked `data-ref="name"` in `root` (an element or a cloned template). A ref belongs to
 * the nearest custom element around it, so an element never takes a piece of one nested in it.
 */
export function ref<T extends Element = HTMLElement>(
  root: ParentNode,
  name: string,
  type: abstract new (...args: never[]) => T = HTMLElement as never,
): T {
  for (const found of root.querySelectorAll(`[data-ref="${name}"]`)) {
    let owner = found.parentElement;
    while (owner && owner !== root && !owner.localName.includes('-')) owner = owner.parentElement;
    if ((owner === root || !owner) && found instanceof type) return found;
  }
  throw new Error(`Missing piece: data-ref="${name}" (${type.name}) in ${nameOf(root)}`);
}

const nameOf = (root: ParentNode) =>
  root instanceof Element ? `<${root.localName}>` : 'a template';
