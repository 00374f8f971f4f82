import type { Change, Comparison, PksProfile, ProfilePoint, ProfileSeries } from '@asskomm/contracts';
import { Alert } from '../../components/Alert.tsx';
import { DemoBadge } from '../../components/Badge.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { pksApi } from './api.ts';
import {
  areaKindLabel,
  formatCi,
  formatDecimal,
  formatHz,
  formatInteger,
  formatPercentChange,
  formatRatio,
} from './format.ts';
import { LineLegend, SeriesChart } from './SeriesChart.tsx';
import { Breadcrumbs, PksAttribution, SubNav } from './SubNav.tsx';

/** "+5 %" plus a word that says whether it is beyond chance (never colour alone). */
function Verdict({ value, kind }: { value: Change | Comparison | null; kind: 'change' | 'ratio' }) {
  if (!value) return <span className="app-muted">–</span>;
  const figure =
    kind === 'change' ? formatPercentChange(value.rateRatio) : `× ${formatRatio(value.rateRatio)}`;
  return (
    <span className="pks-verdict">
      <span className="app-tabular">{figure}</span>{' '}
      {value.notable ? (
        <span className={`pks-tag pks-tag--${value.direction === 'hoeher' ? 'up' : 'down'}`}>
          {value.direction === 'hoeher' ? 'deutlich höher' : 'deutlich niedriger'}
        </span>
      ) : (
        <span className="pks-tag pks-tag--neutral">Zufall möglich</span>
      )}
    </span>
  );
}

/** Saxony comes from the BKA district tables, which may end earlier: then the latest year with a comparison. */
function SaxonyCell({ series, latest }: { series: ProfileSeries; latest: number }) {
  const point = [...series.points].reverse().find((p) => p.vsSaxony);
  if (!point) return <span className="app-muted">–</span>;
  return (
    <span className="pks-verdict">
      <Verdict value={point.vsSaxony} kind="ratio" />
      {point.year !== latest ? <span className="app-muted">({point.year})</span> : null}
    </span>
  );
}

/** "zum Vorjahr", or "zu 2020" when the year before is missing and the last earlier year is compared. */
function previousLabel(year: number, baseYear: number | undefined): string {
  return baseYear === undefined || baseYear === year - 1 ? 'zum Vorjahr' : `zu ${baseYear}`;
}

/** The year a point's change compares with: the last earlier year of the series. */
function baseYearOf(series: ProfileSeries, year: number): number | undefined {
  return series.points.filter((p) => p.year < year).at(-1)?.year;
}

function lastPoint(series: ProfileSeries): ProfilePoint | null {
  return series.points.at(-1) ?? null;
}

/** Shows a group in the chart below and moves the focus there. */
function showGroup(pathname: string, key: string): void {
  navigate(`${pathname}?schluessel=${encodeURIComponent(key)}`, { replace: true, keepScroll: true });
  requestAnimationFrame(() => {
    const heading = document.getElementById('pks-entwicklung-titel');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  });
}

