/*
 * The kiosk's speech player (see org.onthaal.base.ui.SpeakButton). A speaker button
 * (.speak-button) carries data-utterances: [{ text, lang, key? }]. A tap plays them in
 * turn, each one as
 *   1. the recording window.onthaalRecordings[lang][key] (a URL), when there is one;
 *   2. else a speechSynthesis voice of that language (prefix match: "ar" takes "ar-SA");
 *   3. else nothing: the words stay on screen, never read with another language's voice.
 * A button none of whose utterances can be played here shows as unavailable
 * (data-unavailable, aria-disabled, its unavailable label). Chromium lists its voices
 * only some seconds after the page opened (until then, for at most 10 s, a speaker counts
 * as available), and recordings arrive from the server, so buttons are looked at again on
 * voiceschanged, on new recordings, on new buttons and when that grace ends.
 * Loaded once per page, as a classic script without a front-end build.
 */
(function () {
  if (window.onthaalSpeech) {
    return;
  }
  const synth = window.speechSynthesis;
  let playing = null; // { stop() } of what plays now

  function voiceFor(lang) {
    if (!synth) {
      return null;
    }
    const wanted = lang.toLowerCase();
    const voices = synth.getVoices();
    return voices.find(v => v.lang.toLowerCase() === wanted)
      || voices.find(v => v.lang.toLowerCase().startsWith(wanted + '-'))
      || voices.find(v => v.lang.toLowerCase().split('-')[0] === wanted.split('-')[0])
      || null;
  }

  function recordingFor(utterance) {
    const recordings = window.onthaalRecordings;
    const forLang = recordings && recordings[utterance.lang];
    return (utterance.key && forLang && forLang[utterance.key]) || null;
  }

  // Chromium lists its voices some seconds after the page opened: until then (at most
  // VOICES_GRACE_MS) a speaker is not called unavailable, or every kiosk would start
  // with crossed-out speakers
  const VOICES_GRACE_MS = 10000;
  const loadedAt = Date.now();

  function voicesPending() {
    return !!synth && synth.getVoices().length === 0 && Date.now() - loadedAt < VOICES_GRACE_MS;
  }

  function playable(utterance) {
    return recordingFor(utterance) !== null || voiceFor(utterance.lang) !== null || voicesPending();
  }

  function utterancesOf(button) {
    try {
      return JSON.parse(button.getAttribute('data-utterances') || '[]');
    } catch (e) {
      return [];
    }
  }

  function refresh(button) {
    const available = utterancesOf(button).some(playable);
    const label = button.getAttribute(available ? 'data-label' : 'data-label-unavailable');
    button.toggleAttribute('data-unavailable', !available);
    if (available) {
      button.removeAttribute('aria-disabled');
    } else {
      button.setAttribute('aria-disabled', 'true');
    }
    if (label) {
      button.setAttribute('aria-label', label);
      button.setAttribute('title', label);
    }
  }

  function refreshAll() {
    document.querySelectorAll('.speak-button').forEach(refresh);
  }

  function stop() {
    if (playing) {
      playing.stop();
      playing = null;
    }
  }

  // plays utterances[i..] one after the other; each calls next() when it ended or failed
  function play(utterances) {
    stop();
    let stopped = false;
    let audio = null;
    playing = {
      stop() {
        stopped = true;
        if (audio) {
          audio.pause();
        }
        if (synth) {
          synth.cancel();
        }
      }
    };
    const next = i => {
      if (stopped || i >= utterances.length) {
        return;
      }
      const utterance = utterances[i];
      const url = recordingFor(utterance);
      if (url) {
        audio = new Audio(url);
        audio.onended = () => next(i + 1);
        audio.onerror = () => next(i + 1);
        const started = audio.play();
        if (started && started.catch) {
          started.catch(() => next(i + 1));
        }
        return;
      }
      const voice = voiceFor(utterance.lang);
      if (!voice) {
        next(i + 1);
        return;
      }
      const live = utterance.from && document.getElementById(utterance.from);
      const spoken = new SpeechSynthesisUtterance(live ? live.textContent : utterance.text);
      spoken.lang = utterance.lang;
      spoken.voice = voice;
      spoken.onend = () => next(i + 1);
      spoken.onerror = () => next(i + 1);
      synth.speak(spoken);
    };
    next(0);
  }

  function playButton(button) {
    refresh(button);
    if (!button.hasAttribute('data-unavailable')) {
      play(utterancesOf(button));
    }
  }

  document.addEventListener('click', event => {
    const button = event.target instanceof Element && event.target.closest('.speak-button');
    if (button) {
      playButton(button);
    }
  }, true);

  // the family left the screen (or the kiosk started over): it stops talking
  new MutationObserver(mutations => {
    if (playing && mutations.some(m => [...m.removedNodes].some(n => n instanceof Element
        && (n.matches('.speak-button') || n.querySelector('.speak-button'))))) {
      stop();
    }
    refreshAll();
  }).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-utterances', 'data-label', 'data-label-unavailable']
  });

  if (synth && synth.addEventListener) {
    synth.addEventListener('voiceschanged', refreshAll);
  }
  // the kiosk's recordings arrive as one assignment from the server (RecordingsOnKiosk)
  let recordings = window.onthaalRecordings;
  Object.defineProperty(window, 'onthaalRecordings', {
    configurable: true,
    get: () => recordings,
    set: value => {
      recordings = value;
      refreshAll();
    }
  });

  window.onthaalSpeech = { play, playButton, stop, refreshAll };
  refreshAll();
  // a device without voices shows so once the grace is over
  setTimeout(refreshAll, VOICES_GRACE_MS + 100);
})();
