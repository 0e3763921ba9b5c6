/**
 * The edge's nginx template (deploy/edge/) as the launcher renders it: every placeholder filled,
 * any number of app instances per upstream, and a configuration Debian's nginx accepts (`nginx -t`,
 * the real binary). The edge's behaviour is tested against real apps in apps/web/tests/edge.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { EDGE_TEMPLATE, edgeVariables, mainConfig, NGINX_PATH, renderTemplate } from '../../../../packages/launcher/src/edge.mjs'

const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-edge-config-'))
afterAll(() => fs.rmSync(prefix, { recursive: true, force: true }))

const template = fs.readFileSync(EDGE_TEMPLATE, 'utf8')

function render(instances: number, brotli = false): string {
  return renderTemplate(
    template,
    edgeVariables({
      cmsListen: '127.0.0.1:4290',
      webListen: '127.0.0.1:4291',
      cmsUpstreams: Array.from({ length: instances }, (_, i) => `127.0.0.1:${4250 + i}`),
      webUpstreams: Array.from({ length: instances }, (_, i) => `127.0.0.1:${4270 + i}`),
      cmsOrigin: 'https://cms.example.org/admin',
      cacheDir: path.join(prefix, 'cache'),
      brotli,
    }),
  )
}

describe('the edge template', () => {
  it('lists one upstream server per app instance', () => {
    const config = render(3)
    expect(config.match(/server 127\.0\.0\.1:425\d /g)).toHaveLength(3)
    expect(config.match(/server 127\.0\.0\.1:427\d /g)).toHaveLength(3)
    expect(config).not.toMatch(/\$\{CRN_/)
    expect(config).toContain('"https://cms.example.org"')
  })

  it('refuses a placeholder it has no value for', () => {
    expect(() => renderTemplate('listen ${CRN_NOT_GIVEN};', {})).toThrow('CRN_NOT_GIVEN')
  })

  it('refuses an edge without app instances', () => {
    expect(() => edgeVariables({ cmsListen: 1, webListen: 2, cmsUpstreams: [], webUpstreams: ['a:1'], cmsOrigin: 'http://x', cacheDir: '/tmp' })).toThrow()
  })

  it.each([1, 4])('renders a configuration nginx accepts (%i instance(s) per app, brotli when the module is there)', (instances) => {
    const brotli = fs.existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so')
    const edgeConfFile = path.join(prefix, `edge-${instances}.conf`)
    fs.writeFileSync(edgeConfFile, render(instances, brotli))
    const mainFile = path.join(prefix, `nginx-${instances}.conf`)
    fs.mkdirSync(path.join(prefix, 'tmp'), { recursive: true })
    fs.writeFileSync(mainFile, mainConfig({ prefix, edgeConfFile, brotli }))
    const check = () => execFileSync(NGINX_PATH, ['-p', prefix, '-c', mainFile, '-e', 'stderr', '-t'], { stdio: 'pipe' }).toString()
    expect(check).not.toThrow()
  })
})
