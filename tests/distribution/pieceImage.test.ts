import { imageOfPiece, namesDocument } from '../../src/lib/pieceFields'

describe('the picture that stands for a piece (social posts, feed items)', () => {
  it('is the hero image, then the logo, then the SEO image, populated or not', () => {
    expect(imageOfPiece({ heroImage: 7, logo: 8, meta: { image: 9 } })).toBe(7)
    expect(imageOfPiece({ heroImage: { id: 7, url: '/api/media/file/a.jpg' } })).toEqual({
      id: 7,
      url: '/api/media/file/a.jpg',
    })
    expect(imageOfPiece({ logo: 8, meta: { image: 9 } })).toBe(8)
    expect(imageOfPiece({ meta: { image: 9 } })).toBe(9)
    expect(imageOfPiece({})).toBeNull()
  })

  it('skips a field a form emptied, as null or as an empty string', () => {
    expect(imageOfPiece({ heroImage: '', logo: 8 })).toBe(8)
    expect(imageOfPiece({ heroImage: null, logo: '', meta: { image: 9 } })).toBe(9)
    expect([namesDocument(''), namesDocument(null), namesDocument({ id: 3 }), namesDocument(0)]).toEqual([
      false,
      false,
      true,
      true,
    ])
  })
})
