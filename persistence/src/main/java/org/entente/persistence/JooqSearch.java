package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.PARTY;
import static org.entente.persistence.jooq.Tables.PERSON;
import static org.entente.persistence.jooq.Tables.PERSON_ALIAS;
import static org.entente.persistence.jooq.Tables.SOURCE;
import static org.entente.persistence.jooq.Tables.STATEMENT;
import static org.entente.persistence.jooq.Tables.TOPIC;
import static org.entente.persistence.jooq.Tables.TOPIC_ALIAS;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.search.Search;
import org.entente.domain.search.SearchHit;
import org.entente.domain.search.SearchText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * Search in one statement: PostgreSQL full-text search on each record's {@code search} column
 * (ranked by ts_rank, ts_headline snippets for the hits returned), united with pg_trgm word
 * similarity on names and their other spellings, so that "Kalla" still finds Kaja Kallas. Retired
 * records are not found.
 */
final class JooqSearch implements Search {

  /** The kinds whose records are also found by the spelling of their names. */
  private static final Set<SearchHit.Kind> FOUND_BY_NAME =
      EnumSet.of(SearchHit.Kind.PERSON, SearchHit.Kind.PARTY, SearchHit.Kind.TOPIC);

  private final DSLContext db;

  /**
   * Runs each search as a statement of its own, its words written into the SQL. How a search is
   * best planned depends on its words: a common one matches tens of thousands of records, a rare
   * one a few. With the words bound as parameters, the statement is prepared on each connection
   * and, after five runs, planned once for any words, for about a thousand records each: at scale
   * 10 of the benchmark that plan took 130 ms where one made for the words took 70 (EXPLAIN
   * ANALYZE).
   */
  JooqSearch(DSLContext db) {
    this.db =
        db.configuration()
            .derive(
                SettingsTools.clone(db.settings())
                    .withStatementType(StatementType.STATIC_STATEMENT))
            .dsl();
  }

  @Override
  public List<SearchHit> find(SearchText text, int limit) {
    Field<Object> english =
        DSL.field("to_tsquery('english', {0})", Object.class, DSL.val(text.anyWord()));
    Field<Object> simple =
        DSL.field("to_tsquery('simple', {0})", Object.class, DSL.val(text.anyWord()));
    List<String> words = text.trigramWords();

    // Full-text hits can be thousands: they are ranked without their text, and only the hits
    // returned read theirs (the case below), so that the ranking sorts narrow rows.
    List<Select<Record4<String, Long, Double, String>>> parts = new ArrayList<>();
    List<FullText> fullTexts =
        List.of(
            new FullText(
                SearchHit.Kind.MEETING,
                MEETING.ID,
                MEETING.SEARCH,
                english,
                DSL.concat(MEETING.TITLE, inline(" — "), DSL.coalesce(MEETING.SUMMARY, inline(""))),
                MEETING),
            new FullText(
                SearchHit.Kind.STATEMENT,
                STATEMENT.ID,
                STATEMENT.SEARCH,
                english,
                STATEMENT.TEXT,
                STATEMENT),
            new FullText(
                SearchHit.Kind.NEGOTIATION,
                NEGOTIATION.ID,
                NEGOTIATION.SEARCH,
                english,
                DSL.concat(
                    NEGOTIATION.TITLE,
                    inline(" — "),
                    DSL.coalesce(NEGOTIATION.SUBJECT, inline(""))),
                NEGOTIATION),
            new FullText(
                SearchHit.Kind.AGREEMENT,
                AGREEMENT.ID,
                AGREEMENT.SEARCH,
                english,
                DSL.concat(
                    AGREEMENT.TITLE, inline(" "), DSL.coalesce(AGREEMENT.SHORT_TITLE, inline(""))),
                AGREEMENT),
            new FullText(
                SearchHit.Kind.SOURCE,
                SOURCE.ID,
                SOURCE.SEARCH,
                simple,
                DSL.concat(SOURCE.PUBLISHER, inline(" — "), SOURCE.TITLE),
                SOURCE),
            new FullText(SearchHit.Kind.PARTY, PARTY.ID, PARTY.SEARCH, simple, PARTY.NAME, PARTY),
            new FullText(SearchHit.Kind.TOPIC, TOPIC.ID, TOPIC.SEARCH, english, TOPIC.NAME, TOPIC));
    // Records of a kind found by full text only can each be hit once: their hits go straight to a
    // top-N (a heap as large as the page). Parties, topics and people can be found several ways;
    // only their hits, few, are sorted to keep each once, with its best score and that way's
    // snippet.
    List<Select<Record4<String, Long, Double, String>>> named = new ArrayList<>();
    for (FullText part : fullTexts) {
      (FOUND_BY_NAME.contains(part.kind()) ? named : parts).add(part.hits());
    }
    // One query per word and table: with the words' conditions or-ed, PostgreSQL prices the
    // similarity of every name as cheap and reads all people rather than the trigram index (7 ms
    // instead of 0.2 at 2,000 people). A record found by several words keeps its best score below.
    for (String word : words) {
      named.add(alike(SearchHit.Kind.PERSON, PERSON.ID, PERSON.NAME, word, PERSON));
      named.add(
          alikeAlias(
              SearchHit.Kind.PERSON,
              PERSON_ALIAS.PERSON_ID,
              PERSON_ALIAS.ALIAS,
              PERSON.NAME,
              PERSON.ID,
              word));
      named.add(alike(SearchHit.Kind.PARTY, PARTY.ID, PARTY.NAME, word, PARTY));
      named.add(alike(SearchHit.Kind.TOPIC, TOPIC.ID, TOPIC.NAME, word, TOPIC));
      named.add(
          alikeAlias(
              SearchHit.Kind.TOPIC,
              TOPIC_ALIAS.TOPIC_ID,
              TOPIC_ALIAS.ALIAS,
              TOPIC.NAME,
              TOPIC.ID,
              word));
    }
    var once = hits(parts, "once");
    var several = hits(named, "several");
    Field<String> kind = DSL.field(DSL.name("kind"), String.class);
    Field<Long> id = DSL.field(DSL.name("id"), Long.class);
    Field<Double> score = DSL.field(DSL.name("score"), Double.class);
    Field<String> snippet = DSL.field(DSL.name("snippet"), String.class);
    var best =
        DSL.select(kind, id, score, snippet)
            .from(once)
            .orderBy(score.desc(), kind, id)
            .limit(limit)
            .unionAll(
                DSL.selectDistinct(kind, id, score, snippet)
                    .on(kind, id)
                    .from(several)
                    .orderBy(kind, id, score.desc()))
            .asTable("best");
    var top =
        DSL.select(best.fields())
            .from(best)
            .orderBy(best.field(score).desc(), best.field(kind), best.field(id))
            .limit(limit)
            .asTable("top");
    // A hit found by its name's spelling carries its text; one found by full-text search reads it.
    Field<String> readText = DSL.inline(null, String.class);
    for (FullText part : fullTexts) {
      readText =
          DSL.when(top.field(kind).eq(inline(part.kind().name())), part.textOf(top.field(id)))
              .otherwise(readText);
    }
    Field<String> hitText = DSL.coalesce(top.field(snippet), readText);
    // Highlighting is costly: only the hits returned get it, not every record that matched.
    return db.select(
            top.field(kind),
            top.field(id),
            top.field(score),
            DSL.field(
                "ts_headline('english', {0}, {1}, 'StartSel=«, StopSel=», MaxWords=30, MinWords=10')",
                String.class, hitText, english))
        .from(top)
        .orderBy(top.field(score).desc(), top.field(kind), top.field(id))
        .fetch(
            row ->
                new SearchHit(
                    SearchHit.Kind.valueOf(row.get(0, String.class)),
                    row.get(1, Long.class),
                    row.get(2, Double.class),
                    row.get(3, String.class)));
  }

