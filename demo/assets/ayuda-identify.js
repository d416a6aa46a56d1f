// What a shop with customer accounts adds: who is signed in, for the hand-off
// to a person (the support team sees it with the question; the customer can
// remove it before sending). Uses the queue of ayuda-queue.js.
window.ayuda('identify', { name: 'Ana López', customerId: 'C-1042', plan: 'Lumen Care' });
