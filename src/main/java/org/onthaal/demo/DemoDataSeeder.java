package org.onthaal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.onthaal.family.FamilyCards;
import org.onthaal.family.FamilyRepository;
import org.onthaal.family.NewFamily;
import org.onthaal.space.LocationRepository;
import org.onthaal.space.OpeningHoursRepository;
import org.onthaal.space.OpeningSchedule;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.OPENING_HOURS;
import static org.onthaal.db.Tables.STAFF_USER;
import static org.onthaal.db.Tables.VISIT;
import static org.onthaal.db.Tables.ZONE;

/**
 * Fills an empty database with a demo meeting place, once. Runs only in demo mode (on by
 * default with the embedded database). The demo staff passwords are fixed and published
 * in the README: demo accounts can sign in only while demo mode is on.
 */
@Component
@ConditionalOnBooleanProperty("onthaal.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataSeeder implements ApplicationRunner {

	static final String DEMO_HOST = "demo-host";

	static final String DEMO_HOST_PASSWORD = "koffie-voor-iedereen";

	static final String DEMO_MANAGER = "demo-manager";

	static final String DEMO_MANAGER_PASSWORD = "ruimte-voor-ontmoeting";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DSLContext dsl;

	private final LocationRepository locations;

	private final FamilyRepository families;

	private final StaffAccounts staff;

	private final OpeningHoursRepository hours;

	private final Clock clock;

	private final ObjectMapper json;

	private final FamilyCards cards;

	DemoDataSeeder(DSLContext dsl, LocationRepository locations, FamilyRepository families, StaffAccounts staff,
			OpeningHoursRepository hours, FamilyCards cards, Clock clock, ObjectMapper json) {
		this.json = json;
		this.cards = cards;
		this.dsl = dsl;
		this.locations = locations;
		this.families = families;
		this.staff = staff;
		this.hours = hours;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = dsl.fetchValue(LOCATION.ID, LOCATION.DEMO.isTrue());
		if (existing != null) {
			keepDemoLively(existing);
			log.info("Demo mode: demo data already present. Demo sign-in: {} / {} and {} / {}", DEMO_HOST,
					DEMO_HOST_PASSWORD, DEMO_MANAGER, DEMO_MANAGER_PASSWORD);
			return;
		}
		long locationId = locations.create("De Speelboot (demo)", ZoneId.of("Europe/Brussels"), true);
		List<SeededZone> zones = seedZones(locationId);
		seedOpeningHours(locationId);
		keepOpenToday(locationId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		int index = 0;
		Map<LocalDate, List<PastVisit>> byDay = new java.util.TreeMap<>();
		for (DemoFamilies.DemoFamily family : DemoFamilies.ALL) {
			long familyId = families.insert(new NewFamily(family.nickname(), family.languages(), family.interests(),
					family.children(), family.openToMeet(), true), now.minusWeeks(family.pastVisits() + 1));
			// a card as every family gets at its first check-in, so the host's card
			// button
			// shows a pictogram and number
			cards.issue(familyId);
			seedVisits(locationId, familyId, family, now, index++, byDay);
		}
		staff.create("demo", DEMO_HOST, DEMO_HOST_PASSWORD, "Demo host", Set.of(Role.HOST), List.of(locationId), true);
		staff.create("demo", DEMO_MANAGER, DEMO_MANAGER_PASSWORD, "Demo manager", Set.of(Role.MANAGER, Role.HOST),
				List.of(locationId), true);
		seedSnapshots(locationId, zones);
		seedPastIntroductions(locationId, byDay);
		log.warn("Demo mode: created a demo meeting place with {} families. Demo sign-in: {} / {} and {} / {}",
				DemoFamilies.ALL.size(), DEMO_HOST, DEMO_HOST_PASSWORD, DEMO_MANAGER, DEMO_MANAGER_PASSWORD);
	}

	/**
	 * A demo is tried at any hour: when the demo place is closed now, open it for the
	 * rest of today (an extra opening, marked as demo), and bring the demo families who
	 * are "here now" back in.
	 */
	private void keepDemoLively(long locationId) {
		keepOpenToday(locationId);
		OffsetDateTime nowAt = OffsetDateTime.now(clock);
		int index = 0;
		Map<LocalDate, List<PastVisit>> byDay = new java.util.TreeMap<>();
		for (DemoFamilies.DemoFamily family : DemoFamilies.ALL) {
			if (family.presentNow()) {
				Long familyId = dsl.select(FAMILY.ID)
					.from(FAMILY)
					.where(FAMILY.DEMO.isTrue())
					.and(FAMILY.NICKNAME.eq(family.nickname()))
					.and(notExists(selectOne().from(VISIT)
						.where(VISIT.FAMILY_ID.eq(FAMILY.ID))
						.and(VISIT.CHECKED_OUT_AT.isNull())))
					.fetchOne(FAMILY.ID);
				if (familyId != null) {
					insertVisit(locationId, familyId, family, nowAt.minusMinutes(5L + 9L * index), null, false);
				}
			}
			index++;
		}
	}

	private void keepOpenToday(long locationId) {
		Instant now = clock.instant();
		OpeningSchedule schedule = hours.schedule(locationId);
		if (!schedule.isOpen(now)) {
			LocalDate today = now.atZone(schedule.zone()).toLocalDate();
			hours.addException(locationId, today, today, LocalTime.MIN, LocalTime.of(23, 59),
					"Demo: open all day so the demo can be tried");
		}
	}

	/** A demo corner and what it is like on an ordinary morning. */
	private record SeededZone(long id, int capacity, double usualShare) {
	}

	private List<SeededZone> seedZones(long locationId) {
		record DemoZone(String name, String kind, int capacity, String pictogram, double usualShare,
				Map<String, String> labels) {
		}
		List<DemoZone> zones = List.of(
				new DemoZone("Koffiehoek", "COFFEE", 12, "COFFEE", 0.55,
						Map.of("nl", "Koffiehoek", "fr", "Coin café", "en", "Coffee corner", "ar", "ركن القهوة", "tr",
								"Kahve köşesi", "pl", "Kącik kawowy", "ro", "Colțul de cafea", "uk", "Кавовий куточок",
								"es", "Rincón del café", "so", "Geeska kafeega")),
				new DemoZone("Speelmat", "PLAY", 10, "PUZZLE_PIECE", 0.7,
						Map.of("nl", "Speelmat", "fr", "Tapis de jeu", "en", "Play mat", "ar", "بساط اللعب", "tr",
								"Oyun minderi", "pl", "Mata do zabawy", "ro", "Covorul de joacă", "uk",
								"Ігровий килимок", "es", "Alfombra de juegos", "so", "Gogosha ciyaarta")),
				new DemoZone("Babyhoek", "BABY", 6, "CHILD", 0.4,
						Map.of("nl", "Babyhoek", "fr", "Coin bébé", "en", "Baby corner", "ar", "ركن الرضّع", "tr",
								"Bebek köşesi", "pl", "Kącik dla niemowląt", "ro", "Colțul bebelușilor", "uk",
								"Куточок для немовлят", "es", "Rincón de bebés", "so", "Geeska ilmaha yaryar")),
				new DemoZone("Leeshoek", "READING", 5, "OPEN_BOOK", 0.25,
						Map.of("nl", "Leeshoek", "fr", "Coin lecture", "en", "Reading corner", "ar", "ركن القراءة",
								"tr", "Okuma köşesi", "pl", "Kącik czytelniczy", "ro", "Colțul de lectură", "uk",
								"Куточок для читання", "es", "Rincón de lectura", "so", "Geeska akhriska")),
				new DemoZone("Tuin", "OUTDOOR", 20, "SUN_O", 0.2,
						Map.of("nl", "Tuin", "fr", "Jardin", "en", "Garden", "ar", "الحديقة", "tr", "Bahçe", "pl",
								"Ogród", "ro", "Grădina", "uk", "Сад", "es", "Jardín", "so", "Beerta")));
		List<SeededZone> seeded = new ArrayList<>();
		for (int i = 0; i < zones.size(); i++) {
			DemoZone zone = zones.get(i);
			long id = dsl.insertInto(ZONE)
				.set(ZONE.LOCATION_ID, locationId)
				.set(ZONE.NAME, zone.name())
				.set(ZONE.KIND, zone.kind())
				.set(ZONE.CAPACITY, zone.capacity())
				.set(ZONE.PICTOGRAM, zone.pictogram())
				.set(ZONE.LABELS, JSONB.valueOf(json.writeValueAsString(zone.labels())))
				.set(ZONE.SORT_ORDER, (i + 1) * 10)
				.returning(ZONE.ID)
				.fetchSingle(ZONE.ID);
			seeded.add(new SeededZone(id, zone.capacity(), zone.usualShare()));
		}
		return seeded;
	}

	/**
	 * Three weeks of hosts' counts, three per opening (after the start, mid-way, towards
	 * the end): the play mat fills up, the coffee corner peaks mid-way, the garden only
	 * on some days. Fixed randomness, so every demo tells the same story. The rows belong
	 * to the demo location and go with it.
	 */
	private void seedSnapshots(long locationId, List<SeededZone> zones) {
		Long hostId = dsl.fetchValue(STAFF_USER.ID, STAFF_USER.USERNAME.eq(DEMO_HOST));
		OpeningSchedule schedule = hours.schedule(locationId);
		Instant now = clock.instant();
		LocalDate today = now.atZone(schedule.zone()).toLocalDate();
		Random random = new Random(20240917L);
		for (LocalDate day = today.minusWeeks(3); day.isBefore(today); day = day.plusDays(1)) {
			boolean sunny = random.nextInt(3) == 0;
			for (OpeningSchedule.Opening opening : schedule.openingsOn(day)) {
				Duration length = Duration.between(opening.opens(), opening.closes());
				double[] moments = { 0.2, 0.5, 0.85 };
				double[] busyness = { 0.6, 1.0, 0.7 };
				for (int m = 0; m < moments.length; m++) {
					Instant takenAt = opening.opens()
						.plus(length.multipliedBy((long) (moments[m] * 100)).dividedBy(100));
					for (SeededZone zone : zones) {
						double share = zone.usualShare() * busyness[m] * (zone.capacity() > 12 && sunny ? 3 : 1);
						int headcount = (int) Math.round(zone.capacity() * share * (0.6 + 0.8 * random.nextDouble()));
						dsl.insertInto(OCCUPANCY_SNAPSHOT)
							.set(OCCUPANCY_SNAPSHOT.LOCATION_ID, locationId)
							.set(OCCUPANCY_SNAPSHOT.ZONE_ID, zone.id())
							.set(OCCUPANCY_SNAPSHOT.TAKEN_AT, takenAt.atOffset(ZoneOffset.UTC))
							.set(OCCUPANCY_SNAPSHOT.HEADCOUNT, (short) Math.clamp(headcount, 0, 200))
							.set(OCCUPANCY_SNAPSHOT.STAFF_USER_ID, hostId)
							.execute();
					}
				}
			}
		}
	}

	private void seedOpeningHours(long locationId) {
		// Tue and Thu mornings, Wed afternoon, Sat morning
		insertHours(locationId, 2, "09:00", "12:00");
		insertHours(locationId, 3, "14:00", "17:00");
		insertHours(locationId, 4, "09:00", "12:00");
		insertHours(locationId, 6, "09:30", "12:30");
	}

	private void insertHours(long locationId, int dayOfWeek, String opens, String closes) {
		dsl.insertInto(OPENING_HOURS)
			.set(OPENING_HOURS.LOCATION_ID, locationId)
			.set(OPENING_HOURS.DAY_OF_WEEK, (short) dayOfWeek)
			.set(OPENING_HOURS.OPENS_AT, LocalTime.parse(opens))
			.set(OPENING_HOURS.CLOSES_AT, LocalTime.parse(closes))
			.execute();
	}

	/**
	 * Past weekly visits (checked out), and an open visit now for the families marked
	 * present.
	 */
	private void seedVisits(long locationId, long familyId, DemoFamilies.DemoFamily family, OffsetDateTime now,
			int index, Map<LocalDate, List<PastVisit>> byDay) {
		ZoneId zone = ZoneId.of("Europe/Brussels");
		for (int week = family.pastVisits(); week >= 1; week--) {
			// a past morning of the demo place's week, spread over the opening hours so
			// the
			// insights' heat map has a shape
			LocalDate day = now.atZoneSameInstant(zone)
				.toLocalDate()
				.minusWeeks(week)
				.with(java.time.temporal.TemporalAdjusters.previousOrSame(DEMO_DAYS.get((index + week) % 3)));
			OffsetDateTime in = day.atTime(9, 10 + (index * 7) % 45)
				.atZone(zone)
				.toOffsetDateTime()
				.plusMinutes(index % 4 * 25L);
			long visitId = insertVisit(locationId, familyId, family, in, in.plusMinutes(60L + index % 5 * 10L),
					week == family.pastVisits());
			byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new PastVisit(visitId, family, in));
		}
		if (family.presentNow()) {
			insertVisit(locationId, familyId, family, now.minusMinutes(5L + 9L * index), null,
					family.pastVisits() == 0);
		}
	}

	private static final List<java.time.DayOfWeek> DEMO_DAYS = List.of(java.time.DayOfWeek.TUESDAY,
			java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SATURDAY);

	private record PastVisit(long visitId, DemoFamilies.DemoFamily family, OffsetDateTime in) {
	}

	/**
	 * What hosts did on past mornings, so the insights and the reflection page have
	 * material: on each day, families sharing a language are paired in arrival order and
	 * the host's decision and its outcome cycle through the possibilities.
	 */
	private void seedPastIntroductions(long locationId, Map<LocalDate, List<PastVisit>> byDay) {
		String[][] decisions = { { "INTRODUCED", "TALKED" }, { "INTRODUCED", "TALKED" }, { "NOT_NOW", null },
				{ "INTRODUCED", "DID_NOT_TALK" }, { "ALREADY_KNOW", null }, { "INTRODUCED", "TALKED" },
				{ "WITHDRAWN", null }, { "NOT_A_MATCH", null }, { "INTRODUCED", null } };
		int n = 0;
		for (List<PastVisit> day : byDay.values()) {
			day.sort(java.util.Comparator.comparing(PastVisit::in));
			for (int i = 0; i + 1 < day.size(); i += 2) {
				PastVisit a = day.get(i);
				PastVisit b = day.get(i + 1);
				List<String> shared = a.family().languages().stream().filter(b.family().languages()::contains).toList();
				if (shared.isEmpty()) {
					continue;
				}
				boolean bridge = !a.family().languages().get(0).equals(b.family().languages().get(0));
				String reasons = bridge ? "[{\"kind\":\"BRIDGE\",\"value\":\"" + shared.get(0) + "\"}]"
						: "[{\"kind\":\"SHARED_LANGUAGE\",\"value\":\"" + shared.get(0) + "\"}]";
				String[] decision = decisions[n++ % decisions.length];
				OffsetDateTime suggested = (a.in().isAfter(b.in()) ? a.in() : b.in()).plusMinutes(10);
				dsl.insertInto(INTRODUCTION)
					.set(INTRODUCTION.LOCATION_ID, locationId)
					.set(INTRODUCTION.VISIT_A_ID, Math.min(a.visitId(), b.visitId()))
					.set(INTRODUCTION.VISIT_B_ID, Math.max(a.visitId(), b.visitId()))
					.set(INTRODUCTION.SUGGESTED_AT, suggested)
					.set(INTRODUCTION.REASONS, JSONB.valueOf(reasons))
					.set(INTRODUCTION.STATUS, decision[0])
					.set(INTRODUCTION.DECIDED_AT, decision[0].equals("WITHDRAWN") ? null : suggested.plusMinutes(3))
					.set(INTRODUCTION.OUTCOME, decision[1])
					.execute();
			}
		}
	}

	private long insertVisit(long locationId, long familyId, DemoFamilies.DemoFamily family, OffsetDateTime in,
			@Nullable OffsetDateTime out, boolean firstVisit) {
		return dsl.insertInto(VISIT)
			.set(VISIT.LOCATION_ID, locationId)
			.set(VISIT.FAMILY_ID, familyId)
			.set(VISIT.CHECKED_IN_AT, in)
			.set(VISIT.CHECKED_OUT_AT, out)
			.set(VISIT.CHECKOUT_SOURCE, out == null ? null : "CLOSING")
			.set(VISIT.ADULTS, (short) 1)
			.set(VISIT.CHILDREN, (short) family.children().size())
			.set(VISIT.OPEN_TO_MEET, family.openToMeet())
			.set(VISIT.SOURCE, "KIOSK")
			.set(VISIT.FIRST_VISIT, firstVisit)
			.returning(VISIT.ID)
			.fetchSingle(VISIT.ID);
	}

}
