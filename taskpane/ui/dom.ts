/** A child of `h`: nodes, text, or nothing (left out). */
export type Child = Node | string | null | undefined | false;

/** Attributes of `h`: strings set, `true` set empty (boolean attributes), false/undefined left out. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * An element with attributes and children: `h("fluent-button", { appearance: "primary" }, "Tarkista")`.
 * Text children are text nodes, never HTML, so workbook text cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

let lastId = 0;

/** A fresh id for labelling one element by another. */
export function newId(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

/** Text read by screen readers only (e.g. what an Apply button applies, where the button shows just "Korjaa"). */
export function srOnly(text: string): HTMLElement {
  return h("span", { class: "sr-only" }, text);
}

/** The value of a fluent-text-input or a native input. */
export function valueOf(input: Element): string {
  return String((input as HTMLInputElement).value ?? "");
}

/** Resolves after the browser has painted: lets a status line show before a long synchronous step. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
