import type { AgreementRecord, CustomerEvidence, EvidenceSource, PartnerRole } from '../mca/types';

/** One observation of a customer's agreement state, from one source at one time. */
export interface EvidencePiece {
  tenantId: string;
  source: EvidenceSource;
  /** ISO 8601. */
  observedAt: string;
  /** Undefined: this source said nothing about agreements; empty: it said there are none. */
  agreements?: readonly AgreementRecord[];
  directAcceptance?: boolean;
}

/** When two sources are equally fresh, the one that sees most wins: the API lists every agreement, the page only the latest. */
const SOURCE_RANK: Record<EvidenceSource, number> = { api: 0, 'bulk-feed': 1, page: 2, record: 3 };

const fresherFirst = (a: EvidencePiece, b: EvidencePiece) =>
  b.observedAt.localeCompare(a.observedAt) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source];

/**
 * What the freshest observations say: each fact (agreements, direct acceptance) comes from the freshest source that knows it.
 * Attestations this extension recorded itself are added to what that source saw, since a source may not show them yet.
 */
export function combineEvidence(pieces: readonly EvidencePiece[], partnerRole?: PartnerRole): CustomerEvidence {
  const ordered = [...pieces].sort(fresherFirst);
  const observed = ordered.filter((piece) => piece.source !== 'record');
  // What the extension recorded counts only until Partner Center's API reads the customer again: a record (an imported one
  // included) never outranks a newer API reading.
  const apiReading = observed.find((piece) => piece.source === 'api');
  const readSince = (piece: EvidencePiece) => !apiReading || Date.parse(piece.observedAt) > Date.parse(apiReading.observedAt);
  const recorded = ordered
    .filter((piece) => piece.source === 'record' && readSince(piece))
    .flatMap((piece) => piece.agreements ?? []);
  const agreementsPiece = observed.find((piece) => piece.agreements !== undefined);
  const directPiece = observed.find((piece) => piece.directAcceptance !== undefined);

  const agreements =
    agreementsPiece?.agreements !== undefined || recorded.length > 0
      ? [
          ...(agreementsPiece?.agreements ?? []).map((a) => ({
            ...a,
            source: agreementsPiece!.source,
            observedAt: agreementsPiece!.observedAt,
          })),
          ...recorded,
        ]
      : undefined;

  return {
    ...(agreements !== undefined && { agreements }),
    ...(directPiece?.directAcceptance !== undefined && { directAcceptance: directPiece.directAcceptance }),
    ...(partnerRole !== undefined && { partnerRole }),
  };
}
