import { type ShapeField, shapeProblems } from '../../src/lib/fieldShapes'

const FIELDS: ShapeField[] = [
  { type: 'text', name: 'title', localized: true },
  { type: 'text', name: 'tags', hasMany: true },
  { type: 'number', name: 'rank' },
  { type: 'date', name: 'at' },
  { type: 'relationship', name: 'item', relationTo: ['articles', 'guides'] },
  { type: 'group', name: 'meta', fields: [{ type: 'checkbox', name: 'hidden' }] },
  { type: 'row', fields: [{ type: 'select', name: 'kind' }] },
  { type: 'tabs', tabs: [{ type: 'tab', name: 'social', fields: [{ type: 'textarea', name: 'x' }] }] },
  { type: 'array', name: 'rows', fields: [{ type: 'point', name: 'where' }] },
  { type: 'blocks', name: 'body', blocks: [{ slug: 'quote', fields: [{ type: 'text', name: 'by' }] }] },
  { type: 'json', name: 'raw' },
]

test('values of the right shape, null leaves and absent fields pass', () => {
  const data = {
    title: { fr: 'Titre', en: 'Title' },
    tags: ['a', 'b'],
    rank: '3',
    at: new Date(),
    item: { relationTo: 'articles', value: 1 },
    meta: { hidden: false },
    kind: null,
    social: { x: 'Hello' },
    rows: [{ where: [2.35, 48.85] }],
    body: [{ blockType: 'quote', by: 'Someone' }],
    raw: { any: ['thing'] },
  }
  expect(shapeProblems(FIELDS, data, ['fr', 'en'])).toEqual([])
  expect(shapeProblems(FIELDS, {}, ['fr', 'en'])).toEqual([])
})

test('each wrong shape is named by its path, nested ones too', () => {
  const data = {
    title: {},
    tags: 'a',
    rank: {},
    at: 'soon',
    meta: null,
    kind: ['a'],
    social: { x: {} },
    rows: [{ where: [1] }],
    body: [{ blockType: 'video' }],
  }
  expect(shapeProblems(FIELDS, data, ['fr', 'en'])).toEqual([
    { path: 'title', problem: 'expectedText' },
    { path: 'tags', problem: 'expectedTexts' },
    { path: 'rank', problem: 'expectedNumber' },
    { path: 'at', problem: 'expectedDate' },
    { path: 'meta', problem: 'expectedObject' },
    { path: 'kind', problem: 'expectedOption' },
    { path: 'social.x', problem: 'expectedText' },
    { path: 'rows.0.where', problem: 'expectedPoint' },
    { path: 'body', problem: 'expectedBlocks' },
  ])
})

test('a list without rows sent as the admin form sends it, its row count 0, passes; another count does not', () => {
  expect(shapeProblems(FIELDS, { rows: 0, body: 0 }, ['fr', 'en'])).toEqual([])
  expect(shapeProblems(FIELDS, { rows: 2 }, ['fr', 'en'])).toEqual([{ path: 'rows', problem: 'expectedRows' }])
})
