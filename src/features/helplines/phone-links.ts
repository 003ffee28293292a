/**
 * Builds a tel: or sms: link from a number as people write it ('0808 80 10 800'). A text
 * keyword (for example 'NCDV') goes in the message body, which phones fill in for the user.
 */
export function telHref(kind: 'phone' | 'text', number: string, message?: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (kind === 'phone') return `tel:${digits}`;
  return message ? `sms:${digits}?body=${encodeURIComponent(message)}` : `sms:${digits}`;
}
