import { FluentProvider } from '@fluentui/react-components';
import { useEffect } from 'react';
import { AppFrame } from './frame/app-frame.tsx';
import { subscribeToMainEvents, useStore } from './store/store.ts';
import { themes, useOsThemeName } from './theme/theme.ts';

export function App() {
  const themeName = useOsThemeName();
  useEffect(() => {
    const unsubscribe = subscribeToMainEvents();
    void useStore.getState().init();
    return unsubscribe;
  }, []);
  return (
    <FluentProvider theme={themes[themeName]} data-theme={themeName}>
      <AppFrame />
    </FluentProvider>
  );
}
