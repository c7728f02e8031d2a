package org.onthaal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.onthaal.host.Board;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SharedBoards;
import org.onthaal.staff.Role;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Health and metrics as an operator reaches them: on the management port, bound to this
 * machine, never on the app's port that the proxy forwards. Readiness includes this
 * node's live-update connection; the counters count what happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementEndpointsIT extends DatabaseTestBase {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int appPort;

	@LocalManagementPort
	private int managementPort;

	@Value("${management.server.address}")
	private String managementAddress;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AuthenticationManager signIn;

	@Autowired
	private SharedBoards boards;

	@Test
	void healthAndMetricsAreOnTheLocalManagementPortOnly() throws Exception {
		assertThat(managementPort).isNotEqualTo(appPort);
		assertThat(managementAddress).isEqualTo("127.0.0.1");

		HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("\"status\":\"UP\"")
			.contains("\"liveListener\":{\"status\":\"UP\"}")
			.contains("\"db\":{\"status\":\"UP\"}");
		assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);

		// the app's port, which the proxy forwards, answers neither (Vaadin's page shell
		// or the sign-in, never the health or the figures)
		for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/health/readiness")) {
			HttpResponse<String> response = get(appPort, path);
			assertThat(response.body()).as(path + " on the app's port")
				.doesNotContain("\"status\"")
				.doesNotContain("onthaal_");
		}
	}

	@Test
	void aCheckInAndAFailedSignInAreCounted() throws Exception {
		double kiosk = metric("onthaal_checkins_total", "source=\"kiosk\"");
		double failures = metric("onthaal_signin_failures_total", "");

		checkIns.checkInNewFamily(locationId, new NewFamily("Elif", List.of("tr"), List.of(), List.of(), true, false),
				true, VisitSource.KIOSK);
		assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("niemand", "fout")))
			.isInstanceOf(BadCredentialsException.class);

		assertThat(metric("onthaal_checkins_total", "source=\"kiosk\"")).isEqualTo(kiosk + 1);
		assertThat(metric("onthaal_signin_failures_total", "")).isEqualTo(failures + 1);
		String all = get(managementPort, "/actuator/prometheus").body();
		assertThat(all).contains("onthaal_open_screens{kind=\"kiosk\"}", "onthaal_open_screens{kind=\"host\"}",
				"onthaal_board_refresh_seconds");
	}

	@Test
	void theTimeFromACheckInToTheOpenBoardsIsMeasured() throws Exception {
		staff.create("test", "gastvrouw", "een-lang-wachtwoord", "Gastvrouw", java.util.Set.of(Role.HOST),
				List.of(locationId), false);
		var host = new UsernamePasswordAuthenticationToken("gastvrouw", "n/a",
				List.of(new SimpleGrantedAuthority("ROLE_" + Role.HOST.name())));
		SecurityContextHolder.getContext().setAuthentication(host);
		double before = metric("onthaal_board_update_latency_seconds_count", "");
		List<Board> seen = new CopyOnWriteArrayList<>();
		var board = boards.subscribe(locationId, seen::add);
		try {
			checkIns.checkInNewFamily(locationId,
					new NewFamily("Ahmet", List.of("tr"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> metric("onthaal_board_update_latency_seconds_count", "") > before);
			assertThat(seen.getLast().present()).extracting(PresentFamily::nickname).contains("Ahmet");
		}
		finally {
			board.remove();
			SecurityContextHolder.clearContext();
		}
	}

	private double metric(String name, String label) throws Exception {
		HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String body = response.body();
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(body);
		while (line.find()) {
			if (line.group(1) == null || line.group(1).contains(label)) {
				return Double.parseDouble(line.group(2));
			}
		}
		throw new AssertionError(name + " " + label + " not in /actuator/prometheus");
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
