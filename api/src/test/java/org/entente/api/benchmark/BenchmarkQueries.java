package org.entente.api.benchmark;

import static org.entente.api.Api.globalId;
import static org.entente.api.benchmark.BenchmarkQuery.variables;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * The benchmarked questions, their arguments picked from the generated data the same way every run,
 * and for each the SQL floor: one hand-written statement that returns the same data as JSON.
 */
final class BenchmarkQueries {

  /**
   * Whether query d lists negotiations by status, with {@code negotiations(filter: {status:
   * LAUNCHED})}, or pages through all of them when the schema has no such filter.
   */
  static final boolean NEGOTIATION_STATUS_FILTER = true;

  private static final String MEETING_FIELDS =
      "title date { text } participants { person { name } role office { name } party { name } }"
          + " topics { name }";

  private static final String MEETING_JSON =
      """
      json_build_object(
        'title', m.title,
        'date', json_build_object('precision', m.date_precision, 'from', m.date_from, 'to', m.date_to),
        'participants', (
          select coalesce(json_agg(json_build_object(
              'person', pe.name, 'role', p.role, 'office', o.name, 'party', pa.name)
              order by p.ordinal), '[]')
          from participant p
          join person pe on pe.id = p.person_id
          join party pa on pa.id = p.party_id
          left join office o on o.id = p.office_id
          where p.meeting_id = m.id),
        'topics', (
          select coalesce(json_agg(t.name order by t.id), '[]')
          from meeting_topic mt join topic t on t.id = mt.topic_id
          where mt.meeting_id = m.id))
      """;

  private static final String STEPS_JSON =
      """
      (select coalesce(json_agg(json_build_object(
          'kind', s.kind,
          'date', json_build_object('precision', s.date_precision, 'from', s.date_from, 'to', s.date_to))
          order by s.ordinal), '[]')
        from negotiation_step s where s.negotiation_id = n.id)
      """;

  private BenchmarkQueries() {}

  static List<BenchmarkQuery> pick(Connection connection) throws SQLException {
    long meeting =
        number(
            connection,
            "select min(id) from meeting where id >= (select max(id) / 2 from meeting)");
    // 80 meetings known to the day from the middle of the date order: the range holds them all.
    LocalDate[] meetings =
        range(
            connection,
            """
            select min(date_from), max(date_to) from (
              select date_from, date_to from meeting where date_precision = 'DAY'
              order by date_from, id
              offset (select count(*) / 2 from meeting where date_precision = 'DAY') limit 80) m
            """);
    long party =
        number(
            connection,
            """
            select min(p.id) from party p
            where exists (select 1 from agreement_party a where a.party_id = p.id)
              and exists (select 1 from negotiation_party n where n.party_id = p.id)
            """);
    // 60 of the party's meetings known to the day, from a third of the way through its record.
    LocalDate[] timeline =
        range(
            connection,
            """
            select min(date_from), max(date_to) from (
              select m.date_from, m.date_to from meeting m
              join meeting_party mp on mp.meeting_id = m.id and mp.party_id = %d
              where m.date_precision = 'DAY'
              order by m.date_from, m.id
              offset (select count(*) / 3 from meeting_party where party_id = %d) limit 60) m
            """
                .formatted(party, party));
    String surname =
        text(
            connection,
            "select substring(name from position(' ' in name) + 1) from person order by id limit 1");
    return List.of(
        nothing(),
        meeting(meeting),
        meetings(meetings[0], meetings[1]),
        party(party),
        negotiations(),
        timeline(party, timeline[0], timeline[1]),
        search("hydrogen " + surname));
  }

  /**
   * The queries whose names start with one of the comma-separated letters ({@code
   * -Dbenchmark.queries=a,e}); all of them when none is given.
   */
  static List<BenchmarkQuery> only(List<BenchmarkQuery> queries, String letters) {
    if (letters.isBlank()) {
      return queries;
    }
    List<String> wanted = List.of(letters.split(","));
    return queries.stream()
        .filter(
            query -> wanted.stream().anyMatch(letter -> query.name().startsWith(letter.strip())))
        .toList();
  }

  /**
   * A question that reads no data: what the server can answer at most, with every request still
   * parsed, checked, executed and written through HTTP, security and GraphQL. Its floor is one
   * statement that reads nothing either.
   */
  static BenchmarkQuery nothing() {
    return new BenchmarkQuery(
        "0. no data ({ __typename })",
        "{ __typename }",
        variables(),
        "select '{\"__typename\":\"Query\"}'",
        List.of());
  }

