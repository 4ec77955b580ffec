// Progressive enhancement only: every page works without this file.
document.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-copy-target]');
    if (!button) {
        return;
    }
    const source = document.getElementById(button.getAttribute('data-copy-target'));
    if (!source) {
        return;
    }
    const text = source.value ?? source.textContent;
    try {
        await navigator.clipboard.writeText(text.trim());
        const done = button.getAttribute('data-copied-label');
        if (done) {
            button.textContent = done;
        }
    } catch {
        source.select?.();
    }
});

// A letter's "Imprimer" button; without scripts, the browser's own Print does the same.
document.addEventListener('click', (event) => {
    if (event.target.closest('[data-print]')) {
        window.print();
    }
});

// Times marked data-local-time: on the reader's own clock, in the page's language (the server
// wrote them in the product's time zone, naming it, for readers without scripts).
for (const element of document.querySelectorAll('time[data-local-time]')) {
    const at = new Date(element.getAttribute('datetime'));
    if (!Number.isNaN(at.getTime())) {
        element.textContent = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' }).format(at);
    }
}

// Errors a form came back with are announced: each field's message is tied to its control
// (aria-describedby, aria-invalid), and the focus goes to the error summary, or to the first
// field in error when the page has no summary. Without scripts, the summary's role="alert" and
// the messages beside the fields still say it.
(() => {
    const messages = [...document.querySelectorAll('.field-validation-error[data-error-for]')].filter((m) => m.textContent.trim() !== '');
    let firstInvalid = null;
    messages.forEach((message, index) => {
        const control = document.getElementsByName(message.getAttribute('data-error-for'))[0];
        if (!control) {
            return;
        }
        message.id ||= `field-error-${index + 1}`;
        const described = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        if (!described.includes(message.id)) {
            control.setAttribute('aria-describedby', [...described, message.id].join(' '));
        }
        control.setAttribute('aria-invalid', 'true');
        firstInvalid ||= control;
    });
    const summary = [...document.querySelectorAll('.validation-summary-errors')].find((s) => s.textContent.trim() !== '');
    if (summary) {
        if (!summary.hasAttribute('tabindex')) {
            summary.setAttribute('tabindex', '-1');
        }
        summary.focus();
    } else if (firstInvalid) {
        firstInvalid.focus();
    }
})();
