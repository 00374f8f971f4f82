import { useMemo } from 'react';
import { AttributionNote, municipalityAttributionIds } from '../../components/Attributions.tsx';
import { DemoBadge } from '../../components/Badge.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ReferenceNotice } from '../../components/ReferenceNotice.tsx';
import { allMunicipalities } from '../../lib/api-client.ts';
import { formatDecimal, formatInteger } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { listHref } from '../municipalities/query.ts';
import { ViewSwitch } from '../municipalities/ViewSwitch.tsx';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import { fieldInfo, mapFields, valueClasses } from './classes.ts';
import { loadSaxonyShapes } from './echarts.ts';
import { Legend } from './Legend.tsx';

function formatLimit(value: number): string {
  return Number.isInteger(value) ? formatInteger(value) : formatDecimal(value);
}

export function useMapData() {
  const shapes = useApiQuery(queryKeys.shapes('municipalities'), () => loadSaxonyShapes(), {
    staleTime: Infinity,
  });
  const list = useApiQuery(queryKeys.municipalities(), (signal) => allMunicipalities(signal), {
    staleTime: Infinity,
  });
  return { shapes, list };
}

export function KartePage() {
  const { search } = useLocation();
  const field = fieldInfo(search.get('merkmal'));
  const { shapes, list } = useMapData();

  const view = useMemo(() => {
    if (!shapes.data || !list.data) return null;
    const onMap = new Set(shapes.data.features.map((feature) => feature.properties.ags));
    const items = list.data.items.filter((item) => onMap.has(item.ags));
    const notOnMap = list.data.items.filter((item) => !onMap.has(item.ags));
    const values = items.map((item) => field.value(item)).filter((value): value is number => value !== null);
    return {
      items,
      notOnMap,
      classes: valueClasses(values, formatLimit),
      missing: items.length - values.length,
      shapeCount: shapes.data.features.length,
    };
  }, [shapes.data, list.data, field]);

  const error = shapes.error ?? list.error;
  const tableHref = listHref({ q: '', kreis: '', min: '', max: '', sort: field.listSort, page: 1 });
  const mapLabel = view
    ? `Karte der ${view.shapeCount} Kommunen in Sachsen, eingefärbt nach ${field.label} in fünf Klassen. Dieselben Werte enthält die Tabellenansicht.`
    : 'Karte der Kommunen in Sachsen';

  return (
    <Page
      title="Karte der Kommunen"
      lead="Die sächsischen Städte und Gemeinden auf einen Blick. Wählen Sie ein Merkmal; ein Klick auf eine Kommune öffnet ihre Detailseite."
    >
      <ViewSwitch current="karte" />
      <ReferenceNotice />
      <form className="app-map-controls" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="map-field"
          label="Merkmal der Einfärbung"
          value={field.id}
          onValueChange={(value) =>
            navigate(value === 'dichte' ? '/karte' : `/karte?merkmal=${value}`, {
              replace: true,
              keepScroll: true,
            })
          }
          options={mapFields.map((entry) => ({ value: entry.id, label: `${entry.label} (${entry.unit})` }))}
        />
      </form>
      <p className="kern-body app-table-alternative">
        <span className="kern-body--bold">Tabellenansicht:</span> Dieselben Werte finden Sie in der{' '}
        <Link className="kern-link" href={tableHref}>
          Kommunenliste, sortiert nach {field.label}
        </Link>
        .
      </p>
      {error ? (
        <ErrorMessage
          error={error}
          title="Die Karte konnte nicht geladen werden"
          onRetry={() => {
            shapes.reload();
            list.reload();
          }}
        />
      ) : null}
      {!error && !view ? <Loading label="Karte wird geladen …" /> : null}
      {view && view.shapeCount === 0 ? (
        <p className="kern-body">
          Es sind keine Gebietsgrenzen geladen, daher kann die Karte nicht gezeichnet werden.
        </p>
      ) : null}
      {view && view.shapeCount > 0 ? (
        <figure className="app-map-figure">
          <div className="app-map-layout">
            <ChoroplethMap
              items={view.items}
              field={field}
              classes={view.classes}
              label={mapLabel}
              onSelect={(ags) => navigate(`/kommunen/${encodeURIComponent(ags)}`)}
            />
            <Legend title={`${field.label} (${field.unit})`} classes={view.classes} missing={view.missing} />
          </div>
          <figcaption className="kern-body kern-body--small app-map-caption">
            {view.shapeCount} Kommunen, Klassen nach Quintilen (jede Klasse enthält etwa ein Fünftel der
            Kommunen). Gebietsgrenzen vereinfacht (Maßstab 1:5 000 000).
          </figcaption>
        </figure>
      ) : null}
      {view && view.notOnMap.length > 0 ? (
        <div className="app-section">
          <p className="kern-body">Nicht auf der Karte, weil es für sie keine Gebietsgrenzen gibt:</p>
          <ul className="kern-list">
            {view.notOnMap.map((item) => (
              <li key={item.ags}>
                <span className="app-name-cell">
                  <Link className="kern-link" href={`/kommunen/${encodeURIComponent(item.ags)}`}>
                    {item.name}
                  </Link>
                  {item.isDemo ? <DemoBadge small /> : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AttributionNote ids={municipalityAttributionIds} className="app-section" />
    </Page>
  );
}
