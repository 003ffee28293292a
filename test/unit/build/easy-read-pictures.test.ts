// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadPictures } from '../../../src/build/content/load-content';

/**
 * The pictures are written into pages as they are, so each must be plain line drawing:
 * nothing that runs, loads or names anything, and colours that follow the theme.
 */
const ALLOWED_ELEMENTS = new Set([
  'svg',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
  'g',
]);
const ROOT =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">';

describe('the easy read pictures', () => {
  const pictures = loadPictures();

  it('are all there', () => {
    expect(pictures.size).toBeGreaterThanOrEqual(40);
    for (const name of ['phone', 'emergency', 'home', 'safe', 'police', 'doctor'])
      expect(pictures.has(name)).toBe(true);
  });

  it.each([...loadPictures()])(
    '%s: a small, safe line drawing that follows the text colour',
    (_name, svg) => {
      expect(svg.startsWith(ROOT)).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(svg.length).toBeLessThan(1000);
      const elements = [...svg.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]);
      expect(elements.filter((element) => !ALLOWED_ELEMENTS.has(element!))).toEqual([]);
      // No scripts, handlers, links, ids, styles or fixed colours.
      expect(svg).not.toMatch(/\son\w+=|href|url\(|<script|<style|\sid=|\sstyle=|\sclass=/i);
      const colours = [...svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((match) => match[1]);
      expect(colours.filter((colour) => colour !== 'none' && colour !== 'currentColor')).toEqual(
        [],
      );
    },
  );
});
