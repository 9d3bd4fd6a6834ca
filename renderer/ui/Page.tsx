/**
 * The frame of every screen: one h1 that takes focus when the screen opens (so a screen reader
 * hears where it landed and Tab starts from the top of the content), the window title, and the
 * screen's main actions beside the heading.
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1200px' },
  header: {
    display: 'flex',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
  },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    // The heading takes focus only to move the screen reader and the Tab order to the new screen.
    ':focus': { outline: 'none' },
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function Page(props: { title: string; subtitle?: ReactNode; actions?: ReactNode; children: ReactNode; windowTitle?: string }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const windowTitle = props.windowTitle ?? props.title;
  useEffect(() => {
    document.title = `${windowTitle} – Justera`;
  }, [windowTitle]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <div className={styles.heading}>
          <h1 className={styles.title} tabIndex={-1} ref={heading}>
            {props.title}
          </h1>
          {props.subtitle ? <Text>{props.subtitle}</Text> : null}
        </div>
        {props.actions ? <div className={styles.actions}>{props.actions}</div> : null}
      </div>
      {props.children}
    </div>
  );
}
