/**
 * Markdown in HTML blocks (extract/mdx-html-links.ts): MDX reads it as Markdown, CommonMark as
 * raw HTML. Which lines open an HTML block, which blocks are worth a parse, what the MDX parser
 * finds there, and the same found without it where the segment's MDX is plain (held to the
 * parser on the shapes real pages have and on fuzzed segments). tests/site/agreement.test.ts
 * builds the mistakes with Docusaurus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlBlockLinesToRead, markdownInHtmlOfPlainSegment, opensHtmlBlock } from '../../scripts/content/extract/mdx-html-links.ts';
import { mdxSegments, type MdxSegment } from '../../scripts/content/extract/mdx-blocks.ts';
import { simpleSegmentFacts } from '../../scripts/content/extract/mdx-simple.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';
import { extractReference } from '../../scripts/content/extract/reference.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';
import { extractAsCompiled } from '../../scripts/content/model/markdown-format.ts';

test('lines that open an HTML block, as CommonMark reads them', () => {
  for (const line of ['<div>![x](./x.png)</div>', '<details><summary>S</summary>[a](b)</details>', '<TabItem value="a">', '</Tabs>', '<!-- note -->', '  <p>text</p>', '- <div>', '> <table>', '<pre>']) assert.ok(opensHtmlBlock(line), line);
  // A tag followed by text on its line, of a name that is no block's: a paragraph with inline HTML.
  for (const line of ['<strong>Label</strong> and [a](b)', '<kbd>Ctrl</kbd>', 'Text <div>x</div>', '<https://e.com>', '< 5', '<1024']) assert.ok(!opensHtmlBlock(line), line);
});

test('only blocks that hold a bracket, outside fenced code, are worth a parse', () => {
  assert.deepEqual([...htmlBlockLinesToRead('# T\n\n<div>\n[a](b)\n</div>\n\n[c](d)\n')], [3, 4, 5]);
  assert.deepEqual([...htmlBlockLinesToRead('<div>\nno link\n</div>\n')], []);
  assert.deepEqual([...htmlBlockLinesToRead('```html\n<div>[a](b)</div>\n```\n')], []);
  assert.deepEqual([...htmlBlockLinesToRead('<strong>x</strong> [a](b)\n')], []);
});

test('what MDX finds there, and CommonMark does not, parsed whole or in parts', () => {
  const page = '# T\n\n<div>![x](./x.png)</div>\n\n<details>\n<summary>S</summary>\n[a](./a.md) and https://e.com\n</details>\n\n<div>\n\n[b](./b.md)\n\n</div>\n';
  const show = (found: ReturnType<typeof parseMdxSource>['markdownInHtml']) => (found ?? []).map(({ kind, url, line, column }) => `${kind} ${url} ${line}:${column}`);
  assert.deepEqual(show(parseMdxSource(page).markdownInHtml), ['image ./x.png 3:6', 'link ./a.md 7:1']);
  // The page's facts, read segment by segment: the same places.
  assert.deepEqual(show(mdxFactsOf(page).markdownInHtml), ['image ./x.png 3:6', 'link ./a.md 7:1']);
  // CommonMark sees none of them; it does see the link a blank line sets apart.
  assert.deepEqual(extractReference(page).links.map(({ url }) => url), ['./b.md']);
  // A page that does not parse gives none: its syntax error is reported instead.
  assert.equal(parseMdxSource('<div>[a](b)\n\n<br>\n').markdownInHtml, undefined);
});

test('a page compiled as MDX has those among its links, once; one read as CommonMark does not', () => {
  // `<span>` alone on its line cannot interrupt a paragraph: CommonMark reads the link after it too.
  const record = recordOf('# T\n\n<div>![x](./x.png)</div>\n\nText\n<span>\n[b](./b.md)\n</span>\n');
  assert.deepEqual(record.mdx.markdownInHtml?.map(({ url }) => url), ['./x.png', './b.md']);
  const urls = (format: 'md' | 'mdx') => extractAsCompiled(record.extract, record.mdx, format).links.map(({ url, line, column }) => `${url} ${line}:${column}`);
  assert.deepEqual(urls('md'), ['./b.md 7:1']);
  // MDX's reading of the page (without HTML blocks) has both, each once, in the page's order.
  assert.deepEqual(urls('mdx'), ['./x.png 3:6', './b.md 7:1'], 'the link CommonMark found too is not added twice');
});

/** The parser's links in the HTML blocks of a segment, parsed as mdx-facts.ts parses one (its first line as line 1 here). */
function parserLinks(segment: string) {
  const parsed = parseMdxSource(`\n${segment}\n\n[faq-mdx-segment-end]: #`, { definitions: [], importedNames: [] });
  assert.equal(parsed.syntaxError, undefined, segment);
  return (parsed.markdownInHtml ?? []).map((found) => ({ ...found, line: found.line - 1 }));
}

