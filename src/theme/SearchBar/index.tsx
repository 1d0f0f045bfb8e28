/**
 * Wraps the offline search bar (from @easyops-cn/docusaurus-search-local) to repair the ARIA of
 * the dropdown it renders outside React (see aria-fixes.ts), whenever that dropdown changes.
 */
import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { repairSearchAria } from './aria-fixes';

export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    repairSearchAria(root);
    const observer = new MutationObserver(() => repairSearchAria(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-owns'] });
    return () => observer.disconnect();
  }, []);
  // display: contents keeps the navbar's layout exactly as without the wrapper.
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
