/**
 * The evolution tree must be a forest that runs forward in time: no model is its own
 * ancestor, and no model is dated before a model it evolves from.
 */
import type { ContentError } from './errors';
import type { ModelInput } from './schema';
import { errorAt, type SourceFile } from './source';

interface ModelEntry {
  slug: string;
  source: SourceFile;
  value: ModelInput;
}

const dateOf = (m: ModelInput) =>
  m.month ? `${m.year}-${String(m.month).padStart(2, '0')}` : String(m.year);

/** True if `child` is dated strictly before `parent` (months compared only when both are known). */
function datedBefore(child: ModelInput, parent: ModelInput): boolean {
  if (child.year !== parent.year) return child.year < parent.year;
  return child.month !== undefined && parent.month !== undefined && child.month < parent.month;
}

export function checkLineage(models: readonly ModelEntry[]): ContentError[] {
  const errors: ContentError[] = [];
  const bySlug = new Map(models.map((m) => [m.slug, m]));

  for (const model of models) {
    model.value.parents.forEach((parentSlug, j) => {
      const parent = bySlug.get(parentSlug);
      if (parent && datedBefore(model.value, parent.value)) {
        errors.push(
          errorAt(
            model.source,
            ['parents', j],
            `model "${model.slug}" (${dateOf(model.value)}) is dated earlier than its parent "${parentSlug}" (${dateOf(parent.value)})`,
            'a model cannot evolve from a later one: check the year and month of both, or remove the parent',
          ),
        );
      }
    });
  }

  // Depth-first search; a parent met while still on the stack closes a cycle.
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (slug: string, stack: string[]) => {
    state.set(slug, 'visiting');
    const model = bySlug.get(slug);
    for (const parent of model?.value.parents ?? []) {
      if (!bySlug.has(parent)) continue;
      if (state.get(parent) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(parent)), parent];
        const key = [...cycle.slice(0, -1)].sort().join(' ');
        if (!reported.has(key) && model) {
          reported.add(key);
          errors.push(
            errorAt(
              model.source,
              ['parents', model.value.parents.indexOf(parent)],
              `lineage cycle: ${cycle.join(' → ')}`,
              'a model cannot be its own ancestor: remove one of these parent links',
            ),
          );
        }
      } else if (!state.has(parent)) {
        visit(parent, [...stack, parent]);
      }
    }
    state.set(slug, 'done');
  };
  for (const { slug } of models) if (!state.has(slug)) visit(slug, [slug]);
  return errors;
}
