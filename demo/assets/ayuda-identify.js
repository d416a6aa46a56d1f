// What a shop with customer accounts adds: who is signed in, for the hand-off
// to a person (the support team sees it with the question; the customer can
// remove it before sending). `labels` names a fact for the customer, in their
// language (never sent itself); keys without a name are humanized
// ("customerId" → "Customer ID"). Uses the queue of ayuda-queue.js.
window.ayuda('identify', {
  name: 'Ana López',
  customerId: 'C-1042',
  plan: 'Lumen Care',
  labels: { plan: { es: 'Plan de cuidado', en: 'Care plan' } },
});
