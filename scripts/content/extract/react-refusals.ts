/**
 * What React refuses when it renders an HTML element, as far as the page's text shows it: void
 * elements never hold children, and some props take only an object. MDX hands every lowercase
 * tag to React as is (or to a theme component that passes its props on), so a page holding one
 * of these compiles, and the build stops when the page is rendered.
 */

/** Elements that close themselves in HTML and may hold nothing (React's list, as MDX names them). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Props React takes only as an object: written as text (`style="color: red"`) or bare (`style`), rendering stops. */
export const OBJECT_PROPS: ReadonlySet<string> = new Set(['style', 'dangerouslySetInnerHTML']);

/**
 * What a page's `<head>` may hold: MDX hands it to Docusaurus's Head (react-helmet-async), which
 * renders only these elements (and fragments); any other element, a component or text stops it.
 */
export const HEAD_ELEMENTS: ReadonlySet<string> = new Set(['base', 'body', 'head', 'html', 'link', 'meta', 'noscript', 'script', 'style', 'title']);

/** The head elements whose content Head takes only as text: written over lines (a paragraph to MDX), or holding an element, it stops. */
export const TEXT_HEAD_ELEMENTS: ReadonlySet<string> = new Set(['noscript', 'script', 'style', 'title']);

/**
 * Elements whose content React reads as their value (`<textarea>`): at most one child, and none
 * beside a `value` or `defaultValue` prop; and no dangerouslySetInnerHTML at all.
 */
export const VALUE_ELEMENTS: ReadonlySet<string> = new Set(['textarea']);
