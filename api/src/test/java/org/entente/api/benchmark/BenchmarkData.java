package org.entente.api.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A deterministic dataset written straight into a migrated schema with COPY. Scale 1 is 200
 * parties, 2,000 people, 20,000 meetings of 2–6 participants and 1–4 topics, 40,000 statements,
 * 5,000 agreements and 2,000 negotiations of 3–10 steps; scale n is n times that. Every record
 * keeps the schema's constraints and the domain's lifecycle rules, which the application checks
 * again when it reads records back: steps and actions follow their lifecycle with non-decreasing
 * dates, and every participant represents one of the meeting's sides.
 */
final class BenchmarkData {

  private static final long SEED = 20250328L;
  private static final LocalDate FIRST = LocalDate.of(1995, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final int FLUSH_EVERY = 5_000;

  /** The tables the generator fills, emptied before it does. */
  private static final String TABLES =
      "party, party_region, office, person, person_alias, tenure, source, meeting, meeting_party,"
          + " participant, meeting_topic, outcome, statement, statement_topic, agreement,"
          + " agreement_party, agreement_action, negotiation, negotiation_party,"
          + " negotiation_topic, negotiation_step, identifier, citation";

  /** The tables given explicit IDs, whose identity sequences are moved past them. */
  private static final List<String> IDENTITIES =
      List.of(
          "party",
          "office",
          "person",
          "tenure",
          "source",
          "meeting",
          "participant",
          "outcome",
          "statement",
          "agreement",
          "agreement_action",
          "negotiation",
          "negotiation_step",
          "citation");

  private static final String[] SYLLABLES = {
    "ka", "ra", "to", "mi", "sel", "dor", "an", "vi", "lu", "ne", "zo", "ba", "ter", "gan", "is",
    "ol", "mar", "ven", "di", "su", "kel", "ta", "bor", "ri", "nu", "esh", "al", "gu"
  };
  private static final String[] FIRST_NAMES = {
    "Anna",
    "Kaja",
    "Josep",
    "Maria",
    "Ivan",
    "Aigerim",
    "Nursultan",
    "Ursula",
    "Charles",
    "Olga",
    "Timur",
    "Elena",
    "Marek",
    "Sofia",
    "Dmitri",
    "Laura",
    "Askar",
    "Ingrid",
    "Pedro",
    "Mei",
    "Kenji",
    "Fatima",
    "Omar",
    "Leila",
    "Jonas",
    "Petra",
    "Arman",
    "Dana",
    "Viktor",
    "Zhanna"
  };
  private static final String[] CITIES = {
    "Almaty", "Astana", "Brussels", "Geneva", "Vienna", "Tashkent", "Bishkek", "Baku", "Tbilisi",
    "Ankara", "Berlin", "Paris", "Rome", "Madrid", "Warsaw", "Prague", "Helsinki", "Oslo",
    "Beijing", "Tokyo", "Delhi", "Cairo", "Nairobi", "Lima", "Ottawa", "Canberra", "Seoul",
    "Doha", "Riga", "Dushanbe"
  };
  private static final String[] SUBJECTS = {
    "energy cooperation",
    "the Middle Corridor",
    "visa facilitation",
    "trade and investment",
    "critical raw materials",
    "digital connectivity",
    "water management",
    "regional security",
    "climate adaptation",
    "transport links",
    "education exchanges",
    "customs procedures",
    "nuclear safety",
    "green hydrogen",
    "the rule of law",
    "agriculture",
    "health cooperation",
    "cultural heritage",
    "border management",
    "space research"
  };
  private static final String[] SAYINGS = {
    "%s stressed the importance of %s.",
    "We agreed to deepen our work on %2$s.",
    "%2$s remains a priority for both sides, %1$s said.",
    "%s called for a joint roadmap on %s.",
    "Our partnership on %2$s has never been stronger.",
    "%s welcomed progress on %s and invited investors to follow."
  };
  private static final String[] PUBLISHERS = {
    "Reuters",
    "Kazinform",
    "European External Action Service",
    "Akorda",
    "Xinhua",
    "AFP",
    "Eurasianet",
    "The Astana Times",
    "Euractiv",
    "Council of the EU"
  };
  private static final String[] MEETING_KINDS = {
    "STATE_VISIT",
    "OFFICIAL_VISIT",
    "WORKING_VISIT",
    "BILATERAL_MEETING",
    "SUMMIT",
    "MINISTERIAL",
    "PHONE_CALL",
    "NEGOTIATION_ROUND",
    "SIGNING_CEREMONY"
  };
  private static final String[] AGREEMENT_KINDS = {
    "PARTNERSHIP_AND_COOPERATION", "VISA_FACILITATION", "READMISSION",
    "MEMORANDUM_OF_UNDERSTANDING", "TRADE", "OTHER"
  };
  private static final String[] ROLES = {"HEAD_OF_DELEGATION", "DELEGATION_MEMBER", "CO_CHAIR"};

  /** How many records of each kind a scale makes. */
  record Size(
      int parties,
      int people,
      int sources,
      int meetings,
      int statements,
      int agreements,
      int negotiations) {

    static Size of(int scale) {
      return new Size(
          200 * scale,
          2_000 * scale,
          500 * scale,
          20_000 * scale,
          40_000 * scale,
          5_000 * scale,
          2_000 * scale);
    }
  }

  /** A date of some precision, as its three columns. */
  private record When(String precision, LocalDate from, LocalDate to) {}

  /** A negotiation decided before it is written, since agreements come from some of them. */
  private record Plan(int[] parties, List<String> kinds, List<When> dates, LocalDate lastDay) {
    boolean initialled() {
      return kinds.get(kinds.size() - 1).equals("INITIALLED");
    }
  }

  private final Size size;
  private final CopyManager copy;
  private final long[] topics;
  private final Random random = new Random(SEED);
  private final String[] partyNames;
  private final String[] shortNames;
  private final boolean[] states;
  private final String[] personNames;
  private final long[] offices;
  private final int[][] meetingPeople;
  private final long[][] meetingTopics;

  private BenchmarkData(Size size, CopyManager copy, long[] topics) {
    this.size = size;
    this.copy = copy;
    this.topics = topics;
    this.partyNames = new String[size.parties()];
    this.shortNames = new String[size.parties()];
    this.states = new boolean[size.parties()];
    this.personNames = new String[size.people()];
    this.offices = new long[size.people()];
    this.meetingPeople = new int[size.meetings()][];
    this.meetingTopics = new long[size.meetings()][];
  }

  /** Whether the database already holds the dataset of this scale. */
  static boolean isLoaded(Connection connection, int scale) throws SQLException {
    Size size = Size.of(scale);
    try (Statement statement = connection.createStatement();
        ResultSet counts =
            statement.executeQuery(
                "select (select count(*) from meeting), (select count(*) from negotiation),"
                    + " (select count(*) from agreement), (select count(*) from person)")) {
      counts.next();
      return counts.getLong(1) == size.meetings()
          && counts.getLong(2) == size.negotiations()
          && counts.getLong(3) == size.agreements()
          && counts.getLong(4) == size.people();
    }
  }

  /** Replaces whatever the tables hold with the dataset of this scale, in one transaction. */
  static void load(Connection connection, int scale) throws SQLException, IOException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      // A bulk load of generated data is not an edit of the record: the audit and version
      // triggers (and the foreign-key triggers, which the generator satisfies by construction)
      // stay off for this transaction.
      statement.execute("set local session_replication_role = replica");
      statement.execute("truncate " + TABLES + " restart identity");
      new BenchmarkData(
              Size.of(scale),
              connection.unwrap(PGConnection.class).getCopyAPI(),
              topicIds(connection))
          .generate();
      for (String table : IDENTITIES) {
        statement.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), coalesce(max(id), 0) + 1, false) from "
                + table);
      }
      connection.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("vacuum analyze");
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static long[] topicIds(Connection connection) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select id from topic order by id")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    if (ids.size() < 4) {
      throw new IllegalStateException("the reference topics are missing: migrate first");
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  private void generate() throws SQLException, IOException {
    parties();
    people();
    sources();
    meetings();
    statements();
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < size.negotiations(); i++) {
      plans.add(plan());
    }
    agreements(plans);
    negotiations(plans);
  }

  private void parties() throws SQLException, IOException {
    CopyRows party =
        new CopyRows(
            "party", "id, kind, name, short_name, iso_alpha2, iso_alpha3, iso_numeric, parent_id");
    CopyRows office = new CopyRows("office", "id, name, party_id, single_holder");
    String[] titles = {"Head of State", "Minister of Foreign Affairs", "Special Envoy"};
    int state = 0;
    for (int p = 0; p < size.parties(); p++) {
      String word = word(2 + random.nextInt(2));
      shortNames[p] = word;
      if (p % 10 == 9) {
        partyNames[p] = "Organisation of " + word + " States";
        party.add(p + 1, "INTERNATIONAL_ORGANISATION", partyNames[p], word, null, null, null, null);
      } else if (p % 10 == 8) {
        partyNames[p] = "Commission of " + partyNames[p - 8];
        shortNames[p] = "the Commission of " + shortNames[p - 8];
        party.add(p + 1, "INSTITUTION", partyNames[p], null, null, null, null, p - 8 + 1);
      } else {
        states[p] = true;
        partyNames[p] = random.nextBoolean() ? "Republic of " + word : word + "ia";
        boolean coded = state < 26 * 26;
        party.add(
            p + 1,
            "STATE",
            partyNames[p],
            word,
            coded ? letters(state, 2) : null,
            coded ? letters(state, 3) : null,
            coded ? String.format(Locale.ROOT, "%03d", state) : null,
            null);
        state++;
      }
      for (int k = 0; k < titles.length; k++) {
        office.add(p * titles.length + k + 1, titles[k] + " of " + shortNames[p], p + 1, false);
      }
    }
    CopyRows.flush(copy, party, office);
  }

  private void people() throws SQLException, IOException {
    CopyRows person = new CopyRows("person", "id, name");
    CopyRows alias = new CopyRows("person_alias", "person_id, alias");
    CopyRows tenure =
        new CopyRows(
            "tenure",
            "id, person_id, office_id, single_holder, start_precision, start_from, start_to");
    long tenures = 0;
    for (int j = 0; j < size.people(); j++) {
      String name =
          FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + word(2 + random.nextInt(2));
      personNames[j] = name;
      person.add(j + 1, name);
      if (random.nextInt(10) == 0) {
        alias.add(j + 1, name.substring(0, name.length() - 1));
      }
      // Every other person holds an office of their party, from before the first meeting on.
      if (j % 2 == 0) {
        int party = j % size.parties();
        offices[j] = party * 3L + (j / size.parties()) % 3 + 1;
        LocalDate start = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(3_600));
        tenure.add(++tenures, j + 1, offices[j], false, "DAY", start, start);
      }
    }
    CopyRows.flush(copy, person, alias, tenure);
  }

  private void sources() throws SQLException, IOException {
    CopyRows source =
        new CopyRows(
            "source",
            "id, publisher, title, url, language, published_precision, published_from,"
                + " published_to");
    for (int s = 0; s < size.sources(); s++) {
      LocalDate published = randomDay(FIRST, LAST);
      source.add(
          s + 1,
          PUBLISHERS[random.nextInt(PUBLISHERS.length)],
          "Report on " + subject(),
          "https://news.example.org/" + (s + 1),
          "en",
          "DAY",
          published,
          published);
    }
    CopyRows.flush(copy, source);
  }

  private void meetings() throws SQLException, IOException {
    CopyRows meeting =
        new CopyRows(
            "meeting",
            "id, title, kind, status, date_precision, date_from, date_to, city, country_id,"
                + " summary");
    CopyRows sides = new CopyRows("meeting_party", "meeting_id, party_id");
    CopyRows participant =
        new CopyRows("participant", "meeting_id, ordinal, person_id, role, office_id, party_id");
    CopyRows topic = new CopyRows("meeting_topic", "meeting_id, topic_id");
    CopyRows outcome = new CopyRows("outcome", "meeting_id, ordinal, text");
    CopyRows citation = new CopyRows("citation", "source_id, passage, meeting_id");
    for (int m = 0; m < size.meetings(); m++) {
      long id = m + 1;
      int[] parties = distinctParties(sideCount());
      String kind = MEETING_KINDS[random.nextInt(MEETING_KINDS.length)];
      String subject = subject();
      When date = meetingDate();
      meeting.add(
          id,
          label(kind) + " between " + names(parties) + " on " + subject,
          kind,
          status(),
          date.precision(),
          date.from(),
          date.to(),
          random.nextInt(10) == 0 ? null : CITIES[random.nextInt(CITIES.length)],
          states[parties[0]] ? parties[0] + 1 : null,
          "The sides discussed " + subject + " and " + subject() + ".");
      for (int party : parties) {
        sides.add(id, party + 1);
      }
      int[] people = participants(parties, 2 + random.nextInt(5));
      meetingPeople[m] = people;
      for (int i = 0; i < people.length; i++) {
        String role = i == 0 ? "HOST" : i == 1 ? "GUEST" : ROLES[random.nextInt(ROLES.length)];
        long office = offices[people[i]];
        participant.add(
            id, i + 1, people[i] + 1, role, office == 0 ? null : office, partyOf(people[i]) + 1);
      }
      meetingTopics[m] = distinctTopics(1 + random.nextInt(4));
      for (long topicId : meetingTopics[m]) {
        topic.add(id, topicId);
      }
      int outcomes = random.nextInt(3);
      for (int i = 0; i < outcomes; i++) {
        outcome.add(id, i + 1, "Agreed to work together on " + subject() + ".");
      }
      int citations = 1 + random.nextInt(2);
      for (int i = 0; i < citations; i++) {
        citation.add(source(), random.nextBoolean() ? null : "They met to discuss " + subject, id);
      }
      if ((m + 1) % FLUSH_EVERY == 0 || m + 1 == size.meetings()) {
        CopyRows.flush(copy, meeting, sides, participant, topic, outcome, citation);
      }
    }
  }

  private void statements() throws SQLException, IOException {
    CopyRows statement =
        new CopyRows("statement", "id, meeting_id, ordinal, person_id, kind, text");
    CopyRows topic = new CopyRows("statement_topic", "statement_id, topic_id");
    CopyRows citation = new CopyRows("citation", "source_id, passage, statement_id");
    int[] ordinals = new int[size.meetings()];
    for (int s = 0; s < size.statements(); s++) {
      long id = s + 1;
      int m = random.nextInt(size.meetings());
      int[] people = meetingPeople[m];
      int speaker = people[random.nextInt(people.length)];
      String saying = SAYINGS[random.nextInt(SAYINGS.length)];
      statement.add(
          id,
          m + 1,
          ++ordinals[m],
          speaker + 1,
          random.nextBoolean() ? "QUOTE" : "PARAPHRASE",
          capitalise(String.format(Locale.ROOT, saying, personNames[speaker], subject())));
      long[] meetingTopicIds = meetingTopics[m];
      int topics = Math.min(random.nextInt(3), meetingTopicIds.length);
      for (int i = 0; i < topics; i++) {
        topic.add(id, meetingTopicIds[i]);
      }
      citation.add(source(), null, id);
      if ((s + 1) % FLUSH_EVERY == 0 || s + 1 == size.statements()) {
        CopyRows.flush(copy, statement, topic, citation);
      }
    }
  }

  /** LAUNCHED, ROUND_HELD 1..n, then CONCLUDED and INITIALLED for some: 3 to 10 steps. */
  private Plan plan() {
    int[] parties = distinctParties(random.nextInt(5) == 0 ? 3 : 2);
    int steps = 3 + random.nextInt(8);
    int ending = random.nextInt(10) < 4 ? 2 : random.nextInt(10) < 3 ? 1 : 0;
    ending = Math.min(ending, steps - 2);
    List<String> kinds = new ArrayList<>();
    kinds.add("LAUNCHED");
    for (int round = 1; round <= steps - 1 - ending; round++) {
      kinds.add("ROUND_HELD");
    }
    if (ending >= 1) {
      kinds.add("CONCLUDED");
    }
    if (ending == 2) {
      kinds.add("INITIALLED");
    }
    LocalDate day = randomDay(FIRST, LocalDate.of(2020, 12, 31));
    List<When> dates = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      if (i > 0) {
        day = later(day, 15, 240);
      }
      dates.add(when(day));
    }
    return new Plan(parties, kinds, dates, day);
  }

  private void agreements(List<Plan> plans) throws SQLException, IOException {
    CopyRows agreement = new CopyRows("agreement", "id, title, short_title, kind, summary");
    CopyRows parties = new CopyRows("agreement_party", "agreement_id, party_id");
    CopyRows action =
        new CopyRows(
            "agreement_action",
            "agreement_id, ordinal, kind, party_id, person_id, date_precision, date_from,"
                + " date_to, city");
    CopyRows citation = new CopyRows("citation", "source_id, passage, agreement_id");
    for (int a = 0; a < size.agreements(); a++) {
      long id = a + 1;
      Plan negotiated = a < plans.size() && plans.get(a).initialled() ? plans.get(a) : null;
      int[] sides = negotiated != null ? negotiated.parties() : distinctParties(sideCount());
      LocalDate day =
          negotiated != null
              ? later(negotiated.lastDay(), 30, 400)
              : randomDay(FIRST, LocalDate.of(2022, 12, 31));
      String kind = AGREEMENT_KINDS[random.nextInt(AGREEMENT_KINDS.length)];
      agreement.add(
          id,
          label(kind) + " between " + names(sides),
          random.nextInt(10) < 3 ? "A-" + id : null,
          kind,
          "An agreement on " + subject() + ".");
      for (int party : sides) {
        parties.add(id, party + 1);
      }
      // SIGNED by all, RATIFIED by some or all, ENTERED_INTO_FORCE once all have ratified.
      int ordinal = 0;
      When signed = when(day);
      action.add(
          id,
          ++ordinal,
          "SIGNED",
          null,
          random.nextBoolean() ? person(sides[0]) + 1 : null,
          signed.precision(),
          signed.from(),
          signed.to(),
          random.nextBoolean() ? CITIES[random.nextInt(CITIES.length)] : null);
      if (random.nextInt(4) > 0) {
        boolean all = true;
        for (int party : sides) {
          if (random.nextInt(100) < 85) {
            day = later(day, 20, 300);
            addAction(action, id, ++ordinal, "RATIFIED", party + 1, when(day));
          } else {
            all = false;
          }
        }
        if (all && random.nextInt(10) < 9) {
          day = later(day, 10, 120);
          addAction(action, id, ++ordinal, "ENTERED_INTO_FORCE", null, when(day));
        }
      }
      citation.add(source(), null, id);
      if ((a + 1) % FLUSH_EVERY == 0 || a + 1 == size.agreements()) {
        CopyRows.flush(copy, agreement, parties, action, citation);
      }
    }
  }

  private static void addAction(
      CopyRows action, long agreement, int ordinal, String kind, Integer party, When date) {
    action.add(
        agreement, ordinal, kind, party, null, date.precision(), date.from(), date.to(), null);
  }

  private void negotiations(List<Plan> plans) throws SQLException, IOException {
    CopyRows negotiation =
        new CopyRows(
            "negotiation",
            "id, title, subject, agreement_id, target_kind, target_precision, target_from,"
                + " target_to");
    CopyRows parties = new CopyRows("negotiation_party", "negotiation_id, party_id");
    CopyRows topic = new CopyRows("negotiation_topic", "negotiation_id, topic_id");
    CopyRows step =
        new CopyRows(
            "negotiation_step",
            "negotiation_id, ordinal, kind, date_precision, date_from, date_to, round_number");
    CopyRows citation = new CopyRows("citation", "source_id, passage, negotiation_id");
    for (int n = 0; n < plans.size(); n++) {
      Plan plan = plans.get(n);
      long id = n + 1;
      String subject = subject();
      int target = random.nextInt(10);
      LocalDate targetYear = plan.dates().get(0).from();
      boolean set = target < 2 && targetYear != null;
      negotiation.add(
          id,
          "Negotiations between " + names(plan.parties()) + " on " + subject,
          "Talks on " + subject + " and " + subject(),
          plan.initialled() && n < size.agreements() ? id : null,
          set ? "SET" : target < 6 ? "NOT_SET" : "UNKNOWN",
          set ? "YEAR" : null,
          set ? LocalDate.of(targetYear.getYear() + 2, 1, 1) : null,
          set ? LocalDate.of(targetYear.getYear() + 2, 12, 31) : null);
      for (int party : plan.parties()) {
        parties.add(id, party + 1);
      }
      for (long topicId : distinctTopics(1 + random.nextInt(2))) {
        topic.add(id, topicId);
      }
      int round = 0;
      for (int i = 0; i < plan.kinds().size(); i++) {
        String kind = plan.kinds().get(i);
        When date = plan.dates().get(i);
        step.add(
            id,
            i + 1,
            kind,
            date.precision(),
            date.from(),
            date.to(),
            kind.equals("ROUND_HELD") ? ++round : null);
      }
      citation.add(source(), null, id);
      if ((n + 1) % FLUSH_EVERY == 0 || n + 1 == plans.size()) {
        CopyRows.flush(copy, negotiation, parties, topic, step, citation);
      }
    }
  }

  // --- choices ---

  private int sideCount() {
    int r = random.nextInt(10);
    return r < 7 ? 2 : r < 9 ? 3 : 4;
  }

  private int[] distinctParties(int count) {
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(random.nextInt(size.parties()));
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  private long[] distinctTopics(int count) {
    Set<Long> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(topics[random.nextInt(topics.length)]);
    }
    return chosen.stream().mapToLong(Long::longValue).toArray();
  }

  /** Distinct people of the meeting's sides, the first of each side first. */
  private int[] participants(int[] parties, int count) {
    Set<Integer> chosen = new LinkedHashSet<>();
    for (int i = 0; chosen.size() < count && i < count * 4; i++) {
      chosen.add(person(parties[i % parties.length]));
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A person of the party: people are dealt to parties in turn. */
  private int person(int party) {
    return party + size.parties() * random.nextInt(size.people() / size.parties());
  }

  private int partyOf(int person) {
    return person % size.parties();
  }

  private long source() {
    return 1 + random.nextInt(size.sources());
  }

  private String status() {
    int r = random.nextInt(100);
    return r < 88 ? "HELD" : r < 92 ? "ANNOUNCED" : r < 96 ? "POSTPONED" : "CANCELLED";
  }

  private String subject() {
    return SUBJECTS[random.nextInt(SUBJECTS.length)];
  }

  private String names(int[] parties) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < parties.length; i++) {
      names.append(i == 0 ? "" : i == parties.length - 1 ? " and " : ", ");
      names.append(shortNames[parties[i]]);
    }
    return names.toString();
  }

  private String word(int syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return capitalise(word.toString());
  }

  // --- dates ---

  private LocalDate randomDay(LocalDate first, LocalDate last) {
    return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
  }

  /** A day some days after {@code day}, never after the last day of the data. */
  private LocalDate later(LocalDate day, int min, int max) {
    LocalDate next = day.plusDays(min + random.nextInt(max - min + 1));
    return next.isAfter(LAST) ? LAST : next;
  }

  /**
   * The day, known mostly to the day, sometimes only to its month or year, or not at all. A coarser
   * date still covers the day, so a sequence of rising days stays in order.
   */
  private When when(LocalDate day) {
    int r = random.nextInt(100);
    if (r < 85) {
      return new When("DAY", day, day);
    } else if (r < 93) {
      return new When("MONTH", day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
    } else if (r < 97) {
      return new When("YEAR", day.withDayOfYear(1), LocalDate.of(day.getYear(), 12, 31));
    }
    return new When("UNKNOWN", null, null);
  }

  private When meetingDate() {
    LocalDate day = randomDay(FIRST, LAST);
    When date = when(day);
    if (date.precision().equals("DAY") && random.nextInt(10) == 0 && day.isBefore(LAST)) {
      return new When("DAY", day, day.plusDays(1));
    }
    return date;
  }

  // --- text ---

  private static String letters(int number, int length) {
    char[] letters = new char[length];
    for (int i = length - 1; i >= 0; i--) {
      letters[i] = (char) ('A' + number % 26);
      number /= 26;
    }
    return new String(letters);
  }

  private static String label(String code) {
    return capitalise(code.toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
