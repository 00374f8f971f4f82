import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, NameCell } from '../src/components/DataTable.tsx';
import { FilterBar, ResultCount } from '../src/components/FilterBar.tsx';
import { LoadedList } from '../src/components/LoadedList.tsx';
import { RepeatRows } from '../src/components/RepeatRows.tsx';
import { ApiError } from '../src/lib/api-client.ts';
import type { ApiQuery } from '../src/lib/query.ts';

afterEach(cleanup);

interface Row {
  id: number;
  name: string;
  town: string;
  count: number;
  isDemo: boolean;
}

const ROWS: Row[] = [
  { id: 1, name: 'Schulweg', town: 'Bautzen', count: 3, isDemo: false },
  { id: 2, name: 'Nachbarschaft', town: 'Dornbach', count: 12, isDemo: true },
];

function table() {
  render(
    <DataTable
      caption="Projekte"
      rows={ROWS}
      rowKey={(r) => r.id}
      isDemo={(r) => r.isDemo}
      columns={[
        { header: 'Projekt', cell: (r) => r.name },
        { header: 'Kommune', cell: (r) => <NameCell name={r.town} isDemo={r.isDemo} /> },
        { header: 'Anzahl', numeric: true, cell: (r) => r.count },
      ]}
    />,
  );
}

describe('DataTable', () => {
  it('heads each row with its first cell and names the column of every other cell for phones', () => {
    table();
    const rows = within(screen.getByRole('table', { name: 'Projekte' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const second = rows[2] as HTMLElement;
    expect(within(second).getByRole('rowheader').textContent).toBe('Nachbarschaft');
    const cells = within(second).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Kommune', 'Anzahl']);
    expect(cells[1]?.className).toContain('kern-table__cell--numeric');
  });

  it('marks demo rows and only those', () => {
    table();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.classList.contains('app-row--demo'))).toEqual([false, true]);
    expect(screen.getAllByText('Demodaten')).toHaveLength(1);
  });
});

function query(partial: Partial<ApiQuery<unknown>>): ApiQuery<unknown> {
  return { data: undefined, error: null, loading: false, reload: () => {}, ...partial };
}

describe('LoadedList', () => {
  const list = (q: ApiQuery<unknown>, items: readonly string[] | undefined) =>
    render(
      <LoadedList query={q} items={items} loadingLabel="Wird geladen …" empty={<p>Leer</p>}>
        {(shown) => (
          <ul>
            {shown.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
      </LoadedList>,
    );

  it('shows the loading notice until the list is there, then the list', () => {
    list(query({ loading: true }), undefined);
    expect(screen.getByText('Wird geladen …')).toBeTruthy();
    cleanup();
    list(query({ data: {} }), ['a', 'b']);
    expect(screen.queryByText('Wird geladen …')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows the empty state for an empty list, not an empty list', () => {
    list(query({ data: {} }), []);
    expect(screen.getByText('Leer')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('offers a retry when the server failed', () => {
    const reload = vi.fn();
    list(
      query({ error: new ApiError(503, 'unavailable', 'Der Dienst ist nicht erreichbar.'), reload }),
      undefined,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('FilterBar', () => {
  it('is a named search landmark whose form hands the submit over instead of reloading the page', () => {
    const onSubmit = vi.fn();
    render(
      <FilterBar label="Projekte filtern" onSubmit={onSubmit}>
        <button type="submit">Suchen</button>
      </FilterBar>,
    );
    // happy-dom's role table predates <search>; Chromium maps it to the search landmark.
    expect(document.querySelector('search')?.getAttribute('aria-label')).toBe('Projekte filtern');
    const form = document.querySelector('search form') as HTMLFormElement;
    // dispatchEvent answers false when a handler prevented the default (the page reload).
    expect(fireEvent.submit(form)).toBe(false);
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('announces the count', () => {
    render(<ResultCount>3 Projekte</ResultCount>);
    expect(screen.getByRole('status').textContent).toBe('3 Projekte');
  });
});

describe('RepeatRows', () => {
  function rows(ids: string[], onRemove = vi.fn(), onAdd = vi.fn()) {
    render(
      <RepeatRows
        legend="Aufgaben"
        rows={ids.map((id) => ({ id }))}
        empty="Noch keine Aufgaben."
        rowName={(index) => `Aufgabe ${index + 1}`}
        onRemove={onRemove}
        addLabel="Aufgabe hinzufügen"
        onAdd={onAdd}
      >
        {(index) => <input aria-label={`Text ${index + 1}`} />}
      </RepeatRows>,
    );
    return { onRemove, onAdd };
  }

  it('names each remove button after its row and removes that row', () => {
    const { onRemove } = rows(['a', 'b']);
    expect(screen.queryByText('Noch keine Aufgaben.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Entfernen (Aufgabe 2)' }));
    expect(onRemove).toHaveBeenCalledWith(1);
  });

  it('says when there is no row and adds one', () => {
    const { onAdd } = rows([]);
    expect(screen.getByRole('group', { name: 'Aufgaben' }).textContent).toContain('Noch keine Aufgaben.');
    fireEvent.click(screen.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    expect(onAdd).toHaveBeenCalledOnce();
  });
});
