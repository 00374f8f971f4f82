// Training (Qualifizierung), lazy-loaded by its routes.
import './training.css';

export { CohortPage } from './CohortPage.tsx';
export { SelfPage } from './SelfPage.tsx';
export { TrainingPage } from './TrainingPage.tsx';
