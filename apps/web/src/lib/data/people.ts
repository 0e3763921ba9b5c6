import type { Person } from '@crn/content-types'

import { populated, type Ref } from '../links'

/** The head first, then the other contacts, each person once (only populated people). */
export function contactsOf(doc: { head?: Ref<Person>; contacts?: Ref<Person>[] | null }): Person[] {
  const people = [populated(doc.head), ...(doc.contacts ?? []).map((contact) => populated(contact))]
  const seen = new Set<string>()
  return people.filter((person): person is Person => {
    if (!person || seen.has(person.id)) return false
    seen.add(person.id)
    return true
  })
}
