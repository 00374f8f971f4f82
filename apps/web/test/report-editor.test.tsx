import type { ReportView as View } from '@asskomm/contracts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportView } from '../src/features/reports/ReportView.tsx';

const VIEW: View = {
  title: 'Lagebericht Bautzen',
  subtitle: 'Sicherheitsgefühl',
  dateText: '1. Dezember 2026',
  footnotes: [],
  sections: [
    {
      id: 'befunde',
      number: 1,
      title: 'Befunde',
      blocks: [
        {
          kind: 'finding',
          id: 'f1',
          editKey: 'f1',
          text: 'Nachts fühlen sich viele unsicher.',
          notable: true,
          edited: false,
        },
      ],
    },
  ],
};

function renderEditor(save: (kind: string, id: string, text: string | null) => Promise<void>) {
  render(<ReportView view={VIEW} edit={{ save }} />);
  fireEvent.click(screen.getByRole('button', { name: /^Bearbeiten/ }));
  return screen.getByLabelText('Befund bearbeiten') as HTMLTextAreaElement;
}

describe('ReportView inline editor (shared FieldError and Alert)', () => {
  afterEach(cleanup);

  it('refuses an empty text at the field, announced and linked, and saves nothing', async () => {
    const save = vi.fn(async () => {});
    const field = renderEditor(save);
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const message = await screen.findByText(/Der Text darf nicht leer sein\./);
    expect(screen.getByRole('alert').textContent).toContain('Fehler: Der Text darf nicht leer sein.');
    const describedBy = field.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.contains(message)).toBe(true);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
  });

  it('shows why saving failed in an alert and keeps the editor open with the text', async () => {
    const save = vi.fn(async () => {
      throw new Error('Der Bericht ist schon freigegeben.');
    });
    const field = renderEditor(save);
    fireEvent.change(field, { target: { value: 'Neuer Befund' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith('finding', 'f1', 'Neuer Befund'));
    const alert = (await screen.findByText('Nicht gespeichert')).closest('.kern-alert');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Der Bericht ist schon freigegeben.');
    expect((screen.getByLabelText('Befund bearbeiten') as HTMLTextAreaElement).value).toBe('Neuer Befund');
  });
});
