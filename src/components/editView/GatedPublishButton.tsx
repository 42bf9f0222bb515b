'use client'

import { PublishButton, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's publish button (and its "schedule" menu) only where publishing can succeed: on an
 * approved piece, for someone who may publish. Elsewhere the review step shows the way forward.
 */
export function GatedPublishButton(props: { label?: string }) {
  const status = useFormFields(([fields]) => fields.workflowStatus?.value)
  const { hasPublishPermission } = useDocumentInfo()
  if (status !== 'approved' || !hasPublishPermission) return null
  return <PublishButton {...props} />
}
