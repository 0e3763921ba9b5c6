import type { CheckboxField, DateField, Field, FieldHook, TextareaField } from 'payload'

import { label } from '../lib/contentDefaults'

type Doc = { _status?: unknown; minorChange?: unknown; changeNote?: unknown; lastUpdated?: unknown }

const publishes = (data: Doc | undefined) => data?._status === 'published'

/**
 * The change inputs (minor, note) describe the next publication only. On the first save
 * after a publication, a value the editor left as it was is the previous publication's:
 * it is cleared, so a note is never repeated and "minor" is never inherited.
 */
function valueForThisChange<T>(name: 'minorChange' | 'changeNote', value: T, originalDoc: unknown, cleared: T): T {
  const original = originalDoc as Doc | undefined
  if (!publishes(original)) return value
  const unchanged = JSON.stringify(value ?? cleared) === JSON.stringify(original?.[name] ?? cleared)
  return unchanged ? cleared : value
}

const resetAfterPublication =
  (name: 'minorChange' | 'changeNote', cleared: boolean | null): FieldHook =>
  ({ value, originalDoc }) =>
    valueForThisChange(name, value as unknown, originalDoc, cleared)

/**
 * `lastUpdated` is the date of the last published change that was not marked minor: set
 * by the server when such a change is published, kept on drafts and minor publications,
 * never taken from the client. The seed (Local API, `context.keepLastUpdated`) may state
 * the day its texts were written.
 */
const setOnPublishedChange: FieldHook = ({ value, data, siblingData, originalDoc, req }) => {
  if (req.context?.keepLastUpdated === true && typeof value === 'string') return value
  const previous = (originalDoc as Doc | undefined)?.lastUpdated ?? null
  // Hooks see the incoming value of siblings, not what their own hooks return: apply the same reset.
  const minor = valueForThisChange('minorChange', (siblingData as Doc | undefined)?.minorChange ?? false, originalDoc, false)
  if (!publishes(data as Doc) || minor === true) return previous
  return new Date().toISOString()
}

/**
 * Honest "last updated" and public change notes (docs/editorial-workflow.md): the date
 * readers see moves only when a change is published, unless the editor marks the change
 * as minor; the note, when given, appears in the page's public change history.
 */
export function publicChangeFields(): Field[] {
  const minorChange: CheckboxField = {
    name: 'minorChange',
    type: 'checkbox',
    defaultValue: false,
    label: label('Minor change (does not move "last updated")', 'Liten endring (flytter ikke «sist oppdatert»)'),
    admin: { position: 'sidebar', description: label('e.g. a typo. Applies to the next publication.', 'F.eks. en skrivefeil. Gjelder neste publisering.') },
    hooks: { beforeChange: [resetAfterPublication('minorChange', false)] },
  }
  const changeNote: TextareaField = {
    name: 'changeNote',
    type: 'textarea',
    localized: true,
    maxLength: 300,
    label: label('Public change note', 'Offentlig endringsnotat'),
    admin: {
      position: 'sidebar',
      description: label('Shown in the page\'s change history with the date, e.g. "Figures for 2023 added". Applies to the next publication.', 'Vises i sidens endringslogg med datoen, f.eks. «Tall for 2023 lagt til». Gjelder neste publisering.'),
    },
    hooks: { beforeChange: [resetAfterPublication('changeNote', null)] },
  }
  const lastUpdated: DateField = {
    name: 'lastUpdated',
    type: 'date',
    index: true,
    label: label('Last updated', 'Sist oppdatert'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
      description: label('Set when a change is published (not for minor changes).', 'Settes når en endring publiseres (ikke for små endringer).'),
    },
    hooks: { beforeChange: [setOnPublishedChange] },
  }
  return [minorChange, changeNote, lastUpdated]
}
