import { FluentProvider, Button, webLightTheme, Title1 } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title1>Justera</Title1>
        <Button appearance="primary">Hej</Button>
      </main>
    </FluentProvider>
  </StrictMode>,
);
