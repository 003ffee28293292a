import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * A <details> whose contents are built only when it is opened. Long source lists under every
 * service card made big pages slow to start on a phone; most people never open them. Without
 * JavaScript the summary still shows, but the list needs the script to appear.
 */
export function LazyDetails({
  className,
  summary,
  children,
}: {
  className: string;
  summary: string;
  children: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details class={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
