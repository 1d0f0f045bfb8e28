/**
 * Components of a site's own that add anchors to the pages that render them, as real sites write
 * them (load/collected-anchors.ts, anchorsByCodeOf): one that collects a prop as an anchor, as an
 * API reference's `<Export anchor="HashableObj">`, and one that renders a Markdown file.
 */

/** `src/components/Export.jsx`: collects its `anchor` prop, destructured. */
export const COLLECTING_EXPORT = "import useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport default function Export({anchor, children}) {\n  useBrokenLinks().collectAnchor(anchor);\n  return <div id={anchor}>{children}</div>;\n}\n";

/** A component file that renders the Markdown file `markdown` (relative to it), as `Ios`. */
export const renderingMarkdown = (markdown: string) => `import IosContent from '${markdown}';\n\nexport function Ios() {\n  return <IosContent />;\n}\n`;
