package org.onthaal.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The in-process side of live updates: screens subscribe per location and hear every
 * change the listener receives. Subscribers must remove themselves on detach (the
 * returned registration), or a closed browser tab would be kept in memory forever.
 */
@Component
public class LiveUpdates {

	private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

	private final Map<Long, List<Consumer<LiveChange>>> subscribers = new ConcurrentHashMap<>();

	public Registration subscribe(long locationId, Consumer<LiveChange> subscriber) {
		List<Consumer<LiveChange>> list = subscribers.computeIfAbsent(locationId, id -> new CopyOnWriteArrayList<>());
		list.add(subscriber);
		return () -> list.remove(subscriber);
	}

	void publish(LiveChange change) {
		deliver(subscribers.getOrDefault(change.locationId(), List.of()), change);
	}

	/**
	 * After a reconnect: every screen re-queries, since notifications may have been
	 * missed.
	 */
	void publishResync() {
		subscribers.forEach((locationId, list) -> deliver(list, new LiveChange(LiveChange.Kind.RESYNC, locationId, 0)));
	}

	private static void deliver(List<Consumer<LiveChange>> list, LiveChange change) {
		for (Consumer<LiveChange> subscriber : list) {
			try {
				subscriber.accept(change);
			}
			catch (RuntimeException ex) {
				// one broken screen must not keep the others from hearing the change
				log.warn("A live-update subscriber failed on {}", change, ex);
			}
		}
	}

}
