/**
 * <decision-advisor>: Figure 2 one question at a time. The answers live in the address bar
 * (?answers=nny), so every step is a URL: answering pushes a history entry, the browser's back
 * button undoes it, and a shared link restores the same place. The claims behind each
 * recommendation are cloned from the outline the server rendered below, so they exist once.
 * The flow itself is the published /api/decision-flow.json; if it cannot be fetched the advisor
 * stays hidden and the outline serves.
 */
import { ANSWERS_PARAM, encodeAnswers, type Answer } from '../decide/answers';
import type { PublishedFlow } from '../decide/publish';
import { OUTCOME } from '../site/labels';
import { follow, longestPath, questionsById, restore, type Position, type Question } from '../decide/walk';

const WORD: Record<Answer, string> = { yes: 'Yes', no: 'No' };

export class DecisionAdvisor extends HTMLElement {
  private flow!: PublishedFlow;
  private byId!: Map<string, Question>;
  private longest = 0;
  private position!: Position;
  private pageTitle = document.title;

  async connectedCallback() {
    const response = await fetch(this.dataset.flow!).catch(() => undefined);
    if (!response?.ok) return;
    this.flow = (await response.json()) as PublishedFlow;
    this.byId = questionsById(this.flow);
    this.longest = longestPath(this.flow, this.byId);
    this.addEventListener('click', this.onClick);
    window.addEventListener('popstate', this.onPopState);
    this.hidden = false;
    this.showAddress(false);
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.onPopState);
  }

  // Only a change of answers moves the advisor; going back over a jump within the outline does not.
  private onPopState = () => {
    const raw = new URL(window.location.href).searchParams.get(ANSWERS_PARAM) ?? '';
    if (raw !== encodeAnswers(this.position.steps.map((step) => step.answer))) this.showAddress(true);
  };

  private onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const answers = this.position.steps.map((step) => step.answer);
    const answer = target?.closest<HTMLElement>('[data-answer]')?.dataset.answer;
    const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
    const change = target?.closest<HTMLAnchorElement>('a[data-ref="step-change"]');
    if (answer === 'yes' || answer === 'no') this.go([...answers, answer]);
    else if (action === 'back') this.go(answers.slice(0, -1));
    else if (action === 'restart') this.go([]);
    else if (change && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      this.go(answers.slice(0, Number(change.dataset.keep)));
    }
  };

  /** Shows what the address describes; an unreadable ?answers= is explained, then dropped from it. */
  private showAddress(moveFocus: boolean) {
    const url = new URL(window.location.href);
    const { position, problem } = restore(this.flow, url.searchParams.get(ANSWERS_PARAM), this.byId);
    this.say(problem);
    const canonical = this.urlFor(position.steps.map((step) => step.answer));
    if (canonical.search !== url.search) history.replaceState(history.state, '', canonical);
    this.show(position, moveFocus && !problem);
  }

  private go(answers: Answer[]) {
    const position = follow(this.flow, answers, this.byId);
    if (!position) return;
    history.pushState(null, '', this.urlFor(answers));
    this.say(undefined);
    this.show(position, true);
  }

  private urlFor(answers: Answer[]): URL {
    const url = new URL(window.location.href);
    url.hash = '';
    if (answers.length > 0) url.searchParams.set(ANSWERS_PARAM, encodeAnswers(answers));
    else url.searchParams.delete(ANSWERS_PARAM);
    return url;
  }

  private say(message: string | undefined) {
    const notice = this.ref('notice');
    notice.textContent = message ?? '';
    notice.hidden = !message;
  }

  private show(position: Position, moveFocus: boolean) {
    this.position = position;
    const { steps, question, ending } = position;
    this.ref('asking').hidden = !question;
    this.ref('result').hidden = !ending;
    if (question) {
      this.ref('progress').textContent = `Question ${steps.length + 1} of at most ${this.longest}`;
      this.ref('question').textContent = question.question;
      this.ref('explanation').textContent = question.explanation;
      this.ref('example').textContent = question.example;
    }
    if (ending) {
      const heading = this.ref('outcome');
      heading.dataset.outcome = ending.outcome;
      this.ref('symbol').textContent = OUTCOME[ending.outcome].symbol;
      this.ref('title').textContent = OUTCOME[ending.outcome].title;
      this.ref('summary').textContent = OUTCOME[ending.outcome].summary;
      const reasons = this.outline(`end-${ending.id}`)?.querySelector('.reasons')?.cloneNode(true) as Element | undefined;
      reasons?.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      this.ref('reasons').replaceChildren(...(reasons?.children ?? []));
    }
    this.showPath(position);
    this.markOutline(question ? `q-${question.id}` : `end-${ending!.id}`);
    this.ref('controls').hidden = steps.length === 0;
    this.ref('share').hidden = !ending;
    document.title = `${ending ? OUTCOME[ending.outcome].title : `Question ${steps.length + 1}`} · ${this.pageTitle}`;
    if (moveFocus) this.ref(question ? 'question' : 'outcome').focus();
  }

  private showPath({ steps }: Position) {
    const template = this.querySelector<HTMLTemplateElement>('template[data-ref="step"]')!;
    const items = steps.map((step, i) => {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      item.querySelector('[data-ref="step-question"]')!.textContent = step.question.question;
      item.querySelector('[data-ref="step-answer"]')!.textContent = WORD[step.answer];
      const change = item.querySelector<HTMLAnchorElement>('[data-ref="step-change"]')!;
      change.href = this.urlFor(steps.slice(0, i).map((s) => s.answer)).href;
      change.dataset.keep = String(i);
      change.setAttribute('aria-label', `Change your answer to question ${i + 1}`);
      return item;
    });
    this.ref('steps').replaceChildren(...items);
    this.ref('path').hidden = steps.length === 0;
  }

  /** Marks where the reader stands in the outline of the whole flow. */
  private markOutline(id: string) {
    document.querySelectorAll('[aria-current="step"]').forEach((el) => el.removeAttribute('aria-current'));
    this.outline(id)?.setAttribute('aria-current', 'step');
  }

  private outline(id: string): HTMLElement | null {
    return document.getElementById(id);
  }

  private ref(name: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-ref="${name}"]`)!;
  }
}
