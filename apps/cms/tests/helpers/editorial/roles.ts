import type { Payload } from 'payload'

import { type Doc, unique } from '../fixtures'
import { restClient } from '../restClient'

export type Role = 'admin' | 'editor' | 'contributor'
export const ROLES: readonly Role[] = ['admin', 'editor', 'contributor']

export type Account = { role: Role; user: Doc & { collection: 'users' }; token: string; email: string; password: string }
export type Accounts = Record<Role, Account>

const PASSWORD = 'a-long-editorial-test-password'

/**
 * One signed-in account per role: created through the Local API (an admin creates them),
 * then logged in through the real REST login route, so every test request carries a real
 * token. `user` is the document with `collection` set, as Payload puts it on `req.user`
 * (for Local API calls with `overrideAccess: false`).
 */
export async function signInEveryRole(payload: Payload): Promise<Accounts> {
  const rest = await restClient()
  const accounts = {} as Accounts
  for (const role of ROLES) {
    const email = `${unique(role)}@kreftregisteret.test`
    const user = (await payload.create({ collection: 'users', data: { email, password: PASSWORD, role }, overrideAccess: true })) as unknown as Doc
    const token = await rest.login(email, PASSWORD)
    accounts[role] = { role, user: { ...user, collection: 'users' }, token, email, password: PASSWORD }
  }
  return accounts
}
