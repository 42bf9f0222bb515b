import { h2, p } from './richText'
import type { SlateElement } from './richText'

type Translation = { title: string; standfirst: string; body: SlateElement[] }

/**
 * English versions of a few articles, keyed by the French title. The others have none on purpose:
 * read in English, they show the French text through the locale fallback.
 */
export const ARTICLE_TRANSLATIONS: Record<string, Translation> = {
  'PGE : ce que les entreprises doivent savoir avant de solliciter leur banque': {
    title: 'State-guaranteed loans: what businesses should know before asking their bank',
    standfirst: 'The PGE opened on 25 March. Amount, guarantee, deferral: what to check before meeting the bank.',
    body: [
      p(
        'The State-guaranteed loan (PGE) can reach 25% of 2019 turnover, or two years of payroll for innovative companies and those created since 1 January 2019.',
      ),
      h2('A 70 to 90% guarantee'),
      p(
        'The State guarantees 90% of the loan for companies with fewer than 5,000 employees. Nothing is repaid in the first year, and the loan can then be spread over one to five more years.',
      ),
      p('Your chamber’s crisis unit can review your file before the meeting.'),
    ],
  },
  'Fonds de solidarité : le premier volet ouvert sur impots.gouv.fr': {
    title: 'Solidarity fund: first tier now open on impots.gouv.fr',
    standfirst:
      'Very small businesses that were closed or lost at least half of their turnover can claim up to €1,500.',
    body: [
      p(
        'Business owners apply from their personal account on impots.gouv.fr from 31 March, with their SIRET number, bank details and lost turnover.',
      ),
      p(
        'Eligible businesses have fewer than ten employees, an annual turnover below one million euros and taxable profit below €60,000.',
      ),
      p(
        'Businesses still in difficulty can then apply to their Region for a second tier, with help from chamber advisers.',
      ),
    ],
  },
  'Activité partielle : les étapes de la demande d’autorisation': {
    title: 'Short-time work: how to apply for authorisation',
    standfirst:
      'Online application, thirty-day deadline, employee compensation: short-time work explained step by step.',
    body: [
      p(
        'Employers apply on the short-time work portal. During the crisis they have thirty days from the start of short-time work to do so, with retroactive effect.',
      ),
      h2('What employees receive'),
      p(
        'Employees receive 70% of their gross pay, about 84% of net pay. The State and Unédic reimburse employers up to 4.5 times the minimum wage.',
      ),
      p('Each month, the employer declares the hours not worked to be reimbursed.'),
    ],
  },
  'Reports de charges : l’Urssaf décale les échéances de mars': {
    title: 'Deferred charges: Urssaf postpones the March deadlines',
    standfirst:
      'Employers can defer all or part of their social contributions without penalty. Self-employed people have nothing to do.',
    body: [
      p(
        'Contributions due on 15 March and 5 April can be deferred by up to three months, with no surcharge or penalty.',
      ),
      p(
        'Monthly payments by the self-employed are suspended automatically. Businesses can also ask their tax office to defer direct taxes.',
      ),
      p(
        'Deferred is not cancelled: the chamber advises setting the amounts aside and agreeing a repayment schedule with Urssaf.',
      ),
    ],
  },
  'France Relance : les dispositifs ouverts aux TPE et PME': {
    title: 'France Relance: the measures open to small and medium-sized businesses',
    standfirst: 'A large share of the €100 billion recovery plan is open to small businesses. An overview.',
    body: [
      p(
        'Presented on 3 September 2020, the France Relance plan has three priorities: ecology, competitiveness and cohesion.',
      ),
      p(
        'For small businesses: lower production taxes, hiring aid for young people and apprentices, the digital voucher, and support for the green transition and exports.',
      ),
      p('Chambers keep a one-stop desk that directs each business to the measures it can claim.'),
    ],
  },
}
