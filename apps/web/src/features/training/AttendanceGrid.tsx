import type { CohortSummary, Participant } from '@asskomm/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { trainingApi } from './api.ts';

/**
 * Enrolled participants × modules: one checkbox per cell, labelled with person and module for screen
 * readers; a change is saved at once. Completion and the certificate follow from the ticks.
 */
export function AttendanceGrid({
  cohort,
  participants,
  onAction,
}: {
  cohort: CohortSummary;
  participants: Participant[];
  onAction: (kind: 'withdraw' | 'link', p: Participant) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const attend = useMutation({
    mutationFn: (v: { id: number; moduleId: number; attended: boolean }) =>
      trainingApi.setAttendance(v.id, v.moduleId, v.attended),
    meta: { invalidates: [['training']] },
    onError: (e) => setError(e instanceof ApiError ? e.message : 'Die Anwesenheit wurde nicht gespeichert.'),
    onSuccess: () => setError(null),
  });
  return (
    <>
      <div role="alert">{error ? <p className="kern-body">{error}</p> : null}</div>
      <ScrollTable label="Anwesenheit je Modul">
        <table className="kern-table kern-table--striped" data-testid="anwesenheit">
          <caption className="kern-title">Anwesenheit je Modul</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Teilnehmende
              </th>
              {cohort.modules.map((m) => (
                <th key={m.id} scope="col" className="kern-table__header">
                  {m.position}. {m.title}
                </th>
              ))}
              <th scope="col" className="kern-table__header">
                Stand
              </th>
              <th scope="col" className="kern-table__header">
                Aktionen
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {participants.map((p) => (
              <tr key={p.id} className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  {p.name}
                  <br />
                  <span className="app-muted">{p.email}</span>
                </th>
                {cohort.modules.map((m) => {
                  const checked = p.attendedModuleIds.includes(m.id);
                  return (
                    <td key={m.id} className="kern-table__cell">
                      <div className="kern-form-check">
                        <input
                          className="kern-form-check__checkbox"
                          type="checkbox"
                          id={`anwesend-${p.id}-${m.id}`}
                          checked={checked}
                          disabled={attend.isPending}
                          onChange={() => attend.mutate({ id: p.id, moduleId: m.id, attended: !checked })}
                        />
                        <label className="kern-label" htmlFor={`anwesend-${p.id}-${m.id}`}>
                          <span className="kern-sr-only">
                            {p.name}, {m.title}: anwesend
                          </span>
                        </label>
                      </div>
                    </td>
                  );
                })}
                <td className="kern-table__cell">
                  {p.completed ? (
                    <strong>abgeschlossen</strong>
                  ) : (
                    `${p.attendedModuleIds.length} von ${cohort.modules.length}`
                  )}
                </td>
                <td className="kern-table__cell">
                  <div className="app-row-actions">
                    {p.completed ? (
                      <a className="kern-link" href={trainingApi.certificateUrl(p.id)} download>
                        Zertifikat (PDF)<span className="kern-sr-only"> für {p.name}</span>
                      </a>
                    ) : null}
                    <button type="button" className="app-link-button" onClick={() => onAction('link', p)}>
                      Neuer Zugangslink<span className="kern-sr-only"> für {p.name}</span>
                    </button>
                    <button type="button" className="app-link-button" onClick={() => onAction('withdraw', p)}>
                      Zurückziehen<span className="kern-sr-only"> ({p.name})</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
