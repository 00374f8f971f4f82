// The remark pages, loaded on their routes (see routes.tsx in this folder).
import './remarks.css';

export { PublicRemarksPage } from './PublicRemarksPage.tsx';
export { RemarkFormPage } from './RemarkFormPage.tsx';
export { RemarkStatusPage } from './RemarkStatusPage.tsx';
export { StaffRemarksPage } from './StaffRemarksPage.tsx';
