import type { Access } from 'payload'

import { canReadContent } from './canReadContent'

/**
 * Signed-in CMS users read everything; anonymous readers and service API keys get a query
 * constraint instead of a boolean, so list endpoints silently return published documents
 * only (preview keys read drafts). The same rule as versioned content collections.
 */
export const authenticatedOrPublished: Access = (args) => canReadContent(args)