/** The parser's headings in the HTML blocks of a segment, as parserLinks. */
function parserHeadings(segment: string) {
  const parsed = parseMdxSource(`\n${segment}\n\n[faq-mdx-segment-end]: #`, { definitions: [], importedNames: [] });
  return (parsed.headingsInHtml ?? []).map((found) => ({ ...found, line: found.line - 1 }));
}

/** A segment's lines of fenced code, 1-based in the segment, as mdx-facts.ts hands them over. */
const fencedLinesOf = (segment: MdxSegment) => new Set(segment.fenceLines.map((index) => index - segment.from + 1));

/** For each segment of `text` whose MDX is plain and whose HTML blocks hold a `[`: the answer without the parser, and the parser's. */
function answersOf(text: string) {
  const cut = mdxSegments(text);
  if (!cut) return [];
  return cut.segments.flatMap((segment) => {
    const source = cut.lines.slice(segment.from, segment.to).join('\n');
    const lines = htmlBlockLinesToRead(source);
    if (lines.size === 0 || (segment.mdxLines.length === 0 && !segment.nestedFence) || !simpleSegmentFacts(cut.bareLines, segment)) return [];
    const simple = markdownInHtmlOfPlainSegment(source, lines, fencedLinesOf(segment));
    return [{ source, simple: simple?.markdownInHtml, simpleHeadings: simple?.headingsInHtml, parser: () => parserLinks(source), parserHeadings: () => parserHeadings(source) }];
  });
}

test('links glued to a line of tags (tabs, HTML lists) are found without the parser, where the parser finds them', () => {
  const show = (found: ReturnType<typeof parserLinks> | undefined) => found?.map(({ kind, url, line, column }) => `${kind} ${url} ${line}:${column}`);
  const cases: Record<string, string[]> = {
    '<Tabs>\n<TabItem value="a" label="A">\nInstall from a [Hauler](https://e.com/h) archive.\n\n</TabItem>\n</Tabs>': ['link https://e.com/h 3:16'],
    '<ol>\n<li>\nCreate the [services](./services.md) first.\n\n```shell\nkubectl create -f <file>\n```\n\n</li>\n<li>\n![Diagram](./d.png) and [next](#next)\n</li>\n</ol>': ['link ./services.md 3:12', 'image ./d.png 11:1', 'link #next 11:25'],
    // Indented four spaces after a line of tags: code to CommonMark, a paragraph to MDX.
    '<div>\n    [deep](./deep.md)\n</div>': ['link ./deep.md 2:5'],
    // In a code span, or escaped: no link. A reference is a link of neither answer.
    '<div>\n`[a](b)` and \\[c](d)\n</div>': [],
    '<div>\n[r]: ./a.md\n\n[a][r]\n</div>': [],
  };
  for (const [segment, expected] of Object.entries(cases)) {
    const [answer] = answersOf(segment);
    assert.ok(answer, `a plain segment whose HTML blocks hold a [: ${segment}`);
    assert.deepEqual(show(answer.simple), expected, segment);
    assert.deepEqual(show(answer.parser()), expected, segment);
  }
});

test('what only the parser can say is left to it: JSX or an expression beside the links, another HTML block', () => {
  for (const segment of [
    '<div>\n<b>Note</b> see [a](./a.md)\n</div>',
    '<div>\n{label} [a](./a.md)\n</div>',
    '<div>\n\n<p>text</p>\n\n<span>\n[a](./a.md)\n</span>\n</div>',
  ]) {
    const answers = answersOf(segment);
    assert.ok(answers.length > 0 && answers.every(({ simple }) => simple === undefined), segment);
  }
});