  static BenchmarkQuery meeting(long id) {
    return new BenchmarkQuery(
        "a. meeting",
        "query($id: ID!) { meeting(id: $id) { " + MEETING_FIELDS + " } }",
        variables("id", globalId("Meeting", id)),
        "select " + MEETING_JSON + "::text from meeting m where m.id = ?",
        List.of(id));
  }

  static BenchmarkQuery meetings(LocalDate from, LocalDate to) {
    return new BenchmarkQuery(
        "b. 50 meetings",
        "query($from: Date!, $to: Date!) { meetings(filter: {from: $from, to: $to}, first: 50) {"
            + " nodes { "
            + MEETING_FIELDS
            + " } } }",
        variables("from", from.toString(), "to", to.toString()),
        "select coalesce(json_agg("
            + MEETING_JSON
            + " order by m.sort_date, m.id), '[]')::text"
            + " from (select *, coalesce(date_from, date '9999-12-31') as sort_date from meeting"
            + " where date_from >= ? and date_to <= ?"
            + " order by coalesce(date_from, date '9999-12-31'), id limit 50) m",
        List.of(from, to));
  }

  static BenchmarkQuery party(long id) {
    return new BenchmarkQuery(
        "c. party",
        "query($id: ID!) { party(id: $id) { name"
            + " agreements { title status { status } actions { kind date { text } } }"
            + " negotiations { title steps { kind date { text } } } } }",
        variables("id", globalId("Party", id)),
        """
        select json_build_object(
          'name', pa.name,
          'agreements', (
            select coalesce(json_agg(json_build_object(
                'title', a.title,
                'status', coalesce((
                  select case x.kind when 'ENTERED_INTO_FORCE' then 'IN_FORCE' else x.kind end
                  from agreement_action x
                  where x.agreement_id = a.id and x.party_id is null
                    and x.kind in ('SIGNED', 'ENTERED_INTO_FORCE', 'TERMINATED')
                  order by x.ordinal desc limit 1), 'NOT_SIGNED'),
                'actions', (
                  select coalesce(json_agg(json_build_object(
                      'kind', x.kind,
                      'date', json_build_object(
                        'precision', x.date_precision, 'from', x.date_from, 'to', x.date_to))
                      order by x.ordinal), '[]')
                  from agreement_action x where x.agreement_id = a.id))
                order by a.id), '[]')
            from agreement_party ap join agreement a on a.id = ap.agreement_id
            where ap.party_id = pa.id),
          'negotiations', (
            select coalesce(json_agg(json_build_object('title', n.title, 'steps', %s)
                order by n.id), '[]')
            from negotiation_party np join negotiation n on n.id = np.negotiation_id
            where np.party_id = pa.id))::text
        from party pa where pa.id = ?
        """
            .formatted(STEPS_JSON),
        List.of(id));
  }

  /** The status is that after the last step; since the first step of the last run of it. */
  static BenchmarkQuery negotiations() {
    String filter = NEGOTIATION_STATUS_FILTER ? "filter: {status: LAUNCHED}, " : "";
    String where =
        NEGOTIATION_STATUS_FILTER
            ? "where (select s.kind from negotiation_step s where s.negotiation_id = n.id"
                + " order by s.ordinal desc limit 1) in ('LAUNCHED', 'ROUND_HELD', 'RESUMED')"
            : "";
    return new BenchmarkQuery(
        NEGOTIATION_STATUS_FILTER ? "d. 100 launched negotiations" : "d. 100 negotiations",
        "{ negotiations("
            + filter
            + "first: 100) { nodes { title status { status since { text } }"
            + " parties { party { name } } steps { kind date { text } } } } }",
        variables(),
        """
        with page as (
          select n.* from negotiation n %s order by n.id limit 100),
        step as (
          select s.*, case when s.kind in ('ROUND_HELD', 'RESUMED') then 'LAUNCHED' else s.kind end
            as status
          from negotiation_step s where s.negotiation_id in (select id from page)),
        last as (
          select distinct on (negotiation_id) negotiation_id, ordinal, status
          from step order by negotiation_id, ordinal desc),
        since as (
          select distinct on (l.negotiation_id) l.negotiation_id, l.status, s.date_precision,
            s.date_from, s.date_to
          from last l join step s on s.negotiation_id = l.negotiation_id
          where not exists (
            select 1 from step o where o.negotiation_id = l.negotiation_id
              and o.ordinal >= s.ordinal and o.status <> l.status)
          order by l.negotiation_id, s.ordinal)
        select coalesce(json_agg(json_build_object(
            'title', n.title,
            'status', json_build_object(
              'status', si.status,
              'since', json_build_object(
                'precision', si.date_precision, 'from', si.date_from, 'to', si.date_to)),
            'parties', (
              select json_agg(pa.name order by pa.id)
              from negotiation_party np join party pa on pa.id = np.party_id
              where np.negotiation_id = n.id),
            'steps', %s)
            order by n.id), '[]')::text
        from page n left join since si on si.negotiation_id = n.id
        """
            .formatted(where, STEPS_JSON),
        List.of());
  }

