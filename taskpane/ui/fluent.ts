/**
 * The Fluent UI web components the pane uses (each import defines one custom element) and
 * Office's light theme as CSS custom properties. Only this module touches the library, so
 * the rest of the pane builds plain DOM with `fluent-*` tags.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/text-input.js";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import { webLightTheme } from "@fluentui/tokens";

/** Office's light theme for every Fluent element of the page. */
export function useFluentTheme(): void {
  setTheme(webLightTheme);
}