  /**
   * Records whose {@code search} column matches the query, ranked by ts_rank; their text, from
   * which a snippet is cut, is read only for the hits returned ({@link #textOf}).
   */
  private record FullText(
      SearchHit.Kind kind,
      TableField<?, Long> id,
      Field<Object> search,
      Field<Object> query,
      Field<String> text,
      Table<?> table) {

    Select<Record4<String, Long, Double, String>> hits() {
      return select(
              inline(kind.name()),
              id,
              DSL.field("ts_rank({0}, {1})::float8", Double.class, search, query),
              DSL.inline(null, String.class))
          .from(table)
          .where(DSL.condition("{0} @@ {1}", search, query))
          .and(notRetired(table));
    }

    Field<String> textOf(Field<Long> hit) {
      return DSL.field(select(text).from(table).where(id.eq(hit)));
    }
  }

  private static Table<?> hits(
      List<Select<Record4<String, Long, Double, String>>> parts, String name) {
    Select<Record4<String, Long, Double, String>> union = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      union = union.unionAll(parts.get(i));
    }
    return union.asTable(name, "kind", "id", "score", "snippet");
  }

  /** Retired records leave search; those that are never retired all stay. */
  private static Condition notRetired(Table<?> table) {
    Field<?> retiredAt = table.field("retired_at");
    return retiredAt == null ? DSL.noCondition() : retiredAt.isNull();
  }

  /**
   * Names in which the word appears, spelt alike: pg_trgm's {@code <%}, at its default word
   * similarity threshold of 0.6.
   */
  private static Select<Record4<String, Long, Double, String>> alike(
      SearchHit.Kind kind,
      Field<Long> id,
      TableField<?, String> name,
      String word,
      Table<?> table) {
    return select(inline(kind.name()), id, similarity(word, name), name)
        .from(table)
        .where(alike(word, name))
        .and(notRetired(table));
  }

  /** Other spellings in which the word appears; the snippet gives the name and the spelling. */
  private static Select<Record4<String, Long, Double, String>> alikeAlias(
      SearchHit.Kind kind,
      TableField<?, Long> owner,
      TableField<?, String> alias,
      TableField<?, String> name,
      TableField<?, Long> nameId,
      String word) {
    return select(
            inline(kind.name()),
            owner,
            similarity(word, alias),
            DSL.concat(name, inline(" (also "), alias, inline(")")))
        .from(alias.getTable())
        .join(name.getTable())
        .on(nameId.eq(owner))
        .where(alike(word, alias))
        .and(notRetired(name.getTable()));
  }

  private static Condition alike(String word, Field<String> name) {
    return DSL.condition("{0} <% {1}", DSL.val(word), name);
  }

  private static Field<Double> similarity(String word, Field<String> name) {
    return DSL.field("word_similarity({0}, {1})::float8", Double.class, DSL.val(word), name);
  }
}
