// The drawn signature of a mandate form: strokes with a mouse, a stylus or a finger on a canvas,
// kept as a PNG (a data URL) in the form's hidden field when it is posted. Without this script the
// canvas stays hidden and the scanned image remains the way to sign.
document.querySelectorAll('[data-signature-pad]').forEach((pad) => {
    const canvas = pad.querySelector('canvas');
    const field = pad.querySelector('input[type=hidden]');
    const clear = pad.querySelector('[data-signature-clear]');
    const form = pad.closest('form');
    if (!canvas || !field || !form || !canvas.getContext) {
        return;
    }
    pad.hidden = false;
    pad.closest('[data-signature-choice]')?.querySelector('[data-signature-drawn-option]')?.removeAttribute('hidden');
    const context = canvas.getContext('2d');
    let drawing = false;
    let drawn = false;

    const fit = () => {
        const ratio = window.devicePixelRatio || 1;
        const box = canvas.getBoundingClientRect();
        canvas.width = Math.max(1, Math.round(box.width * ratio));
        canvas.height = Math.max(1, Math.round(box.height * ratio));
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.lineWidth = 2.2;
        context.lineCap = 'round';
        context.lineJoin = 'round';
        context.strokeStyle = '#0b1f4b';
        drawn = false;
        field.value = '';
    };
    const point = (event) => {
        const box = canvas.getBoundingClientRect();
        return { x: event.clientX - box.left, y: event.clientY - box.top };
    };

    canvas.addEventListener('pointerdown', (event) => {
        event.preventDefault();
        canvas.setPointerCapture(event.pointerId);
        drawing = true;
        const { x, y } = point(event);
        context.beginPath();
        context.moveTo(x, y);
        context.lineTo(x + 0.1, y + 0.1);
        context.stroke();
        drawn = true;
    });
    canvas.addEventListener('pointermove', (event) => {
        if (!drawing) {
            return;
        }
        const { x, y } = point(event);
        context.lineTo(x, y);
        context.stroke();
    });
    const stop = () => {
        drawing = false;
        if (drawn) {
            field.value = canvas.toDataURL('image/png');
            const option = form.querySelector('input[name$="Signature.Form"][value="Drawn"]');
            if (option) {
                option.checked = true;
            }
        }
    };
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
    clear?.addEventListener('click', () => {
        context.clearRect(0, 0, canvas.width, canvas.height);
        drawn = false;
        field.value = '';
    });
    fit();
});
