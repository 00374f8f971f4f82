// Projects and funding (issue 13), loaded on their routes.
import './funding.css';

export { ProjectDetailPage } from '../projects/ProjectDetailPage.tsx';
export { ProjectEditorPage } from '../projects/ProjectEditorPage.tsx';
export { ProjectListPage } from '../projects/ProjectListPage.tsx';
export { ApplicationPage } from './ApplicationPage.tsx';
export { FundingOverviewPage } from './FundingOverviewPage.tsx';
