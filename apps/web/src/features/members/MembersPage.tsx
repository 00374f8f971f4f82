import type { NetworkMemberJson } from '@asskomm/contracts';
import { useMemo } from 'react';
import { AttributionNote, municipalityAttributionIds } from '../../components/Attributions.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDate } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { ChoroplethMap, type MapField } from '../map/ChoroplethMap.tsx';
import { classColors, type ValueClass } from '../map/classes.ts';
import { loadSaxonyShapes } from '../map/echarts.ts';
import { Legend } from '../map/Legend.tsx';
import '../remarks/remarks.css';
import { useNetworkMembers } from './api.ts';
import { MembersTable } from './MembersTable.tsx';

interface MapMunicipality {
  ags: string;
  name: string;
  kreisName: string;
  member: NetworkMemberJson | null;
}

interface Layer {
  id: 'mitglieder' | 'praeventionsraete' | 'coaching';
  label: string;
  /** The classes of the layer, from 1 up; 0 / null is "not". */
  classes: { value: number; label: string; color: string }[];
  value: (m: NetworkMemberJson | null) => number | null;
  missingLabel: string;
}

const LAYERS: Layer[] = [
  {
    id: 'mitglieder',
    label: 'Mitglieder der Allianz',
    classes: [
      { value: 1, label: 'Mitglied', color: classColors[2]! },
      { value: 2, label: 'Modellkommune', color: classColors[4]! },
    ],
    value: (m) => (m?.isMember ? (m.isModelMunicipality ? 2 : 1) : null),
    missingLabel: 'kein Mitglied',
  },
  {
    id: 'praeventionsraete',
    label: 'Kommunale Präventionsräte',
    classes: [{ value: 1, label: 'mit Präventionsrat', color: classColors[3]! }],
    value: (m) => (m?.council ? 1 : null),
    missingLabel: 'kein Präventionsrat bekannt',
  },
  {
    id: 'coaching',
    label: 'Gecoachte Kommunen',
    classes: [{ value: 1, label: 'mit Coaching durch den LPR', color: classColors[3]! }],
    value: (m) => (m?.coachedYears.length ? 1 : null),
    missingLabel: 'kein Coaching',
  },
];

function describe(m: NetworkMemberJson | null): string {
  if (!m) return 'nicht in der Allianz';
  const parts = [
    m.isMember ? `Mitglied seit ${formatDate(m.memberSince)}` : 'kein Mitglied',
    m.isModelMunicipality ? 'Modellkommune' : null,
    m.council ? 'Präventionsrat' : null,
    m.coachedYears.length ? `Coaching ${m.coachedYears.join(', ')}` : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * The public page of the alliance: a map of Saxony with its members, prevention councils and coached
 * municipalities (one layer at a time), and the same facts as a table for screen readers and phones.
 */
export function MembersPage() {
  const { search } = useLocation();
  const layer = LAYERS.find((l) => l.id === search.get('ebene')) ?? LAYERS[0]!;
  const members = useNetworkMembers();
  const shapes = useApiQuery(queryKeys.shapes('municipalities'), () => loadSaxonyShapes(), {
    staleTime: Number.POSITIVE_INFINITY,
  });

  const view = useMemo(() => {
    if (!members.data || !shapes.data) return null;
    const byAgs = new Map(members.data.items.map((m) => [m.ags, m]));
    const items: MapMunicipality[] = shapes.data.features.map((f) => ({
      ags: f.properties.ags,
      name: f.properties.name,
      kreisName: f.properties.kreis_name,
      member: byAgs.get(f.properties.ags) ?? null,
    }));
    const onMap = new Set(items.map((i) => i.ags));
    const classes: ValueClass[] = layer.classes.map((c) => ({
      from: c.value,
      to: c.value + 1,
      color: c.color,
      label: c.label,
      count: items.filter((i) => layer.value(i.member) === c.value).length,
    }));
    const field: MapField<MapMunicipality> = {
      label: layer.label,
      unit: '',
      value: (item) => layer.value(item.member),
      format: () => '',
      describe: (item) => describe(item.member),
    };
    return {
      items,
      classes,
      field,
      missing: items.length - classes.reduce((sum, c) => sum + c.count, 0),
      notOnMap: members.data.items.filter((m) => !onMap.has(m.ags)),
    };
  }, [members.data, shapes.data, layer]);

  const error = members.error ?? shapes.error;
  const count = members.data?.items.filter((m) => m.isMember).length ?? 0;

  return (
    <Page
      title="Allianz Sichere Sächsische Kommunen"
      documentTitle="Mitglieder der Allianz"
      lead="Welche Städte und Gemeinden in der Allianz mitarbeiten, wo es einen Kommunalen Präventionsrat gibt und wen der Landespräventionsrat im Coaching begleitet."
    >
      <p className="kern-body">
        <Link className="kern-link" href="/hinweis">
          Einen Hinweis an Ihre Kommune geben
        </Link>{' '}
        ·{' '}
        <Link className="kern-link" href="/hinweise">
          Veröffentlichte Hinweise
        </Link>
      </p>
      {error ? (
        <ErrorMessage
          error={error}
          title="Die Mitglieder konnten nicht geladen werden"
          onRetry={() => {
            members.reload();
            shapes.reload();
          }}
        />
      ) : null}
      {!error && !view ? <Loading label="Karte wird geladen …" /> : null}
      {view ? (
        <>
          <form className="app-map-controls" onSubmit={(event) => event.preventDefault()}>
            <SelectField
              id="ebene"
              label="Auf der Karte zeigen"
              value={layer.id}
              onValueChange={(value) =>
                navigate(value === 'mitglieder' ? '/mitglieder' : `/mitglieder?ebene=${value}`, {
                  replace: true,
                  keepScroll: true,
                })
              }
              options={LAYERS.map((l) => ({ value: l.id, label: l.label }))}
            />
          </form>
          <figure className="app-map-figure">
            <div className="app-map-layout">
              <ChoroplethMap
                items={view.items}
                field={view.field}
                classes={view.classes}
                label={`Karte Sachsens: ${layer.label}. Dieselben Angaben enthält die Tabelle unter der Karte.`}
                onSelect={(ags) => navigate(`/hinweise?kommune=${encodeURIComponent(ags)}`)}
              />
              <Legend
                title={layer.label}
                classes={view.classes}
                missing={view.missing}
                missingLabel={layer.missingLabel}
              />
            </div>
            <figcaption className="kern-body kern-body--small app-map-caption">
              Ein Klick auf eine Kommune zeigt ihre veröffentlichten Hinweise. Gebietsgrenzen vereinfacht
              (Maßstab 1:5 000 000).
            </figcaption>
          </figure>
          {view.notOnMap.length > 0 ? (
            <p className="kern-body">
              Nicht auf der Karte, weil es für sie keine Gebietsgrenzen gibt:{' '}
              {view.notOnMap.map((m) => m.name).join(', ')}.
            </p>
          ) : null}
        </>
      ) : null}
      {members.data && members.data.items.length === 0 ? (
        <EmptyState title="Noch keine Mitglieder eingetragen" />
      ) : null}
      {members.data && members.data.items.length > 0 ? (
        <section className="app-section" aria-labelledby="mitglieder-tabelle">
          <h2 className="kern-heading-medium" id="mitglieder-tabelle">
            Alle Kommunen der Allianz ({count} Mitglieder)
          </h2>
          <MembersTable items={members.data.items} />
        </section>
      ) : null}
      <AttributionNote ids={municipalityAttributionIds} className="app-section" />
    </Page>
  );
}
