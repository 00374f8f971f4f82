import { useMemo } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { missingColor, valueClasses } from '../map/classes.ts';
import { pksApi } from './api.ts';
import { registerGeo } from './charts.ts';
import { DISTRICT_MAP, DistrictMap } from './DistrictMap.tsx';
import { formatCi, formatDecimal, formatHz, formatInteger, formatRatio } from './format.ts';
import { PksAttribution, SubNav } from './SubNav.tsx';

function mapHref(key: string, year: number | null): string {
  const params = new URLSearchParams();
  if (key !== '------') params.set('schluessel', key);
  if (year) params.set('jahr', String(year));
  const query = params.toString();
  return `/kriminalstatistik/karte${query ? `?${query}` : ''}`;
}

export function MapPage() {
  const { search } = useLocation();
  const key = search.get('schluessel') ?? '------';
  const yearParam = Number(search.get('jahr')) || null;
  const keys = useApiQuery(queryKeys.pks('keys'), (signal) => pksApi.keys(signal), {
    staleTime: Infinity,
  });
  const geo = useApiQuery(
    queryKeys.shapes('districts'),
    async (signal) => {
      const shapes = await api.districtShapes(signal);
      registerGeo(DISTRICT_MAP, shapes);
      return shapes;
    },
    { staleTime: Infinity },
  );
  const map = useApiQuery(
    queryKeys.pks('map', { key, year: yearParam }),
    (signal) => pksApi.map(key, yearParam, signal),
    {
      keepPrevious: true,
    },
  );
  const districts = useApiQuery(queryKeys.districts, (signal) => api.districts(signal), {
    staleTime: Infinity,
  });

  const keyOptions = useMemo(() => {
    const list = keys.data?.items.filter((k) => k.districtYears.length > 0) ?? [];
    const main = new Map((keys.data?.mainGroups ?? []).map((g) => [g.key, g.label]));
    return list
      .map((k) => ({
        value: k.key,
        // Main groups in plain words; other keys are for analysts and keep their number.
        label: main.has(k.key) ? main.get(k.key)! : `${k.label} (Schlüssel ${k.key})`,
        main: main.has(k.key),
      }))
      .sort((a, b) => Number(b.main) - Number(a.main) || a.value.localeCompare(b.value));
  }, [keys.data]);

  const view = useMemo(() => {
    if (!map.data) return null;
    const values = map.data.items.map((i) => i.hz).filter((v): v is number => v != null);
    return {
      classes: valueClasses(values, (v) => formatInteger(v)),
      missing: map.data.items.length - values.length,
    };
  }, [map.data]);

  const data = map.data;
  const error = map.error ?? keys.error;
  const year = data?.year ?? null;
  const label = data
    ? `Karte der 13 sächsischen Kreise, eingefärbt nach der Häufigkeitszahl „${data.label}“ ${year ?? ''} in ${view?.classes.length ?? 0} Klassen; jeder Kreis ist mit seiner HZ beschriftet. Dieselben Werte stehen in der Tabelle unter der Karte.`
    : 'Karte der sächsischen Kreise';
  const kreisTyp = new Map((districts.data?.items ?? []).map((d) => [d.kreisSchluessel, d.kreisTyp]));

  return (
    <Page
      title="Karte der Kreise"
      lead="Häufigkeitszahl (Fälle je 100.000 Einwohner) der Landkreise und kreisfreien Städte nach der BKA-Kreistabelle. Ein Klick auf einen Kreis öffnet sein Profil."
    >
      <SubNav current="karte" />
      <form className="pks-controls pks-controls--row" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="pks-karte-schluessel"
          label="Straftat oder Deliktsgruppe"
          value={key}
          onValueChange={(value) => navigate(mapHref(value, null), { replace: true, keepScroll: true })}
          options={keyOptions.length ? keyOptions : [{ value: key, label: key }]}
        />
        <SelectField
          id="pks-karte-jahr"
          label="Berichtsjahr"
          value={String(year ?? '')}
          onValueChange={(value) =>
            navigate(mapHref(key, Number(value)), { replace: true, keepScroll: true })
          }
          options={(data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
        />
      </form>
      {error ? (
        <ErrorMessage error={error} title="Die Karte konnte nicht geladen werden" onRetry={map.reload} />
      ) : null}
      {!error && (!data || !geo.data) ? <Loading label="Karte wird geladen …" /> : null}
      {data && data.items.length === 0 ? (
        <p className="kern-body">Für diesen Schlüssel sind keine Kreisdaten geladen.</p>
      ) : null}
      {data && geo.data && view && data.items.length > 0 ? (
        <figure className="app-map-figure">
          <div className="app-map-layout">
            <DistrictMap
              items={data.items}
              classes={view.classes}
              label={label}
              onSelect={(ags) => navigate(`/kriminalstatistik/profil/${encodeURIComponent(ags)}`)}
            />
            <div className="app-legend">
              <p className="kern-body kern-body--bold app-legend__title">
                HZ {data.label}, {year}
              </p>
              <ul className="app-legend__list">
                {view.classes.map((entry) => (
                  <li key={entry.label} className="app-legend__item">
                    <span
                      className="app-legend__swatch"
                      style={{ backgroundColor: entry.color }}
                      aria-hidden="true"
                    />
                    <span className="kern-body kern-body--small">
                      {entry.label} <span className="app-muted">({entry.count} Kreise)</span>
                    </span>
                  </li>
                ))}
                {view.missing > 0 ? (
                  <li className="app-legend__item">
                    <span
                      className="app-legend__swatch"
                      style={{ backgroundColor: missingColor }}
                      aria-hidden="true"
                    />
                    <span className="kern-body kern-body--small">keine Angabe ({view.missing} Kreise)</span>
                  </li>
                ) : null}
              </ul>
              {data.saxony ? (
                <p className="kern-body kern-body--small">
                  Sachsen: HZ {formatHz(data.saxony.hz)} ({formatInteger(data.saxony.cases)} Fälle)
                </p>
              ) : null}
            </div>
          </div>
          <figcaption className="kern-body kern-body--small app-map-caption">
            Klassen nach Quintilen. Die Einwohnerzahlen vom 31.12. des Vorjahres sind aus der veröffentlichten
            BKA-Häufigkeitszahl abgeleitet, wo keine amtliche Zahl geladen ist.
          </figcaption>
        </figure>
      ) : null}
      {data && data.items.length > 0 ? (
        <section className="app-section" aria-labelledby="pks-karte-tabelle">
          <h2 className="kern-heading-medium" id="pks-karte-tabelle">
            Tabelle: {data.label}, {year}
          </h2>
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--striped app-table-stack pks-table">
              <caption className="kern-sr-only">
                Häufigkeitszahl je Kreis mit 95-%-Konfidenzintervall und Vergleich mit Sachsen
              </caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    Kreis
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Fälle
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Einwohner
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    HZ
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    95-%-KI
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Aufklärung %
                  </th>
                  <th scope="col" className="kern-table__header">
                    zu Sachsen
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {[...data.items]
                  .sort((a, b) => (b.hz ?? -1) - (a.hz ?? -1))
                  .map((item) => (
                    <tr key={item.ags} className="kern-table__row">
                      <th scope="row" className="kern-table__header app-table-stack__title">
                        <Link className="kern-link" href={`/kriminalstatistik/profil/${item.ags}`}>
                          {item.name}
                        </Link>
                        {kreisTyp.get(item.ags) === 'Kreisfreie Stadt' ? (
                          <span className="app-muted"> (kreisfreie Stadt)</span>
                        ) : null}
                      </th>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="Fälle">
                        {formatInteger(item.cases)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="Einwohner">
                        {formatInteger(item.population)}
                        {item.populationDerived ? (
                          <>
                            {' '}
                            <abbr title="aus der BKA-Häufigkeitszahl abgeleitet">(abgel.)</abbr>
                          </>
                        ) : null}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="HZ">
                        {formatHz(item.hz)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="95-%-KI">
                        {formatCi(item.hzCiLow, item.hzCiHigh)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="Aufklärung %">
                        {formatDecimal(item.clearanceRate)}
                      </td>
                      <td className="kern-table__cell" data-label="zu Sachsen">
                        {item.vsSaxony ? (
                          <>
                            × {formatRatio(item.vsSaxony.rateRatio)}{' '}
                            <span className="pks-tag pks-tag--neutral">
                              {item.vsSaxony.notable
                                ? item.vsSaxony.direction === 'hoeher'
                                  ? 'deutlich höher'
                                  : 'deutlich niedriger'
                                : 'Zufall möglich'}
                            </span>
                          </>
                        ) : (
                          '–'
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <p className="kern-body kern-body--small app-muted">
            Pendler, Touristen und Großveranstaltungen erhöhen die Fallzahlen, ohne in der Einwohnerzahl zu
            stehen: Städte haben deshalb oft höhere Häufigkeitszahlen als ländliche Kreise.
          </p>
          <PksAttribution items={data.attributions} />
        </section>
      ) : null}
    </Page>
  );
}
