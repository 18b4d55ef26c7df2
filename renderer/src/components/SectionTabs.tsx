/** A section's own pages as links, one tab stop each; the current one is marked for screen readers. */
import { NavLink } from 'react-router';
import './subnav.css';

export interface SectionPage {
  to: string;
  /** Already translated. */
  label: string;
  /** Marks the link current only on its exact path (the section's first page). */
  end?: boolean;
}

export function SectionTabs({ label, pages }: { label: string; pages: readonly SectionPage[] }) {
  return (
    <nav className="subnav" aria-label={label}>
      <ul>
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end={page.end ?? false} className="subnav__link">
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
