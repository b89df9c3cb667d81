// One way to collect problems from every stage. A stage adds what it finds to the collector and carries on
// with what it can still check (a slide with a typo still has its images checked; a theme whose
// `extends:` is misspelt still has its fonts checked), so one run reports every problem of deck.yaml, its
// files and its theme. The pipeline then throws once: a DeckError listing them in position order.
import { DeckError, isDeckError, type Problem } from '../errors.ts';

export class Problems {
  private readonly list: Problem[] = [];

  add(...problems: Problem[]): void {
    this.list.push(...problems);
  }

  /** Runs a step that can only fail as a whole (a file that cannot be read or parsed): its problems join the list. */
  attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (e) {
      if (!isDeckError(e)) throw e; // a bug keeps its stack
      this.add(...e.problems);
      return undefined;
    }
  }

  get size(): number {
    return this.list.length;
  }

  /**
   * Every problem in position order: `first` (deck.yaml) by line and column, then each other file (a body, a
   * theme.yaml, a theme.css) by line and column, files in the order they were first reported.
   */
  sorted(first?: string): Problem[] {
    const files = [...new Set([first, ...this.list.map((p) => p.file)])];
    const rank = (p: Problem) => files.indexOf(p.file);
    return this.list.map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
      .map(({ p }) => p);
  }

  /** Throws one DeckError with every problem (see sorted()); returns when there are none. */
  throwIfAny(first?: string): void {
    if (this.list.length) throw new DeckError(this.sorted(first));
  }
}

/** Runs a collecting stage the way a single-purpose caller wants it: its result, or a DeckError with every problem. */
export function collecting<T>(stage: (problems: Problems) => T, first?: string): T {
  const problems = new Problems();
  const result = stage(problems);
  problems.throwIfAny(first);
  return result;
}
