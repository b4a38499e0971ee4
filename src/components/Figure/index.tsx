import React, {useRef, useState, type ComponentType, type ReactNode, type SVGProps} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** An SVG imported from MDX (Docusaurus turns it into a React component) or an image URL. */
export type FigureSource = string | ComponentType<SVGProps<SVGSVGElement>>;

export interface FigureProps {
  /** The image: `import flow from './flow.svg'` then `src={flow}`. */
  src: FigureSource;
  /** What the image shows, including every word written in it. Required. */
  alt: string;
  caption?: ReactNode;
}

function Picture({src, alt, className}: {src: FigureSource; alt: string; className: string}) {
  if (typeof src === 'string') {
    return <img src={src} alt={alt} className={className} loading="lazy" decoding="async" />;
  }
  // Inline SVG, so that its text and strokes follow the theme's colors.
  const Svg = src;
  return <Svg role="img" aria-label={alt} className={className} focusable="false" />;
}

/**
 * A centred figure that opens larger in a modal dialog on click or Enter.
 * The native <dialog> gives focus trapping and Escape for free.
 */
export default function Figure({src, alt, caption}: FigureProps): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  // `open` says whether the enlarged copy is rendered (only while the dialog
  // is open, so that each inline SVG is not in the page twice). It follows
  // the dialog's own state, never a late event: `close()` clears it at once,
  // and the `close` event (queued by the browser, so it can land after the
  // next `show()`) clears it only if the dialog is still closed by then.
  const show = () => {
    setOpen(true);
    dialogRef.current?.showModal();
  };
  const close = () => {
    dialogRef.current?.close();
    closed();
  };
  // Focus goes back to the figure's button, always: the dialog returns it to
  // what had it when it opened, and Safari and Firefox on macOS do not focus
  // a clicked button, so that would be nothing (tests/engines, zoom journey).
  const closed = () => {
    setOpen(false);
    buttonRef.current?.focus({preventScroll: true});
  };

  return (
    <figure className={styles.figure}>
      <button ref={buttonRef} type="button" className={styles.zoomButton} onClick={show} aria-haspopup="dialog">
        <Picture src={src} alt={alt} className={styles.image} />
        <span className={styles.zoomHint}>(enlarge)</span>
      </button>
      {caption && <figcaption className={styles.caption}>{caption}</figcaption>}
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-label={alt}
        // Escape closes the dialog without calling close(); a late close
        // event from an earlier close() must not undo a reopening.
        onClose={(event) => {
          if (!event.currentTarget.open) closed();
        }}
        // A click on the backdrop lands on the <dialog> element itself.
        onClick={(event) => event.target === event.currentTarget && close()}>
        {open && (
          <div className={styles.dialogBody}>
            <Picture src={src} alt={alt} className={clsx(styles.image, styles.zoomedImage)} />
            <button type="button" className={clsx('button button--secondary', styles.close)} onClick={close}>
              Close
            </button>
          </div>
        )}
      </dialog>
    </figure>
  );
}
