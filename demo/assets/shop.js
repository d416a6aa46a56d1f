// Tienda Lumen — the demo shop's own script: photo switcher and a pretend basket.
// It knows nothing about Ayuda (the widget must not need the host page's help).
(() => {
  const english = document.documentElement.lang === 'en';

  const photo = document.querySelector('[data-photo]');
  for (const button of document.querySelectorAll('[data-show]')) {
    button.addEventListener('click', () => {
      for (const view of photo.querySelectorAll('[data-view]')) view.hidden = view.dataset.view !== button.dataset.show;
      for (const other of document.querySelectorAll('[data-show]')) other.setAttribute('aria-pressed', String(other === button));
    });
  }

  const form = document.querySelector('[data-buy]');
  if (!form) return;
  const count = document.querySelector('[data-cart-count]');
  const status = form.querySelector('[data-status]');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const qty = Math.max(1, Math.min(5, Number(form.elements.qty.value) || 1));
    count.textContent = String(Number(count.textContent) + qty);
    status.textContent = english
      ? `Added ${qty} × Lumen Aire V8 to your basket.`
      : `Añadido a la cesta: ${qty} × Lumen Aire V8.`;
  });
})();
