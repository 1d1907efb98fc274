import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { Home } from './pages/Home.js';
import { Edit } from './pages/Edit.js';
import { Governors } from './pages/Governors.js';
import { Trust } from './pages/Trust.js';
import { mayLeave } from './leave-guard.js';
import { setTitle } from './parts.js';

/** Pages are addressed by the part after #, so the server only ever serves one page. */
function useRoute(): { page: string; file: string } {
  const parse = () => {
    const [page = '', ...rest] = decodeURIComponent(location.hash.replace(/^#\/?/, '')).split('/');
    return { page, file: rest.join('/') };
  };
  const [route, setRoute] = useState(parse);
  useEffect(() => {
    let here = location.hash;
    const on = () => {
      // Changes not saved yet: stay on the page (and put its address back) unless the user agrees to lose them.
      if (!mayLeave()) {
        history.replaceState(null, '', here || '#/');
        return;
      }
      here = location.hash;
      setRoute(parse());
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

const TITLES: Record<string, string> = { '': 'Policies', edit: 'Edit a policy', governors: 'Governors', trust: 'Trust comparison' };

function App() {
  const { page, file } = useRoute();
  useEffect(() => setTitle(TITLES[page] ?? 'Policies'), [page, file]);
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">
          policywright
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href="#/" aria-current={page === '' ? 'page' : undefined}>
                Policies
              </a>
            </li>
            <li>
              <a href="#/trust" aria-current={page === 'trust' ? 'page' : undefined}>
                Trust comparison
              </a>
            </li>
          </ul>
        </nav>
      </header>
      {page === 'edit' && file ? (
        <Edit key={file} file={file} />
      ) : page === 'governors' && file ? (
        <Governors key={file} file={file} />
      ) : page === 'trust' ? (
        <Trust />
      ) : (
        <Home />
      )}
    </>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
