'use client'

import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { WORKFLOW_LABELS } from '../../lib/reviewStep'
import { isWorkflowStatus } from '../../lib/workflow'

/** The review step in a list, as a coloured badge (the same colours as in the document's header). */
export function ReviewStepCell({ cellData, i18n }: DefaultCellComponentProps & { i18n?: { language: string } }) {
  if (!isWorkflowStatus(cellData)) return null
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  return (
    <span className="review-step__badge" data-workflow-status={cellData}>
      {WORKFLOW_LABELS[cellData][lang]}
    </span>
  )
}
