import type {
  FundingApplicationSummary,
  FundingApplicationView,
  FundingYearOverview,
  TFundingDecision,
  TFundingPlan,
  TReceiptInput,
} from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';

// Endpoints of /api/funding on the one client; every step answers with the whole application.
const application = (id: number) => `/api/funding/applications/${encodeURIComponent(String(id))}`;
type View = Promise<FundingApplicationView>;

export const fundingApi = {
  list(signal?: AbortSignal): Promise<{ items: FundingApplicationSummary[] }> {
    return request('GET', '/api/funding/applications', { signal });
  },
  get(id: number, signal?: AbortSignal): View {
    return request('GET', application(id), { signal });
  },
  create(projectId: number, fundingYear: number): View {
    const plan: TFundingPlan = {
      items: [],
      financing: { ownCashCent: 0, ownInKindCent: 0, thirdPartyCent: 0, requestedCent: 0 },
    };
    return request('POST', '/api/funding/applications', { json: { projectId, fundingYear, plan } });
  },
  savePlan(id: number, plan: TFundingPlan): View {
    return request('PUT', `${application(id)}/plan`, { json: { plan } });
  },
  step(id: number, action: 'submit' | 'withdraw' | 'review' | 'proof/submit' | 'proof/check'): View {
    return request('POST', `${application(id)}/${action}`);
  },
  decide(id: number, decision: TFundingDecision): View {
    return request('POST', `${application(id)}/decision`, { json: decision });
  },
  callFunds(id: number, amountCent: number): View {
    return request('POST', `${application(id)}/calls`, { json: { amountCent } });
  },
  interimReport(id: number, text: string): View {
    return request('POST', `${application(id)}/interim-report`, { json: { text } });
  },
  saveProof(id: number, report: string, ownShareSpentCent: number): View {
    return request('PUT', `${application(id)}/proof`, { json: { report, ownShareSpentCent } });
  },
  addReceipt(id: number, receipt: TReceiptInput): View {
    return request('POST', `${application(id)}/receipts`, { json: receipt });
  },
  removeReceipt(id: number, receiptId: number): View {
    return request('DELETE', `${application(id)}/receipts/${receiptId}`);
  },
  uploadReceipt(id: number, receiptId: number, file: File): View {
    const form = new FormData();
    form.append('datei', file);
    return request('PUT', `${application(id)}/receipts/${receiptId}/file`, { form });
  },
  receiptUrl: (id: number, receiptId: number) => `${application(id)}/receipts/${receiptId}/file`,
  formUrl: (id: number) => `${application(id)}/form.pdf`,
  repayment(id: number, repaidOn: string): View {
    return request('POST', `${application(id)}/repayment`, { json: { repaidOn } });
  },
  setBudget(year: number, budgetCent: number): Promise<void> {
    return request('PUT', `/api/funding/budgets/${year}`, { json: { budgetCent } });
  },
  overview(signal?: AbortSignal): Promise<{ items: FundingYearOverview[] }> {
    return request('GET', '/api/funding/overview', { signal });
  },
};
