import { h, newId } from "./dom";

/**
 * A modal confirm: a native <dialog> (focus stays inside, Esc cancels, focus returns to where
 * it was) with Fluent buttons; resolves true when confirmed. Built once per question and removed after.
 */
export function confirmDialog(parent: HTMLElement, title: string, body: string, ok: string, cancel: string): Promise<boolean> {
  const titleId = newId("confirm-title");
  const bodyId = newId("confirm-body");
  const okButton = h("fluent-button", { appearance: "primary", "data-confirm": "ok" }, ok);
  const cancelButton = h("fluent-button", { "data-confirm": "cancel", autofocus: true }, cancel);
  const dialog = h(
    "dialog",
    { class: "confirm", "aria-labelledby": titleId, "aria-describedby": bodyId },
    h("h2", { id: titleId }, title),
    h("p", { id: bodyId }, body),
    h("div", { class: "actions" }, okButton, cancelButton),
  );
  parent.append(dialog);
  const returnFocus = document.activeElement as HTMLElement | null;
  return new Promise<boolean>((resolve) => {
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      returnFocus?.focus?.();
      resolve(answer);
    };
    okButton.addEventListener("click", () => close(true));
    cancelButton.addEventListener("click", () => close(false));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(false);
    });
    dialog.showModal();
    cancelButton.focus();
  });
}
