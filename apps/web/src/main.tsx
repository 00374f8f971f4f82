import '@kern-ux/native/dist/fonts/fira-sans.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider } from './lib/auth.tsx';
import { queryClient } from './lib/query.ts';
import { connectRouter } from './lib/router.tsx';
import { router } from './routes.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root fehlt in index.html.');

connectRouter({
  go: (href, replace) => void router.navigate({ href, replace }),
  latestHref: () => router.latestLocation.href,
});

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  </StrictMode>,
);
