// Progressive enhancement of the vault's upload form: the same post, sent by XMLHttpRequest so
// that a progress bar can follow it; the folder page it ends on then replaces the current one.
// Without this file the form posts normally and the browser shows the same page.
document.addEventListener('submit', (event) => {
    const form = event.target.closest('form[data-upload-form]');
    if (!form || typeof XMLHttpRequest === 'undefined' || typeof FormData === 'undefined') {
        return;
    }
    const input = form.querySelector('input[type=file]');
    if (!input || input.files.length === 0) {
        return;
    }
    event.preventDefault();

    const panel = form.querySelector('[data-upload-progress]');
    const bar = panel?.querySelector('progress');
    const failed = panel?.querySelector('[data-upload-failed]');
    const buttons = form.querySelectorAll('button, input[type=file]');
    if (panel) {
        panel.hidden = false;
    }
    if (failed) {
        failed.hidden = true;
    }

    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.responseType = 'document';
    request.upload.addEventListener('progress', (progress) => {
        if (bar && progress.lengthComputable) {
            bar.value = Math.round((progress.loaded / progress.total) * 100);
        }
    });
    request.addEventListener('load', () => {
        const page = request.response;
        const main = page?.querySelector('main');
        if (request.status >= 200 && request.status < 300 && main) {
            // The report was read by this response: show it, at the folder page's address.
            document.querySelector('main').replaceWith(document.importNode(main, true));
            document.title = page.title;
            if (request.responseURL) {
                history.replaceState(null, '', request.responseURL);
            }
            window.scrollTo(0, 0);
            return;
        }
        window.location.assign(request.responseURL || window.location.href);
    });
    request.addEventListener('error', () => {
        buttons.forEach((element) => { element.disabled = false; });
        if (failed) {
            failed.hidden = false;
        }
    });
    // FormData is built before the controls are disabled: disabled controls are not sent.
    const data = new FormData(form);
    buttons.forEach((element) => { element.disabled = true; });
    request.send(data);
});
