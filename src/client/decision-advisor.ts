/**
 * <decision-advisor>: Figure 2 one question at a time. The answers live in the address bar
 * (?answers=nny), so every step is a URL: answering pushes a history entry, the browser's back
 * button undoes it, and a shared link restores the same place. The claims behind each
 * recommendation are cloned from the outline the server rendered below, so they exist once.
 * The flow itself is the published /api/decision-flow.json; if it cannot be fetched the advisor
 * stays hidden and the outline serves.
 */
import type { Answer } from '../decide/answers';
import type { PublishedFlow } from '../decide/publish';
import { OUTCOME_SYMBOL } from '../core/vocabulary';
import { pageWords } from '../i18n/client';
import { decideWords } from '../i18n/client/decide';
import {
  advisorState,
  follow,
  longestPath,
  questionsById,
  type Position,
  type Question,
} from '../decide/walk';
import { Address, showProblems } from './address';
import { ref, SiteElement } from './element';

export class DecisionAdvisor extends SiteElement {
  private flow?: PublishedFlow;
  private byId!: Map<string, Question>;
  private longest = 0;
  private address!: Address<Position>;
  private position!: Position;
  private pageTitle = document.title;
  private readonly words = pageWords(decideWords);
  /** The page's language: the flow gives each question's words in both. */
  private readonly zh = document.documentElement.lang.startsWith('zh');

  protected override async connect() {
    const signal = this.signal;
    if (!this.flow) {
      const response = await fetch(this.dataset.flow!).catch(() => undefined);
      if (!response?.ok) return;
      this.flow = (await response.json()) as PublishedFlow;
      this.byId = questionsById(this.flow);
      this.longest = longestPath(this.flow, this.byId);
      this.address = new Address(advisorState(this.flow, this.byId, this.words));
    }
    if (signal.aborted) return;
    this.on(this, 'click', this.onClick);
    // Only a change of answers moves the advisor; going back over a jump within the outline does not.
    this.address.onChange(({ state, problems }) => this.showAddress(state, problems, true), signal);
    this.hidden = false;
    const { state, problems } = this.address.read();
    this.showAddress(state, problems, false);
  }

  /** A question's words in the page's language (the published flow carries both). */
  private text(question: Question): { question: string; explanation: string; example: string } {
    const zh = (
      question as Question & { zh?: { question: string; explanation: string; example: string } }
    ).zh;
    return this.zh && zh ? zh : question;
  }

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
  private showAddress(position: Position, problems: string[], moveFocus: boolean) {
    showProblems(this.ref('notice'), problems);
    this.address.write(position, 'replace');
    this.show(position, moveFocus && problems.length === 0);
  }

  private go(answers: Answer[]) {
    const position = follow(this.flow!, answers, this.byId);
    if (!position) return;
    this.address.write(position, 'push');
    showProblems(this.ref('notice'), []);
    this.show(position, true);
  }

  private show(position: Position, moveFocus: boolean) {
    this.position = position;
    const { steps, question, ending } = position;
    this.ref('asking').hidden = !question;
    this.ref('result').hidden = !ending;
    if (question) {
      this.ref('progress').textContent = this.words.progress(steps.length + 1, this.longest);
      const text = this.text(question);
      this.ref('question').textContent = text.question;
      this.ref('explanation').textContent = text.explanation;
      this.ref('example').textContent = text.example;
    }
    if (ending) {
      const heading = this.ref('outcome');
      heading.dataset.outcome = ending.outcome;
      this.ref('symbol').textContent = OUTCOME_SYMBOL[ending.outcome];
      this.ref('title').textContent = this.words.outcome[ending.outcome].title;
      this.ref('summary').textContent = this.words.outcome[ending.outcome].summary;
      const reasons = this.outline(`end-${ending.id}`)
        ?.querySelector('.reasons')
        ?.cloneNode(true) as Element | undefined;
      reasons?.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      this.ref('reasons').replaceChildren(...(reasons?.children ?? []));
    }
    this.showPath(position);
    this.markOutline(question ? `q-${question.id}` : `end-${ending!.id}`);
    this.ref('controls').hidden = steps.length === 0;
    this.ref('share').hidden = !ending;
    document.title = `${ending ? this.words.outcome[ending.outcome].title : this.words.question(steps.length + 1)} · ${this.pageTitle}`;
    if (moveFocus) this.ref(question ? 'question' : 'outcome').focus();
  }

  private showPath({ steps }: Position) {
    const template = this.ref('step', HTMLTemplateElement);
    const items = steps.map((step, i) => {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      ref(item, 'step-question').textContent = this.text(step.question).question;
      ref(item, 'step-answer').textContent = this.words.answer[step.answer];
      const change = ref(item, 'step-change', HTMLAnchorElement);
      const earlier = steps.slice(0, i).map((s) => s.answer);
      change.href = this.address.href(follow(this.flow!, earlier, this.byId)!);
      change.dataset.keep = String(i);
      change.setAttribute('aria-label', this.words.change(i + 1));
      return item;
    });
    this.ref('steps').replaceChildren(...items);
    this.ref('path').hidden = steps.length === 0;
  }

  /** Marks where the reader stands in the outline of the whole flow. */
  private markOutline(id: string) {
    document
      .querySelectorAll('[aria-current="step"]')
      .forEach((el) => el.removeAttribute('aria-current'));
    this.outline(id)?.setAttribute('aria-current', 'step');
  }

  private outline(id: string): HTMLElement | null {
    return document.getElementById(id);
  }
}