test('blocks of tags and fenced code alone (a tab of code indented four spaces) hold no Markdown: answered without reading them, as the parser answers', () => {
  const segment = '<Tabs>\n<TabItem value="yaml">\n    ```yaml\n    # see [the notes](./notes.md#x) and {braces}\n    audit: { enabled: true }\n    ```\n</TabItem>\n</Tabs>';
  const [answer] = answersOf(segment);
  assert.ok(answer, 'a plain segment whose HTML block holds a [ and a line like a heading');
  assert.deepEqual(answer.simple, []);
  assert.deepEqual(answer.simpleHeadings, []);
  assert.deepEqual(answer.parser(), []);
  assert.deepEqual(answer.parserHeadings(), []);
  // Without the fence's lines the block's `{` would leave it to the parser.
  assert.equal(markdownInHtmlOfPlainSegment(answer.source, htmlBlockLinesToRead(answer.source)), undefined);
  // A line of Markdown beside the code is read as before: here the code's `{` leaves it to the parser, which finds the link.
  const [mixed] = answersOf(segment.replace('    ```\n</TabItem>', '    ```\nSee [b](./b.md).\n</TabItem>'));
  assert.equal(mixed.simple, undefined);
  assert.deepEqual(mixed.parser().map(({ url }) => url), ['./b.md']);
  const [plainCode] = answersOf(segment.replace(/ and \{braces\}\n    audit: \{ enabled: true \}/, '').replace('    ```\n</TabItem>', '    ```\nSee [b](./b.md).\n</TabItem>'));
  assert.deepEqual(plainCode.simple?.map(({ url }) => url), ['./b.md'], 'without braces, read without the parser');
  assert.deepEqual(plainCode.parser().map(({ url }) => url), ['./b.md']);
});

const tagLine = fc.constantFrom('<Tabs>', '</Tabs>', '<TabItem value="a" label="A">', '</TabItem>', '<TabItem value="b" default>', '<ol>', '</ol>', '<li>', '</li>', '  <li>', '\t<li>', '    <div>', '<div>', '</div>', '<details>', '</details>', '<li></li>', '<br />', '<span>', '</span>', '<b>', '</b>', '<div><b>', '</b></div>', '> <div>', '- <div>', '<summary>', '</summary>', '<table>', '<td>', '</td>', '<Foo />', '<a href="x">', '</a>');
const markdownLine = fc.constantFrom('', '', '', 'text', 'see [a](./a.md) here', '![i](./p.png)', '[a](b "t")', '[a][r]', '[r]: /u', '[r]', '- item [a](b)', '1. item [c](d)', '    indented [e](f)', '\t[g](h)', '> quote [q](r)', '> [a](b)', '```', '~~~', '`[x](y)` code', '**[s](t)**', '[u](v', ']', '[w', 'x](y)', '## [h](i)', '| [a](b) | x |', '| - | - |', 'https://e.com/x', '[l `c`](m)', '\\[n](o)', '&amp; [p](q)', ':::note', ':::', '  - nested [n](m)', '* * *', 'text [a](b) more [c](d)', '[![i](j)](k)', '***[e](f)***', '<b>x</b> [a](b)', '{x} [a](b)', '      [deep](x)', '===', '---', '<!-- c -->', '`code', 'span` [a](b)', '*em', 'em* [a](b)', 'café [a](b)', '😀 [a](b) 😀 ![c](d)', '## Heading', '### Title `code` *em*', '#nospace', '  ## Indented', '- ## In a list', '> ## Quoted', '## Closing ##', '####### Seven', '## Café 😀', '#');
/** A tab of code: a fence indented by spaces (MDX has no indented code) whose lines look like Markdown, in an element, maybe beside a line of Markdown. */
const codeLine = fc.constantFrom('# see [a](./a.md) and {x}', 'key: { a: 1 }', '## h [b](c)', 'text', '', '<b>x</b>', '  - [d](e)', '[r]: /u');
const tabOfCode = fc.tuple(fc.constantFrom(['<Tabs>\n<TabItem value="a" label="A">', '</TabItem>\n</Tabs>'], ['<div>', '</div>'], ['<details>\n<summary>S</summary>', '</details>']), fc.constantFrom('  ', '    ', '      '), fc.constantFrom('```', '~~~'), fc.array(codeLine, { maxLength: 3 }), fc.option(markdownLine, { nil: undefined }))
  .map(([[open, close], indent, marker, code, beside]) => [open, `${indent}${marker}yaml`, ...code.map((line) => (line === '' ? '' : `${indent}${line}`)), `${indent}${marker}`, ...(beside === undefined ? [] : [beside]), close].join('\n'));
