/**
 * Which models the organisation chart counts: those Figure 1's own bar chart counts — the
 * models drawn in the figure, less the pre-transformer roots, to which it gives no organisation
 * (so Google has 9 open and 7 closed, as claim models-figure1-organisation-counts says). Model
 * pages still name who made every model.
 */
import type { TreeModel } from './types';

export const countedInFigureChart = (model: Pick<TreeModel, 'inFigure1' | 'family'>): boolean =>
  model.inFigure1 && model.family !== 'pre-transformer';
