/**
 * Wraps the theme's Heading. FAQ questions (headings that src/plugins/faq/remark-faq.ts marked
 * with data-faq-question) are rendered here, because they need a "copy link" button inside the
 * heading and the original Heading only accepts plain children before its # link (with other
 * children its # link would be labelled with the id instead of the question).
 */
import type { ReactNode } from 'react';
import Heading from '@theme-original/Heading';
import type { Props } from '@theme/Heading';
import FaqQuestionHeading from './FaqQuestionHeading';

type HeadingProps = Props & { 'data-faq-question'?: string };

export default function HeadingWrapper(props: HeadingProps): ReactNode {
  const { 'data-faq-question': question, ...rest } = props;
  if (question && rest.id && rest.as !== 'h1') {
    return <FaqQuestionHeading {...rest} id={rest.id} question={question} />;
  }
  return <Heading {...props} />;
}
