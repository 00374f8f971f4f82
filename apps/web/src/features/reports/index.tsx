// Lagebericht pages (loaded on their routes): per municipality, and the entry page.
import './reports.css';

export { ReportPage } from './ReportPage.tsx';
export { ReportsIndexPage } from './ReportsIndexPage.tsx';
