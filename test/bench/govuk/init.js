// Starts the GOV.UK Frontend components on the benchmark peer page, as GOV.UK sites do.
import { initAll } from '/govuk-frontend.min.js';
initAll();
