'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { installPreconditions, onConflict, type Conflict } from './preconditionFetch'

type T = (key: string) => string

/**
 * Around the whole admin: writes of an open document carry `If-Match`, and a 412 opens a dialog
 * saying who changed the piece and when (the server's message, in the admin's language), with a
 * way to load the current version. Nothing is saved over the other person's change.
 */
export function PreconditionProvider({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation()
  const say = t as unknown as T
  const [conflict, setConflict] = useState<Conflict | null>(null)

  useEffect(() => {
    installPreconditions(window)
    return onConflict(setConflict)
  }, [])

  return (
    <>
      {children}
      {conflict && (
        <div className="edit-conflict" role="alertdialog" aria-modal="true" aria-labelledby="edit-conflict-title">
          <div className="edit-conflict__box">
            <h2 id="edit-conflict-title">{say('newsroom:editConflictTitle')}</h2>
            <p className="edit-conflict__message">{conflict.message}</p>
            <p>{say('newsroom:editConflictNothingSaved')}</p>
            <div className="edit-conflict__actions">
              <Button buttonStyle="primary" size="medium" onClick={() => window.location.reload()}>
                {say('newsroom:editConflictReload')}
              </Button>
              <Button buttonStyle="secondary" size="medium" onClick={() => setConflict(null)}>
                {say('newsroom:editConflictKeep')}
              </Button>
            </div>
          </div>
        </div>
      )}
    </>
  )
}
