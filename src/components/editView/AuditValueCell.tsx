'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import { WORKFLOW_LABELS } from '../../lib/reviewStep'
import { isWorkflowStatus } from '../../lib/workflow'

const PUBLICATION: Record<string, { fr: string; en: string }> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  published: { fr: 'Publié', en: 'Published' },
}

/**
 * An audit entry stores slugs and status codes ("articles", "draft, in-review"): the list shows
 * them as the admin names them ("Articles", "Brouillon, En relecture").
 */
export function AuditValueCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const { getEntityConfig } = useConfig()
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const words = cellData.split(',').map((part) => {
    const code = part.trim()
    if (isWorkflowStatus(code)) return WORKFLOW_LABELS[code][lang]
    if (PUBLICATION[code]) return PUBLICATION[code][lang]
    const collection = getEntityConfig({ collectionSlug: code })
    const label = collection && 'labels' in collection ? collection.labels?.plural : undefined
    return label ? getTranslation(label as never, i18n as never) : code
  })
  return <span>{words.join(', ')}</span>
}
