import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { Vault } from '../../storage/vault';

/** The steps follow the safety planning guide (content/en/safety-planning.md). */
export const PLAN_STEPS = [
  'safePlaces',
  'trustedPeople',
  'codeWord',
  'pack',
  'documents',
  'routes',
  'children',
  'pets',
  'afterLeaving',
] as const;
export type PlanAnswers = Partial<Record<(typeof PLAN_STEPS)[number], string>>;

const AUTOSAVE_MS = 400;

/** A guided plan, one step at a time; any step can be skipped; saved as you type; printable. */
export function PlanView({
  vault,
  onSaved,
}: {
  vault: Vault | null;
  onSaved: (ok: boolean) => void;
}) {
  const t = useT();
  const [answers, setAnswers] = useState<PlanAnswers>({});
  const [step, setStep] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void vault?.get<PlanAnswers>('plan').then((saved) => saved && setAnswers(saved));
  }, [vault]);

  const update = (value: string) => {
    const next = { ...answers, [PLAN_STEPS[step]!]: value };
    setAnswers(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      vault?.put('plan', 'plan', next).then(
        () => onSaved(true),
        () => onSaved(false),
      );
    }, AUTOSAVE_MS);
  };

  const id = PLAN_STEPS[step]!;
  const last = step === PLAN_STEPS.length - 1;
  return (
    <section class="printable">
      <p class="no-print">{t('tools.plan.intro')}</p>
      <div class="plan-step no-print">
        <p class="step-count">
          {t('tools.plan.stepOf', { step: step + 1, total: PLAN_STEPS.length })}
        </p>
        <h2>
          <label for={`plan-${id}`}>{t(`tools.plan.steps.${id}.title`)}</label>
        </h2>
        <p id={`plan-${id}-hint`}>{t(`tools.plan.steps.${id}.prompt`)}</p>
        <textarea
          id={`plan-${id}`}
          rows={6}
          aria-describedby={`plan-${id}-hint`}
          value={answers[id] ?? ''}
          onInput={(event) => update(event.currentTarget.value)}
        />
        <div class="button-row">
          {step > 0 && (
            <button type="button" class="secondary-button" onClick={() => setStep(step - 1)}>
              {t('tools.plan.back')}
            </button>
          )}
          {!last && (
            <button type="button" class="primary-button" onClick={() => setStep(step + 1)}>
              {answers[id] ? t('tools.plan.next') : t('tools.plan.skip')}
            </button>
          )}
        </div>
      </div>
      <div class="print-only">
        <h2>{t('tools.tabs.plan')}</h2>
        {PLAN_STEPS.filter((stepId) => answers[stepId]).map((stepId) => (
          <div key={stepId}>
            <h3>{t(`tools.plan.steps.${stepId}.title`)}</h3>
            <p class="preserve-lines">{answers[stepId]}</p>
          </div>
        ))}
      </div>
      <p class="no-print hint">{t('tools.plan.printHint')}</p>
      <button type="button" class="secondary-button no-print" onClick={() => window.print()}>
        {t('tools.plan.print')}
      </button>
    </section>
  );
}
