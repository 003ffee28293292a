/** Builds a tel: or sms: link from a number as people write it ('0808 80 10 800'). */
export function telHref(kind: 'phone' | 'text', number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `${kind === 'phone' ? 'tel' : 'sms'}:${digits}`;
}
