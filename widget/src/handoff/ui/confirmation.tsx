/** @jsxRuntime classic */
/** @jsx h */
import type { HandoffStrings } from '../i18n/index.ts';
import type { ChannelType } from '../types.ts';
import { h, useLayoutEffect, useRef, useState } from './preact.ts';

export interface ConfirmationProps {
  t: HandoffStrings;
  reference: string;
  channel: ChannelType;
  /** The collector acknowledged it. */
  delivered: boolean;
  /** The browser is offline (or delivery is taking long): it waits in the outbox. */
  waiting: boolean;
  link?: string;
  /** Where and when the reply comes ("We will reply to ana@… Open now · Usually replies within 4 hours"). */
  next: string;
  onAnother(): void;
}

/**
 * After Send: the reference, large enough to read over the phone, and what
 * happens next, said honestly: sent, or saved until the customer is back
 * online, or WhatsApp / the chat opened. Focus lands on the heading. Copy
 * puts the reference on the clipboard and says "Copied"; where the browser
 * refuses, the reference is selected and the customer is told to copy it.
 */
export function Confirmation({ t, reference, channel, delivered, waiting, link, next, onAnother }: ConfirmationProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const code = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState('');
  // The Clipboard API, else (refused, or missing) the reference selected for the customer to copy.
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reference);
      setCopied(t.copied);
    } catch {
      getSelection()?.selectAllChildren(code.current!);
      setCopied(t.copyFailed);
    }
  };
  useLayoutEffect(() => heading.current?.focus(), []);
  const opened = channel === 'whatsapp' || channel === 'chat';
  const title = opened || delivered || !waiting ? t.sentTitle : t.savedTitle;
  const status = channel === 'whatsapp' ? t.whatsapp : channel === 'chat' ? t.chat : waiting && !delivered ? t.offline : t.sent;
  return (
    <div class="ay-done">
      <h4 ref={heading} tabIndex={-1}>
        {title}
      </h4>
      <p role="status">{status}</p>
      <p>{next}</p>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer" class="ay-link">
            {t.openWhatsApp}
          </a>
        </p>
      )}
      <div class="ay-ref">
        <span>{t.referenceLabel}</span>
        <strong ref={code}>{reference}</strong>
        <button type="button" class="ay-btn" onClick={() => void copy()}>
          {t.copy}
        </button>
        <span aria-live="polite" class="ay-note">
          {copied}
        </span>
      </div>
      <p class="ay-note">{t.referenceHint}</p>
      <button type="button" class="ay-btn" onClick={onAnother}>
        {t.another}
      </button>
    </div>
  );
}
