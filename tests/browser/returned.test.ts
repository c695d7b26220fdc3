// A submission the server returned to draft (partWritten: the form's cross check failed). The form page shows
// the Dutch reason on top, each issue linked to its field, and the answers still in the form, so the rater can
// correct them and submit again. docs/rules.md, "Answers: shape and completeness".
import { checkSubmission, FORM_DEFINITIONS, FORM_EXAMPLES } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { adminDb } from '../support/stack.js';
import { axeViolations, screenshot } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

describe('a part returned to draft', () => {
  it('shows why, in Dutch, above the form with the answers kept', async () => {
    const example = FORM_EXAMPLES.beoordeling_summatief.tweede_assessor!;
    const bt = example.beroepstaken as Record<string, Record<string, unknown>>;
    const answers = { ...example, beroepstaken: { ...bt, bt3: { ...bt.bt3, oordeel: 'onvoldoende' } } };
    // What partWritten stores (the same domain function makes the reason).
    const check = checkSubmission(FORM_DEFINITIONS.beoordeling_summatief, 'tweede_assessor', answers);
    if (check.ok) throw new Error('the example should fail the cross check');
    await adminDb()
      .doc(`forms/${F.beoordeling}/parts/tweede_assessor`)
      .update({
        status: 'draft',
        answers,
        updatedBy: P.jan.uid,
        returned: { at: Timestamp.now(), reason: check.reason, issues: check.issues },
      });

    const page = await suite.signedIn(P.jan, `/formulieren/${F.beoordeling}/tweede_assessor`);
    const notice = page.getByTestId('returned');
    await notice
      .filter({ hasText: 'Je inzending is teruggezet naar concept: Eindoordeel: Behaald kan alleen' })
      .waitFor();
    expect(await notice.getByRole('link').getAttribute('href')).toBe('#f-eindoordeel');
    await page.locator('form[data-ready]').waitFor();
    expect(await page.getByLabel('Behaald', { exact: true }).isChecked()).toBe(true); // the answers are kept
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teruggezet-naar-concept');
    await page.context().close();
  });
});
