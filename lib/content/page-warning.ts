import type { Assessment, BlockableAction, NextStepAction } from '../mca/types';
import { blockedActionsOfSection } from '../partner-center/pages';

/** The ways out a customer page's warning offers, from the assessment's next steps (checking again is the panel's). */
export type PageWayOut = Exclude<NextStepAction, 'refresh'>;

export interface PageWarning {
  /** The actions this page leads to that are blocked for the customer, in the page's order. */
  blockedActions: readonly BlockableAction[];
  waysOut: readonly PageWayOut[];
}

/** What a page of this section warns of for the customer, or null when nothing it leads to is blocked. */
export function pageWarningOf(
  assessment: Pick<Assessment, 'blockedActions' | 'nextSteps'>,
  section: string | undefined,
): PageWarning | null {
  const blockedActions = blockedActionsOfSection(section).filter((action) => assessment.blockedActions.includes(action));
  if (blockedActions.length === 0) return null;
  const waysOut = assessment.nextSteps.flatMap((step) => (step.action === 'refresh' ? [] : [step.action]));
  return { blockedActions, waysOut };
}