  static BenchmarkQuery timeline(long party, LocalDate from, LocalDate to) {
    return new BenchmarkQuery(
        "e. timeline",
        "query($party: ID!, $from: Date!, $to: Date!) {"
            + " timeline(filter: {parties: [$party], from: $from, to: $to}, first: 50) {"
            + " totalCount nodes { __typename ... on Meeting { title }"
            + " ... on NegotiationStepEvent { step { kind } }"
            + " ... on AgreementActionEvent { action { kind } } } } }",
        variables("party", globalId("Party", party), "from", from.toString(), "to", to.toString()),
        """
        with arg as (select ?::bigint as party, ?::date as first, ?::date as last),
        event as (
          select 'MEETING' as kind, m.id as item, m.date_from, m.title, null as action
          from meeting m, arg
          where m.date_from >= arg.first and m.date_to <= arg.last
            and exists (select 1 from meeting_party mp
                        where mp.meeting_id = m.id and mp.party_id = arg.party)
          union all
          select 'NEGOTIATION_STEP', s.id, s.date_from, null, s.kind
          from negotiation_step s, arg
          where s.date_from >= arg.first and s.date_to <= arg.last
            and exists (select 1 from negotiation_party np
                        where np.negotiation_id = s.negotiation_id and np.party_id = arg.party)
          union all
          select 'AGREEMENT_ACTION', x.id, x.date_from, null, x.kind
          from agreement_action x, arg
          where x.date_from >= arg.first and x.date_to <= arg.last
            and exists (select 1 from agreement_party ap
                        where ap.agreement_id = x.agreement_id and ap.party_id = arg.party))
        select json_build_object(
          'totalCount', (select count(*) from event),
          'nodes', (
            select coalesce(json_agg(json_build_object(
                'kind', e.kind, 'title', e.title, 'action', e.action)
                order by e.date_from, e.kind, e.item), '[]')
            from (select * from event order by date_from, kind, item limit 50) e))::text
        """,
        List.of(party, from, to));
  }

  /**
   * Any of the words in the full-text columns of meetings, statements, negotiations and agreements,
   * and people whose names hold a word spelt alike; snippets only for the hits shown.
   */
  static BenchmarkQuery search(String text) {
    return new BenchmarkQuery(
        "f. search",
        "query($text: String!) { search(text: $text, first: 20) {"
            + " score snippet node { __typename ... on Node { id } } } }",
        variables("text", text),
        """
        with q as (
          select to_tsquery('english', array_to_string(words, ' | ')) as query,
            array(select w from unnest(words) w where length(w) >= 3) as names
          from (select regexp_split_to_array(lower(?), '[^[:alnum:]]+') as words) t),
        hit as (
          select 'Meeting' as kind, m.id, ts_rank(m.search, q.query) as score,
            m.title || ' — ' || coalesce(m.summary, '') as text
          from meeting m, q where m.search @@ q.query
          union all
          select 'Statement', s.id, ts_rank(s.search, q.query), s.text
          from statement s, q where s.search @@ q.query
          union all
          select 'Negotiation', n.id, ts_rank(n.search, q.query),
            n.title || ' — ' || coalesce(n.subject, '')
          from negotiation n, q where n.search @@ q.query
          union all
          select 'Agreement', a.id, ts_rank(a.search, q.query),
            a.title || ' ' || coalesce(a.short_title, '')
          from agreement a, q where a.search @@ q.query
          union all
          select 'Person', p.id, max(word_similarity(w.word, p.name)), p.name
          from q cross join lateral unnest(q.names) as w(word)
          join person p on p.name %> w.word
          group by p.id, p.name),
        top as (select * from hit order by score desc, kind, id limit 20)
        select coalesce(json_agg(json_build_object(
            'kind', top.kind, 'id', top.id, 'score', top.score,
            'snippet', ts_headline('english', top.text, q.query,
              'StartSel=«, StopSel=», MaxWords=30, MinWords=10'))
            order by top.score desc, top.kind, top.id), '[]')::text
        from top, q
        """,
        List.of(text));
  }

  private static long number(Connection connection, String sql) throws SQLException {
    return Long.parseLong(text(connection, sql));
  }

  private static String text(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      if (!row.next() || row.getString(1) == null) {
        throw new IllegalStateException("the data holds nothing for: " + sql);
      }
      return row.getString(1);
    }
  }

  private static LocalDate[] range(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return new LocalDate[] {row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)};
    }
  }
}
