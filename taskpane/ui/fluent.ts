/**
 * The Fluent UI web components the pane uses (each import defines one custom element) and
 * Office's theme, light or dark, as CSS custom properties. Only this module touches the library, so
 * the rest of the pane builds plain DOM with `fluent-*` tags.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/text-input.js";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { isDarkColour } from "./theme";

/** Office's theme, dark or light, from Office.context.officeTheme; null where the host has none (outside Office, the demo). */
function officeThemeIsDark(): boolean | null {
  try {
    const theme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
    return theme?.bodyBackgroundColor ? isDarkColour(theme.bodyBackgroundColor) : null;
  } catch {
    return null;
  }
}

function apply(dark: boolean): void {
  setTheme(dark ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  // Native controls (select, the file input, scroll bars) follow
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
}

/**
 * Fluent's tokens for every element of the page, dark or light as Office's theme is; where
 * Office does not say (the demo page), as the browser's prefers-color-scheme, following it when
 * it changes.
 */
export function useFluentTheme(): void {
  const office = officeThemeIsDark();
  if (office !== null) return apply(office);
  const media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
  apply(media?.matches ?? false);
  media?.addEventListener("change", (event) => apply(event.matches));
}
