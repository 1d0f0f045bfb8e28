/**
 * Remark plugin for FAQ pages (docs inside a `faq/` folder of any version):
 * - marks each `###` question heading with `data-faq-question` (its plain text), which the
 *   Heading wrapper in src/theme/Heading turns into a "copy link" button;
 * - adds schema.org FAQPage JSON-LD, built at build time from the questions and answers.
 * Runs after Docusaurus's heading plugin, so headings already carry their ids.
 */
import type { Heading, Root } from 'mdast';
import { collectQuestions } from './collect-questions.ts';
import { faqPageJsonLd, scriptSafeJson } from './json-ld.ts';
import { headScriptNode } from './mdx-head-script.ts';

export interface RemarkFaqOptions {
  /** The docs folder whose pages are FAQ pages, relative to a version's docs root. */
  sectionDir: string;
}

/** Class of the visually hidden level-2 heading put before the questions (see below). */
export const QUESTIONS_HEADING_CLASS = 'faq-questions-heading';
const QUESTIONS_HEADING_TEXT = 'Questions and answers';

/**
 * FAQ pages go straight from the title (h1) to `###` questions, a skipped level that screen
 * reader users navigating by heading meet (and axe / Lighthouse flag). Unless the page already
 * has a `##` before its first question, a visually hidden h2 is put there. It is added after
 * Docusaurus computed the table of contents, so the TOC is unchanged; it has no id, so no anchor.
 */
function addQuestionsHeading(root: Root, firstQuestion: Heading): void {
  const index = root.children.indexOf(firstQuestion);
  const before = root.children.slice(0, index);
  if (before.some((node) => node.type === 'heading' && node.depth === 2)) return;
  root.children.splice(index, 0, {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: QUESTIONS_HEADING_TEXT }],
    data: { hProperties: { className: [QUESTIONS_HEADING_CLASS] } },
  });
}

/** The attribute the heading wrapper looks for (hast property name, rendered data-faq-question). */
export const QUESTION_PROPERTY = 'dataFaqQuestion';

const DOCS_ROOT = String.raw`(?:^|/)(?:docs|versioned_docs/version-[^/]+)/`;

export function isFaqFile(filePath: string | undefined, sectionDir: string): boolean {
  if (!filePath) return false;
  const posix = filePath.split('\\').join('/');
  const escaped = sectionDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${DOCS_ROOT}${escaped}/`).test(posix);
}

export default function remarkFaq(options: RemarkFaqOptions) {
  return (root: Root, file: { path?: string }) => {
    if (!isFaqFile(file.path, options.sectionDir)) return;
    const questions = collectQuestions(root);
    if (questions.length === 0) return;
    for (const { heading, question } of questions) {
      heading.data = heading.data ?? {};
      heading.data.hProperties = { ...heading.data.hProperties, [QUESTION_PROPERTY]: question };
    }
    addQuestionsHeading(root, questions[0].heading);
    const jsonLd = faqPageJsonLd(questions);
    root.children.push(headScriptNode('application/ld+json', scriptSafeJson(jsonLd)));
  };
}
