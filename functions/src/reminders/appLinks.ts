// Deep links into the web app. The app routes /formulieren/:formId/:partId to that part's form and
// /formulieren/:formId to the form's overview (for staff and for escalations).
export function formPartUrl(appUrl: string, formId: string, partId: string): string {
  return `${appUrl.replace(/\/+$/, '')}/formulieren/${encodeURIComponent(formId)}/${encodeURIComponent(partId)}`;
}

export function formUrl(appUrl: string, formId: string): string {
  return `${appUrl.replace(/\/+$/, '')}/formulieren/${encodeURIComponent(formId)}`;
}
