import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

const useStyles = makeStyles({
  timer: { fontVariantNumeric: 'tabular-nums' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Time spent on the item against its planned minutes; ticks on its own so nothing else re-renders. */
export function ItemTimer(props: { startedAt: string | null; endedAt: string | null; plannedMinutes: number }) {
  const styles = useStyles();
  const [now, setNow] = useState(() => Date.now());
  const running = !!props.startedAt && !props.endedAt;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  if (!props.startedAt) return <Text className={styles.timer}>Planerat {props.plannedMinutes} min</Text>;
  const spent = (props.endedAt ? Date.parse(props.endedAt) : now) - Date.parse(props.startedAt);
  const over = spent > props.plannedMinutes * 60_000;
  return (
    <Text className={over ? styles.over : styles.timer} role="timer" aria-live="off">
      {clock(spent)} av {props.plannedMinutes} min{over ? ' – över tiden' : ''}
    </Text>
  );
}
