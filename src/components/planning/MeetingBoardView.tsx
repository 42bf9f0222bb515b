import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { Board } from './Board'

/** The "Tableau" tab of an editorial meeting. */
export function MeetingBoardView({ doc }: DocumentViewServerProps) {
  if (!doc?.id) return <Gutter>Enregistrez la conférence pour afficher son tableau.</Gutter>
  return (
    <Gutter>
      <Board meetingId={String(doc.id)} />
    </Gutter>
  )
}
