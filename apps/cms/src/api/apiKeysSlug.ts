/** Slug of the service API key collection; also the prefix of the Authorization header (`api-keys API-Key <key>`). */
export const API_KEYS_SLUG = 'api-keys'
