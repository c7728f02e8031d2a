package org.onthaal.base.ui;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UiRequestTimerTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final UiRequestTimer timer = new UiRequestTimer(registry);

	@Test
	void timesVaadinsUidlPostsOnly() throws Exception {
		send("POST", "uidl");
		send("POST", "uidl");
		send("POST", "heartbeat");
		send("GET", "init");
		send("GET", null);

		assertThat(registry.get("onthaal.ui.request").timer().count()).isEqualTo(2);
	}

	@Test
	void aFailingRequestIsTimedToo() {
		MockHttpServletRequest request = request("POST", "uidl");
		assertThatThrownBy(() -> timer.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			throw new IllegalStateException("the screen failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(registry.get("onthaal.ui.request").timer().count()).isEqualTo(1);
	}

	private void send(String method, String vaadinRequest) throws Exception {
		timer.doFilter(request(method, vaadinRequest), new MockHttpServletResponse(), new MockFilterChain());
	}

	private static MockHttpServletRequest request(String method, String vaadinRequest) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/");
		if (vaadinRequest != null) {
			// where Flow's client puts it: the filter reads only the query string
			request.setQueryString("v-r=" + vaadinRequest + "&v-uiId=0");
			request.setParameter("v-r", vaadinRequest);
		}
		return request;
	}

}
