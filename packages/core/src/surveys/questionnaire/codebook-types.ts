/**
 * Types of the questionnaire codebook: the single source of truth from which the SurveyJS form, the
 * paper questionnaire, answer validation and the data exports are derived.
 *
 * An item is one variable of the data set (one value per respondent). Several single-choice items that
 * share a `group` are shown together as one SurveyJS matrix whose rows are the items.
 */

/** Thematic block. One block is one topic; each block has one page (VIK has two: events and reporting). */
export type BlockId =
  | 'WG'
  | 'INC'
  | 'SF'
  | 'ORT'
  | 'AFF'
  | 'KOG'
  | 'KON'
  | 'VIK'
  | 'VER'
  | 'ANG'
  | 'MAS'
  | 'SD';

export interface BlockDefinition {
  readonly id: BlockId;
  /** Optional blocks can be switched off per municipality; the others are always asked. */
  readonly optional: boolean;
}

/** `single`: one numeric code; `multi`: a set of numeric codes (checkbox); `text`: free text. */
export type ItemType = 'single' | 'multi' | 'text';

/** How a `single` item outside a matrix is shown. Items with a `group` are always matrix rows. */
export type SingleControl = 'radiogroup' | 'dropdown';

/** One value label of a value set. `key` is looked up as `value.<key>` in the translation files. */
export interface ValueLabelDefinition {
  readonly code: number;
  readonly key: string;
  /**
   * Non-substantive answer ("Weiß nicht / keine Angabe", "Nutze ich nicht"). Missing codes are negative so
   * they can never collide with substantive codes; they become MISSING VALUES in SPSS.
   */
  readonly missing?: boolean;
  /** In a checkbox: choosing this value excludes every other value ("Keine davon"). */
  readonly exclusive?: boolean;
}

/**
 * A value set is either fixed (all labels translated) or dynamic: its substantive values come from the
 * municipality's configuration (districts or local places, numbered 1..n in the configured order) and only
 * its `extra` labels are translated.
 */
export type ValueSetDefinition =
  | { readonly id: string; readonly values: readonly ValueLabelDefinition[] }
  | {
      readonly id: string;
      readonly dynamic: 'districts' | 'localPlaces';
      readonly extra: readonly ValueLabelDefinition[];
    };

/** Show an item only if another (earlier) single item has the given code. */
export interface ShowIfCondition {
  readonly item: string;
  readonly equals: number;
}

export interface CodebookItem {
  /** Stable variable name, `^[A-Z][A-Z0-9_]*$`. Never reuse or renumber a code once a wave has data. */
  readonly code: string;
  readonly block: BlockId;
  readonly type: ItemType;
  /** Page id, defaults to the block id. */
  readonly page?: string;
  /** Matrix group: consecutive `single` items with the same group form one SurveyJS matrix question. */
  readonly group?: string;
  /** Value set id (required for `single` and `multi`). */
  readonly valueSet?: string;
  /** Control for a `single` item outside a matrix (default `radiogroup`). */
  readonly control?: SingleControl;
  readonly showIf?: ShowIfCondition;
  /** `multi`: the most substantive values a respondent may choose. */
  readonly maxSelected?: number;
  /** `text`: maximum length in characters (default {@link DEFAULT_MAX_TEXT_LENGTH}). */
  readonly maxLength?: number;
  /** The item or group has a description text (`item.<code>.description` or `group.<id>.description`). */
  readonly hasDescription?: boolean;
  /** Where the wording or scale comes from (see reference/domain.md). */
  readonly source: string;
}

export interface Codebook {
  readonly id: string;
  readonly blocks: readonly BlockDefinition[];
  readonly valueSets: readonly ValueSetDefinition[];
  /** Items in questionnaire order (online and paper use the same order). */
  readonly items: readonly CodebookItem[];
  /** Matrix groups with a description (`group.<id>.description`). */
  readonly groupsWithDescription: readonly string[];
}

/** Free-text limit shared by the form, the validation and the exports. */
export const DEFAULT_MAX_TEXT_LENGTH = 2000;

/** Municipality-specific settings of a questionnaire. */
export interface SurveyConfig {
  /** District (Ortsteil) names; values 1..n in this order. Empty: the district question is left out. */
  readonly districts: readonly string[];
  /** Local places for the Angsträume question; values 1..n in this order. */
  readonly localPlaces: readonly string[];
  /** Optional blocks to include (see {@link BlockDefinition.optional}). */
  readonly enabledOptionalBlocks: readonly string[];
}

/** Translation file content: flat map from text key to text. */
export type Translations = Readonly<Record<string, string>>;

export interface ResolvedValue {
  readonly code: number;
  readonly label: string;
  readonly missing: boolean;
  readonly exclusive: boolean;
}

/** A codebook item for one municipality and locale: texts and value labels filled in. */
export interface ResolvedItem {
  readonly code: string;
  readonly block: BlockId;
  readonly page: string;
  readonly type: ItemType;
  readonly group?: string;
  readonly control: SingleControl | 'matrix' | 'checkbox' | 'comment';
  /** Value set id (single and multi items). */
  readonly valueSet?: string;
  readonly showIf?: ShowIfCondition;
  readonly maxSelected?: number;
  readonly maxLength?: number;
  /** Question text (for a matrix row: the row text). */
  readonly text: string;
  readonly description?: string;
  /** Value labels in display order; empty for text items. */
  readonly values: readonly ResolvedValue[];
  readonly missingCodes: readonly number[];
  readonly source: string;
}

export interface ResolvedGroup {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface ResolvedPage {
  readonly id: string;
  readonly block: BlockId;
  readonly title: string;
  readonly description: string;
}

/** The codebook as used for one wave: only enabled items, all texts in one locale. */
export interface ResolvedCodebook {
  readonly codebookId: string;
  readonly locale: string;
  readonly config: SurveyConfig;
  readonly title: string;
  readonly description: string;
  readonly completedText: string;
  readonly pages: readonly ResolvedPage[];
  readonly groups: Readonly<Record<string, ResolvedGroup>>;
  readonly items: readonly ResolvedItem[];
}
