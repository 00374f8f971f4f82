import type { User } from '@asskomm/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useAuth } from '../lib/auth.tsx';
import { roleLabel } from '../lib/format.ts';
import { Link, useLocation } from '../lib/router.tsx';

export function UserSummary({ user }: { user: User }) {
  return (
    <p className="kern-body app-user-summary">
      <span className="kern-body--bold">{user.name}</span>
      <span className="kern-body--small">{user.email}</span>
      <span className="kern-body--small">
        Rolle: {roleLabel(user.role)}
        {user.ags ? ` (AGS ${user.ags})` : ''}
      </span>
    </p>
  );
}

/** Account disclosure in the header (wide screens); on phones the same links sit in the main menu. */
export function UserMenu({ user }: { user: User }) {
  const { logout } = useAuth();
  const { href } = useLocation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close on every navigation.
  useEffect(() => setOpen(false), [href]);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: Event): void {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKey(event: KeyboardEvent): void {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="app-user-menu" ref={rootRef}>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary app-user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        ref={buttonRef}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
        <span className="app-sr-only">Benutzermenü: </span>
        <span className="kern-label app-user-menu__label">
          <span>{user.name}</span>
          <span className="app-user-menu__role">{roleLabel(user.role)}</span>
        </span>
      </button>
      <div id={panelId} className="app-user-menu__panel" hidden={!open}>
        <UserSummary user={user} />
        <ul className="app-user-menu__list">
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
      </div>
    </div>
  );
}
