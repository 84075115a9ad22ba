import { useEffect } from "react";

/** A dialog or dropdown layer: Mantine renders them in a portal (`data-portal`). */
const LAYER = '[data-portal="true"], [role="dialog"]';

/**
 * Keyboard focus goes back to the element that opened a dialog when the dialog closes (WCAG 2.4.3).
 * The screens render a modal only while it is open (`{target && <Modal opened …/>}`), so on Esc, Cancel
 * or Save the modal is unmounted before Mantine's own focus return runs, and focus fell to the page
 * body — a keyboard user had to start again from the top. Here, once the last dialog is gone and
 * nothing holds focus, focus returns to the last element focused outside the layers (the button that
 * opened it), or to the page's main content when that element is gone (a row the save removed).
 */
export function useFocusReturn(mainId = "main"): void {
  useEffect(() => {
    let opener: HTMLElement | null = null;
    let inLayer = false;
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target;
      if (!(el instanceof HTMLElement)) return;
      inLayer = el.closest(LAYER) !== null;
      if (!inLayer && el !== document.body) opener = el;
    };
    const restore = () => {
      if (!inLayer || document.activeElement !== document.body) return;
      if (document.querySelector('[role="dialog"]')) return;
      inLayer = false;
      const target = opener?.isConnected ? opener : document.getElementById(mainId);
      target?.focus();
    };
    const observer = new MutationObserver(restore);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("focusin", onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [mainId]);
}