function Overview({ profile }: { profile: PksProfile }) {
  const { pathname } = useLocation();
  const withData = profile.series.filter((s) => s.points.length > 0);
  if (withData.length === 0) return null;
  const latest = Math.max(...withData.map((s) => lastPoint(s)!.year));
  const earlier = withData.map((s) => baseYearOf(s, latest)).filter((y): y is number => y !== undefined);
  const previousHeader = previousLabel(latest, earlier.length > 0 ? Math.max(...earlier) : undefined);
  const hasDistrict = profile.kind === 'gemeinde';
  const hasSaxony = profile.kind !== 'land';
  return (
    <section className="app-section" aria-labelledby="pks-ueberblick">
      <h2 className="kern-heading-medium" id="pks-ueberblick">
        Hauptdeliktsgruppen {latest}
      </h2>
      <p className="kern-body">
        Fälle und Häufigkeitszahl (HZ, Fälle je 100.000 Einwohner) im letzten Berichtsjahr. „Deutlich“ heißt:
        Der Unterschied ist größer, als zufällige Schwankung erwarten lässt (exakter Test, 95 %). „Zufall
        möglich“ heißt: Der Unterschied kann Zufall sein – gerade bei kleinen Fallzahlen.
      </p>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped app-table-stack pks-table">
          <caption className="kern-sr-only">
            Hauptdeliktsgruppen in {profile.name} im Jahr {latest}: Fälle, Häufigkeitszahl mit
            95-%-Konfidenzintervall, Aufklärungsquote und Vergleiche
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Deliktsgruppe
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Fälle
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                HZ
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                95-%-KI der HZ
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Aufklärung %
              </th>
              <th scope="col" className="kern-table__header">
                {previousHeader}
              </th>
              {hasDistrict ? (
                <th scope="col" className="kern-table__header">
                  zum Kreis
                </th>
              ) : null}
              {hasSaxony ? (
                <th scope="col" className="kern-table__header">
                  zu Sachsen
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {profile.series.map((s) => {
              const p = s.points.find((point) => point.year === latest) ?? null;
              return (
                <tr key={s.key} className={`kern-table__row${s.parentGroupId ? ' pks-row--child' : ''}`}>
                  <th scope="row" className="kern-table__header app-table-stack__title">
                    <a
                      className="kern-link"
                      href={`${pathname}?schluessel=${encodeURIComponent(s.key)}#pks-entwicklung`}
                      onClick={(event) => {
                        event.preventDefault();
                        showGroup(pathname, s.key);
                      }}
                    >
                      {s.label}
                    </a>
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="Fälle">
                    {p ? formatInteger(p.cases) : '–'}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="HZ">
                    {p ? formatHz(p.hz) : '–'}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="95-%-KI der HZ">
                    {p ? formatCi(p.hzCiLow, p.hzCiHigh) : '–'}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="Aufklärung %">
                    {p ? formatDecimal(p.clearanceRate) : '–'}
                  </td>
                  <td className="kern-table__cell" data-label={previousHeader}>
                    <Verdict value={p?.changeVsPrevious ?? null} kind="change" />
                    {p && previousLabel(p.year, baseYearOf(s, p.year)) !== previousHeader ? (
                      <span className="app-muted"> ({previousLabel(p.year, baseYearOf(s, p.year))})</span>
                    ) : null}
                  </td>
                  {hasDistrict ? (
                    <td className="kern-table__cell" data-label="zum Kreis">
                      <Verdict value={p?.vsDistrict ?? null} kind="ratio" />
                    </td>
                  ) : null}
                  {hasSaxony ? (
                    <td className="kern-table__cell" data-label="zu Sachsen">
                      <SaxonyCell series={s} latest={latest} />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="kern-body kern-body--small app-muted">
        „zum Kreis“ und „zu Sachsen“: Verhältnis der Häufigkeitszahlen (× 1,20 = 20 % höher); eine Jahreszahl
        in Klammern nennt das letzte Jahr mit Vergleichsdaten. „–“: keine Daten oder keine Einwohnerzahl.
      </p>
    </section>
  );
}

function YearTable({ profile, series }: { profile: PksProfile; series: ProfileSeries }) {
  const district = new Map((series.district ?? []).map((p) => [p.year, p]));
  const saxony = new Map((series.saxony ?? []).map((p) => [p.year, p]));
  const hasDistrict = profile.kind === 'gemeinde';
  const hasSaxony = profile.kind !== 'land';
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small app-table-stack pks-table">
        <caption className="kern-body kern-body--bold pks-caption">
          Werte je Berichtsjahr: {series.label}
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Jahr
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Fälle
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Einwohner (31.12. Vorjahr)
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
              zum Jahr davor
            </th>
            {hasDistrict ? (
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                HZ Kreis
              </th>
            ) : null}
            {hasSaxony ? (
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                HZ Sachsen
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {series.points.map((p) => (
            <tr key={p.year} className="kern-table__row">
              <th scope="row" className="kern-table__header app-table-stack__title">
                {p.year}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric" data-label="Fälle">
                {formatInteger(p.cases)}
              </td>
              <td
                className="kern-table__cell kern-table__cell--numeric"
                data-label="Einwohner (31.12. Vorjahr)"
              >
                {formatInteger(p.population)}
                {p.populationDerived ? (
                  <>
                    {' '}
                    <abbr title="aus der BKA-Häufigkeitszahl abgeleitet">(abgel.)</abbr>
                  </>
                ) : null}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric" data-label="HZ">
                {formatHz(p.hz)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric" data-label="95-%-KI">
                {formatCi(p.hzCiLow, p.hzCiHigh)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric" data-label="Aufklärung %">
                {formatDecimal(p.clearanceRate)}
              </td>
              <td className="kern-table__cell" data-label="zum Jahr davor">
                <Verdict value={p.changeVsPrevious} kind="change" />
                {p.changeVsPrevious ? (
                  <span className="app-muted"> ({previousLabel(p.year, baseYearOf(series, p.year))})</span>
                ) : null}
              </td>
              {hasDistrict ? (
                <td className="kern-table__cell kern-table__cell--numeric" data-label="HZ Kreis">
                  {formatHz(district.get(p.year)?.hz)}
                </td>
              ) : null}
              {hasSaxony ? (
                <td className="kern-table__cell kern-table__cell--numeric" data-label="HZ Sachsen">
                  {formatHz(saxony.get(p.year)?.hz)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Assessment({ point }: { point: ProfilePoint }) {
  const items = [
    {
      label:
        point.changeVsPrevious && point.changeVsPrevious.baseYears[0] !== point.year - 1
          ? `Veränderung zu ${point.changeVsPrevious.baseYears[0]} (letztes Jahr davor mit Daten)`
          : 'Veränderung zum Vorjahr',
      value: point.changeVsPrevious,
    },
    { label: 'Vergleich mit dem Mittel der fünf Vorjahre', value: point.changeVsFiveYearMean },
    { label: 'Vergleich mit dem Kreis', value: point.vsDistrict },
    { label: 'Vergleich mit Sachsen', value: point.vsSaxony },
  ].filter((item) => item.value);
  if (items.length === 0)
    return (
      <p className="kern-body">
        Für {point.year} ist kein Vergleich möglich (es fehlen Vorjahre, Vergleichsgebiete oder
        Einwohnerzahlen).
      </p>
    );
  return (
    <dl className="kern-description-list pks-assessment">
      {items.map((item) => (
        <div key={item.label} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{item.label}</dt>
          <dd className="kern-description-list-item__value">{item.value!.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Development({ profile, selectedKey }: { profile: PksProfile; selectedKey: string }) {
  const { pathname } = useLocation();
  const candidates = profile.series.filter((s) => s.points.length > 0);
  const series = candidates.find((s) => s.key === selectedKey) ?? candidates[0];
  if (!series) return null;
  const districtName =
    profile.kind === 'gemeinde' && series.district?.length ? (profile.district?.name ?? null) : null;
  const showSaxony = profile.kind !== 'land' && (series.saxony?.length ?? 0) > 0;
  const last = series.points.at(-1)!;
  return (
    <section className="app-section" aria-labelledby="pks-entwicklung-titel" id="pks-entwicklung">
      <h2 className="kern-heading-medium" id="pks-entwicklung-titel" tabIndex={-1}>
        Entwicklung
      </h2>
      <form className="pks-controls" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="pks-gruppe"
          label="Deliktsgruppe"
          value={series.key}
          onValueChange={(key) =>
            navigate(`${pathname}?schluessel=${encodeURIComponent(key)}`, { replace: true, keepScroll: true })
          }
          options={candidates.map((s) => ({ value: s.key, label: s.label }))}
        />
      </form>
      <figure className="pks-figure">
        <SeriesChart
          series={series}
          areaName={profile.name}
          districtName={districtName}
          showSaxony={showSaxony}
        />
        <figcaption className="kern-body kern-body--small">
          <LineLegend
            items={[
              { label: `${profile.name} (HZ)`, style: 'own' },
              {
                label:
                  '95-%-Konfidenzintervall (Bereich, in dem die HZ bei zufälliger Schwankung liegen kann)',
                style: 'band',
              },
              ...(districtName ? [{ label: `${districtName} (HZ)`, style: 'district' as const }] : []),
              ...(showSaxony ? [{ label: 'Sachsen (HZ, Summe der Kreise)', style: 'saxony' as const }] : []),
            ]}
          />
          {series.breaks.length > 0 ? (
            <ul className="kern-list pks-breaks">
              {series.breaks.map((b) => (
                <li key={`${b.year}-${b.label}`}>
                  <span className="kern-body--bold">Bruch in der Reihe ab {b.year}</span> (senkrechte Linie):{' '}
                  {b.label}
                </li>
              ))}
            </ul>
          ) : null}
        </figcaption>
      </figure>
      {series.sumOf ? (
        <Alert type="info" title="Mindestens so viele Fälle">
          <p className="kern-body">
            Diese Quelle nennt die Gruppe nicht als Ganzes. Gezeigt wird die Summe ihrer Teile, die sie
            enthält; die tatsächliche Zahl kann höher sein.
          </p>
          <p className="kern-body kern-body--small">
            Für Fachleute: Straftatenschlüssel {series.key} fehlt, Summe der Schlüssel{' '}
            {series.sumOf.join(' + ')}.
          </p>
        </Alert>
      ) : null}
      {series.note && !series.sumOf ? (
        <p className="kern-body kern-body--small">Hinweis: {series.note}</p>
      ) : null}
      <h3 className="kern-heading-small">Einordnung {last.year}</h3>
      <Assessment point={last} />
      <YearTable profile={profile} series={series} />
    </section>
  );
}

export function ProfilePage({ ags }: { ags: string }) {
  const { search } = useLocation();
  const selectedKey = search.get('schluessel') ?? '------';
  const { data, error, loading, reload } = useApiQuery(queryKeys.pks('profile', ags), (signal) =>
    pksApi.profile(ags, signal),
  );

  if (error?.status === 403) {
    const district = ags.length === 8 ? ags.slice(0, 5) : null;
    return (
      <Page title="Kein Zugriff auf diese Gemeindedaten" before={<Breadcrumbs current="Kein Zugriff" />}>
        <p className="kern-body">
          Die importierten PKS-Zahlen einer Kommune sehen nur die Kommune selbst, ihr Präventionsrat, die
          Coaches und die Geschäftsstelle des Landespräventionsrates.
        </p>
        {district ? (
          <p className="kern-body">
            <Link className="kern-link" href={`/kriminalstatistik/profil/${district}`}>
              Zum Profil des Kreises {district}
            </Link>
          </p>
        ) : null}
      </Page>
    );
  }
  if (error?.status === 404 || error?.status === 400) {
    return (
      <Page title="Gebiet nicht gefunden" before={<Breadcrumbs current="Nicht gefunden" />}>
        <p className="kern-body">
          Zum Schlüssel <span className="app-tabular">{ags}</span> gibt es keine Kommune und keinen Kreis.{' '}
          <Link className="kern-link" href="/kriminalstatistik">
            Zur Übersicht
          </Link>
        </p>
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title="Kriminalitätsprofil" before={<Breadcrumbs current="Profil" />}>
        {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
        {loading ? <Loading label="Profil wird geladen …" /> : null}
      </Page>
    );
  }
  const empty = data.series.every((s) => s.points.length === 0);
  return (
    <Page
      title={`Kriminalstatistik: ${data.name}`}
      titleAddon={data.isDemo ? <DemoBadge /> : null}
      before={<Breadcrumbs current={data.name} />}
      lead={
        <>
          {areaKindLabel(data.kind)}
          {data.district ? (
            <>
              {' '}
              im Kreis{' '}
              <Link className="kern-link" href={`/kriminalstatistik/profil/${data.district.ags}`}>
                {data.district.name}
              </Link>
            </>
          ) : null}
          {data.kind === 'gemeinde' ? (
            <>
              {' · '}
              <Link className="kern-link" href={`/kommunen/${data.ags}`}>
                Steckbrief der Kommune
              </Link>
            </>
          ) : null}
        </>
      }
    >
      <SubNav current="profil" />
      {data.notes.map((note) => (
        <Alert
          key={note}
          type={data.isDemo && note.includes('erfunden') ? 'warning' : 'info'}
          title="Hinweis"
        >
          <p className="kern-body">{note}</p>
        </Alert>
      ))}
      {empty ? null : (
        <>
          <Overview profile={data} />
          <Development profile={data} selectedKey={selectedKey} />
        </>
      )}
      <section className="app-section" aria-labelledby="pks-erlaeuterung">
        <h2 className="kern-heading-small" id="pks-erlaeuterung">
          So wird gerechnet
        </h2>
        <p className="kern-body">{data.denominator}</p>
        <p className="kern-body">
          Die Polizeiliche Kriminalstatistik zählt Fälle, die der Polizei bekannt wurden, bei Abgabe an die
          Staatsanwaltschaft und am Tatort. Mehr Anzeigen, mehr Kontrollen (etwa bei Rauschgift- oder
          Ladendiebstahl) oder neue Gesetze ändern die Zahlen, ohne dass sich die Sicherheitslage ändert.
        </p>
      </section>
      <section className="app-section" aria-labelledby="pks-quellen">
        <h2 className="kern-heading-small" id="pks-quellen">
          Quellen
        </h2>
        {data.isDemo ? (
          <p className="kern-body kern-body--small">
            Zahlen von {data.name}: synthetische Demodaten (ASSKomm, Zufallsgenerator mit festem Startwert).
          </p>
        ) : null}
        <PksAttribution items={data.attributions} />
      </section>
    </Page>
  );
}
