/**
 * Message-IDs of a hand-off's emails, so that mail clients thread them: the
 * hand-off email's, then one per reply, on the sender's domain.
 */

/** The domain of a From address ("Ayuda <ayuda@shop.example>" → "shop.example"). */
export function fromDomain(from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1];
  return domain && /\./.test(domain) ? domain.toLowerCase() : 'ayuda.invalid';
}

/** The Message-ID of the hand-off's email (`part` unset) or of one reply ("m12"). Hand-off ids are letters and digits. */
export function threadMessageId(handoffId: string, from: string, part?: string): string {
  return `<ayuda.${handoffId.replace(/[^A-Za-z0-9_-]/g, '')}${part ? `.${part}` : ''}@${fromDomain(from)}>`;
}
