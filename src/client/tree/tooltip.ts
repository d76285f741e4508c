/**
 * A hover label for the drawing: a model's full name, date, organisation and weights, since
 * labels are shortened on the boxes and hidden when zoomed out. Pointer-only and aria-hidden:
 * the same facts are in the list and the panel for everyone else.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { organisationNames, released, weightsLabel } from '../../tree/format';
import type { TreeModel, TreeOrganisation } from '../../tree/types';

export function addTooltip(cy: Core, container: HTMLElement, models: ReadonlyMap<string, TreeModel>, organisations: ReadonlyMap<string, TreeOrganisation>) {
  const tip = document.createElement('div');
  tip.className = 'tree-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  container.append(tip);
  const hide = () => (tip.hidden = true);
  cy.on('mouseover', 'node.model', (event) => {
    const node = event.target as NodeSingular;
    const model = models.get(node.id());
    if (!model) return;
    tip.textContent = `${model.name} · ${released(model)} · ${organisationNames(model, organisations)} · ${weightsLabel(model.open)} weights`;
    const { x, y } = node.renderedPosition();
    tip.style.left = `${Math.max(4, Math.min(x, container.clientWidth - 4))}px`;
    tip.style.top = `${y - node.renderedHeight() / 2 - 6}px`;
    tip.hidden = false;
  });
  cy.on('mouseout', 'node.model', hide);
  cy.on('viewport tap', hide);
  container.addEventListener('mouseleave', hide);
}
