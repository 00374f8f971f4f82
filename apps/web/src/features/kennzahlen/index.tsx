// "Zahlen, Daten, Fakten" (public) and the staff dashboard with drill-down, lazy-loaded by their routes.
import './kennzahlen.css';

export { DashboardPage, FigureRecordsPage } from './DashboardPage.tsx';
export { ZahlenPage } from './ZahlenPage.tsx';
