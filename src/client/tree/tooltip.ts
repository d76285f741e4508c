/**
 * A hover label for the drawing: a model's full name, date, organisation and weights, since
 * labels are shortened on the boxes and hidden when zoomed out. Pointer-only and aria-hidden:
 * the same facts are in the list and the panel for everyone else.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { TreeWords } from '../../i18n/client/tree';
import { documentLocale } from '../../i18n/client';
import { LOCALES } from '../../i18n/locales';
import { organisationNames, released, weightsLabel } from '../../tree/format';
import type { TreeModel, TreeOrganisation } from '../../tree/types';
import { h } from '../dom';

/** The label lives as long as `signal` (the drawing's). */
export function addTooltip(
  cy: Core,
  container: HTMLElement,
  models: ReadonlyMap<string, TreeModel>,
  organisations: ReadonlyMap<string, TreeOrganisation>,
  signal: AbortSignal,
  say: TreeWords,
) {
  const intl = LOCALES[documentLocale()].intl;
  const tip = h('div', { class: 'tree-tooltip', 'aria-hidden': 'true', hidden: true });
  container.append(tip);
  signal.addEventListener('abort', () => tip.remove(), { once: true });
  const hide = () => (tip.hidden = true);
  cy.on('mouseover', 'node.model', (event) => {
    const node = event.target as NodeSingular;
    const model = models.get(node.id());
    if (!model) return;
    tip.textContent = [
      model.name,
      released(model, say.format, intl),
      organisationNames(model, organisations, say.format),
      weightsLabel(model.open, say.format),
    ].join(' · ');
    const { x, y } = node.renderedPosition();
    tip.style.left = `${Math.max(4, Math.min(x, container.clientWidth - 4))}px`;
    tip.style.top = `${y - node.renderedHeight() / 2 - 6}px`;
    tip.hidden = false;
  });
  cy.on('mouseout', 'node.model', hide);
  cy.on('viewport tap', hide);
  container.addEventListener('mouseleave', hide, { signal });
}
