'use client'

import { Button, Gutter } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useNewsroomWords } from '../useNewsroomWords'
import { api, failureText } from './api'

type Trend = { topic: string; title: string; counts: number[]; total: number; slope: number; thisWeek: number }
type Report = { weeks: string[]; currentWeek: string; topics: Trend[]; rising: Trend[]; untagged: number[] }

/** Above the list of questions: what businesses asked about, week by week, and a subject from a trend in one click. */
export function QuestionTrends() {
  const [report, setReport] = useState<Report | null>(null)
  const { say, t } = useNewsroomWords()
  const [message, setMessage] = useState<{ topic: string; text: string; href?: string } | null>(null)

  useEffect(() => {
    void api<Report>('/api/questions/trends?weeks=4').then((result) => result.ok && setReport(result.data))
  }, [])
  if (!report || report.topics.length === 0) return null

  async function propose(topic: string) {
    const result = await api<{ doc: { id: number } }>('/api/questions/trends/propose', {
      method: 'POST',
      json: { topic },
    })
    setMessage(
      result.ok
        ? { topic, text: say('trendsProposed'), href: `/admin/collections/subjects/${result.data.doc.id}` }
        : { topic, text: failureText(result, t) },
    )
  }

  const rising = new Set(report.rising.map((t) => t.topic))
  return (
    <Gutter className="question-trends">
      <section aria-labelledby="question-trends-title">
        <h2 id="question-trends-title">{say('trendsTitle')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{say('trendsTopic')}</th>
              {report.weeks.map((w) => (
                <th scope="col" key={w}>
                  {w}
                </th>
              ))}
              <th scope="col">{say('trendsThisWeek')}</th>
              <th scope="col">{say('trendsSlope')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {report.topics.slice(0, 10).map((t) => (
              <tr key={t.topic} className={rising.has(t.topic) ? 'is-rising' : undefined}>
                <th scope="row">{t.title}</th>
                {t.counts.map((n, i) => (
                  <td key={report.weeks[i]}>{n}</td>
                ))}
                <td>{t.thisWeek}</td>
                <td>
                  {t.slope > 0
                    ? `↗ ${say('trendsPerWeek', { slope: `+${t.slope}` })}`
                    : t.slope < 0
                      ? `↘ ${say('trendsPerWeek', { slope: t.slope })}`
                      : '→'}
                </td>
                <td>
                  {message?.topic === t.topic ? (
                    <span role="status">
                      {message.text} {message.href && <a href={message.href}>{say('trendsOpen')}</a>}
                    </span>
                  ) : (
                    <Button
                      size="small"
                      buttonStyle={rising.has(t.topic) ? 'primary' : 'secondary'}
                      onClick={() => void propose(t.topic)}
                    >
                      {say('trendsPropose')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Gutter>
  )
}
