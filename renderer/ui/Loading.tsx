import { Spinner } from '@fluentui/react-components';

/** Shown for the moment a screen waits for its first data. */
export function Loading({ label = 'Läser in …' }: { label?: string }) {
  return <Spinner size="small" label={label} labelPosition="after" />;
}
