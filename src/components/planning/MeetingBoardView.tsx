import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { Board } from './Board'

/** The "Tableau" tab of an editorial meeting. */
export function MeetingBoardView({ doc, i18n }: DocumentViewServerProps) {
  if (!doc?.id) return <Gutter>{(i18n.t as (key: string) => string)('newsroom:meetingSaveFirst')}</Gutter>
  return (
    <Gutter>
      <Board meetingId={String(doc.id)} />
    </Gutter>
  )
}
