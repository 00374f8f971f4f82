import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectEditorPage } from '../src/features/projects/ProjectEditorPage.tsx';
import { createQueryClient } from '../src/lib/query.ts';

vi.mock('../src/lib/auth.tsx', () => ({
  useAuth: () => ({
    user: { id: 2, role: 'kommune', ags: '14625020', name: 'Amt', email: 'amt@example.org' },
  }),
}));

const navigate = vi.fn();
// Links and navigation outside a router: plain anchors, and the target recorded.
vi.mock('../src/lib/router.tsx', () => ({
  Link: ({ href, children, className }: { href: string; children: ReactNode; className?: string }) => (
    <a href={href} className={className}>
      {children}
    </a>
  ),
  navigate: (to: string) => navigate(to),
}));

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API: the project POST answered with id 9 (its body kept); the wave list for the evaluation empty. */
function stubApi() {
  const saved: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url === '/api/projects' && init.method === 'POST') {
        saved.push(JSON.parse(String(init.body)));
        return answer(201, { id: 9 });
      }
      return answer(200, { items: [] });
    }),
  );
  return saved;
}

function renderEditor() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ProjectEditorPage id={null} />
    </QueryClientProvider>,
  );
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Projekt speichern' }));

describe('ProjectEditor lists (react-hook-form on the shared ZProjectForm)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    navigate.mockReset();
  });

  it('refuses a count that is not a whole number, in German at the field, and saves nothing', async () => {
    const saved = stubApi();
    renderEditor();
    type(/^Projekttitel/, 'Sicherer Schulweg');
    fireEvent.click(screen.getByRole('button', { name: 'Material hinzufügen' }));
    type('Material 1', 'Flyer');
    type(/^Anzahl/, 'zwölf');
    save();
    // at the field and in the error summary
    expect(await screen.findAllByText('Anzahl: bitte eine ganze Zahl ohne Vorzeichen angeben.')).toHaveLength(
      2,
    );
    expect(screen.getByLabelText(/^Anzahl/).getAttribute('aria-invalid')).toBe('true');
    // the row's message is in the error summary too, linked to its input
    const link = screen.getByRole('link', { name: 'Anzahl: bitte eine ganze Zahl ohne Vorzeichen angeben.' });
    expect(link.getAttribute('href')).toBe(`#${screen.getByLabelText(/^Anzahl/).id}`);
    expect(saved).toHaveLength(0);
  });

  it('names a target group that is too long, at the field and in the summary', async () => {
    const saved = stubApi();
    renderEditor();
    type(/^Projekttitel/, 'Sicherer Schulweg');
    type('Zielgruppen (eine je Zeile)', `Eltern\n${'x'.repeat(201)}`);
    save();
    const message = `„${'x'.repeat(201)}“: Höchstens 200 Zeichen.`;
    expect(await screen.findAllByText(message)).toHaveLength(2);
    expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe('#projekt-targetGroups');
    expect(saved).toHaveLength(0);
  });

  it('saves the lines as lists and the count as a number', async () => {
    const saved = stubApi();
    renderEditor();
    type(/^Projekttitel/, 'Sicherer Schulweg');
    type('Zielgruppen (eine je Zeile)', ' Eltern \n\nGrundschulkinder\n');
    type('Partner (einer je Zeile)', 'Polizeirevier Bautzen');
    fireEvent.click(screen.getByRole('button', { name: 'Material hinzufügen' }));
    type('Material 1', 'Flyer');
    type(/^Anzahl/, ' 500 ');
    save();
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/projekte/9'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      ags: '14625020',
      title: 'Sicherer Schulweg',
      targetGroups: ['Eltern', 'Grundschulkinder'],
      partners: ['Polizeirevier Bautzen'],
      materials: [{ title: 'Flyer', kind: '', quantity: 500 }],
    });
  });
});
