import type { Locale } from './locales'

interface Statement {
  intro: string
  sections: { heading: string; paragraphs: string[]; list?: string[] }[]
  uuTilsynUrl: string
  uuTilsynLabel: string
}

/** The accessibility statement, written for this site (fixed text, not CMS content). */
export const accessibilityStatement: Record<Locale, Statement> = {
  nb: {
    intro:
      'Kreftregisteret skal gi alle like muligheter til å lese om forskningen vår. Nettstedet er laget for å oppfylle kravene i WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løsninger krever.',
    sections: [
      {
        heading: 'Slik har vi lagt til rette',
        paragraphs: ['Sidene er bygget med vanlig HTML som fungerer uten JavaScript, og testes automatisk med axe-core i en ekte nettleser.'],
        list: [
          'én hovedoverskrift per side og landemerker for topp, meny, hovedinnhold og bunn',
          'lenke for å hoppe rett til hovedinnholdet',
          'synlig tastaturfokus og full betjening med tastatur',
          'språket er merket på hver side, og tall og datoer vises på norsk eller engelsk',
          'diagrammer har tallene også i en tabell',
          'god kontrast og tekst som tilpasser seg skjermer helt ned til 320 piksler',
        ],
      },
      {
        heading: 'Kjente mangler',
        paragraphs: ['Eldre dokumenter det lenkes til fra sidene, for eksempel PDF-rapporter, er ikke alltid universelt utformet.'],
      },
      {
        heading: 'Gi oss tilbakemelding',
        paragraphs: ['Møter du hindringer på nettstedet, vil vi gjerne høre om det. Skriv til oss, så svarer vi så raskt vi kan.'],
      },
    ],
    uuTilsynUrl: 'https://www.uutilsynet.no/',
    uuTilsynLabel: 'Tilsynet for universell utforming av IKT (Digdir)',
  },
  en: {
    intro:
      'The Cancer Registry of Norway wants everyone to be able to read about our research. The site is built to meet WCAG 2.1 level AA, as the Norwegian regulations on universal design of ICT require.',
    sections: [
      {
        heading: 'What we have done',
        paragraphs: ['The pages are plain HTML that works without JavaScript, and they are tested automatically with axe-core in a real browser.'],
        list: [
          'one main heading per page, and landmarks for the header, menu, main content and footer',
          'a link to skip straight to the main content',
          'visible keyboard focus and full keyboard operation',
          'the language of every page is marked, and numbers and dates follow Norwegian or English conventions',
          'charts also give their numbers in a table',
          'good contrast, and text that adapts to screens as narrow as 320 pixels',
        ],
      },
      {
        heading: 'Known shortcomings',
        paragraphs: ['Older documents linked from the pages, such as PDF reports, are not always accessible.'],
      },
      {
        heading: 'Tell us',
        paragraphs: ['If something on the site gets in your way, we want to know. Write to us and we will answer as soon as we can.'],
      },
    ],
    uuTilsynUrl: 'https://www.uutilsynet.no/',
    uuTilsynLabel: 'The Authority for Universal Design of ICT (Digdir)',
  },
}
