// @ts-check
// `node --import <this file>`: the site's server sends visitors pages without Next's client runtime
// (./visitorHtml.mjs). Set in NODE_OPTIONS by the launcher and apps/web/Dockerfile.
import { installVisitorHtml } from './visitorHtml.mjs'

installVisitorHtml()
