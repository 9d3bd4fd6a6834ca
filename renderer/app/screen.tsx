/**
 * Every screen but the start screen is its own chunk, loaded when first opened: the start screen
 * then needs neither the Word library, nor the holiday tables, nor the editor (docs/BENCHMARK.md).
 *
 * Not `React.lazy`: a lazy screen suspends, and React holds back revealing what arrives after a
 * Suspense fallback until 300 ms after that fallback appeared (its "fallback throttle"), so every
 * first opening waited for the throttle rather than for the code. Here the screen shows the
 * loading indicator itself and renders as soon as its chunk is there; once loaded, it renders at
 * once. A chunk that cannot be loaded gets a message instead of an empty window.
 */
import { Button } from '@fluentui/react-components';
import { useEffect, useState, type ComponentType } from 'react';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { Page } from '../ui/Page';

export type Screen<P extends object> = ComponentType<P> & {
  /** Starts loading the screen's code now (when the user is about to open it). */
  preload(): void;
};

export function screen<P extends object>(load: () => Promise<ComponentType<P>>): Screen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // the next opening tries again
        throw error;
      },
    );
    return pending;
  };
  function Screen(props: P) {
    const [state, setState] = useState<{ component: ComponentType<P> | null; failed: boolean; retried?: boolean }>(() => ({ component: loaded, failed: false }));
    if (!state.component && !state.failed) void get().catch(() => undefined);
    useEffect(() => {
      if (state.component || state.failed) return;
      let live = true;
      get().then(
        (component) => live && setState({ component, failed: false }),
        (error: unknown) => {
          console.error('[screen] the screen could not be loaded', error);
          // Some Chromium versions (150 here) remember a failed import() of a URL for the life of
          // the page, so trying the same import again fails at once: a second failure after
          // "Försök igen" reloads the window, which starts with a clean slate (the route stays, and
          // every edit is already stored).
          if (live && state.retried) window.location.reload();
          else if (live) setState({ component: null, failed: true });
        },
      );
      return () => {
        live = false;
      };
    }, [state]);
    if (state.failed) {
      return (
        <Page title="Skärmen kunde inte öppnas">
          <EmptyState
            title="Den här delen av Justera kunde inte läsas in"
            action={<Button onClick={() => setState({ component: null, failed: false, retried: true })}>Försök igen</Button>}
          >
            Försök igen, eller starta om Justera. Inget av det du har sparat påverkas.
          </EmptyState>
        </Page>
      );
    }
    const Component = state.component;
    return Component ? <Component {...props} /> : <Loading />;
  }
  return Object.assign(Screen, { preload: () => void get().catch(() => undefined) });
}
