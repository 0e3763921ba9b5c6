// The edge suite needs what the browser suite needs (built CMS and site behind the edge, fresh
// seeded database): the same global setup, on the edge suite's own ports.
process.env.E2E_CMS_PORT = process.env.EDGE_TEST_CMS_PORT ?? '3230'
process.env.E2E_WEB_PORT = process.env.EDGE_TEST_WEB_PORT ?? '3231'
delete process.env.E2E_CMS_APP_PORT
delete process.env.E2E_WEB_APP_PORT
delete process.env.E2E_REUSE_STATE_FILE

const { default: globalSetup } = await import('../e2e/support/globalSetup.mjs')

export default globalSetup
