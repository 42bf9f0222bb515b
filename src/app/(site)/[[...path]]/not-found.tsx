export default function NotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p>
        Cette page n’existe pas ou n’est plus publiée. <a href="/">Retour à l’accueil</a> ou{' '}
        <a href="/recherche">rechercher</a>.
      </p>
    </>
  )
}
