/** schema.org FAQPage data, serialised so it is safe inside an HTML <script> element. */
export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

export function faqPageJsonLd(entries: readonly QuestionAndAnswer[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

/** JSON that cannot close the <script> element early: `<` is written as its \u escape. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
