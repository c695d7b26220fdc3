import { Link } from 'wouter';

export default function NotFoundPage() {
  return (
    <div>
      <h1>Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet. Controleer de link of ga naar je overzicht.</p>
      <p>
        <Link to="/">Naar mijn overzicht</Link>
      </p>
    </div>
  );
}
