/**
 * Counts Shift presses for the 'press Shift 3 times' quick exit (the GOV.UK convention).
 * Pure: the caller passes the key event's fields and the time, and keeps the state.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
/** All three presses must fall within this window, as in the GOV.UK component. */
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftState {
  /** Times of the Shift presses counted so far, oldest first. */
  presses: number[];
}

export interface KeyPress {
  key: string;
  /** True for auto-repeat while a key is held down: holding Shift is not pressing it. */
  repeat: boolean;
  time: number;
}

export interface ShiftResult {
  state: ShiftState;
  /** How many more presses are needed; 0 means exit now. */
  pressesLeft: number;
  /** Whether this key press changed the count (so the UI should announce it). */
  counted: boolean;
}

export const INITIAL_SHIFT_STATE: ShiftState = { presses: [] };

export function registerKeyPress(state: ShiftState, press: KeyPress): ShiftResult {
  if (press.key !== 'Shift') {
    // Any other key breaks the sequence, so typing 'Hello World' with capitals never exits.
    return { state: INITIAL_SHIFT_STATE, pressesLeft: SHIFT_PRESSES_TO_EXIT, counted: false };
  }
  if (press.repeat) {
    return { state, pressesLeft: SHIFT_PRESSES_TO_EXIT - state.presses.length, counted: false };
  }
  const recent = state.presses.filter((time) => press.time - time < SHIFT_WINDOW_MS);
  const presses = [...recent, press.time];
  if (presses.length >= SHIFT_PRESSES_TO_EXIT) {
    return { state: INITIAL_SHIFT_STATE, pressesLeft: 0, counted: true };
  }
  return { state: { presses }, pressesLeft: SHIFT_PRESSES_TO_EXIT - presses.length, counted: true };
}
