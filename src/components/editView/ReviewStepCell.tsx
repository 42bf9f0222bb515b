'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { WORKFLOW_LABELS } from '../../lib/reviewStep'
import { isWorkflowStatus } from '../../lib/workflow'

/** The review step in a list, as a coloured badge (the same colours as in the document's header). */
export function ReviewStepCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  if (!isWorkflowStatus(cellData)) return null
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  return (
    <span className="review-step__badge" data-workflow-status={cellData}>
      {WORKFLOW_LABELS[cellData][lang]}
    </span>
  )
}
