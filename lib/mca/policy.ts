import type { Message } from '../i18n/translator';
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import { mcaMessage } from './messages';
import { needsAcceptance } from './risk';
import {
  ATTESTATION_API_ONLY_FROM,
  CLOUD_AGREEMENT_RETIRED_AT,
  CURRENT_ATTESTATION_FROM,
  STALE_ATTESTATION_BLOCKED_FROM,
  hasBegun,
} from './timeline';
import {
  BLOCKABLE_ACTIONS,
  type AgreementRecord,
  type AgreementType,
  type Assessment,
  type BlockableAction,
  type CustomerEvidence,
  type McaStatus,
  type NextStep,
  type PartnerRole,
} from './types';

interface DatedAgreement {
  record: AgreementRecord;
  at: number;
}

/** Evidence whose absence leaves the status uncertain. */
type MissingEvidence = 'direct-acceptance' | 'agreements' | 'agreement-dates';

interface Finding {
  status: McaStatus;
  decidedBy?: DatedAgreement;
  reasons: Message[];
  missing: MissingEvidence[];
}

interface Block {
  blockedActions: BlockableAction[];
  blockStartsAt?: string;
  reason?: Message;
}

interface AttestationAdvice {
  canAttest: boolean;
  steps: NextStep[];
  reasons: Message[];
}

/** ISO 8601 in UTC, to the second unless the source had milliseconds: the form of the timeline's milestones. */
const toIso = (at: number) => new Date(at).toISOString().replace('.000Z', 'Z');

/** Splits the records into usable ones and reasons for those ignored (unreadable or future dates). */
function screenAgreements(records: readonly AgreementRecord[], now: Date): { dated: DatedAgreement[]; ignored: Message[] } {
  const dated: DatedAgreement[] = [];
  const ignored: Message[] = [];
  for (const record of records) {
    const at = parsePartnerCenterDate(record.dateAgreed);
    if (at === undefined) ignored.push(mcaMessage('mca.reason.agreementDateUnreadable', { value: record.dateAgreed }));
    else if (at > now.getTime()) ignored.push(mcaMessage('mca.reason.agreementDateInFuture', { date: toIso(at) }));
    else dated.push({ record, at });
  }
  return { dated, ignored };
}

function latestOfType(agreements: readonly DatedAgreement[], type: AgreementType): DatedAgreement | undefined {
  let latest: DatedAgreement | undefined;
  for (const agreement of agreements) {
    if (agreement.record.type === type && (!latest || agreement.at > latest.at)) latest = agreement;
  }
  return latest;
}

function atRiskFinding(
  status: McaStatus,
  statusReason: Message,
  decidedBy: DatedAgreement | undefined,
  directAcceptance: boolean | undefined,
  anyIgnored: boolean,
): Finding {
  const missing: MissingEvidence[] = [];
  if (directAcceptance === undefined) missing.push('direct-acceptance');
  if (anyIgnored) missing.push('agreement-dates');
  const directAcceptanceReason = mcaMessage(
    directAcceptance === undefined ? 'mca.reason.directAcceptanceUnknown' : 'mca.reason.noDirectAcceptance',
  );
  return { status, ...(decidedBy && { decidedBy }), reasons: [statusReason, directAcceptanceReason], missing };
}

function findStatus(evidence: CustomerEvidence, dated: readonly DatedAgreement[] | undefined, anyIgnored: boolean): Finding {
  const { directAcceptance } = evidence;
  if (directAcceptance === true) {
    return { status: 'direct-acceptance', reasons: [mcaMessage('mca.reason.directAcceptance')], missing: [] };
  }
  if (!dated) {
    return directAcceptance === undefined
      ? { status: 'unknown', reasons: [mcaMessage('mca.reason.noEvidence')], missing: ['direct-acceptance', 'agreements'] }
      : {
          status: 'unknown',
          reasons: [mcaMessage('mca.reason.noDirectAcceptance'), mcaMessage('mca.reason.agreementsUnknown')],
          missing: ['agreements'],
        };
  }
  const customerAgreement = latestOfType(dated, 'MicrosoftCustomerAgreement');
  if (customerAgreement) {
    const date = toIso(customerAgreement.at);
    if (customerAgreement.at >= Date.parse(CURRENT_ATTESTATION_FROM)) {
      const reason = mcaMessage('mca.reason.attestationCurrent', { date, cutoff: CURRENT_ATTESTATION_FROM });
      return { status: 'attested', decidedBy: customerAgreement, reasons: [reason], missing: [] };
    }
    const reason = mcaMessage('mca.reason.attestationStale', { date, cutoff: CURRENT_ATTESTATION_FROM });
    return atRiskFinding('attestation-stale', reason, customerAgreement, directAcceptance, anyIgnored);
  }
  const cloudAgreement = latestOfType(dated, 'MicrosoftCloudAgreement');
  if (cloudAgreement) {
    const reason = mcaMessage('mca.reason.cloudAgreementOnly', {
      date: toIso(cloudAgreement.at),
      retiredAt: CLOUD_AGREEMENT_RETIRED_AT,
    });
    return atRiskFinding('cloud-agreement-only', reason, cloudAgreement, directAcceptance, anyIgnored);
  }
  return atRiskFinding('none', mcaMessage('mca.reason.noAgreement'), undefined, directAcceptance, anyIgnored);
}

