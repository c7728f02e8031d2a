/*
 * The host board's newcomer alert (see org.onthaal.host.ui.NewcomerAlertToggle): a soft
 * two-tone chime made with the Web Audio API (no audio file) and a short buzz where the
 * device can vibrate. Whether it is on is this device's setting, kept in localStorage.
 * Browsers let a page make sound only after a tap on it: the first tap anywhere on the
 * board (turning the alert on is one) wakes the audio up.
 * Loaded once per page, as a classic script without a front-end build.
 */
(function () {
  if (window.onthaalNewcomerAlert) {
    return;
  }
  const KEY = 'onthaal.newcomerAlert';
  const VOLUME = 0.08; // soft: heard near the counter, not across the room
  let context = null;

  function audio() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return null;
    }
    if (!context) {
      try {
        context = new Context();
      } catch (e) {
        return null;
      }
    }
    if (context.state === 'suspended') {
      context.resume().catch(() => {});
    }
    return context;
  }

  // one sine tone that fades in and out, so it never clicks
  function tone(ctx, frequency, start, length) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(VOLUME, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
    oscillator.connect(gain);
    gain.connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + length + 0.05);
  }

  function isOn() {
    try {
      return window.localStorage.getItem(KEY) === 'on';
    } catch (e) {
      return false; // storage refused: the alert stays off
    }
  }

  window.onthaalNewcomerAlert = {
    isOn: isOn,
    store(on) {
      try {
        if (on) {
          window.localStorage.setItem(KEY, 'on');
        } else {
          window.localStorage.removeItem(KEY);
        }
      } catch (e) {
        // storage refused: the setting lasts until the page is reloaded
      }
    },
    chime() {
      const ctx = audio();
      if (ctx) {
        const now = ctx.currentTime + 0.01;
        tone(ctx, 659.25, now, 0.35); // E5
        tone(ctx, 880, now + 0.2, 0.5); // A5
      }
      if (typeof navigator.vibrate === 'function') {
        try {
          navigator.vibrate([80]);
        } catch (e) {
          // no vibration here
        }
      }
    }
  };

  // a board reloaded with the alert on: the host's first tap lets it sound
  function wake() {
    if (isOn()) {
      audio();
    }
  }
  document.addEventListener('pointerdown', wake, { capture: true, passive: true });
  document.addEventListener('keydown', wake, { capture: true, passive: true });
})();
