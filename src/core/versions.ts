/**
 * API versions this release is built and tested against.
 *
 * Precedence for the `Stripe-Version` header of one request (last one wins):
 * the v1 default, then the endpoint's pin (v2 and preview endpoints), then the
 * client's `apiVersion` option, then the per-call `apiVersion` request option.
 */
export const API_VERSIONS = {
  /** Default for every v1 endpoint (the version stripe-node 23.1.0 pins). */
  v1: '2026-10-28.endive',
  /** Accounts v2 with the `card_creator` and `storer` configurations (preview). */
  v2Accounts: '2025-09-30.preview',
  /** Issuing programs: a preview version plus the `issuing_program_beta=v2` flag. */
  issuingPrograms: '2026-05-27.preview; issuing_program_beta=v2',
  /** Issuing α previews (credit underwriting records, dispute settlement details, fraud liability debits), as pinned by stripe@20.2.0-alpha.1. */
  issuingAlpha: '2025-12-15.preview',
} as const;

/** The package version, sent in the `User-Agent` header. */
export const SDK_VERSION = '0.1.0';