/** When each at-risk status starts blocking; `none` blocks from the start. */
const BLOCK_MILESTONES: Partial<Record<McaStatus, string>> = {
  'attestation-stale': STALE_ATTESTATION_BLOCKED_FROM,
  'cloud-agreement-only': CLOUD_AGREEMENT_RETIRED_AT,
};

function blockOf(status: McaStatus, now: Date): Block {
  if (!needsAcceptance(status)) return { blockedActions: [] };
  const startsAt = BLOCK_MILESTONES[status];
  if (startsAt === undefined) {
    return { blockedActions: [...BLOCKABLE_ACTIONS], reason: mcaMessage('mca.reason.blockUntilAccepted') };
  }
  return hasBegun(startsAt, now)
    ? {
        blockedActions: [...BLOCKABLE_ACTIONS],
        blockStartsAt: startsAt,
        reason: mcaMessage('mca.reason.blockActive', { date: startsAt }),
      }
    : { blockedActions: [], blockStartsAt: startsAt, reason: mcaMessage('mca.reason.blockComing', { date: startsAt }) };
}

function attestationAdvice(status: McaStatus, role: PartnerRole | undefined, now: Date): AttestationAdvice {
  if (!needsAcceptance(status)) return { canAttest: false, steps: [], reasons: [] };
  if (role === 'indirect-reseller') {
    return {
      canAttest: false,
      steps: [{ action: 'ask-provider', message: mcaMessage('mca.nextStep.askProvider') }],
      reasons: [mcaMessage('mca.reason.resellerCannotAttest')],
    };
  }
  const apiOnly = hasBegun(ATTESTATION_API_ONLY_FROM, now);
  const attest: NextStep = apiOnly
    ? { action: 'attest', channels: ['api'], message: mcaMessage('mca.nextStep.attestThroughApi') }
    : {
        action: 'attest',
        channels: ['partner-center', 'api'],
        message: mcaMessage('mca.nextStep.attestInPartnerCenterOrApi', { date: ATTESTATION_API_ONLY_FROM }),
      };
  // An unknown role may be a reseller's: say what a reseller does instead.
  const askProvider: NextStep[] =
    role === undefined ? [{ action: 'ask-provider', message: mcaMessage('mca.nextStep.askProviderIfReseller') }] : [];
  const apiOnlyReason = mcaMessage(apiOnly ? 'mca.reason.attestationApiOnly' : 'mca.reason.attestationApiOnlySoon', {
    date: ATTESTATION_API_ONLY_FROM,
  });
  return { canAttest: true, steps: [attest, ...askProvider], reasons: [apiOnlyReason] };
}

function refreshSteps(missing: readonly MissingEvidence[]): NextStep[] {
  const has = (evidence: MissingEvidence) => missing.includes(evidence);
  const refresh = (key: Parameters<typeof mcaMessage>[0]): NextStep => ({ action: 'refresh', message: mcaMessage(key) });
  const steps: NextStep[] = [];
  if (has('direct-acceptance') && has('agreements')) steps.push(refresh('mca.nextStep.checkAll'));
  else if (has('direct-acceptance')) steps.push(refresh('mca.nextStep.checkDirectAcceptance'));
  else if (has('agreements')) steps.push(refresh('mca.nextStep.checkAgreements'));
  if (has('agreement-dates')) steps.push(refresh('mca.nextStep.checkAgreementRecords'));
  return steps;
}

/** The customer's MCA status at `now`, derived from what is known; never stored as truth. */
export function assessCustomer(evidence: CustomerEvidence, now: Date): Assessment {
  const screened = evidence.agreements && screenAgreements(evidence.agreements, now);
  const ignored = screened?.ignored ?? [];
  const finding = findStatus(evidence, screened?.dated, ignored.length > 0);
  const block = blockOf(finding.status, now);
  const advice = attestationAdvice(finding.status, evidence.partnerRole, now);
  const invite: NextStep[] = needsAcceptance(finding.status)
    ? [{ action: 'invite-accept', invitation: 'accept-mca', message: mcaMessage('mca.nextStep.inviteAccept') }]
    : [];
  const ignoredMayMatter = finding.missing.includes('agreement-dates')
    ? [mcaMessage('mca.reason.ignoredAgreementsMayMatter')]
    : [];
  return {
    status: finding.status,
    ...(finding.decidedBy && { since: toIso(finding.decidedBy.at), latestAgreement: finding.decidedBy.record }),
    blockedActions: block.blockedActions,
    ...(block.blockStartsAt && { blockStartsAt: block.blockStartsAt }),
    canAttest: advice.canAttest,
    nextSteps: [...refreshSteps(finding.missing), ...invite, ...advice.steps],
    reasons: [...finding.reasons, ...ignored, ...ignoredMayMatter, ...(block.reason ? [block.reason] : []), ...advice.reasons],
    certain: finding.missing.length === 0,
  };
}
