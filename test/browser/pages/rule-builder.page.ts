import type { Locator, Page } from 'playwright-core';

/** The rule builder (segments, personas), found by its labels. `scope` is the builder or one of its groups. */
export class RuleBuilderPart {
  constructor(
    private readonly page: Page,
    readonly scope: Locator,
  ) {}

  /** A nested group, by its combinator ("Any of" / "Au moins une de ces conditions"). */
  group(combinator: string | RegExp): RuleBuilderPart {
    return new RuleBuilderPart(this.page, this.scope.getByRole('group', { name: combinator }).first());
  }

  async addCondition(): Promise<void> {
    await this.scope.getByRole('button', { name: /^(Add a condition|Ajouter une condition)$/ }).last().click();
  }

  async addGroup(): Promise<void> {
    await this.scope.getByRole('button', { name: /^(Add a group|Ajouter un groupe)$/ }).last().click();
  }

  private condition(n: number): Locator {
    return this.scope.getByRole('group', { name: new RegExp(`^Condition ${n}$`) }).first();
  }

  async choose(n: number, part: 'Field' | 'Operator' | 'Value', option: string): Promise<void> {
    await this.condition(n).getByRole('combobox', { name: new RegExp(`^${part} — Condition ${n}$`) }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fill(n: number, text: string): Promise<void> {
    // A text box, or a combobox when the field suggests values (site, department): its suggestions are closed after typing.
    const input = this.condition(n).getByLabel(new RegExp(`^Value — Condition ${n}$`));
    await input.fill(text);
    if ((await input.getAttribute('aria-haspopup')) !== null) await input.press('Escape');
  }

  async showJson(): Promise<string> {
    await this.scope.getByText('JSON', { exact: true }).click();
    return this.page.getByRole('textbox', { name: /^(The rule as JSON|La règle en JSON)$/ }).inputValue();
  }
}