const segmentText = fc.array(fc.oneof({ weight: 2, arbitrary: tagLine }, { weight: 3, arbitrary: markdownLine }, { weight: 1, arbitrary: fc.tuple(tagLine, markdownLine).map(([tags, markdown]) => `${tags}\n${markdown}`) }), { minLength: 2, maxLength: 10 }).map((lines) => lines.join('\n'));

/** Each answer `text`'s segments get without the parser, held to the parser's; how many there were. */
function answeredAsTheParser(text: string): number {
  let answered = 0;
  for (const { source, simple, parser, simpleHeadings, parserHeadings: headings } of answersOf(text)) {
    if (simple === undefined) continue;
    answered++;
    assert.deepEqual(simple, parser(), source);
    assert.deepEqual(simpleHeadings, headings(), source);
  }
  return answered;
}

propertyTest('wherever the links and headings in HTML blocks are found without the parser, they are the parser\'s (fuzzed segments)', { runs: 4000, timeoutMs: 120_000 }, (run) => {
  let answered = 0;
  assertProperty(fc.property(segmentText, (text) => {
    answered += answeredAsTheParser(text);
  }), run);
  assert.ok(answered > run.numRuns / 100, `only ${answered} segments answered without the parser`);
});

/** Segments of tabs of code, with tags and Markdown lines around them. */
const codeTabText = fc.array(fc.tuple(tabOfCode, fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 3 }).map((tabs) => tabs.map(([tab, gap]) => `${tab}${gap}`).join(''));

propertyTest('blocks of tags and fenced code are answered without the parser as the parser answers (fuzzed tabs of code)', { runs: 2000, timeoutMs: 120_000 }, (run) => {
  let answered = 0;
  assertProperty(fc.property(codeTabText, (text) => {
    answered += answeredAsTheParser(text);
  }), run);
  assert.ok(answered > run.numRuns / 10, `only ${answered} segments answered without the parser`);
});

test('a heading on the lines of an HTML block (after a line of tags, with no blank line) is MDX\'s, with or without the parser; a page compiled as MDX has it, one read as CommonMark does not', () => {
  const show = (found: Array<{ depth: number; rawText: string; line: number; column: number }> | undefined) => found?.map(({ depth, rawText, line, column }) => `h${depth} ${rawText} ${line}:${column}`);
  const cases: Record<string, string[]> = {
    '<Partial />\n## SSO group sync\nText.': ['h2 SSO group sync 2:1'],
    '<div>\n### Deep `code` and *more*\n</div>': ['h3 Deep code and more 2:1'],
    '<Tabs>\n<TabItem value="a">\n## In a tab\n\n</TabItem>\n</Tabs>': ['h2 In a tab 3:1'],
  };
  for (const [segment, expected] of Object.entries(cases)) {
    const [answer] = answersOf(segment);
    assert.ok(answer, `a plain segment whose HTML blocks hold a heading: ${segment}`);
    assert.deepEqual(show(answer.simpleHeadings), expected, segment);
    assert.deepEqual(show(answer.parserHeadings()), expected, segment);
  }
  // The parser alone, beside an HTML comment (vale's markers), as loft-sh/vcluster-docs writes it.
  assert.deepEqual(show(parserHeadings('<Partial />\n<!-- vale off -->\n## SSO group sync\n<!-- vale on -->\nText.')), ['h2 SSO group sync 3:1']);
  const record = recordOf('# T\n\nimport Partial from "./_p.mdx";\n\nSee [sync](#sso-group-sync).\n\n<Partial />\n<!-- vale off -->\n## SSO group sync\n<!-- vale on -->\nText.\n');
  const ids = (format: 'md' | 'mdx') => extractAsCompiled(record.extract, record.mdx, format).headings.map(({ id, line }) => `${id} ${line}`);
  assert.deepEqual(ids('mdx'), ['t 1', 'sso-group-sync 9']);
  assert.deepEqual(ids('md'), ['t 1']);
  // Its own id, `{#id}`, is read as MDX 1 compatibility reads it (mdx1Compat.headingIds).
  const custom = recordOf('# T\n\n<div>\n### Deep {#deep-dive}\n</div>\n');
  assert.deepEqual(extractAsCompiled(custom.extract, custom.mdx, 'mdx').headings.map(({ id, text }) => `${id} ${text}`), ['t T', 'deep-dive Deep']);
});
