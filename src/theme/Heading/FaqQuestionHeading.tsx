/**
 * An FAQ question heading: the question, the usual # link (same markup, class names and label
 * as the theme's Heading, so its styles apply), then a button that copies the deep link.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { useAnchorTargetClassName } from '@docusaurus/theme-common';
import type { Props as HeadingProps } from '@theme/Heading';
import { CopyLinkButton, CopyLinkStatus, useCopyLink } from '../CopyLinkButton';
import styles from './styles.module.css';

type Props = HeadingProps & { id: string; question: string };

export default function FaqQuestionHeading({ as: As, id, question, className, children, ...rest }: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  const [state, copy] = useCopyLink(id);
  brokenLinks.collectAnchor(id);
  const anchorTitle = translate(
    { id: 'theme.common.headingLinkTitle', message: 'Direct link to {heading}', description: 'Title for link to heading' },
    { heading: question },
  );
  const { text, lastWord } = splitLastWord(children);
  return (
    <>
      <As {...rest} className={clsx('anchor', anchorTargetClassName, className)} id={id} data-faq-question="">
        {text}
        {/* The last word travels with the links, so the button never wraps onto a line alone. */}
        <span className={styles.keepTogether}>
          {lastWord}
          <Link className="hash-link" to={`#${id}`} aria-label={anchorTitle} title={anchorTitle} translate="no">
            &#8203;
          </Link>
          <CopyLinkButton label={question} state={state} onCopy={copy} />
        </span>
      </As>
      <CopyLinkStatus state={state} />
    </>
  );
}

/** Plain-text headings split before their last word; other children are left whole. */
function splitLastWord(children: ReactNode): { text: ReactNode; lastWord: ReactNode } {
  if (typeof children !== 'string') return { text: children, lastWord: null };
  const cut = children.trimEnd().lastIndexOf(' ') + 1;
  return { text: children.slice(0, cut), lastWord: children.slice(cut) };
}
