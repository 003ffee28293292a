import { describe, expect, it } from 'vitest';
import {
  decideLinkAction,
  type LinkClick,
} from '../../../src/features/navigation/replace-navigation';

const plainClick: LinkClick = {
  button: 0,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  defaultPrevented: false,
};
const here = 'https://waymark.example/helplines/';
const link = (href: string, extra: Partial<{ target: string; hasDownload: boolean }> = {}) => ({
  href,
  target: '',
  hasDownload: false,
  ...extra,
});

describe('decideLinkAction', () => {
  it('replaces the history entry for links inside the app', () => {
    expect(decideLinkAction(plainClick, link('/cy/'), here)).toEqual({
      kind: 'replace',
      url: 'https://waymark.example/cy/',
    });
  });

  it('replaces for links to other sites too, so the app never holds two entries', () => {
    expect(decideLinkAction(plainClick, link('https://www.gov.wales/x'), here)).toEqual({
      kind: 'replace',
      url: 'https://www.gov.wales/x',
    });
  });

  it('moves focus for same-page fragments instead of adding an entry', () => {
    expect(decideLinkAction(plainClick, link('#main'), here)).toEqual({
      kind: 'focus-fragment',
      id: 'main',
    });
  });

  it('leaves phone, text and email links to the browser', () => {
    for (const href of ['tel:999', 'sms:07860077333', 'mailto:someone@example.org']) {
      expect(decideLinkAction(plainClick, link(href), here)).toEqual({ kind: 'default' });
    }
  });

  it('respects modifier keys, other buttons, new tabs and downloads', () => {
    expect(decideLinkAction({ ...plainClick, ctrlKey: true }, link('/'), here).kind).toBe(
      'default',
    );
    expect(decideLinkAction({ ...plainClick, button: 1 }, link('/'), here).kind).toBe('default');
    expect(decideLinkAction(plainClick, link('/', { target: '_blank' }), here).kind).toBe(
      'default',
    );
    expect(decideLinkAction(plainClick, link('/', { hasDownload: true }), here).kind).toBe(
      'default',
    );
  });

  it('does nothing when another handler already took the click', () => {
    expect(decideLinkAction({ ...plainClick, defaultPrevented: true }, link('/'), here).kind).toBe(
      'default',
    );
  });
});
