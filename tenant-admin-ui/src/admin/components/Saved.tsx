/** A short confirmation after a save, announced to screen readers. */
export function Saved({ show, text = 'Saved.' }: { show: boolean; text?: string }) {
  return (
    <span className="saved" role="status" data-testid="saved">
      {show ? text : ''}
    </span>
  );
}
