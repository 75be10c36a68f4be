import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { ROUTES } from './app/routes';
import { syncAcrossTabs } from './state/assessment-store';
import './styles/main.scss';

syncAcrossTabs();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={createBrowserRouter(ROUTES)} />
    </StrictMode>,
  );
}
