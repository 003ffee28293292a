export type Paper = 'a4' | 'a5';

/**
 * Prints the page's handout instead of the page, on A4 or A5: classes on <html> switch the
 * print styles (see staff.css), and come off again once the print dialog closes.
 */
export function printHandout(paper: Paper, root: HTMLElement = document.documentElement): void {
  root.classList.add('print-handout', `paper-${paper}`);
  const done = () => root.classList.remove('print-handout', 'paper-a4', 'paper-a5');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
