import { describe, expect, it } from 'vitest';
import {
  INITIAL_SHIFT_STATE,
  SHIFT_WINDOW_MS,
  registerKeyPress,
  type ShiftState,
} from '../../../src/features/quick-exit/shift-sequence';

function press(keys: { key: string; time: number; repeat?: boolean }[]) {
  let state: ShiftState = INITIAL_SHIFT_STATE;
  const results = keys.map(({ key, time, repeat = false }) => {
    const result = registerKeyPress(state, { key, time, repeat });
    state = result.state;
    return result;
  });
  return results;
}

describe('registerKeyPress', () => {
  it('asks to leave on the third Shift press within the window', () => {
    const results = press([
      { key: 'Shift', time: 0 },
      { key: 'Shift', time: 400 },
      { key: 'Shift', time: 800 },
    ]);
    expect(results.map((result) => result.pressesLeft)).toEqual([2, 1, 0]);
    expect(results.every((result) => result.counted)).toBe(true);
  });

  it('drops presses older than the window', () => {
    const results = press([
      { key: 'Shift', time: 0 },
      { key: 'Shift', time: 100 },
      { key: 'Shift', time: SHIFT_WINDOW_MS + 50 },
    ]);
    expect(results.at(-1)?.pressesLeft).toBe(1);
  });

  it('never leaves while someone types capital letters', () => {
    const results = press([
      { key: 'Shift', time: 0 },
      { key: 'H', time: 50 },
      { key: 'Shift', time: 300 },
      { key: 'W', time: 350 },
      { key: 'Shift', time: 600 },
    ]);
    expect(results.map((result) => result.pressesLeft)).toEqual([2, 3, 2, 3, 2]);
  });

  it('ignores auto-repeat from a Shift key held down', () => {
    const results = press([
      { key: 'Shift', time: 0 },
      { key: 'Shift', time: 500, repeat: true },
      { key: 'Shift', time: 550, repeat: true },
    ]);
    expect(results.map((result) => result.pressesLeft)).toEqual([2, 2, 2]);
    expect(results[1]?.counted).toBe(false);
  });

  it('starts counting again after it has asked to leave', () => {
    const results = press([
      { key: 'Shift', time: 0 },
      { key: 'Shift', time: 1 },
      { key: 'Shift', time: 2 },
      { key: 'Shift', time: 3 },
    ]);
    expect(results.at(-1)?.pressesLeft).toBe(2);
  });
});
