import type { User } from '@asskomm/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { useAuth } from '../lib/auth.tsx';
import { activeModule, modules } from '../lib/modules.ts';
import { Link, useLocation } from '../lib/router.tsx';
import { AttributionNote } from './Attributions.tsx';
import { UserMenu, UserSummary } from './UserMenu.tsx';

function Logo() {
  return (
    <svg
      className="app-brand__logo"
      viewBox="0 0 32 32"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M16 2 4 6v9c0 7.5 5.1 13 12 15 6.9-2 12-7.5 12-15V6z" fill="currentColor" />
      <path d="M16 6.5 8 9.2v5.9c0 5 3.3 8.8 8 10.4z" fill="#fff" />
    </svg>
  );
}

function MainNavigation({ pathname }: { pathname: string }) {
  const current = activeModule(pathname);
  return (
    <nav aria-label="Hauptnavigation" className="app-nav">
      <ul className="app-nav__list">
        {modules.map((module) => {
          const active = current?.path === module.path;
          return (
            <li key={module.path}>
              <Link
                href={module.path}
                className={`app-nav__link${active ? ' app-nav__link--active' : ''}`}
                aria-current={active ? 'page' : undefined}
              >
                {module.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function MobileAccount({ user }: { user: User }) {
  const { logout } = useAuth();
  return (
    <section className="app-mobile-account" aria-label="Benutzerkonto">
      <UserSummary user={user} />
      <ul className="app-mobile-account__list">
        <li>
          <Link className="kern-link" href="/passwort">
            Passwort ändern
          </Link>
        </li>
        {user.role === 'admin' ? (
          <>
            <li>
              <Link className="kern-link" href="/konten">
                Konten verwalten
              </Link>
            </li>
            <li>
              <Link className="kern-link" href="/auftraege">
                Berichte für alle Kommunen
              </Link>
            </li>
            <li>
              <Link className="kern-link" href="/einstellungen">
                Einstellungen
              </Link>
            </li>
          </>
        ) : null}
        <li>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void logout()}>
            <span className="kern-icon kern-icon--logout" aria-hidden="true" />
            <span className="kern-label">Abmelden</span>
          </button>
        </li>
      </ul>
    </section>
  );
}

function Header({ user }: { user: User | null }) {
  const { pathname, href } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the phone menu on every navigation.
  useEffect(() => setMenuOpen(false), [href]);

  return (
    <header className="app-header">
      <div className="kern-container app-header__bar">
        <Link href="/" className="app-brand">
          <Logo />
          <span className="app-brand__text">
            <span className="app-brand__name">
              <span className="app-brand__short">ASSKomm</span>
              <span className="app-brand__dash"> – </span>
              <span className="app-brand__long">Allianz Sichere Sächsische Kommunen</span>
            </span>
            <span className="app-brand__sub">Plattform des Landespräventionsrates Sachsen</span>
          </span>
        </Link>
        {user ? (
          <>
            <div className="app-header__account">
              <UserMenu user={user} />
            </div>
            <button
              type="button"
              className="kern-btn kern-btn--secondary app-menu-button"
              aria-expanded={menuOpen}
              aria-controls="app-menu"
              onClick={() => setMenuOpen((value) => !value)}
            >
              <span
                className={`kern-icon ${menuOpen ? 'kern-icon--close' : 'kern-icon--dehaze'}`}
                aria-hidden="true"
              />
              <span className="kern-label">Menü</span>
            </button>
          </>
        ) : null}
      </div>
      {user ? (
        <div id="app-menu" className={`app-menu${menuOpen ? ' app-menu--open' : ''}`}>
          <div className="kern-container">
            <MainNavigation pathname={pathname} />
            <MobileAccount user={user} />
          </div>
        </div>
      ) : null}
    </header>
  );
}

/** Public pages (login, sources) link to the sources; the attributions stand on pages that show the data. */
function Footer({ showsData }: { showsData: boolean }) {
  return (
    <footer className="app-footer">
      <div className="kern-container app-footer__inner">
        <nav aria-label="Informationen" className="app-footer__nav">
          <ul className="app-footer__links">
            <li>
              <Link className="kern-link" href="/zahlen">
                Zahlen, Daten, Fakten
              </Link>
            </li>
            <li>
              <Link className="kern-link" href="/datenquellen">
                Datenquellen
              </Link>
            </li>
          </ul>
        </nav>
        {showsData ? <AttributionNote className="app-footer__attribution" /> : null}
        <p className="kern-body kern-body--small">
          ASSKomm – Allianz Sichere Sächsische Kommunen · Landespräventionsrat Sachsen
        </p>
      </div>
    </footer>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  return (
    <div className="app-shell">
      <a className="app-skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <Header user={user} />
      <main id="inhalt" className="kern-container app-main" tabIndex={-1}>
        {children}
      </main>
      <Footer showsData={Boolean(user)} />
    </div>
  );
}
