package org.onthaal.prompts.ui;

import java.io.ByteArrayOutputStream;
import java.util.Base64;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.onthaal.prompts.AudioCheck;

/**
 * Records from the browser's microphone (getUserMedia and MediaRecorder through
 * executeJs, no front-end build) and hands the server a WAV file: the browser decodes
 * what MediaRecorder made (WebM/Opus in Chromium, which the kiosk's check would not
 * take), mixes it to mono at 16 kHz and sends it in base64 chunks, small enough for any
 * transport. The server never takes more than a little over the largest recording
 * allowed.
 */
class MicrophoneRecorder extends Div {

	/** Recording stops by itself a little before the 30-second limit. */
	static final int MAX_MILLIS = (int) AudioCheck.MAX_MILLIS - 1_000;

	private static final String START = """
			const host = this, maxMillis = $0;
			(async () => {
			  let stream;
			  try {
			    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
			  } catch (e) {
			    host.$server.failed(String(e && e.name || e));
			    return;
			  }
			  const recorder = new MediaRecorder(stream);
			  const parts = [];
			  // how much has been recorded, in quarter seconds: for a progress hint and tests
			  host.__onthaalRecordedParts = 0;
			  recorder.ondataavailable = e => {
			    if (e.data.size > 0) parts.push(e.data);
			    host.__onthaalRecordedParts = parts.length;
			  };
			  recorder.onstop = async () => {
			    clearTimeout(host.__onthaalRecordingTimer);
			    stream.getTracks().forEach(track => track.stop());
			    host.__onthaalRecorder = null;
			    try {
			      const encoded = await new Blob(parts, { type: recorder.mimeType }).arrayBuffer();
			      const context = new AudioContext();
			      const decoded = await context.decodeAudioData(encoded);
			      context.close();
			      const rate = 16000;
			      const offline = new OfflineAudioContext(1, Math.max(1, Math.ceil(decoded.duration * rate)), rate);
			      const source = offline.createBufferSource();
			      source.buffer = decoded;
			      source.connect(offline.destination);
			      source.start();
			      const samples = (await offline.startRendering()).getChannelData(0);
			      const wav = new DataView(new ArrayBuffer(44 + samples.length * 2));
			      const text = (at, s) => { for (let i = 0; i < s.length; i++) wav.setUint8(at + i, s.charCodeAt(i)); };
			      text(0, 'RIFF'); wav.setUint32(4, 36 + samples.length * 2, true); text(8, 'WAVE');
			      text(12, 'fmt '); wav.setUint32(16, 16, true); wav.setUint16(20, 1, true); wav.setUint16(22, 1, true);
			      wav.setUint32(24, rate, true); wav.setUint32(28, rate * 2, true); wav.setUint16(32, 2, true);
			      wav.setUint16(34, 16, true); text(36, 'data'); wav.setUint32(40, samples.length * 2, true);
			      for (let i = 0; i < samples.length; i++) {
			        const s = Math.max(-1, Math.min(1, samples[i]));
			        wav.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
			      }
			      const bytes = new Uint8Array(wav.buffer);
			      await host.$server.begin();
			      // a multiple of 3 bytes: every chunk is whole base64
			      for (let at = 0; at < bytes.length; at += 24000) {
			        let binary = '';
			        bytes.subarray(at, at + 24000).forEach(b => binary += String.fromCharCode(b));
			        await host.$server.chunk(btoa(binary));
			      }
			      await host.$server.finish();
			    } catch (e) {
			      host.$server.failed(String(e && e.name || e));
			    }
			  };
			  host.__onthaalRecorder = recorder;
			  recorder.start(250);
			  host.__onthaalRecordingTimer = setTimeout(() => { if (recorder.state !== 'inactive') recorder.stop(); }, maxMillis);
			  host.$server.started();
			})();
			""";

	private static final String STOP = """
			if (this.__onthaalRecorder && this.__onthaalRecorder.state !== 'inactive') this.__onthaalRecorder.stop();
			""";

	/** What arrived of the recording so far; null while none is coming in. */
	private @Nullable ByteArrayOutputStream received;

	private boolean tooBig;

	private boolean running;

	MicrophoneRecorder() {
		setId("prompts-recorder");
		getElement().setAttribute("hidden", true);
	}

	void start() {
		getElement().executeJs(START, MAX_MILLIS);
	}

	void stop() {
		getElement().executeJs(STOP);
	}

	boolean isRunning() {
		return running;
	}

	@ClientCallable
	public void started() {
		running = true;
		fireEvent(new StateChanged(this));
	}

	@ClientCallable
	public void begin() {
		running = false;
		received = new ByteArrayOutputStream();
		tooBig = false;
	}

	@ClientCallable
	public void chunk(String base64) {
		if (received == null || tooBig) {
			return;
		}
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (received.size() + bytes.length > AudioCheck.MAX_BYTES) {
			// keep one byte too many, so the check says "too big", and no more
			tooBig = true;
			received.write(bytes, 0, AudioCheck.MAX_BYTES + 1 - received.size());
			return;
		}
		received.writeBytes(bytes);
	}

	@ClientCallable
	public void finish() {
		if (received == null) {
			return;
		}
		byte[] audio = received.toByteArray();
		received = null;
		fireEvent(new Recorded(this, audio));
	}

	@ClientCallable
	public void failed(String reason) {
		running = false;
		received = null;
		fireEvent(new Failed(this, reason));
	}

	Registration addRecordedListener(ComponentEventListener<Recorded> listener) {
		return addListener(Recorded.class, listener);
	}

	Registration addFailedListener(ComponentEventListener<Failed> listener) {
		return addListener(Failed.class, listener);
	}

	Registration addStateChangedListener(ComponentEventListener<StateChanged> listener) {
		return addListener(StateChanged.class, listener);
	}

	/** A recording arrived: a WAV file, not checked yet. */
	static final class Recorded extends ComponentEvent<MicrophoneRecorder> {

		private final byte[] audio;

		Recorded(MicrophoneRecorder source, byte[] audio) {
			super(source, true);
			this.audio = audio;
		}

		byte[] audio() {
			return audio;
		}

	}

	/** The microphone could not be used, or the recording could not be made into WAV. */
	static final class Failed extends ComponentEvent<MicrophoneRecorder> {

		private final String reason;

		Failed(MicrophoneRecorder source, String reason) {
			super(source, true);
			this.reason = reason;
		}

		String reason() {
			return reason;
		}

	}

	/** Recording started. */
	static final class StateChanged extends ComponentEvent<Component> {

		StateChanged(MicrophoneRecorder source) {
			super(source, true);
		}

	}

}
