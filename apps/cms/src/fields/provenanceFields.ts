import type { Field, GroupField } from 'payload'

import { label } from '../lib/contentDefaults'
import { validateDate } from '../lib/validators'

/** How the figure's date relates to its source. */
export const DATE_KINDS = ['describes', 'source-date', 'not-stated'] as const
export type DateKind = (typeof DATE_KINDS)[number]

/** Whether the source itself gives this figure, or we paired them from a list of sources. */
export const ATTRIBUTIONS = ['stated', 'inferred'] as const

type ProvenanceOptions = {
  /**
   * Whether the figure carries its own date. Key figures describe their `referenceYear`
   * and need no date here; biobank facts and programme figures do.
   */
  dated?: boolean
}

const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } as const

/**
 * Provenance of a figure: the source that gives it (a `sources` document), whether that
 * pairing is stated or inferred, the date the figure describes (or an explicit "not stated
 * in the source" — never the day the content was written), and when an editor must check
 * it again. "Facts to review" lists figures whose review date has passed, that have no
 * source or no date.
 */
export function provenanceFields({ dated = true }: ProvenanceOptions = {}): Field[] {
  const dateFields: Field[] = dated
    ? [
        {
          type: 'row',
          fields: [
            {
              name: 'dateKind',
              type: 'select',
              required: true,
              defaultValue: 'describes',
              index: true,
              label: label('Date', 'Dato'),
              options: [
                { label: label('The date the figure describes', 'Datoen tallet gjelder'), value: 'describes' },
                { label: label('The date the source carries (no counting date given)', 'Kildens dato (ingen telledato oppgitt)'), value: 'source-date' },
                { label: label('Not stated in the source', 'Ikke oppgitt i kilden'), value: 'not-stated' },
              ],
              admin: { width: '50%' },
            },
            {
              name: 'asOfDate',
              type: 'date',
              index: true,
              label: label('As of', 'Per'),
              admin: {
                width: '50%',
                date: dayOnly,
                condition: (_data, siblingData: { dateKind?: string }) => siblingData?.dateKind !== 'not-stated',
                description: label('Never the day the text was written.', 'Aldri dagen teksten ble skrevet.'),
              },
              validate: (value: unknown, { siblingData }: { siblingData: { dateKind?: string } }) => {
                if (siblingData.dateKind === 'not-stated') return true
                return validateDate(value, { required: true }) === true
                  ? true
                  : 'Give the date the figure describes, or choose "Not stated in the source".'
              },
              // A figure whose source gives no date has no date, whatever the form still holds.
              hooks: {
                beforeChange: [({ value, siblingData }) => ((siblingData as { dateKind?: string }).dateKind === 'not-stated' ? null : value)],
              },
            },
          ],
        },
      ]
    : []
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'relationship',
          relationTo: 'sources',
          required: true,
          index: true,
          label: label('Source', 'Kilde'),
          admin: { width: '50%' },
        },
        {
          name: 'attribution',
          type: 'select',
          required: true,
          defaultValue: 'stated',
          label: label('Attribution', 'Kildekobling'),
          options: [
            { label: label('The source gives this figure', 'Kilden oppgir dette tallet'), value: 'stated' },
            { label: label('Inferred: the sources are not paired with figures', 'Utledet: kildene er ikke koblet til tallene'), value: 'inferred' },
          ],
          admin: { width: '50%' },
        },
      ],
    },
    ...dateFields,
    {
      name: 'reviewBy',
      type: 'date',
      required: true,
      index: true,
      label: label('Review by', 'Kontrolleres innen'),
      defaultValue: () => new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString(),
      admin: {
        date: dayOnly,
        description: label('Listed under "Facts to review" after this day.', 'Vises under «Fakta til kontroll» etter denne dagen.'),
      },
      validate: (value: unknown) => validateDate(value, { required: true }),
    },
  ]
}

/** Provenance of a document's structured figures, grouped (screening programmes: ages, interval, years). */
export function provenanceGroup(name: string, overrides: Partial<GroupField> = {}): GroupField {
  return {
    name,
    type: 'group',
    label: label('Provenance of the figures', 'Kilde for tallene'),
    fields: provenanceFields(),
    ...overrides,
  } as GroupField
}

/**
 * A fact that is not a number (a project's status) either has a source that confirms
 * it, or is shown to readers as "not confirmed" wherever it appears.
 */
export function confirmationGroup(name: string, what: { en: string; nb: string }): GroupField {
  return {
    name,
    type: 'group',
    label: label(`Basis for the ${what.en}`, `Grunnlag for ${what.nb}`),
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'confirmed',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: label('A source confirms it', 'En kilde bekrefter det'),
        admin: { description: label('Unchecked: readers see "not confirmed".', 'Ikke avkrysset: leserne ser «ikke bekreftet».') },
      },
      {
        name: 'source',
        type: 'relationship',
        relationTo: 'sources',
        label: label('Source', 'Kilde'),
        validate: (value: unknown, { siblingData }: { siblingData: { confirmed?: boolean } }) =>
          siblingData.confirmed && (value === null || value === undefined || value === '')
            ? 'A confirmed fact needs the source that confirms it.'
            : true,
      },
      {
        name: 'note',
        type: 'text',
        localized: true,
        maxLength: 300,
        label: label('Note for readers', 'Merknad til leserne'),
        admin: { description: label('e.g. "Listed as ongoing on a page last updated in 2019."', 'F.eks. «Oppført som pågående på en side sist oppdatert i 2019.»') },
      },
    ],
  }
}
