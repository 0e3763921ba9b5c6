/** Exit code of audit.mjs when the audit service could not be asked (EX_TEMPFAIL): the check did not run. */
export const AUDIT_UNREACHABLE = 75
