/**
 * ARIA repairs for the search dropdown that autocomplete.js (inside
 * @easyops-cn/docusaurus-search-local) renders at run time:
 * - its combobox input names the listbox with the old `aria-owns` only; ARIA 1.2 requires
 *   `aria-controls`;
 * - its "See all results" link sits inside the listbox, where only options are allowed; a link
 *   may take the option role;
 * - its clear button's only content is "✕".
 * Each repair is idempotent, so it can run after every change the library makes.
 */
export function repairSearchAria(root: HTMLElement): void {
  root.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]').forEach((input) => {
    const owned = input.getAttribute('aria-owns');
    if (owned && input.getAttribute('aria-controls') !== owned) input.setAttribute('aria-controls', owned);
  });
  root.querySelectorAll<HTMLAnchorElement>('[role="listbox"] a[href]:not([role])').forEach((link) => {
    link.setAttribute('role', 'option');
  });
  root.querySelectorAll<HTMLButtonElement>('button[class*="searchClearButton"]:not([aria-label])').forEach((button) => {
    button.setAttribute('aria-label', 'Clear search');
    button.type = 'button';
  });
}
