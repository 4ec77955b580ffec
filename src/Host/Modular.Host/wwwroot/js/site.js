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
