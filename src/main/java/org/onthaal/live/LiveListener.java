package org.onthaal.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One dedicated connection per app instance that LISTENs for changes. It is not taken
 * from the pool: a pooled connection could be handed to someone else or recycled, and
 * LISTEN would silently stop. When the connection breaks (database restart, network), it
 * reconnects with a short back-off, listens again and asks every open screen to re-query,
 * so no change is lost for good.
 */
@Component
class LiveListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveListener.class);

	private static final int POLL_MILLIS = 250;

	private static final Duration PING_EVERY = Duration.ofSeconds(5);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private final LiveUpdates updates;

	private final String url;

	private final Properties connectionProperties = new Properties();

	private final AtomicReference<@Nullable Connection> connection = new AtomicReference<>();

	private volatile boolean running;

	private @Nullable Thread thread;

	LiveListener(LiveUpdates updates, Environment environment) {
		this.updates = updates;
		this.url = environment.getRequiredProperty("spring.datasource.url");
		connectionProperties.setProperty("user", environment.getProperty("spring.datasource.username", ""));
		connectionProperties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
		connectionProperties.setProperty("tcpKeepAlive", "true");
		connectionProperties.setProperty("ApplicationName", "onthaal-live-listener");
	}

	@Override
	public void start() {
		running = true;
		Thread listenerThread = new Thread(this::run, "onthaal-live-listener");
		listenerThread.setDaemon(true);
		listenerThread.start();
		thread = listenerThread;
	}

	@Override
	public void stop() {
		running = false;
		closeQuietly(connection.getAndSet(null));
		Thread listenerThread = thread;
		if (listenerThread != null) {
			listenerThread.interrupt();
		}
	}

	/**
	 * Whether the LISTEN connection is up now (readiness: else this node's boards go
	 * stale).
	 */
	boolean isListening() {
		return connection.get() != null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		Duration backoff = Duration.ofMillis(250);
		boolean firstConnection = true;
		while (running) {
			try (Connection conn = DriverManager.getConnection(url, connectionProperties)) {
				connection.set(conn);
				try (Statement statement = conn.createStatement()) {
					statement.execute("LISTEN " + LiveNotifier.CHANNEL);
				}
				backoff = Duration.ofMillis(250);
				if (!firstConnection) {
					log.info("Live updates listening again; asking open screens to refresh");
					updates.publishResync();
				}
				firstConnection = false;
				receive(conn);
			}
			catch (SQLException ex) {
				if (running) {
					log.warn("Live-update connection lost ({}); retrying in {} ms", ex.getMessage(),
							backoff.toMillis());
				}
			}
			finally {
				connection.set(null);
			}
			if (!sleep(backoff)) {
				return;
			}
			backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
		}
	}

	private void receive(Connection conn) throws SQLException {
		PGConnection pg = conn.unwrap(PGConnection.class);
		long lastPing = System.nanoTime();
		while (running) {
			PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
			if (notifications != null) {
				for (PGNotification notification : notifications) {
					LiveChange.fromPayload(notification.getParameter())
						.ifPresentOrElse(updates::publish, () -> log.warn("Ignoring malformed live notification '{}'",
								notification.getParameter()));
				}
			}
			// a silently dropped connection only shows when we talk to it
			if (System.nanoTime() - lastPing > PING_EVERY.toNanos()) {
				try (Statement statement = conn.createStatement()) {
					statement.execute("select 1");
				}
				lastPing = System.nanoTime();
			}
		}
	}

	private static boolean sleep(Duration duration) {
		try {
			Thread.sleep(duration);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void closeQuietly(@Nullable Connection conn) {
		if (conn == null) {
			return;
		}
		try {
			conn.close();
		}
		catch (SQLException ex) {
			log.debug("Closing the live-update connection failed", ex);
		}
	}

}
