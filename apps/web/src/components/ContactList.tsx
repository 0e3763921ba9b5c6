import type { Person } from '@crn/content-types'

import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

/** Contact cards for the people responsible for a department, section, programme or project. */
export function ContactList({ locale, people, heading, headId }: { locale: Locale; people: Person[]; heading?: string; headId?: string }) {
  if (people.length === 0) return null
  const m = messages(locale)
  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{heading ?? m.contacts}</h2>
      <ul className="contact-list">
        {people.map((person) => (
          <li key={person.id} className="contact-card">
            <p className="contact-name">{person.name}</p>
            <p className="contact-role">
              {person.title}
              {headId === person.id ? ` (${m.head.toLowerCase()})` : null}
            </p>
            {person.email ? (
              <p>
                <span className="visually-hidden">{m.email}: </span>
                <a href={`mailto:${person.email}`}>{person.email}</a>
              </p>
            ) : null}
            {person.phone ? (
              <p>
                <span className="visually-hidden">{m.phone}: </span>
                <a href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
