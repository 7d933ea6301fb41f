/** The cycle as the workspace shows it (dates already formatted by the page). */
export type WorkspaceCycle = {
  id: string;
  teamId: string;
  version: number;
  state: string;
  title: string;
  scale: string;
  objective: string;
  who: string;
  what: string;
  where: string;
  whenText: string;
  dataCollectionPlan: string;
  plannedStart: string | null;
  observations: string;
  surprises: string;
  learningSummary: string;
  decision: string | null;
  decisionNote: string;
  abandonReason: string;
  hasNext: boolean;
  predictions: { id: string; question: string; prediction: string; outcome: string; held: boolean | null }[];
  measureIds: string[];
  comments: { id: string; text: string; authorName: string | null; createdAt: string }[];
};
