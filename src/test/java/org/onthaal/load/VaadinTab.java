package org.onthaal.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab of Onthaal as Vaadin Flow's client engine drives it, without a browser:
 * the page, the init request, the navigation event, then taps as UIDL requests (the CSRF
 * token, sync and client ids Flow checks), and, for a board, the Atmosphere WebSocket the
 * server pushes on. It keeps only what finding a component needs: which node carries
 * which element id, and the event data each click listener expects. It runs no JavaScript
 * the server sends (idle watch, speech, the tab's storage): the kiosk works without it,
 * as the light client's answers never come.
 */
public final class VaadinTab {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http;

	private final URI base;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private final Map<String, Integer> nodeById = new HashMap<>();

	private final Map<Integer, String> idByNode = new HashMap<>();

	/** node → DOM event → the key of its event data in {@link #constants}. */
	private final Map<Integer, Map<String, String>> listeners = new HashMap<>();

	private final Map<String, JsonNode> constants = new HashMap<>();

	/** node → its children, attributes and text: enough to read what a screen says. */
	private final Map<Integer, List<Integer>> children = new HashMap<>();

	private final Map<Integer, Map<String, String>> attributes = new HashMap<>();

	private final Map<Integer, String> texts = new HashMap<>();

	/**
	 * Scripts the server asked the tab to run with an answer expected: the script, and
	 * the node and channel its answer goes to.
	 */
	private final List<Map.Entry<String, int[]>> answersAwaited = new ArrayList<>();

	private int uiId;

	private String csrfToken = "";

	private String pushId = "";

	private int syncId = -1;

	private int clientId;

	private volatile WebSocket push;

	public VaadinTab(HttpClient http, URI base) {
		this.http = http;
		this.base = base;
	}

	public void cookie(String name, String value) {
		cookies.put(name, value);
	}

	/** A cookie the tab holds, as the server last set it ("" when none). */
	String cookieValue(String name) {
		return cookies.getOrDefault(name, "");
	}

	/** Signs in with the staff sign-in form, as a browser posts it. */
	void signIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> page = get("login", "text/html");
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("/login")) {
			throw new IllegalStateException(
					"Signing in as " + username + " failed: " + signedIn.statusCode() + " " + location);
		}
	}

	/**
	 * Opens a route as a browser does: the page, Flow's init request, then the navigation
	 * event that builds the screen. Answers the last response's text.
	 */
	public String open(String route) throws IOException, InterruptedException {
		HttpResponse<String> page = get(route, "text/html");
		if (page.statusCode() != 200) {
			throw new IllegalStateException("/" + route + " answered " + page.statusCode());
		}
		HttpResponse<String> init = get("?v-r=init&location=" + encode(route) + "&query=", "application/json");
		JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
		uiId = appConfig.path("v-uiId").asInt();
		JsonNode uidl = appConfig.path("uidl");
		csrfToken = uidl.path("Vaadin-Security-Key").asString();
		pushId = uidl.path("Vaadin-Push-ID").asString("");
		apply(uidl);
		ObjectNode data = JSON.createObjectNode();
		data.put("route", route);
		data.put("query", "");
		data.put("appShellTitle", "");
		data.putNull("historyState");
		data.put("trigger", "");
		return rpc(event(1, "ui-navigate", data));
	}

	public boolean has(String id) {
		synchronized (this) {
			return nodeById.containsKey(id);
		}
	}

	/** The ids on screen that start with the prefix, in the order they came. */
	List<String> idsStartingWith(String prefix) {
		synchronized (this) {
			return nodeById.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
		}
	}

	/** A tap on the element with this id; answers the server's response. */
	public String click(String id) throws IOException, InterruptedException {
		ObjectNode data = JSON.createObjectNode();
		int node;
		synchronized (this) {
			node = node(id);
			String key = listeners.getOrDefault(node, Map.of()).get("click");
			if (key == null) {
				throw new IllegalStateException(id + " listens to no click");
			}
			// the values the browser would read from the click event
			constants.get(key).propertyNames().forEach(expression -> {
				if (expression.endsWith("Key")) {
					data.put(expression, false);
				}
				else if (expression.startsWith("event.")) {
					data.put(expression, expression.equals("event.detail") ? 1 : 0);
				}
			});
		}
		return rpc(event(node, "click", data));
	}

	/** Types a value into a text field and leaves it, as its change event reports. */
	public String type(String id, String value) throws IOException, InterruptedException {
		int node;
		synchronized (this) {
			node = node(id);
		}
		return rpc(propertySync(node, "value", value), event(node, "change", JSON.createObjectNode()));
	}

	/**
	 * Sends a property value as Flow's client syncs it, with no event: what a tampered
	 * client may send for any element.
	 */
	public String sync(String id, String property, String value) throws IOException, InterruptedException {
		int node;
		synchronized (this) {
			node = node(id);
		}
		return rpc(propertySync(node, property, value));
	}

	/** Flow's message for a property the client changed on an element. */
	private static ObjectNode propertySync(int node, String property, String value) {
		ObjectNode sync = JSON.createObjectNode();
		sync.put("type", "mSync");
		sync.put("node", node);
		sync.put("feature", 1);
		sync.put("property", property);
		sync.put("value", value);
		return sync;
	}

	/**
	 * Answers the last script the server sent whose text contains {@code fragment} (an
	 * {@code executeJs(...).then(...)}) with {@code value}, as the browser would after
	 * running it: a tampered tab answers what it likes.
	 */
	public String answer(String fragment, String value) throws IOException, InterruptedException {
		int[] channel;
		synchronized (this) {
			channel = answersAwaited.reversed()
				.stream()
				.filter(script -> script.getKey().contains(fragment))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No script awaits an answer: " + fragment));
		}
		ObjectNode rpc = JSON.createObjectNode();
		rpc.put("type", "channel");
		rpc.put("node", channel[0]);
		rpc.put("channel", channel[1]);
		rpc.putArray("args").add(value);
		return rpc(rpc);
	}

	/**
	 * Opens the push channel Flow's client opens (Atmosphere over a WebSocket) and hands
	 * each message the server pushes to the listener, with its arrival time.
	 */
	void listen(PushListener listener) {
		listen(listener, () -> {
		});
	}

	/**
	 * Like {@link #listen(PushListener)}; {@code gone} runs once when the push channel
	 * closes or breaks (the node died, the network went).
	 */
	void listen(PushListener listener, Runnable gone) {
		String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + encode(pushId)
				+ "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
				+ "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
				+ "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";
		// Atmosphere's WebSocket endpoint, where Flow's client connects under a root
		// mapping
		URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + base.getPath() + "VAADIN/push?" + query);
		push = http.newWebSocketBuilder()
			.header("Cookie", cookieHeader())
			.buildAsync(uri, new AtmosphereFrames(message -> {
				long arrived = System.nanoTime();
				if (message.startsWith("{")) {
					listener.pushed(message, arrived);
				}
			}, gone))
			.join();
	}

	/** Tells the server the tab is still there (a board sends nothing else). */
	void heartbeat() throws IOException, InterruptedException {
		send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
			.header("Content-Type", "text/plain;charset=utf-8")
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	void close() {
		WebSocket socket = push;
		if (socket != null) {
			socket.abort();
		}
	}

	interface PushListener {

		void pushed(String message, long arrivedNanos);

	}

	// ---- the protocol ----

	private static ObjectNode event(int node, String event, ObjectNode data) {
		ObjectNode rpc = JSON.createObjectNode();
		rpc.put("type", "event");
		rpc.put("node", node);
		rpc.put("event", event);
		rpc.set("data", data);
		return rpc;
	}

	private String rpc(ObjectNode... calls) throws IOException, InterruptedException {
		ObjectNode body = JSON.createObjectNode();
		synchronized (this) {
			body.put("csrfToken", csrfToken);
			ArrayNode rpc = body.putArray("rpc");
			for (ObjectNode call : calls) {
				rpc.add(call);
			}
			body.put("syncId", syncId);
			body.put("clientId", clientId);
		}
		HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
		String text = response.body();
		synchronized (this) {
			// as Flow's client: the next message has the next id, unless the answer says
			// otherwise (an answer with an error for the tab says nothing)
			clientId++;
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("UIDL request answered " + response.statusCode() + ": " + text);
		}
		String json = text.startsWith("for(;;);") ? text.substring(8) : text;
		JsonNode uidl = JSON.readTree(json);
		if (uidl.isArray()) {
			uidl = uidl.get(0);
		}
		// what the answer changed holds even when it reports an error, as in Flow's
		// client
		apply(uidl);
		if (uidl.path("meta").has("sessionExpired") || uidl.path("meta").has("appError")) {
			throw new IllegalStateException("The server gave up on this tab: " + uidl.path("meta"));
		}
		return text;
	}

	private synchronized void apply(JsonNode uidl) {
		if (uidl.has("syncId")) {
			syncId = uidl.get("syncId").asInt();
		}
		if (uidl.has("clientId")) {
			clientId = uidl.get("clientId").asInt();
		}
		uidl.path("constants").properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
		for (JsonNode invocation : uidl.path("execute")) {
			String script = invocation.get(invocation.size() - 1).asString("");
			for (JsonNode parameter : invocation) {
				// the first return channel is the one for the result, the second for an
				// error
				JsonNode channel = parameter.path("@v-return");
				if (channel.isArray()) {
					answersAwaited.add(Map.entry(script, new int[] { channel.get(0).asInt(), channel.get(1).asInt() }));
					break;
				}
			}
		}
		for (JsonNode change : uidl.path("changes")) {
			int node = change.path("node").asInt();
			String type = change.path("type").asString("");
			int feature = change.path("feat").asInt(-1);
			if ("detach".equals(type)) {
				String id = idByNode.remove(node);
				if (id != null && Integer.valueOf(node).equals(nodeById.get(id))) {
					nodeById.remove(id);
				}
				listeners.remove(node);
				children.remove(node);
				attributes.remove(node);
				texts.remove(node);
			}
			else if ("splice".equals(type) && feature == 2) {
				List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
				int index = change.path("index").asInt();
				for (int i = 0; i < change.path("remove").asInt(0) && index < list.size(); i++) {
					list.remove(index);
				}
				List<Integer> added = new ArrayList<>();
				change.path("addNodes").forEach(child -> added.add(child.asInt()));
				list.addAll(Math.min(index, list.size()), added);
			}
			else if ("clear".equals(type) && feature == 2) {
				children.remove(node);
			}
			else if ("put".equals(type) && feature == 7 && change.path("value").isString()) {
				texts.put(node, change.path("value").asString());
			}
			else if ("put".equals(type) && feature == 3 && change.path("value").isString()) {
				String key = change.path("key").asString("");
				String value = change.path("value").asString();
				attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, value);
				if ("id".equals(key)) {
					nodeById.put(value, node);
					idByNode.put(node, value);
				}
			}
			else if ("put".equals(type) && feature == 4) {
				listeners.computeIfAbsent(node, n -> new HashMap<>())
					.put(change.path("key").asString(), change.path("value").asString());
			}
		}
	}

	/** The text inside the element with this id, its children's included. */
	public synchronized String text(String id) {
		StringBuilder text = new StringBuilder();
		collect(node(id), text, null);
		return text.toString();
	}

	/** The values of one attribute inside the element with this id, in order. */
	synchronized List<String> attributes(String id, String attribute) {
		List<String> values = new ArrayList<>();
		collect(node(id), new StringBuilder(), values, attribute);
		return values;
	}

	private void collect(int node, StringBuilder text, List<String> values) {
		collect(node, text, values, "");
	}

	private void collect(int node, StringBuilder text, List<String> values, String attribute) {
		text.append(texts.getOrDefault(node, ""));
		String value = attributes.getOrDefault(node, Map.of()).get(attribute);
		if (values != null && value != null) {
			values.add(value);
		}
		for (int child : children.getOrDefault(node, List.of())) {
			collect(child, text, values, attribute);
		}
	}

	private int node(String id) {
		Integer node = nodeById.get(id);
		if (node == null) {
			throw new IllegalStateException("Nothing with the id " + id + " is on screen");
		}
		return node;
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookieHeader());
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals > 0) {
				cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
			}
		}
		return response;
	}

	private String cookieHeader() {
		StringBuilder header = new StringBuilder();
		cookies.forEach(
				(name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
		return header.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Atmosphere's framing with message lengths on: {@code <length>|<message>}, several
	 * to a frame or one split over frames; a lone {@code X} is a heartbeat's padding.
	 */
	private static final class AtmosphereFrames implements WebSocket.Listener {

		private final Consumer<String> messages;

		private final StringBuilder pending = new StringBuilder();

		private final Runnable gone;

		private final java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();

		AtmosphereFrames(Consumer<String> messages, Runnable gone) {
			this.messages = messages;
			this.gone = gone;
		}

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			pending.append(data);
			while (true) {
				int bar = pending.indexOf("|");
				if (bar <= 0 || !pending.substring(0, bar).chars().allMatch(Character::isDigit)) {
					if (bar != 0 && pending.chars().allMatch(c -> c == 'X')) {
						pending.setLength(0);
					}
					break;
				}
				int length = Integer.parseInt(pending.substring(0, bar));
				if (pending.length() < bar + 1 + length) {
					break;
				}
				String message = pending.substring(bar + 1, bar + 1 + length);
				pending.delete(0, bar + 1 + length);
				messages.accept(message);
			}
			socket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
			end();
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void onError(WebSocket socket, Throwable error) {
			end();
		}

		private void end() {
			if (!ended.getAndSet(true)) {
				gone.run();
			}
		}

	}

}
