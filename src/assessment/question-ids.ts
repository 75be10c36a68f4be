import type { BankQuestionDef } from './steps';

/**
 * Types drawn from the question bank (declared `as const`): a misspelt question id or option
 * value anywhere in the domain is a type error. Types only; nothing here reaches the bundle.
 */
type BankQuestion = BankQuestionDef;

export type QuestionId = BankQuestion['id'];

/** The bank's definition of one question. */
export type QuestionDefOf<Id extends QuestionId> = Extract<BankQuestion, { readonly id: Id }>;

/** Ids of the single- and multiple-choice questions. */
export type ChoiceQuestionId = Extract<BankQuestion, { readonly kind: 'single' | 'multi' }>['id'];
export type SingleQuestionId = Extract<BankQuestion, { readonly kind: 'single' }>['id'];
export type MultiQuestionId = Extract<BankQuestion, { readonly kind: 'multi' }>['id'];
export type NumberQuestionId = Extract<BankQuestion, { readonly kind: 'number' }>['id'];

/** The option values of one choice question. */
export type OptionValue<Id extends ChoiceQuestionId> = QuestionDefOf<Id>['options'][number]['value'];
