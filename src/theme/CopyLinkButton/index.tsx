/**
 * A button that copies the deep link to one heading (this page's URL + #id). The result is
 * announced through a polite live region placed after the heading, not inside it, so the
 * heading's accessible name stays the question.
 */
import { useEffect, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { copyText } from './copy-text';
import styles from './styles.module.css';

type State = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<State, string> = {
  idle: '',
  copied: 'Link copied to the clipboard.',
  failed: 'Could not copy the link; use the # link next to the question instead.',
};

/** How long the check mark and the announcement stay; the live region has spoken it by then. */
const FEEDBACK_MS = 2000;

export function deepLink(targetId: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${encodeURIComponent(targetId)}`;
}

export function useCopyLink(targetId: string): [State, () => void] {
  const [state, setState] = useState<State>('idle');
  useEffect(() => {
    if (state !== 'copied') return undefined;
    const timer = window.setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = () => {
    copyText(deepLink(targetId)).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return [state, copy];
}

export function CopyLinkButton({ label, state, onCopy }: { label: string; state: State; onCopy: () => void }): ReactNode {
  return (
    <button
      type="button"
      className={clsx('copy-link-button', styles.button, state === 'copied' && styles.copied)}
      aria-label={`Copy link to “${label}”`}
      title="Copy link to this question"
      data-state={state}
      onClick={onCopy}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        {state === 'copied' ? (
          <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
        ) : (
          <path
            fill="currentColor"
            d="M3.9 12a3.1 3.1 0 0 1 3.1-3.1h4V7H7a5 5 0 0 0 0 10h4v-1.9H7A3.1 3.1 0 0 1 3.9 12zM8 13h8v-2H8zm9-6h-4v1.9h4a3.1 3.1 0 0 1 0 6.2h-4V17h4a5 5 0 0 0 0-10z"
          />
        )}
      </svg>
    </button>
  );
}

export function CopyLinkStatus({ state }: { state: State }): ReactNode {
  return (
    <span role="status" className="copy-link-status visually-hidden">
      {MESSAGES[state]}
    </span>
  );
}
