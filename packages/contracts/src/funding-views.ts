// Response shapes of the projects and funding API (types only): core's functions are declared with
// them, so the server and the web app cannot drift apart.
import type { TCostItem, TFinancing } from './funding.ts';
import type { ProjectStatus, TBeccariaSteps } from './projects.ts';

export interface FundingRuleHint {
  code: string;
  rule: string;
  message: string;
  values: Record<string, string | number>;
}

export interface FundingApplicationView {
  id: number;
  projectId: number;
  projectTitle: string;
  ags: string;
  municipalityName: string;
  fundingYear: number;
  status: string;
  isDemo: boolean;
  plan: { items: TCostItem[]; financing: TFinancing };
  sums: {
    totalCostCent: number;
    eligibleCostCent: number;
    ownShareCent: number;
    financingCent: number;
    maxGrantCent: number;
  };
  window: { opens: string; closes: string };
  hints: FundingRuleHint[];
  submittedOn: string | null;
  consultation: { id: number; heldOn: string; topic: string } | null;
  reviewStartedOn: string | null;
  decision: {
    approvedCent: number | null;
    decidedOn: string | null;
    conditions: string;
    rejectionReason: string;
  };
  calls: { id: number; calledOn: string; amountCent: number }[];
  calledCent: number;
  interimReport: { dueOn: string; filedOn: string | null; text: string | null; overdue: boolean };
  proof: {
    report: string;
    ownShareSpentCent: number;
    submittedOn: string | null;
    spentCent: number | null;
    receiptsCent: number;
    receipts: {
      id: number;
      paidOn: string;
      /** null for readers who do not keep the books (payees can be private persons). */
      payee: string | null;
      purpose: string;
      amountCent: number;
      document: { name: string; type: string; size: number } | null;
    }[];
  };
  repayment: { repaymentCent: number | null; repaidOn: string | null };
  closedOn: string | null;
}

export interface FundingApplicationSummary {
  id: number;
  projectId: number;
  projectTitle: string;
  ags: string;
  municipalityName: string;
  fundingYear: number;
  status: string;
  requestedCent: number;
  approvedCent: number | null;
  submittedOn: string | null;
  isDemo: boolean;
}

export interface FundingYearOverview {
  year: number;
  budgetCent: number | null;
  applications: number;
  requestedCent: number;
  approvedCent: number;
  approvals: number;
  calledCent: number;
  repaymentCent: number;
  remainingCent: number | null;
}

export interface ProjectSummary {
  id: number;
  ags: string;
  municipalityName: string;
  title: string;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  isDemo: boolean;
  stepsFilled: number;
}

export interface ProjectView {
  id: number;
  ags: string;
  municipalityName: string;
  title: string;
  status: ProjectStatus | string;
  startsOn: string | null;
  endsOn: string | null;
  steps: Partial<TBeccariaSteps> & Record<string, string>;
  targetGroups: string[];
  partners: string[];
  materials: { title: string; kind: string; quantity: number | null }[];
  milestones: { title: string; dueOn: string | null; doneOn: string | null }[];
  coachingId: number | null;
  evaluation: { waveBefore: number | null; waveAfter: number | null; items: string[] };
  isDemo: boolean;
  applications: {
    id: number;
    fundingYear: number;
    status: string;
    requestedCent: number;
    approvedCent: number | null;
  }[];
}

export interface ProjectEvaluationView {
  projectId: number;
  waveBefore: { id: number; title: string } | null;
  waveAfter: { id: number; title: string } | null;
  rows: {
    item: string;
    meaning: string | null;
    before: { estimate: number | null; ciLow: number | null; ciHigh: number | null; n: number } | null;
    after: { estimate: number | null; ciLow: number | null; ciHigh: number | null; n: number } | null;
    change: { difference: number; ciLow: number; ciHigh: number; notable: boolean } | null;
    note: string | null;
  }[];
}
