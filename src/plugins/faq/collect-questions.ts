/**
 * The questions of an FAQ page: each `###` heading is a question; its answer is the content that
 * follows it, up to the next heading of the same or a higher level (an `####` inside an answer
 * belongs to that answer).
 */
import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from './plain-text.ts';

export const QUESTION_DEPTH = 3;

export interface FaqQuestion {
  heading: Heading;
  question: string;
  answer: string;
}

export function collectQuestions(root: Root): FaqQuestion[] {
  const questions: FaqQuestion[] = [];
  let current: { heading: Heading; body: RootContent[] } | undefined;
  const close = () => {
    if (!current) return;
    const question = plainText([current.heading]);
    const answer = plainText(current.body);
    // A question without an answer is not valid FAQPage data; leave it out.
    if (question && answer) questions.push({ heading: current.heading, question, answer });
    current = undefined;
  };
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= QUESTION_DEPTH) {
      close();
      if (node.depth === QUESTION_DEPTH) current = { heading: node, body: [] };
    } else if (current) {
      current.body.push(node);
    }
  }
  close();
  return questions;
}
